/**
 * Words a word cloud leaves out, by language (the session's agenda language). Short
 * on purpose: function words only, so "I feel tired and happy" keeps "tired" and
 * "happy". Add a language by adding a key (`es: [...]`); a regional tag such as
 * `es-MX` falls back to `es`. A language without a list keeps every word.
 */
const STOP_WORDS: Readonly<Record<string, readonly string[]>> = {
  en: [
    'a', 'about', 'after', 'again', 'all', 'also', 'am', 'an', 'and', 'any', 'are', 'as', 'at', 'be', 'because', 'been', 'before',
    'being', 'but', 'by', 'can', 'could', 'did', 'do', 'does', 'doing', 'don\'t', 'for', 'from', 'get', 'got', 'had', 'has', 'have',
    'having', 'he', 'her', 'here', 'hers', 'him', 'his', 'how', 'i', 'i\'m', 'if', 'in', 'into', 'is', 'it', 'it\'s', 'its', 'just',
    'me', 'more', 'most', 'much', 'my', 'myself', 'no', 'not', 'now', 'of', 'off', 'on', 'once', 'only', 'or', 'other', 'our', 'ours',
    'out', 'over', 'really', 'so', 'some', 'such', 'than', 'that', 'the', 'their', 'them', 'then', 'there', 'these', 'they', 'this',
    'those', 'to', 'too', 'up', 'us', 'very', 'was', 'we', 'were', 'what', 'when', 'where', 'which', 'while', 'who', 'why', 'will',
    'with', 'would', 'you', 'your', 'yours',
  ],
};

const cache = new Map<string, ReadonlySet<string>>();

export function stopWordsFor(language: string): ReadonlySet<string> {
  const base = language.toLowerCase().split('-')[0] ?? '';
  let words = cache.get(base);
  if (!words) {
    words = new Set(STOP_WORDS[base] ?? []);
    cache.set(base, words);
  }
  return words;
}
