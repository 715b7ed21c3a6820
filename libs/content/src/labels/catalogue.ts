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
  /** The facilitator's session report (report.csv): headings, column names, notes. */
  report: ReportCatalogue;
}

/** report.csv's words. Column names are keyed so a spreadsheet in any language reads the same columns. */
export interface ReportCatalogue {
  title: string;
  plan: string;
  date: string;
  facilitator: string;
  started: string;
  ended: string;
  generated: string;
  /** `{n}` pairs joined, `{removed}` of them removed. */
  attendance: PluralText;
  timing: string;
  total: string;
  /** `{n}`: the smallest group shown. */
  polls: PluralText;
  attendanceColumns: Record<'pair' | 'mother' | 'son' | 'joined' | 'removed' | 'answered' | 'revealed' | 'commitments', string>;
  timingColumns: Record<'topic' | 'segment' | 'kind' | 'planned' | 'actual' | 'difference' | 'visits' | 'actualSeconds', string>;
  pollColumns: Record<'topic' | 'question' | 'type' | 'status' | 'group' | 'groupAnswers' | 'option' | 'count' | 'share', string>;
  groups: Record<'everyone' | MemberRole | 'together', string>;
  /** A word from the open answers' cloud: `{group} (word)`. */
  wordOf: string;
  notAsked: string;
  stillOpen: string;
  /** `{n}`: answers needed before a group is shown. */
  notShown: PluralText;
  /** The fidelity record's heading: `{n}` segments delivered, `{skipped}` skipped. */
  fidelity: PluralText;
  fidelityColumns: Record<'topic' | 'segment' | 'kind' | 'planned' | 'actual' | 'skipped' | 'pairsPresent' | 'note', string>;
  yes: string;
  no: string;
  /** A series evening's attendance table (report.csv's last part, and attendance.csv). */
  series: {
    /** `{title}`: the series' name. */
    heading: string;
    pair: string;
    /** `{n}`: the evening's number in the series. */
    evening: string;
    eveningsAttended: string;
    present: string;
    pairsPresent: string;
    returning: string;
  };
}
