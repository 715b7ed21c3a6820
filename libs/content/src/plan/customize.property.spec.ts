import fc from 'fast-check';
import { CURRICULUM } from '../curriculum';
import { BUILT_IN_PLANS } from '../plans';
import { resolveAgenda } from '../resolve/resolve-agenda';
import type { Plan } from '../schema/plan';
import type { Segment } from '../schema/segment';
import { addBreak, addTopic, copyPlan, moveItem, removeItem, renamePlan } from './customize-items';
import { addSegment, dropSegment, restoreSegment, setDuration } from './customize-segments';
import { loadPlan } from './load-plan';
import type { PlanEditErrorCode, PlanEditResult } from './plan-edit-result';
import { planTotalSec } from './plan-total';

// Any sequence of edits, sensible or not, leaves a plan that loads, whose total
// matches its agenda, and never mutates the plan it started from.

const topicIds = CURRICULUM.topics.map((topic) => topic.id);
const curriculumSegmentIds = CURRICULUM.topics.flatMap((topic) => topic.segments.map((segment) => segment.id));
const extraIds = ['mine.a', 'mine.b', 'mine.c'];
const itemIds = fc.constantFrom(...topicIds, 'break-1', 'break-2', 'stretch', 'lunch');
const segmentIds = fc.constantFrom(...curriculumSegmentIds, ...extraIds, 'nowhere.talk');
const durations = fc.constantFrom(30, 120, 240, 300, 420, 600, 900, 1200, 2400);
const positions = fc.integer({ min: -1, max: 13 });

const extraSegment = fc.record({ id: fc.constantFrom(...extraIds), durationSec: durations, talk: fc.boolean() }).map(
  ({ id, durationSec, talk }): Segment => {
    const common = { id, durationSec, title: { en: 'Extra' }, script: { en: 'Our own step.' }, deviceText: { en: 'Extra.' } };
    return talk
      ? { ...common, kind: 'pairTalk', prompts: [{ en: 'First?' }, { en: 'Second?' }] }
      : { ...common, kind: 'commitment', prompt: { en: 'One more thing?' }, examples: [{ en: 'Like this.' }] };
  },
);

type Edit = (plan: Plan) => PlanEditResult;

const edits: fc.Arbitrary<Edit> = fc.oneof(
  fc.tuple(itemIds, positions).map(([id, to]): Edit => (plan) => moveItem(plan, id, to)),
  fc.tuple(itemIds, positions).map(([id, at]): Edit => (plan) => addTopic(plan, id, at)),
  fc.tuple(durations, positions).map(([durationSec, atIndex]): Edit => (plan) => addBreak(plan, { durationSec, atIndex })),
  itemIds.map((id): Edit => (plan) => removeItem(plan, id)),
  segmentIds.map((id): Edit => (plan) => dropSegment(plan, id)),
  segmentIds.map((id): Edit => (plan) => restoreSegment(plan, id)),
  fc.tuple(durations, fc.oneof(segmentIds, itemIds)).map(([sec, id]): Edit => (plan) => setDuration(plan, id, sec)),
  fc
    .tuple(itemIds, extraSegment, fc.option(segmentIds, { nil: undefined }))
    .map(([topicId, segment, after]): Edit => (plan) =>
      addSegment(plan, after === undefined ? { topicId, segment } : { topicId, segment, after }),
    ),
  fc.string({ maxLength: 20 }).map((title): Edit => (plan) => renamePlan(plan, title)),
  fc.constantFrom('my-copy', 'Not Valid').map((id): Edit => (plan) => copyPlan(plan, { id, title: 'Copy' })),
);

const ERROR_CODES: readonly PlanEditErrorCode[] = [
  'plan/unknown-item',
  'plan/unknown-topic',
  'plan/unknown-segment',
  'plan/duplicate-id',
  'plan/duration-out-of-range',
  'plan/index-out-of-range',
  'plan/last-topic',
  'plan/last-segment',
  'plan/invalid',
];

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

describe('customizing a plan', () => {
  it('keeps every plan valid, whatever edits are made', () => {
    fc.assert(
      fc.property(fc.constantFrom(...BUILT_IN_PLANS), fc.array(edits, { maxLength: 15 }), (start, sequence) => {
        let plan = deepFreeze(structuredClone(start));
        for (const edit of sequence) {
          const result = edit(plan);
          if (!result.ok) {
            expect(ERROR_CODES).toContain(result.error.code);
            continue;
          }
          const loaded = loadPlan(JSON.parse(JSON.stringify(result.plan)));
          expect(loaded.ok ? [] : loaded.problems).toEqual([]);
          expect(result.totalSec).toBe(planTotalSec(result.plan));
          const agenda = resolveAgenda(result.plan, { language: 'en', ageBand: 'adult' });
          expect(agenda.totalSec).toBe(result.totalSec);
          const ids = agenda.sections.flatMap((section) => section.segments.map((segment) => segment.id));
          expect(new Set(ids).size).toBe(ids.length);
          plan = deepFreeze(result.plan);
        }
      }),
      { numRuns: 300 },
    );
  });
});
