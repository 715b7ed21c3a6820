import { createI18n, useI18n } from 'vue-i18n';
import { compileMessage } from './compileMessage';
import en from './en';
import type enConsole from './en.console';

/**
 * Messages come in two parts per locale: `en.ts` (everything a phone shows, loaded
 * with the app) and `en.console.ts` (console and projector, loaded with those
 * routes). To add Spanish, write `es.ts` and `es.console.ts` typed as these schemas
 * and list them below.
 */
export type PhoneMessages = typeof en;
export type ConsoleMessages = typeof enConsole;
export type MessageSchema = PhoneMessages & ConsoleMessages;

declare module 'vue-i18n' {
  // Types every `t('...')` key against the English messages.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  export interface DefineLocaleMessage extends MessageSchema {}
}

export const SUPPORTED_LOCALES = ['en'] as const;
export type Locale = (typeof SUPPORTED_LOCALES)[number];

const phoneMessages: Record<Locale, PhoneMessages> = { en };
const consoleMessages: Record<Locale, () => Promise<{ default: ConsoleMessages }>> = {
  en: () => import('./en.console'),
};

const datetimeFormats = {
  en: {
    short: { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' },
    time: { hour: '2-digit', minute: '2-digit' },
  },
} as const;

export function createAppI18n(locale: Locale = 'en') {
  return createI18n({
    legacy: false,
    locale,
    fallbackLocale: 'en',
    // The console part arrives later (loadConsoleMessages); until then its keys are absent.
    messages: phoneMessages as unknown as Record<Locale, MessageSchema>,
    datetimeFormats,
    messageCompiler: compileMessage,
    missingWarn: false,
    fallbackWarn: false,
  });
}

/** Loads the console/projector strings into the global i18n (once per locale). */
export async function loadConsoleMessages(i18n: { locale: { value: string }; mergeLocaleMessage(locale: string, messages: object): void }): Promise<void> {
  const locale = (SUPPORTED_LOCALES as readonly string[]).includes(i18n.locale.value) ? (i18n.locale.value as Locale) : 'en';
  const { default: messages } = await consoleMessages[locale]();
  i18n.mergeLocaleMessage(locale, messages);
}

export function useGlobalI18n() {
  return useI18n({ useScope: 'global' });
}
