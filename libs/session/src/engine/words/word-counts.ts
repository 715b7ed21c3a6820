import type { WordCount } from '../../protocol/views';
import { LIMITS } from '../../protocol/limits';
import { cloudStopWords } from './stop-words';

// Letters and digits, with an apostrophe or hyphen inside a word ("don't", "well-being").
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/** The words of one answer, normalized: NFKC, lower case, curly apostrophes straightened. */
export function wordsOf(text: string, language: string): string[] {
  const normalized = text.normalize('NFKC').toLocaleLowerCase(language).replace(/’/g, "'");
  return normalized.match(WORD) ?? [];
}

/**
 * How many answers use each word, for a word cloud. A word counts once per answer,
 * so one person repeating a word can't make it loom over the room. Stop words of every
 * shipped language (a room may answer in several) and one-letter words are left out; a plural ending in "s" is
 * folded into its singular when the singular also appears ("hugs" and "hug"), which
 * never invents a word. Sorted by count, then alphabetically: the order carries
 * nothing about who wrote what, or when. Callers pass only answers the audience may
 * already read, from a group of at least k.
 */
export function wordCounts(answers: readonly string[], language: string): WordCount[] {
  const stop = cloudStopWords(language);
  const perAnswer = answers.map((answer) => wordsOf(answer, language).filter((word) => [...word].length > 1 && !stop.has(word)));
  const vocabulary = new Set(perAnswer.flat());
  const fold = (word: string): string => {
    const singular = word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : null;
    return singular !== null && vocabulary.has(singular) ? singular : word;
  };
  const counts = new Map<string, number>();
  for (const words of perAnswer) {
    for (const word of new Set(words.map(fold))) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return [...counts]
    .map(([word, count]) => ({ word, count }))
    .sort((a, b) => b.count - a.count || (a.word < b.word ? -1 : a.word > b.word ? 1 : 0))
    .slice(0, LIMITS.wordCloudWords);
}
