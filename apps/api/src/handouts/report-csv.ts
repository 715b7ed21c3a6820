import { reportLabels, type ReportLabels } from '@kindred/content';
import { csvDocument, type Cell } from './csv';
import type { PollRow, SessionReport } from './session-report';

/*
 * report.csv: the report as tables a spreadsheet opens. The whole file holds a few
 * header lines and three tables separated by blank rows (for reading); `part` gives
 * one table alone with its header (for sorting and pivoting).
 */

export const REPORT_CSV_PARTS = ['attendance', 'timing', 'polls', 'fidelity'] as const;
export type ReportCsvPart = (typeof REPORT_CSV_PARTS)[number];

type Table = Cell[][];

/** Words come from the label catalogue (libs/content/src/labels), in the session's language. */
export function reportCsv(report: SessionReport, part?: ReportCsvPart, labels: ReportLabels = reportLabels(report.session.language)): string {
  if (part) return csvDocument(TABLES[part](report, labels));
  const { session } = report;
  return csvDocument([
    [labels.title, session.title],
    [labels.plan, session.planTitle],
    [labels.date, session.scheduledFor ?? spreadsheetTime(session.startedAt ?? session.createdAt)?.slice(0, 10) ?? null],
    [labels.facilitator, session.facilitatorName],
    [labels.started, spreadsheetTime(session.startedAt)],
    [labels.ended, spreadsheetTime(session.endedAt)],
    [labels.generated, spreadsheetTime(report.generatedAt)],
    [],
    [labels.attendance(report.attendance.pairCount, report.attendance.removedPairCount)],
    ...attendanceTable(report, labels),
    [],
    [labels.timing],
    ...timingTable(report, labels),
    [labels.total, null, null, minutes(report.timing.plannedMs), minutes(report.timing.actualMs), minutes(report.timing.actualMs - report.timing.plannedMs)],
    [],
    [labels.polls(session.minGroupSize)],
    ...pollsTable(report, labels),
    [],
    [labels.fidelity(report.fidelity.segmentsDelivered, report.fidelity.segmentsSkipped)],
    ...fidelityTable(report, labels),
  ]);
}

const TABLES: Record<ReportCsvPart, (report: SessionReport, labels: ReportLabels) => Table> = {
  attendance: attendanceTable,
  timing: timingTable,
  polls: pollsTable,
  fidelity: fidelityTable,
};

/** One line per segment; the topic's note (the facilitators' words, never a pair's) on each of its lines. */
function fidelityTable(report: SessionReport, labels: ReportLabels): Table {
  const c = labels.fidelityColumns;
  return [
    [c.topic, c.segment, c.kind, c.planned, c.actual, c.skipped, c.pairsPresent, c.note],
    ...report.fidelity.topics.flatMap((topic) =>
      topic.segments.map((segment): Cell[] => [
        topic.title,
        segment.title,
        segment.kind,
        segment.plannedMinutes,
        segment.actualMinutes,
        segment.skipped ? labels.yes : labels.no,
        segment.pairsPresent,
        topic.note,
      ]),
    ),
  ];
}

function attendanceTable(report: SessionReport, { attendanceColumns: c }: ReportLabels): Table {
  return [
    [c.pair, c.mother, c.son, c.joined, c.removed, c.answered, c.revealed, c.commitments],
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

function timingTable(report: SessionReport, { timingColumns: c }: ReportLabels): Table {
  return [
    [c.topic, c.segment, c.kind, c.planned, c.actual, c.difference, c.visits, c.actualSeconds],
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

function pollsTable(report: SessionReport, labels: ReportLabels): Table {
  const c = labels.pollColumns;
  return [[c.topic, c.question, c.type, c.status, c.group, c.groupAnswers, c.option, c.count, c.share], ...report.polls.flatMap((poll) => pollLines(poll, labels))];
}

/** One line per option (or open answer) per group; one line saying why when nothing can be shown. */
function pollLines(poll: PollRow, labels: ReportLabels): Table {
  const lead: Cell[] = [poll.sectionTitle, poll.question, poll.type, poll.status];
  if (!poll.groups) return [[...lead, null, poll.ballotCount, poll.status === 'draft' ? labels.notAsked : labels.stillOpen, null, null]];
  return poll.groups.flatMap((group): Table => {
    const name = labels.groups[group.group];
    if (group.status === 'not-enough-answers') return [[...lead, name, null, labels.notShown(group.needed), null, null]];
    if (poll.type === 'openText') {
      // The answers, then the word cloud: each word with how many answers used it.
      return [
        ...group.answers.map((text): Cell[] => [...lead, name, group.ballotCount, text, null, null]),
        ...group.words.map(({ word, count }): Cell[] => [...lead, labels.wordOf(name), group.ballotCount, word, count, share(count, group.answers.length)]),
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
