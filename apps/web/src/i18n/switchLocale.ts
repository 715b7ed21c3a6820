import { SHIPPED_LANGUAGES } from '@kindred/content';
import type { ConsoleMessages, Locale, LocaleTarget, PhoneMessages } from './types';

/*
 * Choosing, loading and switching locales. English phone messages ship with the app
 * (index.ts); every other part is fetched when a device starts or switches in that
 * language. This file is its own chunk, outside the pair route's first download.
 * Adding a language: one line in each table below.
 */
const WEB_LOCALES: readonly Locale[] = ['en', 'es'];
/** The locales offered: those the web has messages for and the curriculum ships. */
export const SUPPORTED_LOCALES: readonly Locale[] = WEB_LOCALES.filter((locale) => SHIPPED_LANGUAGES.includes(locale));

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (SUPPORTED_LOCALES as readonly string[]).includes(value);
}

/** The first candidate Kindred ships, by its base language (`es-MX` → `es`); else null. */
export function pickLocale(...candidates: readonly (string | null | undefined)[]): Locale | null {
  for (const candidate of candidates) {
    const base = candidate?.toLowerCase().split('-')[0];
    if (isLocale(base)) return base;
  }
  return null;
}

/** The browser's preferred language, when Kindred ships it. */
export function browserLocale(): Locale | null {
  return typeof navigator === 'undefined' ? null : pickLocale(...(navigator.languages ?? [navigator.language]));
}

type Loader<T> = () => Promise<{ default: T }>;
const phoneMessages: Record<Exclude<Locale, 'en'>, Loader<PhoneMessages>> = {
  es: () => import('./es'),
};
const consoleMessages: Record<Locale, Loader<ConsoleMessages>> = {
  en: () => import('./en.console'),
  es: () => import('./es.console'),
};

interface Loaded {
  parts: Set<string>;
  /** The console or projector is open: a switch loads its strings too. */
  staff: boolean;
  /** The latest switch asked for: an earlier, slower one never lands after it. */
  latest: number;
  /** The locale of that latest switch (it may still be loading). */
  wanted: Locale | null;
}
const loadedByTarget = new WeakMap<LocaleTarget, Loaded>();
function loaded(target: LocaleTarget): Loaded {
  let entry = loadedByTarget.get(target);
  if (!entry) loadedByTarget.set(target, (entry = { parts: new Set(['phone:en']), staff: false, latest: 0, wanted: null }));
  return entry;
}

async function loadPart(target: LocaleTarget, locale: Locale, part: 'phone' | 'console'): Promise<void> {
  const state = loaded(target);
  const key = `${part}:${locale}`;
  if (state.parts.has(key)) return;
  const load = part === 'console' ? consoleMessages[locale] : locale === 'en' ? null : phoneMessages[locale];
  if (!load) return;
  const { default: messages } = await load();
  target.mergeLocaleMessage(locale, messages);
  state.parts.add(key);
}

/**
 * Shows the app in `locale`: fetches its messages first (the English console part too, the
 * fallback), then switches, so a screen never shows half-loaded keys. `<html lang>` follows.
 */
export async function switchLocale(target: LocaleTarget, locale: Locale): Promise<Locale> {
  const state = loaded(target);
  const request = ++state.latest;
  state.wanted = locale;
  await loadPart(target, locale, 'phone');
  if (state.staff) await Promise.all([loadPart(target, 'en', 'console'), loadPart(target, locale, 'console')]);
  if (request !== state.latest) return locale;
  target.locale.value = locale;
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
  return locale;
}

/** Fetches the messages of `languages` without switching: a projector showing two languages side by side needs both. */
export async function loadLocales(target: LocaleTarget, languages: readonly string[]): Promise<void> {
  const state = loaded(target);
  const locales = languages.filter(isLocale);
  await Promise.all(locales.flatMap((locale) => [loadPart(target, locale, 'phone'), ...(state.staff ? [loadPart(target, locale, 'console')] : [])]));
}

/** Loads the console/projector strings into the global i18n (once per locale), and in every later switch. */
export async function loadStaffMessages(target: LocaleTarget): Promise<void> {
  const state = loaded(target);
  state.staff = true;
  await switchLocale(target, state.wanted ?? (target.locale.value as Locale));
}


/** Shows the app in the first candidate Kindred ships (else English). */
export function setAppLocale(target: LocaleTarget, ...candidates: readonly (string | null | undefined)[]): Promise<Locale> {
  return switchLocale(target, pickLocale(...candidates) ?? 'en');
}
