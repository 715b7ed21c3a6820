import { csvDocument, type Cell } from './csv';
import type { PollGroupName } from './handout-model';
import type { PollRow, SessionReport } from './session-report';

/*
 * report.csv: the report as tables a spreadsheet opens. The whole file holds a few
 * header lines and three tables separated by blank rows (for reading); `part` gives
 * one table alone with its header (for sorting and pivoting).
 */

export const REPORT_CSV_PARTS = ['attendance', 'timing', 'polls', 'fidelity'] as const;
export type ReportCsvPart = (typeof REPORT_CSV_PARTS)[number];

type Table = Cell[][];

export function reportCsv(report: SessionReport, part?: ReportCsvPart): string {
  if (part) return csvDocument(TABLES[part](report));
  const { session } = report;
  const k = session.minGroupSize;
  return csvDocument([
    ['Session report', session.title],
    ['Plan', session.planTitle],
    ['Date', session.scheduledFor ?? spreadsheetTime(session.startedAt ?? session.createdAt)?.slice(0, 10) ?? null],
    ['Facilitator', session.facilitatorName],
    ['Started', spreadsheetTime(session.startedAt)],
    ['Ended', spreadsheetTime(session.endedAt)],
    ['Generated', spreadsheetTime(report.generatedAt)],
    [],
    [`Attendance: ${report.attendance.pairCount} pairs joined (${report.attendance.removedPairCount} removed)`],
    ...attendanceTable(report),
    [],
    ['Time per segment (minutes)'],
    ...timingTable(report),
    ['Total', null, null, minutes(report.timing.plannedMs), minutes(report.timing.actualMs), minutes(report.timing.actualMs - report.timing.plannedMs)],
    [],
    [`Polls (anonymous; a group with fewer than ${k} answers is not shown)`],
    ...pollsTable(report),
    [],
    [`Fidelity: ${report.fidelity.segmentsDelivered} segments delivered, ${report.fidelity.segmentsSkipped} skipped`],
    ...fidelityTable(report),
  ]);
}

const TABLES: Record<ReportCsvPart, (report: SessionReport) => Table> = {
  attendance: attendanceTable,
  timing: timingTable,
  polls: pollsTable,
  fidelity: fidelityTable,
};

/** One line per segment; the topic's note (the facilitators' words, never a pair's) on each of its lines. */
function fidelityTable(report: SessionReport): Table {
  return [
    ['Topic', 'Segment', 'Kind', 'Planned (minutes)', 'Actual (minutes)', 'Skipped', 'Pairs present', 'Note'],
    ...report.fidelity.topics.flatMap((topic) =>
      topic.segments.map((segment): Cell[] => [
        topic.title,
        segment.title,
        segment.kind,
        segment.plannedMinutes,
        segment.actualMinutes,
        segment.skipped ? 'yes' : 'no',
        segment.pairsPresent,
        topic.note,
      ]),
    ),
  ];
}

function attendanceTable(report: SessionReport): Table {
  return [
    ['Pair', 'Mother', 'Son', 'Joined', 'Removed', 'Private steps answered', 'Private steps revealed', 'Commitments'],
    ...report.attendance.pairs.map((pair) => [
      pair.name,
      pair.members.mother,
      pair.members.son,
      spreadsheetTime(pair.joinedAt),
      spreadsheetTime(pair.removedAt),
      pair.answeredPrivateSteps,
      pair.revealedPrivateSteps,
      pair.commitments,
    ]),
  ];
}

function timingTable(report: SessionReport): Table {
  return [
    ['Topic', 'Segment', 'Kind', 'Planned', 'Actual', 'Difference', 'Visits', 'Actual (seconds)'],
    ...report.timing.segments.map((row) => [
      row.sectionTitle,
      row.title,
      row.kind,
      minutes(row.plannedMs),
      minutes(row.actualMs),
      minutes(row.actualMs - row.plannedMs),
      row.visits.length,
      Math.round(row.actualMs / 1000),
    ]),
  ];
}

function pollsTable(report: SessionReport): Table {
  return [['Topic', 'Question', 'Type', 'Status', 'Group', 'Answers in group', 'Option or answer', 'Count', 'Share (%)'], ...report.polls.flatMap(pollLines)];
}

const GROUP_LABEL: Record<PollGroupName, string> = { everyone: 'Everyone', mother: 'Mothers', son: 'Sons', together: 'Mothers and sons together' };

/** One line per option (or open answer) per group; one line saying why when nothing can be shown. */
function pollLines(poll: PollRow): Table {
  const lead: Cell[] = [poll.sectionTitle, poll.question, poll.type, poll.status];
  if (!poll.groups) return [[...lead, null, poll.ballotCount, poll.status === 'draft' ? 'Not asked' : 'Still open', null, null]];
  return poll.groups.flatMap((group): Table => {
    const name = GROUP_LABEL[group.group];
    if (group.status === 'not-enough-answers') return [[...lead, name, null, `Not shown: fewer than ${group.needed} answers`, null, null]];
    if (poll.type === 'openText') {
      // The answers, then the word cloud: each word with how many answers used it.
      return [
        ...group.answers.map((text): Cell[] => [...lead, name, group.ballotCount, text, null, null]),
        ...group.words.map(({ word, count }): Cell[] => [...lead, `${name} (word)`, group.ballotCount, word, count, share(count, group.answers.length)]),
      ];
    }
    return group.bars.map((bar) => [...lead, name, group.ballotCount, bar.label, bar.count, share(bar.count, group.ballotCount)]);
  });
}

function minutes(ms: number): number {
  return Math.round(ms / 6000) / 10;
}

function share(count: number, total: number): number {
  return total === 0 ? 0 : Math.round((count / total) * 1000) / 10;
}

/** `2025-11-20 18:05:00` in the server's time zone: spreadsheets read it as a date and time. */
export function spreadsheetTime(isoTime: string | null): string | null {
  if (isoTime === null) return null;
  const date = new Date(isoTime);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
}
