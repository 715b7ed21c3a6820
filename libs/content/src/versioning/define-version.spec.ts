import { z } from 'zod';
import { defineVersion, parseVersioned } from './define-version';

// A toy document that grew twice: a name became a title, then minutes became seconds.
const v1 = defineVersion({ version: 1, schema: z.strictObject({ schemaVersion: z.literal(1), name: z.string() }) });
const v2 = defineVersion({
  version: 2,
  schema: z.strictObject({ schemaVersion: z.literal(2), title: z.string(), minutes: z.number() }),
  previous: v1,
  up: (old) => ({ schemaVersion: 2 as const, title: old.name, minutes: 5 }),
});
const v3 = defineVersion({
  version: 3,
  schema: z.strictObject({ schemaVersion: z.literal(3), title: z.string().min(1), seconds: z.number() }),
  previous: v2,
  up: (old) => ({ schemaVersion: 3 as const, title: old.title, seconds: old.minutes * 60 }),
});

describe('defineVersion', () => {
  it('upgrades through every step to the newest version', () => {
    expect(parseVersioned(v3, { schemaVersion: 1, name: 'Ours' })).toEqual({
      ok: true,
      value: { schemaVersion: 3, title: 'Ours', seconds: 300 },
    });
    expect(parseVersioned(v3, { schemaVersion: 2, title: 'Ours', minutes: 2 })).toEqual({
      ok: true,
      value: { schemaVersion: 3, title: 'Ours', seconds: 120 },
    });
  });

  it('reports problems against the version the document claims', () => {
    expect(parseVersioned(v3, { schemaVersion: 1, title: 'Ours' })).toEqual({
      ok: false,
      problems: ['name: required', 'title: unknown field'],
    });
  });

  it('validates the upgraded document again, saying where it came from', () => {
    expect(parseVersioned(v3, { schemaVersion: 1, name: '' })).toEqual({
      ok: false,
      problems: ['title: Too small: expected string to have >=1 characters (after upgrading from schemaVersion 1)'],
    });
  });

  it('refuses versions it does not know', () => {
    expect(parseVersioned(v3, { schemaVersion: 0 })).toEqual({
      ok: false,
      problems: ['schemaVersion: unknown version 0 (this build reads 1 to 3)'],
    });
    expect(parseVersioned(v3, { schemaVersion: '2' })).toEqual({
      ok: false,
      problems: ['schemaVersion: expected a whole number'],
    });
  });
});
