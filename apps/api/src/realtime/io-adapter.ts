import type { INestApplicationContext } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import type { MessageMappingProperties } from '@nestjs/websockets';
import type { IncomingMessage } from 'node:http';
import type { Observable } from 'rxjs';
import type { Server, ServerOptions, Socket } from 'socket.io';
import type { AppConfig } from '../config/config';
import { wireParser } from './wire-encoder';

/** Past this a message is dropped with the connection; below it, the gateway answers `payload/too-large`. */
export const MAX_SOCKET_BUFFER_BYTES = 64 * 1024;

/**
 * A browser may open a socket only from our own origin (or one in ALLOWED_ORIGINS):
 * another site can't ride on a facilitator's cookie. Clients that send no Origin
 * (not browsers) still need a token or cookie to do anything.
 */
export function originAllowed(req: IncomingMessage, allowed: readonly string[]): boolean {
  const origin = req.headers.origin;
  if (!origin) return true;
  if (allowed.includes(origin)) return true;
  try {
    return new URL(origin).host === req.headers.host;
  } catch {
    return false;
  }
}

export class KindredIoAdapter extends IoAdapter {
  constructor(
    app: INestApplicationContext,
    private readonly config: AppConfig,
    private readonly configureServer: (server: Server) => void = () => undefined,
  ) {
    super(app);
  }

  override createIOServer(port: number, options?: ServerOptions): Server {
    const server = super.createIOServer(port, {
      ...options,
      path: '/socket.io',
      serveClient: false,
      maxHttpBufferSize: MAX_SOCKET_BUFFER_BYTES,
      pingInterval: 10_000,
      pingTimeout: 8_000,
      // Reuses the JSON the broadcaster already made of each pair's view (same bytes on the wire).
      parser: wireParser,
      allowRequest: (req, callback) => callback(null, originAllowed(req, this.config.allowedOrigins)),
    } as ServerOptions);
    this.configureServer(server);
    return server;
  }

  /**
   * Nest would add a `disconnect` listener to every socket (a closure, wrapped by
   * `once`) to call the gateway's `handleDisconnect`. SessionGateway has none: it
   * listens for `disconnect` itself (io-adapter.spec.ts fails if one is added, so this
   * is not forgotten).
   */
  override bindClientDisconnect(): void {}

  /**
   * Nest subscribes a gateway's `@SubscribeMessage` handlers here, once per connected
   * socket. Ours has none (the gateway registers its own listeners), yet Nest would still
   * make each socket a `disconnect` observable (fromEvent, share, first: four Observables
   * and their closures) and keep it in a WeakMap for the socket's life: about 1 KB per
   * connected device for nothing (docs/benchmarks.md, "Memory per connected device").
   */
  override bindMessageHandlers(socket: Socket, handlers: MessageMappingProperties[], transform: (data: unknown) => Observable<unknown>): void {
    if (handlers.length === 0) return;
    super.bindMessageHandlers(socket, handlers, transform);
  }
}
