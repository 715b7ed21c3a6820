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

export interface ReportCsvOptions {
  /** The IANA zone the file's times are in (the reader's; default UTC, never the server's own). */
  timeZone?: string;
}

/** What each table needs besides the report: its words and how it writes a time. */
interface Reading {
  labels: ReportLabels;
  time: (isoTime: string | null) => string | null;
}

/**
 * Words come from the label catalogue (libs/content/src/labels), in the report's language
 * (`report.session.language`). Times are in `timeZone`: the table cells as
 * `YYYY-MM-DD HH:MM:SS` (a spreadsheet in any locale reads and sorts them), the header
 * lines as the reader's locale writes them, naming the zone.
 */
export function reportCsv(report: SessionReport, part?: ReportCsvPart, { timeZone = 'UTC' }: ReportCsvOptions = {}): string {
  const language = report.session.language;
  const reading: Reading = { labels: reportLabels(language), time: (iso) => spreadsheetTime(iso, timeZone) };
  if (part) return csvDocument(TABLES[part](report, reading));
  const { session } = report;
  const { labels } = reading;
  const readable = (iso: string | null) => readableTime(iso, language, timeZone);
  return csvDocument([
    [labels.title, session.title],
    [labels.plan, session.planTitle],
    [labels.date, session.scheduledFor ? readableDate(session.scheduledFor, language) : readableDate(reading.time(session.startedAt ?? session.createdAt)!.slice(0, 10), language)],
    [labels.facilitator, session.facilitatorName],
    [labels.started, readable(session.startedAt)],
    [labels.ended, readable(session.endedAt)],
    [labels.generated, readable(report.generatedAt)],
    [],
    [labels.attendance(report.attendance.pairCount, report.attendance.removedPairCount)],
    ...attendanceTable(report, reading),
    [],
    [labels.timing],
    ...timingTable(report, reading),
    [labels.total, null, null, minutes(report.timing.plannedMs), minutes(report.timing.actualMs), minutes(report.timing.actualMs - report.timing.plannedMs)],
    [],
    [labels.polls(session.minGroupSize)],
    ...pollsTable(report, reading),
    [],
    [labels.fidelity(report.fidelity.segmentsDelivered, report.fidelity.segmentsSkipped)],
    ...fidelityTable(report, reading),
  ]);
}

const TABLES: Record<ReportCsvPart, (report: SessionReport, reading: Reading) => Table> = {
  attendance: attendanceTable,
  timing: timingTable,
  polls: pollsTable,
  fidelity: fidelityTable,
};

/** One line per segment; the topic's note (the facilitators' words, never a pair's) on each of its lines. */
function fidelityTable(report: SessionReport, { labels }: Reading): Table {
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

function attendanceTable(report: SessionReport, { labels: { attendanceColumns: c }, time }: Reading): Table {
  return [
    [c.pair, c.mother, c.son, c.joined, c.removed, c.answered, c.revealed, c.commitments],
    ...report.attendance.pairs.map((pair) => [
      pair.name,
      pair.members.mother,
      pair.members.son,
      time(pair.joinedAt),
      time(pair.removedAt),
      pair.answeredPrivateSteps,
      pair.revealedPrivateSteps,
      pair.commitments,
    ]),
  ];
}

function timingTable(report: SessionReport, { labels: { timingColumns: c } }: Reading): Table {
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

function pollsTable(report: SessionReport, { labels }: Reading): Table {
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

/** `2025-11-20 18:05:00` in `timeZone`: spreadsheets read it as a date and time, whatever their locale. */
export function spreadsheetTime(isoTime: string | null, timeZone = 'UTC'): string | null {
  if (isoTime === null) return null;
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(isoTime));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '00';
  return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}:${part('second')}`;
}

/** "20 de noviembre de 2025, 18:05 GMT-6": a time as the reader's locale writes it, in `timeZone`, naming the zone. */
export function readableTime(isoTime: string | null, language: string, timeZone: string): string | null {
  if (isoTime === null) return null;
  return new Intl.DateTimeFormat(language, { timeZone, year: 'numeric', month: 'long', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZoneName: 'short' }).format(new Date(isoTime));
}

/** "20 de noviembre de 2025" from `YYYY-MM-DD` (a calendar day: no zone to convert). */
function readableDate(isoDate: string, language: string): string {
  return new Intl.DateTimeFormat(language, { timeZone: 'UTC', dateStyle: 'long' }).format(new Date(`${isoDate.slice(0, 10)}T12:00:00Z`));
}
