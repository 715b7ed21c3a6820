import type { Segment } from '../schema/segment';
import type { Plan } from '../schema/plan';
import { FULL_WORKSHOP, TASTER } from '../plans';
import { resolveAgenda } from '../resolve/resolve-agenda';
import { addBreak, addTopic, copyPlan, moveItem, removeItem, renamePlan } from './customize-items';
import { addSegment, dropSegment, restoreSegment, setDuration } from './customize-segments';
import { planItemId, type PlanEditResult } from './plan-edit-result';
import { planTotalSec } from './plan-total';

/** A series evening without frames or transition time, so the sums below stay readable. */
const EVENING_2: Plan = {
  schemaVersion: 3,
  id: 'evening-2',
  title: { en: 'Evening 2' },
  targetMinutes: 75,
  series: { seriesId: 'autumn', part: 2, parts: 3 },
  items: [
    { kind: 'topic', topicId: 'boundaries' },
    { kind: 'topic', topicId: 'navigating-change' },
    { kind: 'break', id: 'stretch', durationSec: 300 },
    { kind: 'topic', topicId: 'legacy' },
  ],
};

function planOf(result: PlanEditResult): Plan {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}\n${result.error.problems.join('\n')}`);
  return result.plan;
}

function errorCode(result: PlanEditResult): string | null {
  return result.ok ? null : result.error.code;
}

const segmentIds = (plan: Plan) =>
  resolveAgenda(plan, { language: 'en', ageBand: 'teen' }).sections.flatMap((section) =>
    section.segments.map((segment) => segment.id),
  );

const quickPoll = (id: string): Segment => ({
  id,
  kind: 'poll',
  title: { en: 'Quick check' },
  durationSec: 120,
  script: { en: 'One quick question before we move on.' },
  deviceText: { en: 'Anonymous.' },
  question: { en: 'Was this useful?' },
  poll: { type: 'single', options: [{ id: 'yes', label: { en: 'Yes' } }, { id: 'no', label: { en: 'No' } }] },
  audience: 'everyone',
  voter: 'member',
});

describe('copying and renaming', () => {
  it('copies a plan under a new id, remembering where it came from and leaving the series', () => {
    const result = copyPlan(EVENING_2, { id: 'my-evening', title: '  Our autumn evening ' });
    const copy = planOf(result);
    expect(copy).toMatchObject({ id: 'my-evening', title: { en: 'Our autumn evening' }, basedOn: 'evening-2' });
    expect(copy.series).toBeUndefined();
    expect(result.ok && result.totalSec).toBe(planTotalSec(EVENING_2));
  });

  it('rejects a copy id that is not kebab-case, with the loader\'s path', () => {
    const result = copyPlan(TASTER, { id: 'My Plan', title: 'Mine' });
    expect(result.ok ? [] : result.error).toMatchObject({
      code: 'plan/invalid',
      problems: ['id: expected a kebab-case id like "emotional-needs"'],
    });
  });

  it('rejects an empty name', () => {
    const result = renamePlan(TASTER, '   ');
    expect(result.ok ? [] : result.error.problems).toEqual(['title.en: must not be empty']);
  });
});

describe('reordering, adding and removing items', () => {
  it('moves a topic to the front', () => {
    const plan = planOf(moveItem(EVENING_2, 'legacy', 0));
    expect(plan.items.map(planItemId)).toEqual([
      'legacy',
      'boundaries',
      'navigating-change',
      'stretch',
    ]);
  });

  it('says which item or position is wrong', () => {
    expect(errorCode(moveItem(EVENING_2, 'lunch', 0))).toBe('plan/unknown-item');
    expect(errorCode(moveItem(EVENING_2, 'legacy', 4))).toBe('plan/index-out-of-range');
  });

  it('adds a topic and its time', () => {
    const result = addTopic(TASTER, 'legacy', 1);
    // Legacy in full (21 minutes) and one more transition between items.
    expect(result.ok && result.totalSec).toBe(planTotalSec(TASTER) + 21 * 60 + (TASTER.transitionSec ?? 0));
    expect(errorCode(addTopic(TASTER, 'emotional-needs'))).toBe('plan/duplicate-id');
    expect(errorCode(addTopic(TASTER, 'cooking'))).toBe('plan/unknown-topic');
  });

  it('adds a break with a fresh id, within break limits', () => {
    const plan = planOf(addBreak(TASTER, { durationSec: 300, atIndex: 2 }));
    expect(plan.items[2]).toEqual({ kind: 'break', id: 'break-1', durationSec: 300 });
    expect(errorCode(addBreak(TASTER, { durationSec: 30, atIndex: 1 }))).toBe('plan/duration-out-of-range');
    expect(errorCode(addBreak(FULL_WORKSHOP, { id: 'break-2', durationSec: 300, atIndex: 1 }))).toBe('plan/duplicate-id');
  });

  it('removes a break but never the last topic', () => {
    const result = removeItem(EVENING_2, 'stretch');
    expect(result.ok && result.totalSec).toBe(planTotalSec(EVENING_2) - 300);
    const single = planOf(removeItem(planOf(removeItem(TASTER, 'emotional-needs')), 'shared-moments'));
    expect(errorCode(removeItem(single, 'growing-conversations'))).toBe('plan/last-topic');
  });
});

describe('dropping and restoring segments', () => {
  it('drops a curriculum segment and restores it to exactly the original plan', () => {
    const dropped = dropSegment(EVENING_2, 'legacy.poll');
    expect(dropped.ok && dropped.totalSec).toBe(planTotalSec(EVENING_2) - 180);
    expect(segmentIds(planOf(dropped))).not.toContain('legacy.poll');
    expect(planOf(restoreSegment(planOf(dropped), 'legacy.poll'))).toEqual(EVENING_2);
  });

  it('restores a segment a built-in plan leaves out', () => {
    const result = restoreSegment(FULL_WORKSHOP, 'boundaries.deeper');
    expect(result.ok && result.totalSec).toBe(planTotalSec(FULL_WORKSHOP) + 300);
  });

  it('refuses segments that are not in the plan, or the last one of a topic', () => {
    expect(errorCode(dropSegment(FULL_WORKSHOP, 'boundaries.deeper'))).toBe('plan/unknown-segment');
    expect(errorCode(dropSegment(TASTER, 'legacy.talk'))).toBe('plan/unknown-segment');
    expect(errorCode(restoreSegment(TASTER, 'emotional-needs.talk'))).toBe('plan/unknown-segment');
    let plan = planOf(removeItem(planOf(removeItem(TASTER, 'emotional-needs')), 'shared-moments'));
    for (const id of ['intro', 'talk', 'reveal', 'poll']) plan = planOf(dropSegment(plan, `growing-conversations.${id}`));
    expect(errorCode(dropSegment(plan, 'growing-conversations.commitment'))).toBe('plan/last-segment');
  });
});

describe('adding segments', () => {
  it('puts an extra segment right after the one named, and extras after the same one in the order added', () => {
    const once = planOf(addSegment(EVENING_2, { topicId: 'legacy', after: 'legacy.poll', segment: quickPoll('my.first') }));
    const twice = planOf(addSegment(once, { topicId: 'legacy', after: 'legacy.poll', segment: quickPoll('my.second') }));
    const ids = segmentIds(twice);
    expect(ids.slice(ids.indexOf('legacy.poll'), ids.indexOf('legacy.poll') + 4)).toEqual([
      'legacy.poll',
      'my.first',
      'my.second',
      'legacy.deeper',
    ]);
  });

  it('moves extras that followed a dropped extra to its place', () => {
    const first = planOf(addSegment(EVENING_2, { topicId: 'legacy', after: 'legacy.talk', segment: quickPoll('my.first') }));
    const second = planOf(addSegment(first, { topicId: 'legacy', after: 'my.first', segment: quickPoll('my.second') }));
    const plan = planOf(dropSegment(second, 'my.first'));
    const ids = segmentIds(plan);
    expect(ids[ids.indexOf('legacy.talk') + 1]).toBe('my.second');
  });

  it('refuses taken ids, unknown anchors, absent topics and out-of-range durations', () => {
    expect(errorCode(addSegment(EVENING_2, { topicId: 'legacy', segment: quickPoll('boundaries.poll') }))).toBe(
      'plan/duplicate-id',
    );
    expect(errorCode(addSegment(EVENING_2, { topicId: 'legacy', after: 'legacy.quiz', segment: quickPoll('my.poll') }))).toBe(
      'plan/unknown-segment',
    );
    expect(errorCode(addSegment(TASTER, { topicId: 'legacy', segment: quickPoll('my.poll') }))).toBe('plan/unknown-item');
    expect(errorCode(addSegment(TASTER, { topicId: 'shared-moments', segment: { ...quickPoll('my.poll'), durationSec: 5 } }))).toBe(
      'plan/duration-out-of-range',
    );
  });
});

describe('changing durations', () => {
  it('overrides a curriculum duration and forgets the override when set back to the default', () => {
    const longer = setDuration(EVENING_2, 'legacy.talk', 600);
    expect(longer.ok && longer.totalSec).toBe(planTotalSec(EVENING_2) + 300);
    expect(planOf(setDuration(planOf(longer), 'legacy.talk', 300))).toEqual(EVENING_2);
  });

  it('changes breaks and extra segments too', () => {
    expect(planOf(setDuration(EVENING_2, 'stretch', 600)).items[2]).toMatchObject({ durationSec: 600 });
    const withExtra = planOf(addSegment(EVENING_2, { topicId: 'legacy', segment: quickPoll('my.poll') }));
    const result = setDuration(withExtra, 'my.poll', 240);
    expect(result.ok && result.totalSec).toBe(planTotalSec(withExtra) + 120);
  });

  it('keeps pair talks between 4 and 10 minutes', () => {
    expect(errorCode(setDuration(EVENING_2, 'legacy.talk', 180))).toBe('plan/duration-out-of-range');
    expect(errorCode(setDuration(EVENING_2, 'legacy.talk', 660))).toBe('plan/duration-out-of-range');
    expect(errorCode(setDuration(EVENING_2, 'emotional-needs.talk', 300))).toBe('plan/unknown-segment');
  });
});
