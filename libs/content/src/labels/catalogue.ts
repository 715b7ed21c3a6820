import type { MemberRole } from '../agenda';

/**
 * A plural message: one form per CLDR plural category the language uses (English: one,
 * other; Spanish: one, many, other), chosen with Intl.PluralRules. `{n}` and other
 * `{name}` placeholders are filled in by `handoutLabels`.
 */
export type PluralText = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/**
 * Every word the handout says, in one language, as data: the web page, the PDF and the
 * facilitator's print bundle all read it. A new language is a file like `en.ts` plus
 * one line in `index.ts`.
 */
export interface HandoutCatalogue {
  /** The PDF's eyebrow line, and the print bundle's. */
  pdfEyebrow: string;
  bundleEyebrow: string;
  /** The web page's eyebrow and browser tab title. */
  pageEyebrow: string;
  documentTitle: string;
  intro: string;
  stillRunning: string;
  noTopics: string;
  withFacilitator: string;
  topic: string;
  keyIdeas: string;
  yourAnswers: string;
  notRevealed: string;
  noAnswer: string;
  yourCommitment: string;
  groupResults: string;
  anonymous: string;
  notEnough: PluralText;
  average: string;
  answerCount: PluralText;
  tryAtHome: string;
  roles: Record<MemberRole, string>;
  /** `together`: a split poll's roles shown as one group in a small room. */
  groups: Record<'everyone' | MemberRole | 'together', string>;
  retentionDeleted: PluralText;
  /** The PDF says "save or print", the page "download or print": each offers what it can. */
  retentionScheduledPdf: PluralText;
  retentionScheduledPage: PluralText;
  retentionPlanned: PluralText;
  /** On a facilitator's copy of a handout the pair did not share. */
  privateWithheld: string;
  scanToOpen: string;
  keepPrivate: string;
  page: string;
  loading: string;
  download: string;
  downloading: string;
  print: string;
  retry: string;
  home: string;
  /** A linked series on the pair's handout: its evenings, its commitments, its rejoin code. */
  series: {
    title: string;
    evening: string;
    rejoinCode: string;
    rejoinHint: string;
    commitment: string;
    outcomes: Record<'done' | 'partly' | 'not-yet', string>;
    noCommitment: string;
  };
  errors: { unauthorized: string; notFound: string; offline: string; generic: string; pdf: string };
}
