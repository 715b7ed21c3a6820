import type { Agenda, AgendaSection, AgendaSegment, SegmentKind } from '@kindred/content';
import type { SegmentTimingView } from '@kindred/session';

export interface AgendaEntry {
  section: AgendaSection;
  segment: AgendaSegment;
  sectionIndex: number;
  segmentIndex: number;
  overallIndex: number;
}

export function agendaEntries(agenda: Agenda): AgendaEntry[] {
  const entries: AgendaEntry[] = [];
  agenda.sections.forEach((section, sectionIndex) => {
    section.segments.forEach((segment, segmentIndex) => {
      entries.push({ section, segment, sectionIndex, segmentIndex, overallIndex: entries.length });
    });
  });
  return entries;
}

export function findEntry(agenda: Agenda | null, segmentId: string | null | undefined): AgendaEntry | null {
  if (!agenda || !segmentId) return null;
  return agendaEntries(agenda).find((entry) => entry.segment.id === segmentId) ?? null;
}

/** The segment with this id, if it has the expected kind. */
export function segmentOfKind<K extends SegmentKind>(
  agenda: Agenda | null,
  segmentId: string | null | undefined,
  kind: K,
): Extract<AgendaSegment, { kind: K }> | null {
  const segment = findEntry(agenda, segmentId)?.segment;
  return segment?.kind === kind ? (segment as Extract<AgendaSegment, { kind: K }>) : null;
}

/** The segment ids before and after the current one, over the whole agenda. */
export function neighbours(agenda: Agenda, segmentId: string | null): { previous: string | null; next: string | null } {
  const entries = agendaEntries(agenda);
  const index = entries.findIndex((entry) => entry.segment.id === segmentId);
  if (index < 0) return { previous: null, next: entries[0]?.segment.id ?? null };
  return { previous: entries[index - 1]?.segment.id ?? null, next: entries[index + 1]?.segment.id ?? null };
}

/** Actual time spent on a segment so far, counting an open visit up to `now`. */
export function actualMs(timing: SegmentTimingView | undefined, now: number): number {
  if (!timing) return 0;
  const open = timing.visits.find((visit) => visit.endedAt === null);
  return timing.actualMs + (open ? Math.max(0, now - open.startedAt) : 0);
}

/** A visit this short is a click through (skipping, looking ahead), not time spent on the step. */
export const PASS_THROUGH_MS = 15_000;

/**
 * How far behind plan the session is, in ms (negative: ahead). Only steps that really
 * ran count: each one left by how much it ran over or under its plan, the current one
 * only once it runs over. Skipped steps and click-throughs count nothing, so jumping
 * around the agenda doesn't pile up a meaningless "ahead" over an evening.
 */
export function scheduleDeltaMs(agenda: Agenda, timings: readonly SegmentTimingView[], currentSegmentId: string | null, now: number): number {
  const byId = new Map(timings.map((timing) => [timing.segmentId, timing]));
  let delta = 0;
  for (const entry of agendaEntries(agenda)) {
    const timing = byId.get(entry.segment.id);
    if (!timing || timing.visits.length === 0) continue;
    const spent = actualMs(timing, now);
    if (entry.segment.id === currentSegmentId) {
      delta += Math.max(0, spent - timing.plannedMs);
    } else if (timing.visits.some((visit) => visit.endedAt !== null && visit.endedAt - visit.startedAt >= PASS_THROUGH_MS)) {
      delta += spent - timing.plannedMs;
    }
  }
  return delta;
}

export function sectionPlannedSec(section: AgendaSection): number {
  return section.segments.reduce((sum, segment) => sum + segment.durationSec, 0);
}
