import { describe, expect, it } from 'vitest';
import type { SegmentTimingView } from '@kindred/session';
import { aBreak, aPairTalk, aSection, anAgenda } from '../test/builders';
import { actualMs, neighbours, scheduleDeltaMs } from './agenda';

const agenda = anAgenda([
  aSection('a', [aPairTalk('a.1', { durationSec: 300 }), aPairTalk('a.2', { durationSec: 300 })]),
  aSection('b', [aBreak('b.1')], { kind: 'break', topicNumber: null }),
]);
const timing = (segmentId: string, plannedMs: number, visits: [number, number | null][]): SegmentTimingView => ({
  segmentId,
  plannedMs,
  visits: visits.map(([startedAt, endedAt]) => ({ startedAt, endedAt })),
  actualMs: visits.reduce((sum, [start, end]) => sum + (end === null ? 0 : end - start), 0),
});

describe('agenda helpers', () => {
  it('finds the previous and next segment across sections', () => {
    expect(neighbours(agenda, 'a.2')).toEqual({ previous: 'a.1', next: 'b.1' });
    expect(neighbours(agenda, 'a.1').previous).toBeNull();
    expect(neighbours(agenda, 'b.1').next).toBeNull();
  });

  it('counts an open visit up to now', () => {
    expect(actualMs(timing('a.1', 300_000, [[0, 60_000], [100_000, null]]), 130_000)).toBe(90_000);
  });

  it('is behind when earlier segments overran', () => {
    const timings = [timing('a.1', 300_000, [[0, 420_000]]), timing('a.2', 300_000, [[420_000, null]])];
    expect(scheduleDeltaMs(agenda, timings, 'a.2', 480_000)).toBe(120_000);
  });

  it('is ahead when a segment was cut short, and does not punish the current one before its plan runs out', () => {
    const timings = [timing('a.1', 300_000, [[0, 180_000]]), timing('a.2', 300_000, [[180_000, null]])];
    expect(scheduleDeltaMs(agenda, timings, 'a.2', 240_000)).toBe(-120_000);
  });

  it('counts nothing for skipped steps or click-throughs, so jumping ahead is not "ahead"', () => {
    const timings = [timing('a.1', 300_000, [[0, 5_000]]), timing('a.2', 300_000, []), timing('b.1', 600_000, [[5_000, null]])];
    expect(scheduleDeltaMs(agenda, timings, 'b.1', 65_000)).toBe(0);
  });

  it('counts what each step ran over or under, and the current one only once it overruns', () => {
    const timings = [timing('a.1', 300_000, [[0, 360_000]]), timing('a.2', 300_000, [[360_000, 600_000]]), timing('b.1', 600_000, [[600_000, null]])];
    // a.1 one minute over, a.2 one minute under: on time, and b.1 still within its plan.
    expect(scheduleDeltaMs(agenda, timings, 'b.1', 900_000)).toBe(0);
    expect(scheduleDeltaMs(agenda, timings, 'b.1', 1_320_000)).toBe(120_000);
  });
});
