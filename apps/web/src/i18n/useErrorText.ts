import { useI18n } from 'vue-i18n';
import { failureText } from '../api/errors';
import enErrors from './en.errors';
import type { LocaleTarget } from './types';

const withTexts = new WeakSet<LocaleTarget>();

/**
 * Puts the English error texts into `target` (once): the texts of English and the
 * fallback of every other locale. They travel with this module, not with the phone's
 * first download (see en.errors.ts).
 */
export function addErrorTexts(target: LocaleTarget): void {
  if (withTexts.has(target)) return;
  withTexts.add(target);
  target.mergeLocaleMessage('en', { errors: enErrors });
}

/** A readable sentence for any failure (HTTP, command ack, refused socket): see failureText. */
export function useErrorText(): (error: unknown) => string {
  const i18n = useI18n();
  addErrorTexts(i18n);
  return (error: unknown) =>
    failureText(
      error,
      (code) => {
        const key = `errors.${code}`;
        return i18n.te(key) ? i18n.t(key) : null;
      },
      i18n.t('errors.generic'),
    );
}
