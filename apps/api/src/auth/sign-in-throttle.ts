/**
 * Slows down repeated failed sign-ins: after a few failures for one email from one
 * address (or many from one address), each further try must wait twice as long,
 * up to 15 minutes. A success clears the count. Kept in memory: a restart forgives,
 * which is acceptable for a brake on guessing, not a ban.
 */
export class SignInThrottle {
  private readonly failures = new Map<string, { count: number; lastAt: number }>();

  constructor(
    private readonly freeTries = 5,
    private readonly baseDelayMs = 1000,
    private readonly maxDelayMs = 15 * 60 * 1000,
  ) {}

  private keys(ip: string, email: string): string[] {
    return [`e:${ip}|${email.toLowerCase()}`, `a:${ip}`];
  }

  /** Milliseconds to wait before another try is allowed; 0 when allowed now. */
  retryAfterMs(ip: string, email: string, now: number): number {
    let wait = 0;
    for (const [i, key] of this.keys(ip, email).entries()) {
      const entry = this.failures.get(key);
      // The per-address key tolerates more failures: a school shares one address.
      const free = i === 0 ? this.freeTries : this.freeTries * 6;
      if (!entry || entry.count < free) continue;
      const delay = Math.min(this.maxDelayMs, this.baseDelayMs * 2 ** (entry.count - free));
      wait = Math.max(wait, entry.lastAt + delay - now);
    }
    return Math.max(0, wait);
  }

  recordFailure(ip: string, email: string, now: number): void {
    for (const key of this.keys(ip, email)) {
      const entry = this.failures.get(key) ?? { count: 0, lastAt: now };
      this.failures.set(key, { count: entry.count + 1, lastAt: now });
    }
    if (this.failures.size > 50_000) this.failures.clear(); // a flood must not exhaust memory
  }

  recordSuccess(ip: string, email: string): void {
    this.failures.delete(this.keys(ip, email)[0]!);
  }
}
