import { createI18n, useI18n } from 'vue-i18n';
import { compileMessage } from './compileMessage';
import en from './en';
import type { Locale, LocaleTarget, MessageSchema } from './types';

export type { ConsoleMessages, Locale, LocaleTarget, MessageSchema, PhoneMessages } from './types';

/**
 * Messages come in two parts per locale: `<locale>.ts` (everything a phone shows) and
 * `<locale>.console.ts` (console and projector, loaded with those routes). Only English
 * phone messages ship with the app; every other part is a dynamic import, fetched when a
 * device starts or switches in that language, so an English phone downloads no Spanish.
 * Adding a language: its two files typed as these schemas (types.ts), one line in each
 * table of switchLocale.ts.
 */
declare module 'vue-i18n' {
  // Types every `t('...')` key against the English messages.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  export interface DefineLocaleMessage extends MessageSchema {}
}

/** The same formats in every locale; Intl words them in each. */
const formats = {
  short: { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' },
  time: { hour: '2-digit', minute: '2-digit' },
} as const;
const datetimeFormats = { en: formats, es: formats };

export function createAppI18n(locale: Locale = 'en') {
  return createI18n({
    legacy: false,
    locale,
    fallbackLocale: 'en',
    // Other parts arrive later (setAppLocale, loadConsoleMessages); until then their keys fall back or are absent.
    messages: { en } as unknown as Record<Locale, MessageSchema>,
    datetimeFormats,
    messageCompiler: compileMessage,
    missingWarn: false,
    fallbackWarn: false,
  });
}

/** The loading and switching code (switchLocale.ts): its own chunk, outside the pair route's first download. */
const switching = () => import('./switchLocale');

/** Shows the app in the first of `languages` Kindred ships (else English), its messages fetched first (see switchLocale.ts). */
export async function showAppIn(target: LocaleTarget, ...languages: readonly string[]): Promise<void> {
  await (await switching()).setAppLocale(target, ...languages);
}

/** Loads the console/projector strings into the global i18n, and again after every switch (see switchLocale.ts). */
export async function loadConsoleMessages(target: LocaleTarget): Promise<void> {
  await (await switching()).loadStaffMessages(target);
}

export function useGlobalI18n() {
  return useI18n({ useScope: 'global' });
}
