import type { SegmentKind } from '../agenda';
import type { Curriculum } from '../schema/curriculum';
import { findMissingTranslations } from './localized-texts';

/** What CONTENT.md asks of every topic. */
export const REQUIRED_TOPIC_SEGMENT_KINDS: readonly SegmentKind[] = [
  'intro',
  'pairTalk',
  'privateReveal',
  'poll',
  'commitment',
];

/** Rules the schema alone can't express: numbering, unique ids, required kinds, translations. */
export function checkCurriculum(curriculum: Curriculum): string[] {
  const problems: string[] = [];
  const topicIdAt = new Map<string, string>();
  const segmentIdAt = new Map<string, string>();

  curriculum.topics.forEach((topic, topicIndex) => {
    const at = `topics[${topicIndex}]`;
    if (topic.number !== topicIndex + 1) {
      problems.push(`${at}.number: expected ${topicIndex + 1} (topics are numbered in order from 1)`);
    }
    const firstTopic = topicIdAt.get(topic.id);
    if (firstTopic) problems.push(`${at}.id: duplicate topic id "${topic.id}" (first used at ${firstTopic})`);
    else topicIdAt.set(topic.id, at);

    topic.segments.forEach((segment, segmentIndex) => {
      const segmentAt = `${at}.segments[${segmentIndex}]`;
      const firstSegment = segmentIdAt.get(segment.id);
      if (firstSegment) problems.push(`${segmentAt}.id: duplicate segment id "${segment.id}" (first used at ${firstSegment})`);
      else segmentIdAt.set(segment.id, segmentAt);
      // Keeps ids readable in logs and unique across topics by construction.
      if (!segment.id.startsWith(`${topic.id}.`)) problems.push(`${segmentAt}.id: must start with "${topic.id}."`);
      if (segment.kind === 'break') problems.push(`${segmentAt}.kind: breaks belong in plans, not in topics`);
    });

    if (topic.segments[0]?.kind !== 'intro') problems.push(`${at}.segments[0].kind: a topic starts with its intro`);
    for (const kind of REQUIRED_TOPIC_SEGMENT_KINDS) {
      if (!topic.segments.some((segment) => segment.kind === kind)) {
        problems.push(`${at}.segments: missing a ${kind} segment`);
      }
    }
  });

  const frameIdAt = new Map<string, string>();
  curriculum.frames.forEach((frame, frameIndex) => {
    const at = `frames[${frameIndex}]`;
    const firstFrame = frameIdAt.get(frame.id) ?? topicIdAt.get(frame.id);
    if (firstFrame) problems.push(`${at}.id: duplicate id "${frame.id}" (first used at ${firstFrame})`);
    else frameIdAt.set(frame.id, at);
    frame.segments.forEach((segment, segmentIndex) => {
      const segmentAt = `${at}.segments[${segmentIndex}]`;
      const firstSegment = segmentIdAt.get(segment.id);
      if (firstSegment) problems.push(`${segmentAt}.id: duplicate segment id "${segment.id}" (first used at ${firstSegment})`);
      else segmentIdAt.set(segment.id, segmentAt);
      if (!segment.id.startsWith(`${frame.id}.`)) problems.push(`${segmentAt}.id: must start with "${frame.id}."`);
      if (segment.kind === 'break') problems.push(`${segmentAt}.kind: breaks belong in plans, not in frames`);
    });
  });

  problems.push(...findMissingTranslations(curriculum, curriculum.languages));
  return problems;
}
