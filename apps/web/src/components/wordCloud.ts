import type { WordCount } from '@kindred/session';

export interface CloudWord {
  word: string;
  count: number;
  /** Font size relative to the cloud's own, from `minEm` (rarest) to `maxEm` (most used). */
  sizeEm: number;
  /** One of five colours, by rank, so neighbours differ and a word keeps its colour. */
  tone: number;
}

export const CLOUD_TONES = 5;

/**
 * A flow layout: words in lines, centred, the most used in the middle and the rarer
 * ones outwards on both sides, sized by the square root of their count (area grows
 * with the count, so a word used twice doesn't look four times as big).
 */
export function cloudLayout(words: readonly WordCount[], minEm = 1, maxEm = 3): CloudWord[] {
  if (words.length === 0) return [];
  const counts = words.map((word) => word.count);
  const low = Math.sqrt(Math.min(...counts));
  const high = Math.sqrt(Math.max(...counts));
  const ranked = [...words].sort((a, b) => b.count - a.count || (a.word < b.word ? -1 : 1));
  const sized = ranked.map((word, rank): CloudWord => ({
    word: word.word,
    count: word.count,
    sizeEm: high === low ? (minEm + maxEm) / 2 : Math.round((minEm + ((Math.sqrt(word.count) - low) / (high - low)) * (maxEm - minEm)) * 100) / 100,
    tone: rank % CLOUD_TONES,
  }));
  // Centre out: 1st in the middle, 2nd after it, 3rd before it, and so on.
  const placed: CloudWord[] = [];
  sized.forEach((word, rank) => (rank % 2 === 0 ? placed.push(word) : placed.unshift(word)));
  return placed;
}
