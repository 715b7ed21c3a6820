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
  mom: { en: 'Mom', es: 'Mamá' },
  mum: { en: 'Mum', es: 'Mami' },
  mama: { en: 'Mama', es: 'Ma' },
  gran: { en: 'Gran', es: 'Abuelita' },
  grandma: { en: 'Grandma', es: 'Abuela' },
  auntie: { en: 'Auntie', es: 'Tía' },
};

/** The son's age band as a pair gives it. 10–13 and 14–17 share the teen texts; `adult` picks the adult ones. */
export const PAIR_AGE_BANDS = ['10-13', '14-17', 'adult'] as const;
export type PairAgeBand = (typeof PAIR_AGE_BANDS)[number];

export const PAIR_AGE_BAND_TEXT: Record<PairAgeBand, LocalizedText> = {
  '10-13': { en: 'He is 10 to 13', es: 'Tiene de 10 a 13 años' },
  '14-17': { en: 'He is 14 to 17', es: 'Tiene de 14 a 17 años' },
  adult: { en: 'He is 18 or older', es: 'Tiene 18 años o más' },
};

/**
 * What the projector and the console say where a pair's screen says "Mom" or "Gran":
 * neutral, and never "he" or "him" for a son who is sitting right there.
 */
export const NEUTRAL_CARER_TEXT: LocalizedText = { en: 'the grown-up', es: 'la persona adulta' };
/** The same word as a speaker's label ("Grown-up: what would you do?"), where a pair's screen says "Gran:". */
export const NEUTRAL_CARER_LABEL_TEXT: LocalizedText = { en: 'Grown-up', es: 'Persona adulta' };

/** The line above a pair talk's bonus prompt. Adult pairs get it as part of the talk (the step timer follows the plan). */
export const BONUS_LEAD_TEXT = {
  teen: { en: 'Finished early?', es: '¿Terminaron antes?' },
  adult: { en: 'There is time for this one too:', es: 'También hay tiempo para esta:' },
} satisfies Record<'teen' | 'adult', LocalizedText>;

/** The first screen after joining, and the "Our words" panel later on. Family-facing, so it lives here. */
export const PAIR_WORDS_SCREEN_TEXT = {
  title: { en: 'Your words', es: 'Sus palabras' },
  intro: {
    en: 'Every family says it differently. Choose what your screens and your handout call the grown-up in your pair. Only the two of you see this.',
    es: 'Cada familia lo dice a su manera. Elijan la palabra que usarán sus pantallas y su cuadernillo para la persona adulta del dúo. Solo ustedes dos ven esto.',
  },
  carerQuestion: { en: 'What does the son call his grown-up?', es: '¿Cómo le dice el hijo a la persona adulta?' },
  carerOwn: { en: 'Something else (type it)', es: 'Otra palabra (escríbanla)' },
  ageQuestion: { en: 'How old is the son?', es: '¿Cuántos años tiene el hijo?' },
  ageNote: {
    en: 'This picks questions that fit his age. The facilitator sees only how many pairs chose each age, never your words.',
    es: 'Así elegimos preguntas que van con la edad del hijo. Quien facilita solo ve cuántos dúos eligieron cada edad, nunca sus palabras.',
  },
  save: { en: 'Save', es: 'Guardar' },
  later: { en: 'Keep "Mom" for now', es: 'Dejar "Mamá" por ahora' },
  change: { en: 'Our words', es: 'Nuestras palabras' },
} satisfies Record<string, LocalizedText>;
