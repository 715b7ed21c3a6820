import type { Agenda } from '@kindred/content';
import { mergeRoomFrame, routeFor } from '@kindred/session';
import type { ClientToServerEvents, CommandAck, CommandInput, FacilitatorViewFrame, PairView, PublicView, ServerToClientEvents, SessionEndedNotice } from '@kindred/session';
import { io, type Socket } from 'socket.io-client';

/**
 * Checks a successful answer against the HTTP contract (libs/session/src/protocol/http.ts),
 * so every integration test that calls a route also proves the controller returns what
 * the contract, the OpenAPI document and the web's types say.
 */
export function checkAgainstContract(method: string, path: string, status: number, body: unknown): void {
  if (status < 200 || status >= 300) return;
  const route = routeFor(method, path);
  if (!route) throw new Error(`${method} ${path} answered ${status} but the HTTP contract has no such route`);
  if (status !== route.ok.status) throw new Error(`${method} ${path} answered ${status}; the contract says ${route.ok.status}`);
  if (route.ok.body === null || typeof route.ok.body === 'string') return;
  const parsed = route.ok.body.safeParse(body);
  if (!parsed.success) throw new Error(`${method} ${path} returned what the contract does not describe: ${parsed.error.message}`);
}

/** A tiny HTTP client with a cookie jar, as a browser would keep one; answers are checked against the contract. */
export class HttpClient {
  private cookie: string | null = null;

  constructor(readonly baseUrl: string) {}

  get cookieHeader(): string | null {
    return this.cookie;
  }

  async request<T = unknown>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<{ status: number; body: T }> {
    const res = await fetch(this.baseUrl + path, {
      method,
      headers: { ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...(this.cookie ? { cookie: this.cookie } : {}), ...headers },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const setCookie = res.headers.get('set-cookie');
    if (setCookie) this.cookie = setCookie.split(';')[0] ?? null;
    const text = await res.text();
    const parsed: unknown = text && (res.headers.get('content-type') ?? '').includes('json') ? JSON.parse(text) : text || null;
    checkAgainstContract(method, path, res.status, parsed);
    return { status: res.status, body: parsed as T };
  }

  get<T = unknown>(path: string) {
    return this.request<T>('GET', path);
  }
  post<T = unknown>(path: string, body?: unknown) {
    return this.request<T>('POST', path, body ?? {});
  }
}

type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** A socket.io client that keeps the latest view of each kind and everything it ever received. */
export class DeviceClient {
  readonly socket: ClientSocket;
  agenda: Agenda | null = null;
  /** Every agenda received, in order (the projector gets one per shipped language; a language switch sends one more). */
  readonly agendas: Agenda[] = [];
  publicView: PublicView | null = null;
  pairView: PairView | null = null;
  memberView: PairView | null = null;
  facilitatorView: FacilitatorViewFrame | null = null;
  ended: SessionEndedNotice | null = null;
  /** Every payload received, serialized, to search for leaks. */
  readonly received: string[] = [];

  constructor(baseUrl: string, auth: Record<string, unknown>, cookie?: string | null) {
    this.socket = io(baseUrl, {
      auth,
      transports: ['websocket'],
      reconnection: true,
      reconnectionDelay: 100,
      reconnectionDelayMax: 500,
      extraHeaders: cookie ? { cookie } : undefined,
    });
    this.socket.onAny((event: string, payload: unknown) => this.received.push(`${event} ${JSON.stringify(payload)}`));
    this.socket.on('session.agenda', (a) => {
      this.agenda = a;
      this.agendas.push(a);
    });
    this.socket.on('view.public', (v) => (this.publicView = v));
    this.socket.on('view.pair', (v) => (this.pairView = v));
    this.socket.on('view.member', (v) => (this.memberView = v));
    // A change that moved both views arrives as one frame; own is a member's view on a member device.
    this.socket.on('view.update', ({ public: v, own }) => {
      this.publicView = v;
      if (own.member) this.memberView = own;
      else this.pairView = own;
    });
    this.socket.on('view.facilitator', (v) => (this.facilitatorView = v));
    // As the console does: a view without its pairs keeps the list held, or asks for the whole view.
    this.socket.on('view.facilitatorRoom', (v) => {
      const merged = mergeRoomFrame(this.facilitatorView, v);
      if (merged === 'unknown-roster') this.socket.emit('view.request');
      else if (merged !== 'stale') this.facilitatorView = merged;
    });
    this.socket.on('session.ended', (n) => (this.ended = n));
  }

  connected(): Promise<void> {
    if (this.socket.connected) return Promise.resolve();
    return new Promise((resolve, reject) => {
      this.socket.once('connect', () => resolve());
      this.socket.once('connect_error', (err) => reject(err));
    });
  }

  send(command: CommandInput | Record<string, unknown>, timeoutMs = 5000): Promise<CommandAck> {
    return this.socket.timeout(timeoutMs).emitWithAck('command', command as CommandInput);
  }

  /** Waits until `predicate` holds for this client's state (views arrive asynchronously). */
  async until(predicate: (c: this) => unknown, timeoutMs = 5000, what = 'condition'): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!predicate(this)) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  close(): void {
    this.socket.disconnect();
  }
}

export async function connectDevice(baseUrl: string, auth: Record<string, unknown>, cookie?: string | null): Promise<DeviceClient> {
  const device = new DeviceClient(baseUrl, auth, cookie);
  await device.connected();
  return device;
}
