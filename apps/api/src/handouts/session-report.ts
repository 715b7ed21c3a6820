import type { AgeBand, AgendaSection, PollSegment } from '@kindred/content';
import { attendanceReport, fidelityRecord, pollReports, type FidelityRecord, segmentTimingReport, type MemberNames, type PollStatus, type SessionPhase, type SessionState } from '@kindred/session';
import type { PollGroupSummary } from './handout-model';
import { summarizePoll } from './poll-summary';

/*
 * The facilitator's record of a session (report.json; report.csv is this, flattened):
 * who came, how the time went, what the room said. Poll results are anonymous and
 * under the same k rule as the live views. Device connections are not recorded by
 * the server, so the report counts pairs, not devices.
 */

export interface ReportSessionInfo {
  id: string;
  title: string;
  planId: string;
  code: string;
  language: string;
  ageBand: AgeBand;
  scheduledFor: string | null;
  createdAt: Date;
  privateRetentionDays: number | null;
  facilitatorName: string;
}

export interface AttendanceRow {
  pairId: string;
  name: string;
  members: MemberNames;
  joinedAt: string;
  removedAt: string | null;
  removed: boolean;
  answeredPrivateSteps: number;
  revealedPrivateSteps: number;
  commitments: number;
}

export interface TimingRow {
  sectionId: string;
  sectionTitle: string;
  segmentId: string;
  title: string;
  kind: string;
  plannedMs: number;
  /** Sum of the segment's finished visits (from the SegmentEntered / SessionEnded events). */
  actualMs: number;
  visits: { startedAt: string; endedAt: string | null }[];
  /** The session is on this segment right now: its current visit isn't counted yet. */
  inProgress: boolean;
}

export interface PollRow {
  pollId: string;
  sectionTitle: string;
  question: string;
  type: PollSegment['poll']['type'];
  audience: PollSegment['audience'];
  voter: PollSegment['voter'];
  status: PollStatus;
  ballotCount: number;
  /** Null until the poll is closed; each group shown only when it holds at least k ballots. */
  groups: PollGroupSummary[] | null;
}

export interface SessionReport {
  session: {
    id: string;
    title: string;
    planId: string;
    planTitle: string;
    code: string;
    language: string;
    ageBand: AgeBand;
    phase: SessionPhase;
    scheduledFor: string | null;
    createdAt: string;
    startedAt: string | null;
    endedAt: string | null;
    facilitatorName: string;
    minGroupSize: number;
    privateRetentionDays: number | null;
  };
  attendance: { pairCount: number; activePairCount: number; removedPairCount: number; pairs: AttendanceRow[] };
  timing: { plannedMs: number; actualMs: number; segments: TimingRow[] };
  polls: PollRow[];
  /** Per topic and segment: planned and actual minutes, skipped, pairs present, the facilitators' notes (engine's fidelityRecord). */
  fidelity: FidelityRecord;
  generatedAt: string;
}

const iso = (ms: number | null): string | null => (ms === null ? null : new Date(ms).toISOString());

export function buildSessionReport(state: SessionState, info: ReportSessionInfo, now: number): SessionReport {
  const attendance = attendanceReport(state);
  const pairs: AttendanceRow[] = attendance.pairs.map((pair) => ({
    pairId: pair.pairId,
    name: pair.name,
    members: pair.members,
    joinedAt: new Date(pair.joinedAt).toISOString(),
    removedAt: iso(pair.removedAt),
    removed: pair.removedAt !== null,
    answeredPrivateSteps: pair.answeredPrivateSteps,
    revealedPrivateSteps: pair.revealedPrivateSteps,
    commitments: pair.commitments,
  }));
  const segments = timingRows(state);
  return {
    session: {
      id: info.id,
      title: info.title,
      planId: info.planId,
      planTitle: state.agenda.title,
      code: info.code,
      language: info.language,
      ageBand: info.ageBand,
      phase: state.phase,
      scheduledFor: info.scheduledFor,
      createdAt: info.createdAt.toISOString(),
      startedAt: iso(state.startedAt),
      endedAt: iso(state.endedAt),
      facilitatorName: info.facilitatorName,
      minGroupSize: state.minGroupSize,
      privateRetentionDays: info.privateRetentionDays,
    },
    attendance: {
      pairCount: pairs.length,
      activePairCount: pairs.filter((pair) => !pair.removed).length,
      removedPairCount: pairs.filter((pair) => pair.removed).length,
      pairs,
    },
    timing: {
      plannedMs: segments.reduce((sum, row) => sum + row.plannedMs, 0),
      actualMs: segments.reduce((sum, row) => sum + row.actualMs, 0),
      segments,
    },
    polls: pollRows(state),
    fidelity: fidelityRecord(state),
    generatedAt: new Date(now).toISOString(),
  };
}

function timingRows(state: SessionState): TimingRow[] {
  const sections = sectionsById(state);
  return segmentTimingReport(state).map((timing) => ({
    sectionId: timing.sectionId,
    sectionTitle: sections.get(timing.sectionId)?.title ?? '',
    segmentId: timing.segmentId,
    title: timing.title,
    kind: timing.kind,
    plannedMs: timing.plannedMs,
    actualMs: timing.actualMs,
    visits: timing.visits.map((visit) => ({ startedAt: new Date(visit.startedAt).toISOString(), endedAt: iso(visit.endedAt) })),
    inProgress: timing.visits.some((visit) => visit.endedAt === null),
  }));
}

/** Every poll of the agenda, closed-but-unrevealed ones included (the facilitator saw those too). */
function pollRows(state: SessionState): PollRow[] {
  const polls = new Map<string, { poll: PollSegment; section: AgendaSection }>();
  for (const section of state.agenda.sections) for (const segment of section.segments) if (segment.kind === 'poll') polls.set(segment.id, { poll: segment, section });
  return pollReports(state, { revealedOnly: false }).flatMap((report) => {
    const found = polls.get(report.pollId);
    if (!found) return [];
    const { poll, section } = found;
    return [
      {
        pollId: poll.id,
        sectionTitle: section.title,
        question: poll.question,
        type: poll.poll.type,
        audience: poll.audience,
        voter: poll.voter,
        status: report.status,
        ballotCount: report.ballotCount,
        groups: report.results ? summarizePoll(poll, report.results).groups : null,
      },
    ];
  });
}

function sectionsById(state: SessionState): Map<string, AgendaSection> {
  return new Map(state.agenda.sections.map((section) => [section.id, section]));
}
