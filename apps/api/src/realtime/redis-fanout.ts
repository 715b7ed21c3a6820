import { createAdapter } from '@socket.io/redis-adapter';
import { Redis } from 'ioredis';
import type { Server } from 'socket.io';

export interface RedisFanout {
  install(server: Server): void;
  close(): Promise<void>;
}

/**
 * The socket.io Redis adapter: a broadcast to a room reaches that room's sockets on
 * every API process, and server-side emits carry our cluster messages.
 */
export async function connectRedisFanout(url: string): Promise<RedisFanout> {
  const pub = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 3 });
  const sub = pub.duplicate();
  try {
    await Promise.all([pub.connect(), sub.connect()]);
  } catch (error) {
    pub.disconnect();
    sub.disconnect();
    throw error;
  }
  return {
    install: (server) => {
      server.adapter(createAdapter(pub, sub, { key: 'kindred' }));
    },
    close: async () => {
      await Promise.allSettled([pub.quit(), sub.quit()]);
    },
  };
}
