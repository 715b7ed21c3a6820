/**
 * Brakes code guessing: per address, and for the whole server, a cap on failed
 * code look-ups per minute. A wrong code from a school's shared address must not
 * lock out the room, so the per-address cap is generous; a guessing bot hits it fast.
 * (31^6 ≈ 887 million codes: at 30 tries a minute a guess takes centuries.)
 */
export class JoinLimiter {
  private readonly perAddress = new Map<string, number[]>();
  private overall: number[] = [];

  constructor(
    private readonly perAddressPerMinute = 30,
    private readonly overallPerMinute = 600,
  ) {}

  blocked(ip: string, now: number): boolean {
    const recent = (this.perAddress.get(ip) ?? []).filter((t) => now - t < 60_000);
    this.overall = this.overall.filter((t) => now - t < 60_000);
    return recent.length >= this.perAddressPerMinute || this.overall.length >= this.overallPerMinute;
  }

  recordFailure(ip: string, now: number): void {
    const recent = (this.perAddress.get(ip) ?? []).filter((t) => now - t < 60_000);
    recent.push(now);
    this.perAddress.set(ip, recent);
    this.overall.push(now);
    if (this.perAddress.size > 10_000) this.perAddress.clear();
  }
}
