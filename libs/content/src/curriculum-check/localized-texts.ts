import { formatPath } from '../problems/format-issues';
import type { LocalizedText } from '../schema/text';

type Visit = (path: string, text: LocalizedText) => void;

function isLocalizedText(value: object): value is LocalizedText {
  return 'en' in value && typeof value.en === 'string';
}

/**
 * Visits every localized string in a curriculum, plan or handout, with its path.
 * Generic on purpose: a new text field is covered without touching this walker.
 */
export function walkLocalizedTexts(value: unknown, visit: Visit, path: PropertyKey[] = []): void {
  if (Array.isArray(value)) {
    value.forEach((item, index) => walkLocalizedTexts(item, visit, [...path, index]));
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  if (isLocalizedText(value)) {
    visit(formatPath(path), value);
    return;
  }
  for (const [key, child] of Object.entries(value)) walkLocalizedTexts(child, visit, [...path, key]);
}

/** Every string that lacks one of the given languages, as `path: missing "es" translation`. */
export function findMissingTranslations(value: unknown, languages: readonly string[]): string[] {
  const problems: string[] = [];
  walkLocalizedTexts(value, (path, text) => {
    for (const language of languages) {
      if (text[language] === undefined) problems.push(`${path}: missing "${language}" translation`);
    }
  });
  return problems;
}
