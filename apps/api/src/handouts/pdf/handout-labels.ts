import { handoutLabels, type HandoutLabels } from '@kindred/content';

/**
 * The PDF's words come from the one handout catalogue in libs/content (labels/), which
 * the web page reads too; English is the fallback.
 */
export type { HandoutLabels };

export function labelsFor(language: string): HandoutLabels {
  return handoutLabels(language);
}

/** "Thursday, 20 November 2025" from an ISO date, in the handout's language. */
export function longDate(isoDate: string, language: string): string {
  const date = new Date(`${isoDate.slice(0, 10)}T12:00:00Z`);
  try {
    return new Intl.DateTimeFormat(language, { dateStyle: 'full', timeZone: 'UTC' }).format(date);
  } catch {
    return isoDate.slice(0, 10);
  }
}
