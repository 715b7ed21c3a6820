import type { Curriculum } from '../schema/curriculum';
import type { Frame } from '../schema/frame';
import type { Segment } from '../schema/segment';
import type { Topic } from '../schema/topic';

export interface CurriculumIndex {
  topic(id: string): Topic | undefined;
  /** A curriculum segment with the topic it belongs to. */
  segment(id: string): { topic: Topic; segment: Segment } | undefined;
  frame(id: string): Frame | undefined;
  /** Whether a segment id is taken by a topic or a frame of the curriculum. */
  hasSegment(id: string): boolean;
}

const cache = new WeakMap<Curriculum, CurriculumIndex>();

export function indexCurriculum(curriculum: Curriculum): CurriculumIndex {
  const cached = cache.get(curriculum);
  if (cached) return cached;
  const topics = new Map(curriculum.topics.map((topic) => [topic.id, topic]));
  const segments = new Map(
    curriculum.topics.flatMap((topic) => topic.segments.map((segment) => [segment.id, { topic, segment }] as const)),
  );
  const frames = new Map(curriculum.frames.map((frame) => [frame.id, frame]));
  const frameSegments = new Set(curriculum.frames.flatMap((frame) => frame.segments.map((segment) => segment.id)));
  const index: CurriculumIndex = {
    topic: (id) => topics.get(id),
    segment: (id) => segments.get(id),
    frame: (id) => frames.get(id),
    hasSegment: (id) => segments.has(id) || frameSegments.has(id),
  };
  cache.set(curriculum, index);
  return index;
}
