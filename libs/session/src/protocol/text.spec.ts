import { findInvalidText, isValidText, nameKey, normalizeName } from './text';
import { parseCommand } from './commands';

describe('text on the wire', () => {
  it('refuses NUL bytes and lone surrogates but keeps real emoji and accents', () => {
    expect(isValidText('Ann\u0000')).toBe(false);
    expect(isValidText('owl \uD83E')).toBe(false);
    expect(isValidText('\uDC00 owl')).toBe(false);
    expect(isValidText('Night Owls 🦉 Zoë')).toBe(true);
  });

  it('finds an invalid string anywhere in a body, keys included', () => {
    expect(findInvalidText({ a: 'ok', b: [1, { c: 'x\u0000' }] })).toBe('b.1.c');
    expect(findInvalidText({ ['k\uD800']: 1 })).toBe('k\uD800');
    expect(findInvalidText({ a: ['fine', 2, null, { b: 'é' }] })).toBeNull();
  });

  it('normalizes names: NFC, no invisible or bidi characters, spaces collapsed and trimmed', () => {
    expect(normalizeName('  Zoe\u0308   and\tSam ')).toBe('Zoë and Sam');
    expect(normalizeName('Be\u200Bars\u202E\u2066')).toBe('Bears');
    expect(nameKey('THE\u00A0bears')).toBe(nameKey('the bears'));
  });

  it('gives payload/invalid for bad text in any command field, and normalizes names before use', () => {
    for (const bad of ['\u0000', 'a\uD800', 'line\nbreak', 'bell\u0007']) {
      expect(parseCommand({ type: 'pair.join', name: bad, members: {} })).toMatchObject({ ok: false, code: 'payload/invalid' });
    }
    expect(parseCommand({ type: 'poll.open', pollId: 'p\u0000' })).toMatchObject({ ok: false, code: 'payload/invalid' });
    expect(parseCommand({ type: 'commitment.save', segmentId: 's', text: 'x\uDFFF' })).toMatchObject({ ok: false, code: 'payload/invalid' });
    expect(parseCommand({ type: 'pair.join', name: '\u200B\u202E  ', members: {} })).toMatchObject({ ok: false, code: 'payload/invalid' });
    expect(parseCommand({ type: 'pair.join', name: ' Night\u200B  Owls ', members: { mother: '\u200B', son: ' Sam ' } })).toEqual({
      ok: true,
      command: { type: 'pair.join', name: 'Night Owls', members: { mother: null, son: 'Sam' } },
    });
  });
});
