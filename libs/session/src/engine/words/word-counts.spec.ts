import { stopWordsFor } from './stop-words';
import { wordCounts, wordsOf } from './word-counts';

describe('word counts', () => {
  it('normalizes case, width and punctuation and keeps words with inner apostrophes and hyphens', () => {
    expect(wordsOf('“Well-being”, DON’T stop… ＣＡＬＭ!', 'en')).toEqual(['well-being', "don't", 'stop', 'calm']);
  });

  it('reads letters of any script', () => {
    expect(wordsOf('Ñandú y corazón', 'es')).toEqual(['ñandú', 'y', 'corazón']);
  });

  it('leaves out English stop words and one-letter words', () => {
    expect(wordCounts(['I am tired and a bit hungry', 'So tired'], 'en')).toEqual([
      { word: 'tired', count: 2 },
      { word: 'bit', count: 1 },
      { word: 'hungry', count: 1 },
    ]);
  });

  it('folds a plural into its singular only when the singular is there too', () => {
    expect(wordCounts(['hugs', 'a hug', 'games'], 'en')).toEqual([
      { word: 'hug', count: 2 },
      { word: 'games', count: 1 },
    ]);
    expect(wordCounts(['hug and hugs'], 'en')).toEqual([{ word: 'hug', count: 1 }]);
  });

  it('finds a regional list by its base language', () => {
    expect(stopWordsFor('en-GB').has('the')).toBe(true);
    expect(stopWordsFor('es-MX').has('porque')).toBe(true);
    expect(stopWordsFor('xx').size).toBe(0);
  });

  it('leaves out the stop words of every shipped language: a room answers in several', () => {
    // A Spanish-speaking pair in an English session, and the other way round.
    expect(wordCounts(['Jugar con mi mamá', 'Playing with my mom', 'jugar y reír'], 'en')).toEqual([
      { word: 'jugar', count: 2 },
      { word: 'mamá', count: 1 },
      { word: 'mom', count: 1 },
      { word: 'playing', count: 1 },
      { word: 'reír', count: 1 },
    ]);
    expect(wordCounts(['the end of the day'], 'es')).toEqual([{ word: 'day', count: 1 }, { word: 'end', count: 1 }]);
  });

  it('keeps words a Spanish list would take from English (son, come, sin)', () => {
    expect(wordCounts(['my son', 'come home', 'no sin'], 'es').map((w) => w.word).sort()).toEqual(['come', 'home', 'sin', 'son']);
  });

  it('keeps at most 60 words, the most used first', () => {
    const answers = Array.from({ length: 80 }, (_, i) => `word${String(i).padStart(2, '0')} common`);
    const words = wordCounts(answers, 'en');
    expect(words).toHaveLength(60);
    expect(words[0]).toEqual({ word: 'common', count: 80 });
  });
});
