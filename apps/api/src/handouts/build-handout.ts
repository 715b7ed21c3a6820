import { agendaForPair, carerWord, contentBand, fillCarer, resolveHandout, type AgeBand, type Agenda, type AgendaSection, type HandoutText, type PrivateRevealSegment } from '@kindred/content';
import { getPair, pairRecord, pollReports, type PairAnswerRecord, type PrivateAnswerValue, type SessionState } from '@kindred/session';
import type { HandoutAnswer, HandoutModel, HandoutTopic, PollSummary, RetentionNotice } from './handout-model';
import { summarizePoll } from './poll-summary';

const DAY_MS = 24 * 60 * 60 * 1000;

/** What the session's row adds to the state rebuilt from its log. */
export interface HandoutSessionInfo {
  title: string;
  language: string;
  ageBand: AgeBand;
  scheduledFor: string | null;
  createdAt: Date;
  endedAt: Date | null;
  privateRetentionDays: number | null;
  privateAnswersPurgedAt: Date | null;
  facilitatorName: string;
}

/** Who the copy is for: the pair itself, or the facilitator (who gets private text only when the pair shared). */
export type HandoutAudience = 'pair' | 'facilitator';

/** One pair's handout; null when the pair never joined this session. */
export function buildHandout(state: SessionState, pairId: string, info: HandoutSessionInfo, audience: HandoutAudience = 'pair'): HandoutModel | null {
  const record = pairRecord(state, pairId);
  if (!record) return null;
  const sharedWithFacilitator = getPair(state, pairId)?.handoutShared ?? false;
  // The console never shows private text while the room meets; after the end, only what the pair chose to share.
  const privateTextWithheld = audience === 'facilitator' && !(sharedWithFacilitator && state.phase === 'ended');
  const retention = retentionNotice(info);
  // After the purge the log holds blanked answers; show none rather than empty ones.
  const answers = retention.deleted || privateTextWithheld ? [] : record.answers;
  const commitments = privateTextWithheld ? [] : record.commitments;
  const polls = shownPolls(state);
  // The pair's own words: its name for the grown-up and its age band's texts (web page and PDF alike).
  const words = getPair(state, pairId)?.words;
  const agenda = agendaForPair(state.agenda, words);
  const carer = state.agenda.forPairs ? carerWord(state.agenda, words?.carer) : undefined;
  const ageBand = words ? contentBand(words.ageBand) : info.ageBand;
  return {
    pairId,
    sessionId: state.sessionId,
    workshop: {
      title: info.title,
      planTitle: state.agenda.title,
      date: workshopDate(state, info),
      facilitatorName: info.facilitatorName,
      language: info.language,
      phase: state.phase,
    },
    pair: { name: record.name, members: record.members, ...(carer ? { carer } : {}) },
    topics: coveredTopics(state, agenda).map((section) => ({
      sectionId: section.id,
      topicNumber: section.topicNumber,
      title: section.title,
      summary: section.summary,
      keyIdeas: section.keyIdeas,
      answers: section.segments.flatMap((segment) => {
        const answer = segment.kind === 'privateReveal' ? answers.find((a) => a.segmentId === segment.id) : undefined;
        return segment.kind === 'privateReveal' && answer ? [handoutAnswer(segment, answer)] : [];
      }),
      commitments: section.segments.flatMap((segment) => {
        const saved = segment.kind === 'commitment' ? commitments.find((c) => c.segmentId === segment.id) : undefined;
        return segment.kind === 'commitment' && saved ? [{ segmentId: segment.id, prompt: segment.prompt, text: saved.text }] : [];
      }),
      polls: section.segments.flatMap((segment) => polls.get(segment.id) ?? []),
      takeHome: section.takeHome,
    })) satisfies HandoutTopic[],
    closing: withCarer(withLocalResources(resolveHandout({ language: info.language, ageBand }), state.agenda.localResources ?? []), carer ?? state.agenda.forPairs?.neutral),
    retention,
    sharing: { sharedWithFacilitator, privateTextWithheld },
  };
}

/** Topic sections the session actually visited (a topic planned but skipped isn't on the handout). */
export function coveredTopics(state: SessionState, agenda: Agenda = state.agenda): AgendaSection[] {
  const visited = new Set(state.visits.map((visit) => visit.segmentId));
  return agenda.sections.filter((section) => section.kind === 'topic' && section.segments.some((segment) => visited.has(segment.id)));
}

/** Polls the room was shown, by poll id, still under the k rule. */
function shownPolls(state: SessionState): Map<string, PollSummary> {
  const polls = new Map(state.agenda.sections.flatMap((s) => s.segments).flatMap((s) => (s.kind === 'poll' ? [[s.id, s] as const] : [])));
  const shown = new Map<string, PollSummary>();
  for (const report of pollReports(state, { revealedOnly: true })) {
    const poll = polls.get(report.pollId);
    if (poll && report.results) shown.set(report.pollId, summarizePoll(poll, report.results));
  }
  return shown;
}

function handoutAnswer(segment: PrivateRevealSegment, answer: PairAnswerRecord): HandoutAnswer {
  return {
    segmentId: segment.id,
    title: segment.title,
    question: segment.question,
    revealed: answer.revealed,
    mother: answerText(segment, answer.mother),
    son: answerText(segment, answer.son),
  };
}

function answerText(segment: PrivateRevealSegment, value: PrivateAnswerValue | null): string | null {
  if (value === null) return null;
  if (value.type === 'text') return value.text;
  const options = segment.answer.type === 'choice' ? segment.answer.options : [];
  return options.find((option) => option.id === value.optionId)?.label ?? null;
}

function retentionNotice(info: HandoutSessionInfo): RetentionNotice {
  const days = info.privateRetentionDays;
  const deleteAt = days !== null && info.endedAt ? new Date(info.endedAt.getTime() + days * DAY_MS).toISOString() : null;
  return { days, deleteAt, deleted: info.privateAnswersPurgedAt !== null };
}

function workshopDate(state: SessionState, info: HandoutSessionInfo): string {
  if (info.scheduledFor) return info.scheduledFor;
  return localIsoDate(new Date(state.startedAt ?? info.createdAt.getTime()));
}

/** YYYY-MM-DD in the server's time zone: the day the room met, not the UTC day. */
export function localIsoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The facilitator's local places come first; the kinds of help every handout names follow. */
function withLocalResources(closing: HandoutText, local: readonly string[]): HandoutText {
  return local.length === 0 ? closing : { ...closing, resources: { ...closing.resources, items: [...local, ...closing.resources.items] } };
}

/** The closing pages may name the grown-up too: in this pair's word. */
function withCarer(closing: HandoutText, word: string | undefined): HandoutText {
  return word === undefined ? closing : (JSON.parse(JSON.stringify(closing), (_key, value: unknown) => (typeof value === 'string' ? fillCarer(value, word) : value)) as HandoutText);
}
