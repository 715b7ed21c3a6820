import { describe, expect, it } from 'vitest';
import { parseMessage } from './compileMessage';
import en from './en';
import enConsole from './en.console';
import enErrors from './en.errors';
import es from './es';
import esConsole from './es.console';

type Tree = { readonly [key: string]: string | Tree };

function leaves(value: string | Tree, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  return Object.entries(value).flatMap(([key, child]) => leaves(child, path ? `${path}.${key}` : key));
}

function placeholders(message: string): string[] {
  return parseMessage(message)
    .flat()
    .flatMap((part) => (typeof part === 'string' ? [] : [part.name]))
    .sort();
}

function pluralForms(message: string): number {
  return parseMessage(message).length;
}

/**
 * Values that may stay the same in Spanish: units, age ranges, bare placeholders, “no”.
 * Anything else equal to the English is taken for an untranslated copy.
 */
const SAME_IN_SPANISH = new Set(['{m} min', '{h} h', '{h} h {m} min', '{name}', 'min', '+1 min', '10–13: {n}', '14–17: {n}', '18+: {n}', 'no', 'Kindred', 'OK', 'PDF', 'QR']);

const catalogues = [
  // The English error texts load apart from en.ts (see en.errors.ts); Spanish keeps them in es.ts.
  { name: 'es (phone)', english: { ...en, errors: { ...en.errors, ...enErrors } } as Tree, spanish: es as Tree },
  { name: 'es.console', english: enConsole as Tree, spanish: esConsole as Tree },
];

describe.each(catalogues)('Spanish catalogue $name', ({ english, spanish }) => {
  const englishLeaves = new Map(leaves(english));
  const spanishLeaves = new Map(leaves(spanish));

  it('has exactly the English keys, at every depth', () => {
    expect([...spanishLeaves.keys()].sort()).toEqual([...englishLeaves.keys()].sort());
  });

  it('keeps every placeholder of each message', () => {
    for (const [key, message] of englishLeaves) {
      expect(placeholders(spanishLeaves.get(key) ?? ''), key).toEqual(placeholders(message));
    }
  });

  it('keeps the number of plural forms of each message', () => {
    for (const [key, message] of englishLeaves) {
      expect(pluralForms(spanishLeaves.get(key) ?? ''), key).toBe(pluralForms(message));
    }
  });

  it('uses only the syntax the compiler understands', () => {
    for (const [key, message] of spanishLeaves) {
      const text = message.replace(/\{\s*[A-Za-z_]\w*\s*\}/g, '');
      expect(text, key).not.toMatch(/[{}@$]/);
      // A pipe is only a plural separator when spaced; an unspaced one would show as text.
      expect(text.replace(/\s+\|\s+/g, ''), key).not.toMatch(/\|/);
    }
  });

  it('is translated: under 3% of the values equal the English, all of them listed', () => {
    const same = [...englishLeaves].filter(([key, message]) => spanishLeaves.get(key) === message);
    expect(same.filter(([, message]) => !SAME_IN_SPANISH.has(message)).map(([key]) => key)).toEqual([]);
    expect(same.length / englishLeaves.size).toBeLessThan(0.03);
  });
});
