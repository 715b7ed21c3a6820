import { createAdapter } from '@socket.io/redis-adapter';
import { Redis } from 'ioredis';
import type { Server } from 'socket.io';
import type { JsonLogger } from '../logging/json-logger';
import type { ClusterLink } from '../sessions/cluster-channel';

export interface RedisFanout extends ClusterLink {
  install(server: Server): void;
  close(): Promise<void>;
}

/** How often both Redis connections are pinged; a ping unanswered this long means Redis is away. */
export const REDIS_HEARTBEAT_MS = 1000;
const PING_TIMEOUT_MS = 1500;
/** A connection that stays silent or unready this long is dropped and opened again. */
const STUCK_MS = 3000;

/**
 * The socket.io Redis adapter: a broadcast to a room reaches that room's sockets on
 * every API process, and server-side emits carry our cluster messages.
 *
 * Redis may go away (restart, network cut, a silent connection): the process must not.
 * Both clients have error listeners and reconnect forever with a capped backoff; the
 * adapter's fire-and-forget publishes and (un)subscribes can't become unhandled
 * rejections; publishes fail fast instead of queueing while Redis is away; a heartbeat
 * finds a connection that went silent and reopens it. `up` says whether fan-out works:
 * while it doesn't, LiveSessionsService keeps local devices current from PostgreSQL.
 */
export async function connectRedisFanout(url: string, logger: JsonLogger): Promise<RedisFanout> {
  const retryStrategy = (times: number) => Math.min(100 * 2 ** Math.min(times, 5), 2000);
  const pub = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1, enableOfflineQueue: false, commandTimeout: PING_TIMEOUT_MS, connectTimeout: 5000, retryStrategy });
  const sub = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: null, connectTimeout: 5000, retryStrategy });
  try {
    await Promise.all([pub.connect(), sub.connect()]);
  } catch (error) {
    pub.disconnect();
    sub.disconnect();
    throw error;
  }

  const listeners: ((up: boolean) => void)[] = [];
  let up = true;
  let downSince = 0;
  let lastError = '';
  const setUp = (next: boolean) => {
    if (next === up) return;
    up = next;
    if (!up) {
      downSince = Date.now();
      logger.event('warn', 'redis unavailable', { reason: lastError || 'no answer to PING' });
    } else {
      logger.event('info', 'redis available again', { downMs: Date.now() - downSince });
    }
    for (const listener of listeners) listener(up);
  };
  const noteError = (error: unknown) => {
    lastError = (error as Error)?.message ?? String(error);
  };

  for (const client of [pub, sub]) {
    // Without a listener ioredis reports every reconnect attempt on stderr; the outage is logged once above.
    client.on('error', noteError);
    for (const method of ['publish', 'psubscribe', 'subscribe', 'punsubscribe', 'unsubscribe'] as const) guard(client, method, noteError);
  }

  const lastGood = new Map<Redis, number>([
    [pub, Date.now()],
    [sub, Date.now()],
  ]);
  let beating = false;
  let closed = false;
  const heartbeat = async () => {
    if (beating || closed) return;
    beating = true;
    try {
      const results = await Promise.all([pub, sub].map((client) => ping(client)));
      const now = Date.now();
      [pub, sub].forEach((client, i) => {
        if (results[i]) lastGood.set(client, now);
        else if (now - lastGood.get(client)! > STUCK_MS && client.status !== 'reconnecting') {
          // Silent (blackholed) or stuck connecting: drop it; ioredis opens a new one.
          lastGood.set(client, now);
          client.disconnect(true);
        }
      });
      setUp(results.every(Boolean));
    } finally {
      beating = false;
    }
  };
  const timer = setInterval(() => void heartbeat(), REDIS_HEARTBEAT_MS);
  timer.unref?.();

  return {
    get up() {
      return up;
    },
    onChange: (listener) => void listeners.push(listener),
    install: (server) => {
      server.adapter(createAdapter(pub, sub, { key: 'kindred' }));
    },
    close: async () => {
      closed = true;
      clearInterval(timer);
      const quit = Promise.allSettled([pub.quit(), sub.quit()]);
      await Promise.race([quit, new Promise((r) => setTimeout(r, 1000))]);
      pub.disconnect();
      sub.disconnect();
    },
  };
}

/** PING with a deadline (a subscriber connection may PING too). */
async function ping(client: Redis): Promise<boolean> {
  if (client.status !== 'ready') return false;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), PING_TIMEOUT_MS)));
  try {
    return await Promise.race([client.ping().then(
      () => true,
      () => false,
    ), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Makes a client method that returns a promise never reject unobserved: the adapter doesn't await them. */
function guard(client: Redis, method: 'publish' | 'psubscribe' | 'subscribe' | 'punsubscribe' | 'unsubscribe', onError: (error: unknown) => void): void {
  const original = (client[method] as (...args: unknown[]) => unknown).bind(client);
  (client as unknown as Record<string, unknown>)[method] = (...args: unknown[]) => {
    const result = original(...args);
    if (result instanceof Promise) return result.catch((error: unknown) => (onError(error), undefined));
    return result;
  };
}
