import { describe, expect, it } from 'vitest';
import { cloudLayout } from './wordCloud';

describe('cloudLayout', () => {
  const words = [
    { word: 'happy', count: 9 },
    { word: 'tired', count: 4 },
    { word: 'calm', count: 1 },
    { word: 'proud', count: 1 },
  ];

  it('puts the most used word in the middle and the rarer ones outwards', () => {
    expect(cloudLayout(words).map((word) => word.word)).toEqual(['proud', 'tired', 'happy', 'calm']);
  });

  it('sizes by the square root of the count between the two bounds', () => {
    const sizes = Object.fromEntries(cloudLayout(words, 1, 3).map((word) => [word.word, word.sizeEm]));
    expect(sizes).toEqual({ happy: 3, tired: 2, calm: 1, proud: 1 });
  });

  it('gives every word the same middle size when all are used equally, and nothing for no words', () => {
    expect(cloudLayout([{ word: 'a', count: 2 }, { word: 'b', count: 2 }], 1, 3).map((word) => word.sizeEm)).toEqual([2, 2]);
    expect(cloudLayout([])).toEqual([]);
  });
});
