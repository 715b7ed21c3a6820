import type { Curriculum } from '../schema/curriculum';
import type { Frame } from '../schema/frame';
import type { PlanBreakItem, PlanFrameItem, PlanTopicItem, Plan } from '../schema/plan';
import type { Segment } from '../schema/segment';
import type { Topic } from '../schema/topic';
import { indexCurriculum } from './curriculum-index';

/** A plan item joined with the curriculum: the segments it really runs, durations applied. */
export type PlannedSection =
  | { kind: 'topic'; item: PlanTopicItem; topic: Topic; segments: Segment[] }
  | { kind: 'break'; item: PlanBreakItem }
  | { kind: 'frame'; item: PlanFrameItem; frame: Frame; segments: Segment[] };

/**
 * The segments a topic item runs, in order: the curriculum's segments with the
 * extras slotted in, minus skipped ones, with duration overrides applied.
 */
export function topicItemSegments(item: PlanTopicItem | PlanFrameItem, topic: Topic | Frame): Segment[] {
  const ordered: Segment[] = [...topic.segments];
  const extraIds = new Set<string>();
  for (const { after, segment } of (item.kind === 'topic' ? item.extra : undefined) ?? []) {
    const anchor = after === undefined ? -1 : ordered.findIndex((candidate) => candidate.id === after);
    let position = anchor === -1 ? ordered.length : anchor + 1;
    // Several extras after the same segment keep the order they were added in.
    while (position < ordered.length && extraIds.has(ordered[position]?.id ?? '')) position += 1;
    ordered.splice(position, 0, segment);
    extraIds.add(segment.id);
  }
  const skipped = new Set(item.skip ?? []);
  return ordered
    .filter((segment) => !skipped.has(segment.id))
    .map((segment) => ({ ...segment, durationSec: item.durations?.[segment.id] ?? segment.durationSec }));
}

/** Throws on a plan that names an unknown topic: load plans with `loadPlan` first. */
export function expandPlan(plan: Plan, curriculum: Curriculum): PlannedSection[] {
  const index = indexCurriculum(curriculum);
  return plan.items.map((item): PlannedSection => {
    if (item.kind === 'break') return { kind: 'break', item };
    if (item.kind === 'frame') {
      const frame = index.frame(item.frameId);
      if (!frame) throw new Error(`plan "${plan.id}" refers to unknown frame "${item.frameId}"`);
      return { kind: 'frame', item, frame, segments: topicItemSegments(item, frame) };
    }
    const topic = index.topic(item.topicId);
    if (!topic) throw new Error(`plan "${plan.id}" refers to unknown topic "${item.topicId}"`);
    return { kind: 'topic', item, topic, segments: topicItemSegments(item, topic) };
  });
}

export function sectionDurationSec(section: PlannedSection): number {
  return section.kind === 'break'
    ? section.item.durationSec
    : section.segments.reduce((sum, segment) => sum + segment.durationSec, 0);
}

/** Moving between sections takes time too: one transition between each two items. */
export function transitionsSec(plan: Plan): number {
  return (plan.transitionSec ?? 0) * Math.max(0, plan.items.length - 1);
}
