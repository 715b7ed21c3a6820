import type { LocalizedText } from '../schema/text';

/*
 * The words a pair chooses for itself: how its screens name the carer, and the
 * son's age band. Data, not components, so the Spanish translation adds `es` here
 * like everywhere else in the curriculum.
 */

/** The carer names a pair can pick with one tap; a typed first name is the other way. */
export const CARER_PRESETS = ['mom', 'mum', 'mama', 'gran', 'grandma', 'auntie'] as const;
export type CarerPreset = (typeof CARER_PRESETS)[number];

export const CARER_PRESET_TEXT: Record<CarerPreset, LocalizedText> = {
  mom: { en: 'Mom' },
  mum: { en: 'Mum' },
  mama: { en: 'Mama' },
  gran: { en: 'Gran' },
  grandma: { en: 'Grandma' },
  auntie: { en: 'Auntie' },
};

/** The son's age band as a pair gives it. 10–13 and 14–17 share the teen texts; `adult` picks the adult ones. */
export const PAIR_AGE_BANDS = ['10-13', '14-17', 'adult'] as const;
export type PairAgeBand = (typeof PAIR_AGE_BANDS)[number];

export const PAIR_AGE_BAND_TEXT: Record<PairAgeBand, LocalizedText> = {
  '10-13': { en: 'He is 10 to 13' },
  '14-17': { en: 'He is 14 to 17' },
  adult: { en: 'He is 18 or older' },
};

/**
 * What the projector and the console say where a pair's screen says "Mom" or "Gran":
 * neutral, and never "he" or "him" for a son who is sitting right there.
 */
export const NEUTRAL_CARER_TEXT: LocalizedText = { en: 'the grown-up' };
/** The same word as a speaker's label ("Grown-up: what would you do?"), where a pair's screen says "Gran:". */
export const NEUTRAL_CARER_LABEL_TEXT: LocalizedText = { en: 'Grown-up' };

/** The line above a pair talk's bonus prompt. Adult pairs get it as part of the talk (the step timer follows the plan). */
export const BONUS_LEAD_TEXT = {
  teen: { en: 'Finished early?' },
  adult: { en: 'There is time for this one too:' },
} satisfies Record<'teen' | 'adult', LocalizedText>;

/** The first screen after joining, and the "Our words" panel later on. Family-facing, so it lives here. */
export const PAIR_WORDS_SCREEN_TEXT = {
  title: { en: 'Your words' },
  intro: { en: 'Every family says it differently. Choose what your screens and your handout call the grown-up in your pair. Only the two of you see this.' },
  carerQuestion: { en: 'What does the son call his grown-up?' },
  carerOwn: { en: 'Something else (type it)' },
  ageQuestion: { en: 'How old is the son?' },
  ageNote: { en: 'This picks questions that fit his age. The facilitator sees only how many pairs chose each age, never your words.' },
  save: { en: 'Save' },
  later: { en: 'Keep "Mom" for now' },
  change: { en: 'Our words' },
} satisfies Record<string, LocalizedText>;
