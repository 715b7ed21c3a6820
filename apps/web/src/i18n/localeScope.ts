import { inject, provide, type InjectionKey } from 'vue';
import { useI18n } from 'vue-i18n';

/**
 * A part of a page shown in another language than the page around it (a projector column
 * when two languages stand side by side). Shared components (poll results, the timer)
 * word themselves in the scope's language through `useScopedT`; outside a scope they
 * follow the page.
 */
const LOCALE_SCOPE: InjectionKey<() => string | undefined> = Symbol('kindred.localeScope');

export function provideLocaleScope(locale: () => string | undefined): void {
  provide(LOCALE_SCOPE, locale);
}

/** `t(key, named, plural)` in the nearest scope's language, else the page's. */
export function useScopedT(): (key: string, named?: Record<string, unknown>, plural?: number) => string {
  const i18n = useI18n();
  const scoped = inject(LOCALE_SCOPE, () => undefined);
  return (key, named = {}, plural) => {
    const locale = scoped();
    return i18n.t(key, named, { ...(locale ? { locale } : {}), ...(plural === undefined ? {} : { plural }) });
  };
}
