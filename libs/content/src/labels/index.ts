import type { MemberRole } from '../agenda';
import type { HandoutCatalogue, PluralText } from './catalogue';
import { en } from './en';
import { es } from './es';

export type { HandoutCatalogue, PluralText, ReportCatalogue } from './catalogue';

/** The shipped catalogues. A language is a file beside en.ts and one line here. */
const CATALOGUES: Readonly<Record<string, HandoutCatalogue>> = { en, es };

/** The catalogue for a language ("es-MX" → "es"), English when there is none. */
export function handoutCatalogue(language: string): { language: string; catalogue: HandoutCatalogue } {
  for (const candidate of [language, language.split('-')[0] ?? '']) {
    const catalogue = CATALOGUES[candidate];
    if (catalogue) return { language: candidate, catalogue };
  }
  return { language: 'en', catalogue: en };
}

/** Fills `{name}` placeholders. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

/** The plural form for `n` in `language` (Intl.PluralRules), filled with `n` and `values`. */
export function plural(language: string, text: PluralText, n: number, values: Readonly<Record<string, string | number>> = {}): string {
  const form = text[new Intl.PluralRules(language).select(n)] ?? text.other;
  return fill(form, { n, ...values });
}

/** The handout's words with their numbers and names filled in: what the page and the PDF call. */
export interface HandoutLabels {
  pdfEyebrow: string;
  bundleEyebrow: string;
  pageEyebrow: string;
  documentTitle: string;
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
  /** `together`: a split poll's roles shown as one group in a small room. */
  groups: Record<'everyone' | MemberRole | 'together', string>;
  retentionDeleted: (days: number) => string;
  retentionScheduledPdf: (days: number, date: string) => string;
  retentionScheduledPage: (days: number, date: string) => string;
  retentionPlanned: (days: number) => string;
  privateWithheld: string;
  scanToOpen: string;
  keepPrivate: string;
  page: (n: number, total: number) => string;
  loading: string;
  download: string;
  downloading: string;
  print: string;
  retry: string;
  home: string;
  errors: HandoutCatalogue['errors'];
  series: HandoutCatalogue['series'];
}

export function handoutLabels(requested: string): HandoutLabels {
  const { language, catalogue: c } = handoutCatalogue(requested);
  const number = (n: number) => new Intl.NumberFormat(language).format(n);
  return {
    ...c,
    withFacilitator: (name) => fill(c.withFacilitator, { name }),
    topic: (n) => fill(c.topic, { n }),
    notEnough: (needed) => plural(language, c.notEnough, needed),
    average: (mean) => fill(c.average, { mean: number(mean) }),
    answerCount: (n) => plural(language, c.answerCount, n),
    retentionDeleted: (days) => plural(language, c.retentionDeleted, days),
    retentionScheduledPdf: (days, date) => plural(language, c.retentionScheduledPdf, days, { date }),
    retentionScheduledPage: (days, date) => plural(language, c.retentionScheduledPage, days, { date }),
    retentionPlanned: (days) => plural(language, c.retentionPlanned, days),
    page: (n, total) => fill(c.page, { n, total }),
  };
}

/** The session report's words (report.csv), from the same catalogue, numbers through Intl.PluralRules. */
export interface ReportLabels extends Omit<HandoutCatalogue['report'], 'attendance' | 'polls' | 'notShown' | 'wordOf' | 'fidelity'> {
  fidelity: (delivered: number, skipped: number) => string;
  attendance: (pairs: number, removed: number) => string;
  polls: (minGroupSize: number) => string;
  notShown: (needed: number) => string;
  wordOf: (group: string) => string;
}

export function reportLabels(requested: string): ReportLabels {
  const { language, catalogue } = handoutCatalogue(requested);
  const r = catalogue.report;
  return {
    ...r,
    attendance: (pairs, removed) => plural(language, r.attendance, pairs, { removed }),
    polls: (minGroupSize) => plural(language, r.polls, minGroupSize),
    notShown: (needed) => plural(language, r.notShown, needed),
    wordOf: (group) => fill(r.wordOf, { group }),
    fidelity: (delivered, skipped) => plural(language, r.fidelity, delivered, { skipped }),
  };
}
