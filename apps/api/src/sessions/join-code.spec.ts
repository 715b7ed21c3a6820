import { generateJoinCode, JOIN_CODE_ALPHABET, normalizeJoinCode } from './join-code';

describe('join codes', () => {
  it('are six characters with no look-alikes', () => {
    for (let i = 0; i < 500; i++) expect(generateJoinCode()).toMatch(/^[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{6}$/);
    for (const lookAlike of ['0', 'O', '1', 'I', 'L']) expect(JOIN_CODE_ALPHABET).not.toContain(lookAlike);
  });

  it('accept what people type: lower case, spaces, dashes', () => {
    expect(normalizeJoinCode('abc 234')).toBe('ABC234');
    expect(normalizeJoinCode('ab-c2-34')).toBe('ABC234');
  });

  it('reject what cannot be a code', () => {
    expect(normalizeJoinCode('ABC23')).toBeNull();
    expect(normalizeJoinCode('ABC2345')).toBeNull();
    expect(normalizeJoinCode('ABCO23')).toBeNull(); // O is never issued
  });
});
