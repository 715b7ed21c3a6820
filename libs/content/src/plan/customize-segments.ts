import { CURRICULUM } from '../curriculum';
import { durationProblem } from '../schema/durations';
import type { Curriculum } from '../schema/curriculum';
import type { ExtraSegment, Plan, PlanTopicItem } from '../schema/plan';
import type { Segment } from '../schema/segment';
import { indexCurriculum } from './curriculum-index';
import { topicItemSegments } from './expand-plan';
import { editError, validatedEdit, type PlanEditResult } from './plan-edit-result';

// Pure plan edits at the level of segments inside a plan's topics.

/** Leaves a segment out: curriculum segments are skipped, extra segments removed. */
export function dropSegment(plan: Plan, segmentId: string, curriculum: Curriculum = CURRICULUM): PlanEditResult {
  const found = findTopicItemRunning(plan, segmentId, curriculum);
  if (!found) return editError('plan/unknown-segment', `"${segmentId}" is not in this plan`);
  const { item, topicSegmentCount } = found;
  if (topicSegmentCount === 1) return editError('plan/last-segment', `"${segmentId}" is the last segment of its topic`);
  const extras = item.extra ?? [];
  const dropped = extras.find((extra) => extra.segment.id === segmentId);
  const updated: PlanTopicItem = dropped
    ? {
        ...item,
        // Extras that were placed after the dropped one take its place.
        extra: extras
          .filter((extra) => extra !== dropped)
          .map((extra) => (extra.after === segmentId ? placedAfter(extra.segment, dropped.after) : extra)),
      }
    : { ...item, skip: [...(item.skip ?? []), segmentId] };
  return validatedEdit(replaceTopicItem(plan, item, updated), curriculum);
}

/** Brings back a curriculum segment this plan had left out. */
export function restoreSegment(plan: Plan, segmentId: string, curriculum: Curriculum = CURRICULUM): PlanEditResult {
  const item = topicItems(plan).find((candidate) => candidate.skip?.includes(segmentId));
  if (!item) return editError('plan/unknown-segment', `"${segmentId}" is not left out of this plan`);
  const skip = (item.skip ?? []).filter((id) => id !== segmentId);
  return validatedEdit(replaceTopicItem(plan, item, { ...item, skip }), curriculum);
}

/** Adds the facilitator's own segment to a topic, after `after` or at the topic's end. */
export function addSegment(
  plan: Plan,
  addition: { topicId: string; segment: Segment; after?: string },
  curriculum: Curriculum = CURRICULUM,
): PlanEditResult {
  const item = topicItems(plan).find((candidate) => candidate.topicId === addition.topicId);
  if (!item) return editError('plan/unknown-item', `topic "${addition.topicId}" is not in this plan`);
  const { segment, after } = addition;
  if (indexCurriculum(curriculum).segment(segment.id) || allExtraIds(plan).has(segment.id)) {
    return editError('plan/duplicate-id', `segment id "${segment.id}" is already used`);
  }
  const topic = indexCurriculum(curriculum).topic(item.topicId);
  const known = [...(topic?.segments ?? []), ...(item.extra ?? []).map((extra) => extra.segment)];
  if (after !== undefined && !known.some((candidate) => candidate.id === after)) {
    return editError('plan/unknown-segment', `topic "${item.topicId}" has no segment "${after}"`);
  }
  const problem = durationProblem(segment.kind, segment.durationSec);
  if (problem) return editError('plan/duration-out-of-range', problem);
  const extra = [...(item.extra ?? []), placedAfter(segment, after)];
  return validatedEdit(replaceTopicItem(plan, item, { ...item, extra }), curriculum);
}

/** Changes how long a segment or a break lasts in this plan. */
export function setDuration(
  plan: Plan,
  id: string,
  durationSec: number,
  curriculum: Curriculum = CURRICULUM,
): PlanEditResult {
  const breakItem = plan.items.find((item) => item.kind === 'break' && item.id === id);
  if (breakItem?.kind === 'break') {
    const problem = durationProblem('break', durationSec);
    if (problem) return editError('plan/duration-out-of-range', problem);
    const items = plan.items.map((item) => (item === breakItem ? { ...breakItem, durationSec } : item));
    return validatedEdit({ ...plan, items }, curriculum);
  }

  const item = topicItems(plan).find((candidate) => isInTopicItem(candidate, id, curriculum));
  if (!item) return editError('plan/unknown-segment', `"${id}" is not in this plan`);
  const extra = item.extra?.find((candidate) => candidate.segment.id === id);
  const curriculumSegment = indexCurriculum(curriculum).segment(id)?.segment;
  const kind = extra?.segment.kind ?? curriculumSegment?.kind;
  if (!kind) return editError('plan/unknown-segment', `"${id}" is not in this plan`);
  const problem = durationProblem(kind, durationSec);
  if (problem) return editError('plan/duration-out-of-range', problem);

  if (extra) {
    const updatedExtra = { ...extra, segment: { ...extra.segment, durationSec } };
    const extras = (item.extra ?? []).map((candidate) => (candidate === extra ? updatedExtra : candidate));
    return validatedEdit(replaceTopicItem(plan, item, { ...item, extra: extras }), curriculum);
  }
  // Overrides equal to the curriculum default are dropped to keep saved plans minimal.
  const durations = { ...item.durations };
  if (durationSec === curriculumSegment?.durationSec) delete durations[id];
  else durations[id] = durationSec;
  return validatedEdit(replaceTopicItem(plan, item, { ...item, durations }), curriculum);
}

function topicItems(plan: Plan): PlanTopicItem[] {
  return plan.items.filter((item): item is PlanTopicItem => item.kind === 'topic');
}

function isInTopicItem(item: PlanTopicItem, segmentId: string, curriculum: Curriculum): boolean {
  return (
    indexCurriculum(curriculum).segment(segmentId)?.topic.id === item.topicId ||
    (item.extra ?? []).some((extra) => extra.segment.id === segmentId)
  );
}

/** The topic item currently running a segment, with how many segments that topic runs. */
function findTopicItemRunning(plan: Plan, segmentId: string, curriculum: Curriculum) {
  const index = indexCurriculum(curriculum);
  for (const item of topicItems(plan)) {
    const topic = index.topic(item.topicId);
    if (!topic) continue;
    const running = topicItemSegments(item, topic);
    if (running.some((segment) => segment.id === segmentId)) return { item, topicSegmentCount: running.length };
  }
  return undefined;
}

function allExtraIds(plan: Plan): Set<string> {
  return new Set(topicItems(plan).flatMap((item) => (item.extra ?? []).map((extra) => extra.segment.id)));
}

function placedAfter(segment: Segment, after: string | undefined): ExtraSegment {
  return after === undefined ? { segment } : { after, segment };
}

/** Swaps in the updated item, leaving out empty lists so saved plans stay minimal. */
function replaceTopicItem(plan: Plan, old: PlanTopicItem, updated: PlanTopicItem): Plan {
  const compact: PlanTopicItem = {
    kind: 'topic',
    topicId: updated.topicId,
    ...(updated.skip?.length ? { skip: updated.skip } : {}),
    ...(updated.durations && Object.keys(updated.durations).length > 0 ? { durations: updated.durations } : {}),
    ...(updated.extra?.length ? { extra: updated.extra } : {}),
  };
  return { ...plan, items: plan.items.map((item) => (item === old ? compact : item)) };
}
