import { passwordProblem } from './password-strength';

describe('passwordProblem', () => {
  it.each([
    ['1234567890', /pattern|common/],
    ['          ', /repeats/],
    ['password123', /common/],
    ['qwertyuiop', /pattern|common/],
    ['short', /at least 10 characters/],
  ])('refuses %j with a reason', (password, reason) => {
    expect(passwordProblem(password)).toMatch(reason);
  });

  it('refuses a password made of the account holder\'s own email or name', () => {
    expect(passwordProblem('annabellekeating', ['annabelle.keating@example.org', 'Annabelle Keating'])).toMatch(/too easy/);
  });

  it('accepts a few unrelated words', () => {
    expect(passwordProblem('correct horse battery staple')).toBeNull();
    expect(passwordProblem('a long enough password')).toBeNull();
  });
});
