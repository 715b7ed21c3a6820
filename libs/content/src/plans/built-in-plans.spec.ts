import { loadPlan } from '../plan/load-plan';
import { planTotalSec } from '../plan/plan-total';
import { CURRICULUM } from '../curriculum';
import type { Plan } from '../schema/plan';
import { BOOSTER, BUILT_IN_PLANS, EVENING_SERIES, FULL_WORKSHOP, TASTER } from '.';

const topicIds = (plan: Plan) => plan.items.flatMap((item) => (item.kind === 'topic' ? [item.topicId] : []));
const breaks = (plan: Plan) => plan.items.filter((item) => item.kind === 'break');
const frameIds = (plan: Plan) => plan.items.flatMap((item) => (item.kind === 'frame' ? [item.frameId] : []));
/** Commitments a plan really runs: each topic's commitment segment unless skipped. */
const commitments = (plan: Plan) =>
  plan.items.filter((item) => item.kind === 'topic' && !(item.skip ?? []).includes(`${item.topicId}.commitment`)).length;
const byId = (plan: Plan) => [plan.id, plan] as const;

describe('built-in plans', () => {
  it.each(BUILT_IN_PLANS.map(byId))('%s loads through the validating loader', (_, plan) => {
    const result = loadPlan(JSON.parse(JSON.stringify(plan)));
    if (!result.ok) throw new Error(result.problems.join('\n'));
  });

  it('have unique ids', () => {
    const ids = BUILT_IN_PLANS.map((plan) => plan.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(BUILT_IN_PLANS.map(byId))('%s lasts, transitions included, within 2%% of its own target', (_, plan) => {
    expect(plan.transitionSec).toBeGreaterThan(0);
    const target = (plan.targetMinutes ?? 0) * 60;
    expect(target).toBeGreaterThan(0);
    expect(Math.abs(planTotalSec(plan) - target)).toBeLessThanOrEqual(target * 0.02);
  });

  it.each(BUILT_IN_PLANS.map(byId))('%s opens with the welcome frame and ends with the closing round', (_, plan) => {
    expect(plan.items[0]).toEqual({ kind: 'frame', frameId: 'opening' });
    expect(plan.items.at(-1)).toEqual({ kind: 'frame', frameId: 'closing' });
  });

  it('keeps the targets the plan picker promises', () => {
    expect(BUILT_IN_PLANS.map((plan) => [plan.id, plan.targetMinutes])).toEqual([
      ['full-workshop', 180],
      ['evening-1', 75],
      ['evening-2', 75],
      ['evening-3', 75],
      ['taster', 60],
      ['booster', 70],
    ]);
  });

  it('runs all nine topics in the full workshop with two breaks and at most three commitments', () => {
    expect([...topicIds(FULL_WORKSHOP)].sort()).toEqual(CURRICULUM.topics.map((topic) => topic.id).sort());
    expect(breaks(FULL_WORKSHOP)).toHaveLength(2);
    expect(commitments(FULL_WORKSHOP)).toBeLessThanOrEqual(3);
    // Topic 8's two-minute lesson is the day's movement.
    const learning = FULL_WORKSHOP.items.find((item) => item.kind === 'topic' && item.topicId === 'learning-together');
    expect(learning?.kind === 'topic' && learning.skip).not.toContain('learning-together.deeper');
  });

  it('spreads the nine topics over three evenings in the reviewed order, one commitment each', () => {
    expect(EVENING_SERIES.map(topicIds)).toEqual([
      ['shared-moments', 'emotional-needs', 'growing-conversations'],
      ['learning-together', 'boundaries', 'navigating-change'],
      ['emotional-intelligence', 'independence', 'legacy'],
    ]);
    expect(EVENING_SERIES.map(commitments)).toEqual([1, 1, 1]);
    expect(new Set(EVENING_SERIES.map((plan) => plan.series?.seriesId)).size).toBe(1);
    expect(EVENING_SERIES.map((plan) => [plan.series?.part, plan.series?.parts])).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
  });

  it('looks back at last week on evenings 2 and 3, and in the booster', () => {
    expect(EVENING_SERIES.map((plan) => frameIds(plan))).toEqual([
      ['opening', 'closing'],
      ['opening', 'review', 'closing'],
      ['opening', 'review', 'closing'],
    ]);
    expect(frameIds(BOOSTER)).toEqual(['opening', 'review', 'closing']);
  });

  it('ends the series on the note for later, right before the closing round', () => {
    const last = EVENING_SERIES[2]?.items.at(-2);
    expect(last?.kind === 'topic' && last.topicId).toBe('legacy');
    expect(last?.kind === 'topic' && last.skip).not.toContain('legacy.deeper');
  });

  it('offers three topics in the taster with shorter talks, a break and one commitment', () => {
    expect(topicIds(TASTER)).toHaveLength(3);
    expect(breaks(TASTER)).toHaveLength(1);
    expect(commitments(TASTER)).toBe(1);
    for (const item of TASTER.items) {
      if (item.kind === 'topic') expect(item.durations?.[`${item.topicId}.talk`]).toBe(240);
    }
  });
});
