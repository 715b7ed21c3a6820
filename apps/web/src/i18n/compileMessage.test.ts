import { describe, expect, it } from 'vitest';
import { createAppI18n } from '.';
import en from './en';
import enConsole from './en.console';
import { parseMessage } from './compileMessage';

function leaves(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, child]) => leaves(child, path ? `${path}.${key}` : key));
}

describe('messages', () => {
  it('interpolates names and picks plural forms', () => {
    const { global } = createAppI18n();
    expect(global.t('pair.topicOf', { n: 3, total: 9 })).toBe('Topic 3 of 9');
    expect(global.t('pair.waiting.pairCount', { n: 0 }, 0)).toBe('You’re the first pair here');
    expect(global.t('pair.waiting.pairCount', { n: 1 }, 1)).toBe('1 pair is here');
    expect(global.t('pair.waiting.pairCount', { n: 5 }, 5)).toBe('5 pairs are here');
  });

  it('splits text and placeholders', () => {
    expect(parseMessage('Hi {name}, {n} left | none')).toEqual([['Hi ', { name: 'name' }, ', ', { name: 'n' }, ' left'], ['none']]);
  });

  it('uses only the syntax the compiler understands', () => {
    for (const [path, message] of [...leaves(en), ...leaves(enConsole)]) {
      const withoutPlaceholders = message.replace(/\{\s*[A-Za-z_]\w*\s*\}/g, '');
      expect(withoutPlaceholders, path).not.toMatch(/[{}@$]/);
    }
  });

  it('keeps phone and console messages apart', () => {
    const phoneKeys = new Set(Object.keys(en));
    expect(Object.keys(enConsole).filter((key) => phoneKeys.has(key))).toEqual([]);
  });
});
