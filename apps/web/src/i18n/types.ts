import type en from './en';
import type enConsole from './en.console';
import type enErrors from './en.errors';

/** The message schemas (typed as English), apart from index.ts so switchLocale.ts needs no import back. */
/** A phone's messages: en.ts with the error texts that load with useErrorText.ts (en.errors.ts). */
export type PhoneMessages = Omit<typeof en, 'errors'> & { errors: (typeof en)['errors'] & typeof enErrors };
export type ConsoleMessages = typeof enConsole;
export type MessageSchema = PhoneMessages & ConsoleMessages;

/** Locales the web has messages for (switchLocale.ts offers those the curriculum also ships). */
export type Locale = 'en' | 'es';

/** What of vue-i18n's global composer switching needs: `i18n.global`, or `useI18n()` in a component. */
export interface LocaleTarget {
  locale: { value: string };
  mergeLocaleMessage(locale: string, messages: object): void;
}
