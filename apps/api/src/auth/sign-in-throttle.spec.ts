import { SignInThrottle } from './sign-in-throttle';

describe('SignInThrottle', () => {
  it('allows a few failures, then makes each further try wait twice as long', () => {
    const throttle = new SignInThrottle(3, 1000);
    const t0 = 1_000_000;
    for (let i = 0; i < 3; i++) {
      expect(throttle.retryAfterMs('1.2.3.4', 'ann@example.org', t0)).toBe(0);
      throttle.recordFailure('1.2.3.4', 'ann@example.org', t0);
    }
    expect(throttle.retryAfterMs('1.2.3.4', 'ann@example.org', t0)).toBe(1000);
    throttle.recordFailure('1.2.3.4', 'ann@example.org', t0 + 1000);
    expect(throttle.retryAfterMs('1.2.3.4', 'ANN@example.org', t0 + 1000)).toBe(2000);
    // Another account from another address is not affected.
    expect(throttle.retryAfterMs('5.6.7.8', 'bob@example.org', t0)).toBe(0);
  });

  it('forgives after a success', () => {
    const throttle = new SignInThrottle(1, 1000);
    throttle.recordFailure('ip', 'a@b.c', 0);
    expect(throttle.retryAfterMs('ip', 'a@b.c', 0)).toBeGreaterThan(0);
    throttle.recordSuccess('ip', 'a@b.c');
    expect(throttle.retryAfterMs('ip', 'a@b.c', 0)).toBe(0);
  });
});
