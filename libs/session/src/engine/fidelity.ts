import type { AgendaSection, AgendaSegment } from '@kindred/content';
import type { SessionState } from './state';
import { lookup } from './records';
import { pairsInJoinOrder } from './queries';
import { segmentTimings } from './views/facilitator-view';

/*
 * The fidelity record: was each part of the plan delivered, for how long, what was
 * skipped, and with how many pairs in the room. Derived from the event log (visits,
 * joins and removals, the facilitator's topic notes); no pair's name or private text
 * is in it, so it can sit beside other evenings of a series.
 */

export interface FidelitySegment {
  segmentId: string;
  title: string;
  kind: AgendaSegment['kind'];
  plannedMinutes: number;
  /** Whole and closed visits only, rounded to a tenth of a minute. */
  actualMinutes: number;
  /** Never opened while the session ran. */
  skipped: boolean;
  /** Active pairs in the room at any moment the segment was open (0 when skipped). */
  pairsPresent: number;
}

export interface FidelityTopic {
  sectionId: string;
  title: string;
  kind: AgendaSection['kind'];
  /** The facilitator's short note on the topic; null when none was written. */
  note: string | null;
  segments: FidelitySegment[];
}

export interface FidelityRecord {
  sessionId: string;
  startedAt: number | null;
  endedAt: number | null;
  plannedMinutes: number;
  actualMinutes: number;
  segmentsDelivered: number;
  segmentsSkipped: number;
  topics: FidelityTopic[];
}

const minutes = (ms: number): number => Math.round(ms / 6_000) / 10;

/** Pure: the same log gives the same record, during the session (open visits count as present, not as time) and after. */
export function fidelityRecord(state: SessionState): FidelityRecord {
  const timings = new Map(segmentTimings(state).map((timing) => [timing.segmentId, timing]));
  const pairs = pairsInJoinOrder(state);
  const presentDuring = (visits: readonly { startedAt: number; endedAt: number | null }[]): number =>
    pairs.filter((pair) =>
      visits.some((visit) => pair.joinedAt <= (visit.endedAt ?? Number.POSITIVE_INFINITY) && (pair.removedAt === null || pair.removedAt > visit.startedAt)),
    ).length;
  const topics = state.agenda.sections.map((section): FidelityTopic => ({
    sectionId: section.id,
    title: section.title,
    kind: section.kind,
    note: lookup(state.topicNotes, section.id) ?? null,
    segments: section.segments.map((segment): FidelitySegment => {
      const timing = timings.get(segment.id);
      const visits = timing?.visits ?? [];
      return {
        segmentId: segment.id,
        title: segment.title,
        kind: segment.kind,
        plannedMinutes: minutes(timing?.plannedMs ?? 0),
        actualMinutes: minutes(timing?.actualMs ?? 0),
        skipped: visits.length === 0,
        pairsPresent: presentDuring(visits),
      };
    }),
  }));
  const segments = topics.flatMap((topic) => topic.segments);
  return {
    sessionId: state.sessionId,
    startedAt: state.startedAt,
    endedAt: state.endedAt,
    plannedMinutes: minutes([...timings.values()].reduce((sum, t) => sum + t.plannedMs, 0)),
    actualMinutes: minutes([...timings.values()].reduce((sum, t) => sum + t.actualMs, 0)),
    segmentsDelivered: segments.filter((segment) => !segment.skipped).length,
    segmentsSkipped: segments.filter((segment) => segment.skipped).length,
    topics,
  };
}
