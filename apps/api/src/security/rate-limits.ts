import type { OnModuleDestroy } from '@nestjs/common';
import { Redis } from 'ioredis';
import type { AppConfig } from '../config/config';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';

type Limiter = RateLimiterMemory | RateLimiterRedis;

/** What a limiter says: go ahead, or wait this long. */
export type Verdict = { ok: true } | { ok: false; retryAfterMs: number };

interface Rule {
  /** How many within `seconds`. */
  points: number;
  seconds: number;
}

/**
 * Every brake of the server, by name. Each counts per key (an address, an account, a
 * code prefix ...) over a fixed window and forgets the key when its window ends: no
 * cap is shared by everyone, and nothing ever wipes all counts at once.
 *
 * With REDIS_URL the counts live in Redis, so N processes don't give N times the
 * tries; if Redis is unreachable, each process falls back to counting in memory
 * (rate-limiter-flexible's insurance limiter) instead of failing requests.
 */
export const RULES = {
  /** Wrong join codes from one address (a school shares one: generous). */
  joinFailsPerAddress: { points: 30, seconds: 60 },
  /** Wrong join codes per code prefix, from addresses that already got one wrong. */
  joinFailsPerPrefix: { points: 60, seconds: 60 },
  /** Pairs joined from one address (a class on one school network joins within minutes). */
  joinsPerAddress: { points: 100, seconds: 60 },
  /** Failed sign-ins for one account from one address. */
  signInFailsPerAddressAccount: { points: 5, seconds: 15 * 60 },
  /** Failed sign-ins from one address, any account. */
  signInFailsPerAddress: { points: 30, seconds: 15 * 60 },
  /** Failed sign-ins for one account from anywhere (rotating addresses gain nothing). */
  signInFailsPerAccount: { points: 10, seconds: 15 * 60 },
  /** Sign-ups from one address. */
  signUpsPerAddress: { points: 50, seconds: 60 * 60 },
  /**
   * Sign-ups naming one email, whether or not it has an account (so a refusal says
   * nothing about it): bounds the extra accounts someone can stack on another's email.
   */
  signUpsPerEmail: { points: 5, seconds: 24 * 60 * 60 },
  /** "Forgot your password?" requests naming one email (the same answer either way; bounds mail to one inbox). */
  resetRequestsPerEmail: { points: 3, seconds: 60 * 60 },
  /** "Forgot your password?" requests from one address, any email. */
  resetRequestsPerAddress: { points: 20, seconds: 60 * 60 },
  /** Renames of one pair (each answer could tell whether a name is in use). */
  renamesPerPair: { points: 5, seconds: 10 * 60 },
} as const satisfies Record<string, Rule>;

export type LimitName = keyof typeof RULES;
export type RuleOverrides = Partial<Record<LimitName, Partial<Rule>>>;

export class RateLimits implements OnModuleDestroy {
  private readonly limiters: Record<LimitName, Limiter>;

  private readonly rules: Record<LimitName, Rule>;

  private constructor(
    private readonly redis: Redis | null,
    overrides: RuleOverrides,
  ) {
    this.rules = Object.fromEntries(Object.entries(RULES).map(([name, rule]) => [name, { ...rule, ...overrides[name as LimitName] }])) as Record<LimitName, Rule>;
    const entries = Object.entries(this.rules).map(([name, rule]) => {
      const options = { keyPrefix: `kindred:rl:${name}`, points: rule.points, duration: rule.seconds };
      const memory = new RateLimiterMemory(options);
      const limiter: Limiter = redis ? new RateLimiterRedis({ ...options, storeClient: redis, insuranceLimiter: memory, rejectIfRedisNotReady: true }) : memory;
      return [name, limiter] as const;
    });
    this.limiters = Object.fromEntries(entries) as Record<LimitName, Limiter>;
  }

  static inMemory(overrides: RuleOverrides = {}): RateLimits {
    return new RateLimits(null, overrides);
  }

  static onRedis(url: string, overrides: RuleOverrides = {}): RateLimits {
    // No offline queue: a brake must answer now, from memory if Redis is away.
    const redis = new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1 });
    // While Redis is away the limits count in memory (the insurance limiter); ioredis reconnects by itself.
    redis.on('error', () => undefined);
    return new RateLimits(redis, overrides);
  }

  /** The limits as configured, from the environment's settings. */
  static fromConfig(config: Pick<AppConfig, 'redisUrl' | 'joinsPerAddressPerMinute'>): RateLimits {
    const overrides: RuleOverrides = { joinsPerAddress: { points: config.joinsPerAddressPerMinute } };
    return config.redisUrl ? RateLimits.onRedis(config.redisUrl, overrides) : RateLimits.inMemory(overrides);
  }

  /** Counts one (or `points`) against `key`; refused once the window's budget is spent. */
  async consume(name: LimitName, key: string, points = 1): Promise<Verdict> {
    try {
      await this.limiters[name].consume(key, points);
      return { ok: true };
    } catch (error) {
      if (error instanceof RateLimiterRes) return { ok: false, retryAfterMs: Math.max(1, error.msBeforeNext) };
      throw error;
    }
  }

  /** Whether `key` still has budget, without spending any. */
  async check(name: LimitName, key: string): Promise<Verdict> {
    const res = await this.limiters[name].get(key);
    if (!res || res.consumedPoints < this.rules[name].points) return { ok: true };
    return { ok: false, retryAfterMs: Math.max(1, res.msBeforeNext) };
  }

  /** How much of the window's budget `key` has used. */
  async used(name: LimitName, key: string): Promise<number> {
    return (await this.limiters[name].get(key))?.consumedPoints ?? 0;
  }

  async forget(name: LimitName, key: string): Promise<void> {
    await this.limiters[name].delete(key);
  }

  async onModuleDestroy(): Promise<void> {
    if (this.redis) await this.redis.quit().catch(() => undefined);
  }
}

/**
 * The key for a client address: IPv6 clients usually own a whole /64, so it counts
 * as one address; IPv4-mapped IPv6 is the IPv4 address.
 */
export function addressKey(ip: string | undefined): string {
  if (!ip) return 'unknown';
  const v4 = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (v4) return v4[1]!;
  if (!ip.includes(':')) return ip;
  const [head] = ip.split('%');
  const groups = expandIpv6(head!);
  return groups ? `${groups.slice(0, 4).join(':')}::/64` : ip;
}

function expandIpv6(ip: string): string[] | null {
  const [left, right] = ip.split('::');
  const l = left ? left.split(':') : [];
  const r = right !== undefined ? (right ? right.split(':') : []) : [];
  if (right === undefined && l.length !== 8) return null;
  const missing = 8 - l.length - r.length;
  if (missing < 0) return null;
  return [...l, ...Array<string>(missing).fill('0'), ...r].map((g) => g.toLowerCase().replace(/^0+(?=.)/, ''));
}
