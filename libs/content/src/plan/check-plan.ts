import { durationProblem } from '../schema/durations';
import type { Curriculum } from '../schema/curriculum';
import type { Plan, PlanFrameItem, PlanTopicItem } from '../schema/plan';
import { indexCurriculum, type CurriculumIndex } from './curriculum-index';

/**
 * Rules that need the curriculum: topics and segments exist, ids stay unique,
 * overridden durations stay within each kind's limits.
 */
export function checkPlan(plan: Plan, curriculum: Curriculum): string[] {
  const index = indexCurriculum(curriculum);
  const problems: string[] = [];
  const itemAt = new Map<string, string>();
  const extraIdAt = new Map<string, string>();

  plan.items.forEach((item, itemIndex) => {
    const at = `items[${itemIndex}]`;
    const [itemId, field] =
      item.kind === 'topic' ? [item.topicId, 'topicId'] : item.kind === 'frame' ? [item.frameId, 'frameId'] : [item.id, 'id'];
    const first = itemAt.get(itemId);
    if (first) problems.push(`${at}.${field}: "${itemId}" already appears at ${first}`);
    else itemAt.set(itemId, at);
    if (item.kind === 'topic') problems.push(...checkTopicItem(item, at, index, extraIdAt));
    if (item.kind === 'frame') problems.push(...checkFrameItem(item, at, index));
  });

  if (!plan.items.some((item) => item.kind === 'topic')) problems.push('items: a plan needs at least 1 topic');
  return problems;
}

function checkTopicItem(
  item: PlanTopicItem,
  at: string,
  index: CurriculumIndex,
  extraIdAt: Map<string, string>,
): string[] {
  const topic = index.topic(item.topicId);
  if (!topic) return [`${at}.topicId: unknown topic "${item.topicId}"`];
  const problems: string[] = [];
  const ownSegment = (id: string) => topic.segments.find((segment) => segment.id === id);
  const noSuchSegment = `topic "${topic.id}" has no segment`;

  const skipped = new Set<string>();
  item.skip?.forEach((id, skipIndex) => {
    if (!ownSegment(id)) problems.push(`${at}.skip[${skipIndex}]: ${noSuchSegment} "${id}"`);
    else if (skipped.has(id)) problems.push(`${at}.skip[${skipIndex}]: "${id}" is listed twice`);
    skipped.add(id);
  });

  for (const [id, durationSec] of Object.entries(item.durations ?? {})) {
    const segment = ownSegment(id);
    const problem = segment ? durationProblem(segment.kind, durationSec) : `${noSuchSegment} "${id}"`;
    if (problem) problems.push(`${at}.durations.${id}: ${problem}`);
  }

  const earlierExtras = new Set<string>();
  item.extra?.forEach(({ after, segment }, extraIndex) => {
    const extraAt = `${at}.extra[${extraIndex}]`;
    const usedAt = index.hasSegment(segment.id) ? 'the curriculum' : extraIdAt.get(segment.id);
    if (usedAt) problems.push(`${extraAt}.segment.id: "${segment.id}" is already used by ${usedAt}`);
    else extraIdAt.set(segment.id, `${extraAt}.segment`);
    if (after !== undefined && !ownSegment(after) && !earlierExtras.has(after)) {
      problems.push(`${extraAt}.after: ${noSuchSegment} "${after}" before this one`);
    }
    earlierExtras.add(segment.id);
  });

  const kept = topic.segments.filter((segment) => !skipped.has(segment.id)).length + (item.extra?.length ?? 0);
  if (kept === 0) problems.push(`${at}.skip: cannot leave out every segment of a topic`);
  return problems;
}

function checkFrameItem(item: PlanFrameItem, at: string, index: CurriculumIndex): string[] {
  const frame = index.frame(item.frameId);
  if (!frame) return [`${at}.frameId: unknown frame "${item.frameId}"`];
  const problems: string[] = [];
  const ownSegment = (id: string) => frame.segments.find((segment) => segment.id === id);
  const skipped = new Set<string>();
  item.skip?.forEach((id, skipIndex) => {
    if (!ownSegment(id)) problems.push(`${at}.skip[${skipIndex}]: frame "${frame.id}" has no segment "${id}"`);
    else if (skipped.has(id)) problems.push(`${at}.skip[${skipIndex}]: "${id}" is listed twice`);
    skipped.add(id);
  });
  for (const [id, durationSec] of Object.entries(item.durations ?? {})) {
    const segment = ownSegment(id);
    const problem = segment ? durationProblem(segment.kind, durationSec) : `frame "${frame.id}" has no segment "${id}"`;
    if (problem) problems.push(`${at}.durations.${id}: ${problem}`);
  }
  if (frame.segments.every((segment) => skipped.has(segment.id))) problems.push(`${at}.skip: cannot leave out every segment of a frame`);
  return problems;
}
