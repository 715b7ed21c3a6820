import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILT_IN_PLANS } from '../plans';
import { PLAN_SCHEMA_VERSION } from '../schema/plan';
import { loadPlan } from './load-plan';
import { readPlanFile, writePlanFile } from './plan-file';

const FIXTURES = join(__dirname, '../__fixtures__/plans');
const fixture = (folder: string, name: string) => readFileSync(join(FIXTURES, folder, `${name}.json`), 'utf8');
const okFixtures = readdirSync(join(FIXTURES, 'ok')).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, ''));

describe('plan files: export then import', () => {
  it.each(BUILT_IN_PLANS.map((plan) => [plan.id, plan] as const))('round-trips the shipped plan %s unchanged', (_id, plan) => {
    const read = readPlanFile(writePlanFile(plan));
    if (!read.ok) throw new Error(read.problems.join('\n'));
    expect(read.value).toEqual(plan);
  });

  it.each(okFixtures)('round-trips the fixture %s (upgraded once, then stable)', (name) => {
    const first = readPlanFile(fixture('ok', name));
    if (!first.ok) throw new Error(first.problems.join('\n'));
    expect(first.value.schemaVersion).toBe(PLAN_SCHEMA_VERSION);
    const again = readPlanFile(writePlanFile(first.value));
    expect(again).toEqual(first);
  });
});

describe('plan files: refusals', () => {
  it.each([
    ['unknown-topic', 'items[1].topicId: unknown topic "feelings"'],
    ['segment-too-long', 'items[0].durations.shared-moments.talk:'],
    ['future-schema-version', 'schemaVersion: unknown version 9 (this build reads 1 to 3)'],
    ['missing-schema-version', 'schemaVersion: required'],
  ])('refuses %s with its problem and no plan', (name, problem) => {
    const read = readPlanFile(fixture('not-ok', name));
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.problems.some((line) => line.startsWith(problem))).toBe(true);
    expect(read).not.toHaveProperty('value');
  });

  it('refuses what is not JSON, and a file far too large, before reading it', () => {
    expect(readPlanFile('{"schemaVersion": 3,')).toEqual({ ok: false, problems: ['(file): not a JSON file'] });
    expect(readPlanFile(' '.repeat(300 * 1024)).ok).toBe(false);
  });

  it('reads the same as loadPlan for every refusal fixture', () => {
    const names = readdirSync(join(FIXTURES, 'not-ok')).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, ''));
    for (const name of names) expect(readPlanFile(fixture('not-ok', name))).toEqual(loadPlan(JSON.parse(fixture('not-ok', name)) as unknown));
  });
});
