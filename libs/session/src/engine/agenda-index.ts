import type { Agenda, AgendaSection, AgendaSegment, CommitmentSegment, PollSegment, PrivateRevealSegment } from '@kindred/content';
import type { AgendaPosition } from '../protocol/views';

export interface SegmentEntry {
  segment: AgendaSegment;
  section: AgendaSection;
  sectionIndex: number;
  segmentIndex: number;
  overallIndex: number;
  /** Place of the section among the agenda's topics (1-based); null for a break. */
  topicOrdinal: number | null;
}

export interface AgendaIndex {
  entries: readonly SegmentEntry[];
  byId: ReadonlyMap<string, SegmentEntry>;
  topicCount: number;
  polls: readonly PollSegment[];
  privateReveals: readonly PrivateRevealSegment[];
  commitments: readonly CommitmentSegment[];
}

// The agenda object is shared by every state of a session, so one index per agenda
// serves every decide and view without living in the state itself.
const cache = new WeakMap<Agenda, AgendaIndex>();

export function agendaIndex(agenda: Agenda): AgendaIndex {
  const cached = cache.get(agenda);
  if (cached) return cached;
  const index = buildIndex(agenda);
  cache.set(agenda, index);
  return index;
}

function buildIndex(agenda: Agenda): AgendaIndex {
  const entries: SegmentEntry[] = [];
  const byId = new Map<string, SegmentEntry>();
  const polls: PollSegment[] = [];
  const privateReveals: PrivateRevealSegment[] = [];
  const commitments: CommitmentSegment[] = [];
  let topicCount = 0;
  agenda.sections.forEach((section, sectionIndex) => {
    const topicOrdinal = section.kind === 'topic' ? ++topicCount : null;
    section.segments.forEach((segment, segmentIndex) => {
      const entry: SegmentEntry = { segment, section, sectionIndex, segmentIndex, overallIndex: entries.length, topicOrdinal };
      entries.push(entry);
      if (!byId.has(segment.id)) byId.set(segment.id, entry);
      if (segment.kind === 'poll') polls.push(segment);
      if (segment.kind === 'privateReveal') privateReveals.push(segment);
      if (segment.kind === 'commitment') commitments.push(segment);
    });
  });
  return { entries, byId, topicCount, polls, privateReveals, commitments };
}

export function findSegment(agenda: Agenda, segmentId: string): SegmentEntry | undefined {
  return agendaIndex(agenda).byId.get(segmentId);
}

export function positionOf(agenda: Agenda, segmentId: string): AgendaPosition | null {
  const index = agendaIndex(agenda);
  const entry = index.byId.get(segmentId);
  if (!entry) return null;
  return {
    sectionId: entry.section.id,
    sectionIndex: entry.sectionIndex,
    sectionCount: agenda.sections.length,
    segmentId,
    segmentIndex: entry.segmentIndex,
    segmentCount: entry.section.segments.length,
    segmentKind: entry.segment.kind,
    overallSegmentIndex: entry.overallIndex,
    overallSegmentCount: index.entries.length,
    topicNumber: entry.section.topicNumber,
    topicOrdinal: entry.topicOrdinal,
    topicCount: index.topicCount,
  };
}

export function plannedMs(segment: AgendaSegment): number {
  return Math.max(0, Math.round(segment.durationSec * 1000));
}
