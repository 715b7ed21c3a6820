import { useI18n } from 'vue-i18n';

/** A readable sentence for any failure: the translated text of its code, else the server's message. */
export function useErrorText(): (error: unknown) => string {
  const i18n = useI18n();
  return (error: unknown) => {
    const { code, message } = (typeof error === 'object' && error !== null ? error : {}) as { code?: unknown; message?: unknown };
    if (typeof code === 'string') {
      const key = `errors.${code}`;
      if (i18n.te(key)) return i18n.t(key);
    }
    if (typeof message === 'string' && message !== '') return message;
    return i18n.t('errors.generic');
  };
}
