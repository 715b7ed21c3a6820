import { createI18n, useI18n } from 'vue-i18n';
import { compileMessage } from './compileMessage';
import en from './en';
import type enConsole from './en.console';

/**
 * Messages come in two parts per locale: `<locale>.ts` (everything a phone shows) and
 * `<locale>.console.ts` (console and projector, loaded with those routes). Only English
 * phone messages ship with the app; every other part is a dynamic import, fetched when a
 * device starts or switches in that language, so an English phone downloads no Spanish.
 * Adding a language: its two files typed as these schemas, one line in each table below.
 */
export type PhoneMessages = typeof en;
export type ConsoleMessages = typeof enConsole;
export type MessageSchema = PhoneMessages & ConsoleMessages;

declare module 'vue-i18n' {
  // Types every `t('...')` key against the English messages.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  export interface DefineLocaleMessage extends MessageSchema {}
}

/** Locales the web has messages for (switchLocale.ts offers those the curriculum also ships). */
export type Locale = 'en' | 'es';

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

/** What of vue-i18n's global composer switching needs: `i18n.global`, or `useI18n()` in a component. */
export interface LocaleTarget {
  locale: { value: string };
  mergeLocaleMessage(locale: string, messages: object): void;
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
