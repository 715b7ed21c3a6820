import type { AgeBand } from '../agenda';
import { isAgeBandVariants, type ContentText, type LocalizedText } from '../schema/text';

export interface ResolveOptions {
  /** A language tag such as `en`, `es` or `es-MX`. */
  language: string;
  ageBand: AgeBand;
}

/** `es-MX` → `es-MX`, `es`, `en`: the most specific translation that exists wins. */
export function languageFallbacks(language: string): string[] {
  const parts = language.split('-');
  const chain = parts.map((_, index) => parts.slice(0, parts.length - index).join('-'));
  return [...new Set([...chain, 'en'])];
}

export function pickLanguage(text: LocalizedText, language: string): string {
  for (const candidate of languageFallbacks(language)) {
    const translation = text[candidate];
    if (translation !== undefined) return translation;
  }
  return text.en;
}

/** Turns curriculum text into the one string a given audience sees. */
export function localizer({ language, ageBand }: ResolveOptions): (text: ContentText) => string {
  return (text) => pickLanguage(isAgeBandVariants(text) ? text[ageBand] : text, language);
}
