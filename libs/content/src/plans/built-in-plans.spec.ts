import { loadPlan } from '../plan/load-plan';
import { planTotalSec } from '../plan/plan-total';
import { CURRICULUM } from '../curriculum';
import type { Plan } from '../schema/plan';
import { BUILT_IN_PLANS, EVENING_SERIES, FULL_WORKSHOP, TASTER } from '.';

const minutes = (plan: Plan) => planTotalSec(plan) / 60;
const topicIds = (plan: Plan) => plan.items.flatMap((item) => (item.kind === 'topic' ? [item.topicId] : []));
const breaks = (plan: Plan) => plan.items.filter((item) => item.kind === 'break');

describe('built-in plans', () => {
  it.each(BUILT_IN_PLANS.map((plan) => [plan.id, plan] as const))('%s loads through the validating loader', (_, plan) => {
    const result = loadPlan(JSON.parse(JSON.stringify(plan)));
    if (!result.ok) throw new Error(result.problems.join('\n'));
  });

  it('have unique ids', () => {
    const ids = BUILT_IN_PLANS.map((plan) => plan.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each([
    ['full workshop', 180, FULL_WORKSHOP],
    ['evening 1', 75, EVENING_SERIES[0]],
    ['evening 2', 75, EVENING_SERIES[1]],
    ['evening 3', 75, EVENING_SERIES[2]],
    ['taster', 60, TASTER],
  ] as const)('%s lasts within 10%% of %i minutes', (_, target, plan) => {
    if (!plan) throw new Error('missing plan');
    expect(plan.targetMinutes).toBe(target);
    expect(minutes(plan)).toBeGreaterThanOrEqual(target * 0.9);
    expect(minutes(plan)).toBeLessThanOrEqual(target * 1.1);
  });

  it('runs all nine topics in the full workshop, in curriculum order, with two breaks', () => {
    expect(topicIds(FULL_WORKSHOP)).toEqual(CURRICULUM.topics.map((topic) => topic.id));
    expect(breaks(FULL_WORKSHOP)).toHaveLength(2);
  });

  it('spreads the nine topics over three evenings of three, sharing one series id', () => {
    expect(EVENING_SERIES).toHaveLength(3);
    expect(EVENING_SERIES.map((plan) => topicIds(plan).length)).toEqual([3, 3, 3]);
    expect(EVENING_SERIES.flatMap(topicIds)).toEqual(CURRICULUM.topics.map((topic) => topic.id));
    expect(new Set(EVENING_SERIES.map((plan) => plan.series?.seriesId)).size).toBe(1);
    expect(EVENING_SERIES.map((plan) => [plan.series?.part, plan.series?.parts])).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
  });

  it('offers three topics in the taster', () => {
    expect(topicIds(TASTER)).toHaveLength(3);
  });
});
