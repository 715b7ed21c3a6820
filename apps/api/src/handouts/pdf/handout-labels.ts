import type { MemberRole } from '@kindred/content';
import type { PollGroupName } from '../handout-model';

/** The PDF's own words (the curriculum brings the rest). One entry per language; English is the fallback. */
export interface HandoutLabels {
  eyebrow: string;
  bundleEyebrow: string;
  intro: string;
  stillRunning: string;
  noTopics: string;
  withFacilitator: (name: string) => string;
  topic: (n: number) => string;
  keyIdeas: string;
  yourAnswers: string;
  notRevealed: string;
  noAnswer: string;
  yourCommitment: string;
  groupResults: string;
  anonymous: string;
  notEnough: (needed: number) => string;
  average: (mean: number) => string;
  answerCount: (n: number) => string;
  tryAtHome: string;
  roles: Record<MemberRole, string>;
  groups: Record<PollGroupName, string>;
  retentionDeleted: (days: number) => string;
  retentionScheduled: (days: number, date: string) => string;
  retentionPlanned: (days: number) => string;
  privateWithheld: string;
  scanToOpen: string;
  keepPrivate: string;
  page: (n: number, total: number) => string;
}

const en: HandoutLabels = {
  eyebrow: 'Kindred · Your handout',
  bundleEyebrow: 'Kindred · Handout',
  intro: 'Here is what you talked about, what you told each other and what you promised. Keep it somewhere you will both see it.',
  stillRunning: 'The workshop is still going: this handout fills in as you go.',
  noTopics: 'The workshop has not reached its first topic yet.',
  withFacilitator: (name) => `with ${name}`,
  topic: (n) => `Topic ${n}`,
  keyIdeas: 'Key ideas',
  yourAnswers: 'Your answers',
  notRevealed: 'You kept these answers to yourselves, so they stay private.',
  noAnswer: 'No answer this time',
  yourCommitment: 'Your commitment',
  groupResults: 'What the room said',
  anonymous: 'Anonymous: nobody knows who chose what.',
  notEnough: (needed) => `Not shown: fewer than ${needed} answers, so nobody could be picked out.`,
  average: (mean) => `Average ${mean}`,
  answerCount: (n) => (n === 1 ? '1 answer' : `${n} answers`),
  tryAtHome: 'To try at home',
  roles: { mother: 'Mother', son: 'Son' },
  groups: { everyone: 'Everyone', mother: 'Mothers', son: 'Sons' },
  retentionDeleted: (days) => `Your private answers were deleted after ${days} ${days === 1 ? 'day' : 'days'}, as the facilitator chose.`,
  retentionScheduled: (days, date) =>
    `Your private answers will be deleted ${days} ${days === 1 ? 'day' : 'days'} after the workshop (on ${date}), as the facilitator chose. Save or print this handout to keep them.`,
  retentionPlanned: (days) => `Your private answers will be deleted ${days} ${days === 1 ? 'day' : 'days'} after the workshop ends, as the facilitator chose.`,
  privateWithheld: 'This pair kept its answers and commitments private: this copy has the shared parts only. The pair can share its handout from its own phone.',
  scanToOpen: 'Scan to open online',
  keepPrivate: 'Keep it private: it opens your answers.',
  page: (n, total) => `Page ${n} of ${total}`,
};

const LABELS: Record<string, HandoutLabels> = { en };

export function labelsFor(language: string): HandoutLabels {
  return LABELS[language] ?? LABELS[language.split('-')[0] ?? ''] ?? en;
}

/** "Thursday, 20 November 2025" from an ISO date, in the handout's language. */
export function longDate(isoDate: string, language: string): string {
  const date = new Date(`${isoDate.slice(0, 10)}T12:00:00Z`);
  try {
    return new Intl.DateTimeFormat(language, { dateStyle: 'full', timeZone: 'UTC' }).format(date);
  } catch {
    return isoDate.slice(0, 10);
  }
}
