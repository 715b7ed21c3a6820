import { addressKey, RateLimits } from './rate-limits';

describe('RateLimits (in memory)', () => {
  it('refuses a key once its budget is spent and leaves other keys alone', async () => {
    const limits = RateLimits.inMemory();
    for (let i = 0; i < 30; i++) expect(await limits.consume('joinFailsPerAddress', '10.0.0.1')).toEqual({ ok: true });
    const refused = await limits.consume('joinFailsPerAddress', '10.0.0.1');
    expect(refused.ok).toBe(false);
    expect(refused.ok === false && refused.retryAfterMs).toBeGreaterThan(0);
    expect(await limits.check('joinFailsPerAddress', '10.0.0.2')).toEqual({ ok: true });
    expect(await limits.used('joinFailsPerAddress', '10.0.0.2')).toBe(0);
    await limits.forget('joinFailsPerAddress', '10.0.0.1');
    expect(await limits.check('joinFailsPerAddress', '10.0.0.1')).toEqual({ ok: true });
  });
});

describe('addressKey', () => {
  it('groups an IPv6 /64 and unwraps IPv4-mapped addresses', () => {
    expect(addressKey('::ffff:192.0.2.7')).toBe('192.0.2.7');
    expect(addressKey('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:0db8:0001:0002:ffff:0:0:9')).toBe('2001:db8:1:2::/64');
    expect(addressKey('203.0.113.9')).toBe('203.0.113.9');
    expect(addressKey(undefined)).toBe('unknown');
  });
});
