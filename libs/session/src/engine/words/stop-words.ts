import { SHIPPED_LANGUAGES } from '@kindred/content';

/**
 * Words a word cloud leaves out, by language. Short on purpose: function words only, so
 * "I feel tired and happy" keeps "tired" and "happy". A room may answer in several
 * languages, so a cloud leaves out the stop words of every shipped language
 * (`cloudStopWords`); a list must therefore hold no word that means something in
 * another language (Spanish "son", "come" and "sin" stay out: English words). Add a
 * language by adding a key; a regional tag such as `es-MX` falls back to `es`.
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
  es: [
    'a', 'al', 'algo', 'así', 'cada', 'como', 'con', 'cuando', 'de', 'del', 'desde', 'donde', 'el', 'él', 'ella', 'ellas', 'ellos',
    'en', 'entre', 'era', 'es', 'esa', 'ese', 'eso', 'esta', 'está', 'están', 'este', 'esto', 'estoy', 'fue', 'ha', 'hay', 'he',
    'la', 'las', 'le', 'les', 'lo', 'los', 'más', 'me', 'mi', 'mis', 'mucho', 'muy', 'nos', 'nosotros', 'nuestra', 'nuestro', 'o',
    'para', 'pero', 'poco', 'por', 'porque', 'qué', 'que', 'se', 'ser', 'si', 'sí', 'sobre', 'su', 'sus', 'también', 'te', 'tener',
    'tengo', 'ti', 'tu', 'tú', 'tus', 'un', 'una', 'uno', 'unos', 'unas', 'y', 'ya', 'yo',
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

let cloud: ReadonlySet<string> | null = null;

/** What a word cloud leaves out: the stop words of every shipped language, and of `language` if it has its own. */
export function cloudStopWords(language: string): ReadonlySet<string> {
  cloud ??= new Set(SHIPPED_LANGUAGES.flatMap((shipped) => [...stopWordsFor(shipped)]));
  const own = stopWordsFor(language);
  return [...own].every((word) => cloud!.has(word)) ? cloud : new Set([...cloud, ...own]);
}
