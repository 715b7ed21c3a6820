import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PLAN_SCHEMA_VERSION } from '../schema/plan';
import { planTotalSec } from './plan-total';
import { loadPlan } from './load-plan';

const FIXTURES = join(__dirname, '../__fixtures__/plans');

function fixtures(folder: 'ok' | 'not-ok'): string[] {
  return readdirSync(join(FIXTURES, folder))
    .filter((file) => file.endsWith('.json'))
    .map((file) => file.replace(/\.json$/, ''));
}

function readJson(folder: string, name: string): unknown {
  return JSON.parse(readFileSync(join(FIXTURES, folder, `${name}.json`), 'utf8')) as unknown;
}

describe('loadPlan with valid fixtures', () => {
  it.each(fixtures('ok'))('%s loads as a current-version plan', (name) => {
    const result = loadPlan(readJson('ok', name));
    if (!result.ok) throw new Error(result.problems.join('\n'));
    expect(result.value.schemaVersion).toBe(PLAN_SCHEMA_VERSION);
    expect(planTotalSec(result.value)).toBeGreaterThan(0);
  });
});

describe('loadPlan with invalid fixtures', () => {
  it.each(fixtures('not-ok'))('%s fails with exactly the expected problems', (name) => {
    const expected = readFileSync(join(FIXTURES, 'not-ok', `${name}.expected.txt`), 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '');
    const result = loadPlan(readJson('not-ok', name));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect([...result.problems].sort()).toEqual([...expected].sort());
  });

  it('has an expected-problems file for every invalid fixture', () => {
    const expectations = readdirSync(join(FIXTURES, 'not-ok')).filter((file) => file.endsWith('.expected.txt'));
    expect(expectations.map((file) => file.replace(/\.expected\.txt$/, '')).sort()).toEqual(fixtures('not-ok').sort());
  });
});

describe('upgrading a version 1 plan', () => {
  it('turns minutes into seconds and puts breaks between the topics', () => {
    const result = loadPlan(readJson('ok', 'legacy-v1'));
    expect(result).toEqual({
      ok: true,
      value: {
        schemaVersion: 3,
        id: 'old-custom',
        title: { en: 'Our old Thursday plan' },
        items: [
          { kind: 'frame', frameId: 'opening' },
          {
            kind: 'topic',
            topicId: 'boundaries',
            skip: ['boundaries.deeper'],
            durations: { 'boundaries.talk': 480 },
          },
          { kind: 'break', id: 'break-1', durationSec: 600 },
          { kind: 'topic', topicId: 'legacy' },
          { kind: 'frame', frameId: 'closing' },
        ],
      },
    });
  });

  it('gives an upgraded plan the same total as its old minutes', () => {
    const result = loadPlan(readJson('ok', 'legacy-v1'));
    if (!result.ok) throw new Error(result.problems.join('\n'));
    // boundaries without "deeper" and with an 8-minute talk, a 10-minute break, legacy in full,
    // plus the frame version 3 adds (opening 7 minutes, closing 5) and no transition time.
    const topics = (120 + 480 + 240 + 180 + 120) + 600 + (120 + 300 + 240 + 180 + 300 + 120);
    expect(planTotalSec(result.value)).toBe(topics + 420 + 300);
  });

  it('loads a current plan unchanged (the upgrade is only for old versions)', () => {
    const plan = readJson('ok', 'with-frames-v3');
    expect(loadPlan(plan)).toEqual({ ok: true, value: plan });
  });
});

describe('upgrading a version 2 plan', () => {
  it('keeps its topics and timing, adds the opening and the closing round, and drops the retired closing poll', () => {
    const old = readJson('ok', 'custom-reordered-v2') as { items: unknown[] };
    const result = loadPlan(old);
    if (!result.ok) throw new Error(result.problems.join('\n'));
    const { items } = result.value;
    expect(result.value.schemaVersion).toBe(3);
    expect(items[0]).toEqual({ kind: 'frame', frameId: 'opening' });
    expect(items.at(-1)).toEqual({ kind: 'frame', frameId: 'closing' });
    expect(items).toHaveLength(old.items.length + 2);
    expect(JSON.stringify(items)).not.toContain('independence.closing');
    expect(result.value.transitionSec).toBeUndefined();
  });
});
