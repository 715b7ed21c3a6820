import { useI18n } from 'vue-i18n';
import { failureText } from '../api/errors';

/** A readable sentence for any failure (HTTP, command ack, refused socket): see failureText. */
export function useErrorText(): (error: unknown) => string {
  const i18n = useI18n();
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
