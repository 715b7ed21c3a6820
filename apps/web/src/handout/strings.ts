import { computed, type ComputedRef } from 'vue';
import { useI18n } from 'vue-i18n';
import type { PollGroupName } from '@kindred/session';

/*
 * The handout page's own words. Kept beside the page (not in i18n/en.ts) so the
 * handout can change without touching the app's shared message file; one entry per
 * locale, English as the fallback.
 */
export interface HandoutStrings {
  documentTitle: string;
  eyebrow: string;
  intro: string;
  loading: string;
  download: string;
  downloading: string;
  print: string;
  withFacilitator: (name: string) => string;
  stillRunning: string;
  noTopics: string;
  privateWithheld: string;
  topic: (n: number) => string;
  keyIdeas: string;
  yourAnswers: string;
  notRevealed: string;
  noAnswer: string;
  yourCommitment: string;
  groupResults: string;
  anonymous: string;
  groups: Record<PollGroupName, string>;
  answerCount: (n: number) => string;
  notEnough: (needed: number) => string;
  average: (mean: number) => string;
  tryAtHome: string;
  retentionDeleted: (days: number) => string;
  retentionScheduled: (days: number, date: string) => string;
  retentionPlanned: (days: number) => string;
  errors: { unauthorized: string; notFound: string; offline: string; generic: string; pdf: string };
  retry: string;
  home: string;
}

const en: HandoutStrings = {
  documentTitle: 'Your handout',
  eyebrow: 'Your handout',
  intro: 'Here is what you talked about, what you told each other and what you promised. Keep it somewhere you will both see it.',
  loading: 'Getting your handout…',
  download: 'Download PDF',
  downloading: 'Preparing PDF…',
  print: 'Print',
  withFacilitator: (name) => `with ${name}`,
  stillRunning: 'The workshop is still going: this handout fills in as you go.',
  noTopics: 'The workshop has not reached its first topic yet.',
  privateWithheld: 'This pair kept its answers and commitments private: this copy has the shared parts only. The pair can share its handout from its own phone.',
  topic: (n) => `Topic ${n}`,
  keyIdeas: 'Key ideas',
  yourAnswers: 'Your answers',
  notRevealed: 'You kept these answers to yourselves, so they stay private.',
  noAnswer: 'No answer this time',
  yourCommitment: 'Your commitment',
  groupResults: 'What the room said',
  anonymous: 'Anonymous: nobody knows who chose what.',
  groups: { everyone: 'Everyone', mother: 'Mothers', son: 'Sons' },
  answerCount: (n) => (n === 1 ? '1 answer' : `${n} answers`),
  notEnough: (needed) => `Not shown: fewer than ${needed} answers, so nobody could be picked out.`,
  average: (mean) => `Average ${mean}`,
  tryAtHome: 'To try at home',
  retentionDeleted: (days) => `Your private answers were deleted after ${days} ${days === 1 ? 'day' : 'days'}, as the facilitator chose.`,
  retentionScheduled: (days, date) =>
    `Your private answers will be deleted ${days} ${days === 1 ? 'day' : 'days'} after the workshop (on ${date}), as the facilitator chose. Download or print this handout to keep them.`,
  retentionPlanned: (days) => `Your private answers will be deleted ${days} ${days === 1 ? 'day' : 'days'} after the workshop ends, as the facilitator chose.`,
  errors: {
    unauthorized: 'This handout link doesn’t work. Open it from the phone you used in the workshop, or ask your facilitator for a printed copy.',
    notFound: 'We can’t find this handout.',
    offline: 'Can’t reach the server. Check your Wi‑Fi or data and try again.',
    generic: 'Something went wrong. Please try again.',
    pdf: 'The PDF could not be made. Please try again.',
  },
  retry: 'Try again',
  home: 'Kindred home',
};

const STRINGS: Record<string, HandoutStrings> = { en };

export function handoutStrings(locale: string): HandoutStrings {
  return STRINGS[locale] ?? STRINGS[locale.split('-')[0] ?? ''] ?? en;
}

export function useHandoutStrings(): ComputedRef<HandoutStrings> {
  const { locale } = useI18n({ useScope: 'global' });
  return computed(() => handoutStrings(locale.value));
}
