import type { Agenda, AgendaSegment, PollSegment } from '@kindred/content';
import { mergeRoomFrame, type ClientToServerEvents, type CommandAck, type FacilitatorViewFrame, type PublicView, type ServerToClientEvents } from '@kindred/session';
import { io, type Socket } from 'socket.io-client';
import { mapLimit } from './stats';

export type KindredSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** A command as it goes over the wire (the server validates everything, so loosely typed here). */
export type WireCommand = { type: string; commandId?: string } & Record<string, unknown>;

async function post<T>(baseUrl: string, path: string, body: unknown, cookie?: string): Promise<{ status: number; body: T; cookie: string | null }> {
  const res = await fetch(baseUrl + path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: (text ? JSON.parse(text) : null) as T, cookie: res.headers.get('set-cookie')?.split(';')[0] ?? null };
}

export interface BenchSession {
  id: string;
  code: string;
  projectorToken: string;
  /** The facilitator's `kindred_sid` cookie header. */
  cookie: string;
}

/** Signs a facilitator up and opens a session on a plan. */
export async function createSession(baseUrl: string, planId = 'full-workshop'): Promise<BenchSession> {
  const signup = await post<unknown>(baseUrl, '/api/auth/signup', {
    email: `bench-${Date.now()}-${Math.random().toString(36).slice(2)}@example.org`,
    password: 'a benchmark password',
    displayName: 'Bench Facilitator',
  });
  if (signup.status !== 201 || !signup.cookie) throw new Error(`signup failed (${signup.status}): ${JSON.stringify(signup.body)}`);
  const created = await post<{ id: string; code: string; projectorToken: string }>(
    baseUrl,
    '/api/sessions',
    { title: 'Benchmark evening', planId, language: 'en', ageBand: 'teen' },
    signup.cookie,
  );
  if (created.status !== 201) throw new Error(`create session failed (${created.status}): ${JSON.stringify(created.body)}`);
  return { ...created.body, cookie: signup.cookie };
}

/** Signs one facilitator up and opens `count` sessions (one sign-up: the per-address sign-up brake stays out of the way). */
export async function createSessions(baseUrl: string, count: number, planId = 'full-workshop'): Promise<BenchSession[]> {
  const first = await createSession(baseUrl, planId);
  const sessions = [first];
  for (let i = 1; i < count; i++) {
    const created = await post<{ id: string; code: string; projectorToken: string }>(
      baseUrl,
      '/api/sessions',
      { title: `Benchmark evening ${i + 1}`, planId, language: 'en', ageBand: 'teen' },
      first.cookie,
    );
    if (created.status !== 201) throw new Error(`create session ${i + 1} failed (${created.status}): ${JSON.stringify(created.body)}`);
    sessions.push({ ...created.body, cookie: first.cookie });
  }
  return sessions;
}

export interface JoinedPair {
  pairId: string;
  pairToken: string;
}

/** Joins `count` pairs by code over HTTP, a few at a time, as phones in a room would. */
export async function joinPairs(baseUrl: string, code: string, count: number, concurrency = 16): Promise<JoinedPair[]> {
  return mapLimit(
    Array.from({ length: count }, (_, i) => i),
    concurrency,
    async (i) => {
      for (let attempt = 0; ; attempt++) {
        const res = await post<{ pairId: string; pairToken: string }>(baseUrl, '/api/join', {
          code,
          pairName: `Pair ${i + 1}`,
          members: { mother: 'Mum', son: 'Son' },
        });
        if (res.status === 201) return { pairId: res.body.pairId, pairToken: res.body.pairToken };
        // A conflict with another writer is retried by the server; anything else is a failure.
        if (attempt >= 3) throw new Error(`join ${i} failed (${res.status}): ${JSON.stringify(res.body)}`);
      }
    },
  );
}

export interface ConnectOptions {
  reconnection?: boolean;
  reconnectionDelay?: number;
  reconnectionDelayMax?: number;
  timeoutMs?: number;
  /** The local address to connect from (engine.io-client passes it to ws; not in its types). */
  localAddress?: string;
}

/** A socket.io connection of our own (never multiplexed with another device's). */
export function openSocket(baseUrl: string, auth: Record<string, unknown>, cookie?: string | null, options: ConnectOptions = {}): KindredSocket {
  return io(baseUrl, {
    path: '/socket.io',
    auth,
    transports: ['websocket'],
    forceNew: true,
    reconnection: options.reconnection ?? false,
    reconnectionDelay: options.reconnectionDelay ?? 1000,
    reconnectionDelayMax: options.reconnectionDelayMax ?? 5000,
    timeout: options.timeoutMs ?? 20_000,
    extraHeaders: cookie ? { cookie } : undefined,
    ...(options.localAddress ? ({ localAddress: options.localAddress } as object) : {}),
  });
}

/** Resolves once the server has sent `session.hello` (the command handler is registered by then). */
export function whenHello(socket: KindredSocket, timeoutMs = 20_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no session.hello in time')), timeoutMs);
    socket.once('session.hello', () => {
      clearTimeout(timer);
      resolve();
    });
    socket.once('connect_error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
  });
}

export function sendCommand(socket: KindredSocket, command: WireCommand, timeoutMs = 10_000): Promise<CommandAck> {
  return socket.timeout(timeoutMs).emitWithAck('command', command as never);
}

/** The facilitator's console, reduced to what the benchmarks need. */
export class Facilitator {
  agenda: Agenda | null = null;
  view: FacilitatorViewFrame | null = null;
  publicView: PublicView | null = null;

  private constructor(readonly socket: KindredSocket) {
    socket.on('session.agenda', (agenda) => (this.agenda = agenda));
    socket.on('view.facilitator', (v) => (this.view = v));
    socket.on('view.facilitatorRoom', (v) => {
      const merged = mergeRoomFrame(this.view, v);
      if (merged === 'unknown-roster') socket.emit('view.request');
      else if (merged !== 'stale') this.view = merged;
    });
    socket.on('view.public', (v) => (this.publicView = v));
  }

  static async connect(baseUrl: string, session: BenchSession, options: ConnectOptions = {}): Promise<Facilitator> {
    const socket = openSocket(baseUrl, { role: 'facilitator', sessionId: session.id }, session.cookie, options);
    const facilitator = new Facilitator(socket);
    await whenHello(socket);
    await facilitator.until((f) => f.agenda !== null && f.view !== null, 10_000, 'agenda and view');
    return facilitator;
  }

  async send(command: WireCommand, timeoutMs = 10_000): Promise<CommandAck> {
    return sendCommand(this.socket, command, timeoutMs);
  }

  /** Sends a command that must succeed; returns its `seq`. */
  async must(command: WireCommand, timeoutMs = 10_000): Promise<number> {
    const ack = await this.send(command, timeoutMs);
    if (!ack.ok) throw new Error(`${command.type} refused: ${ack.code} ${ack.message}`);
    return ack.seq;
  }

  async until(predicate: (f: this) => unknown, timeoutMs = 10_000, what = 'condition'): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!predicate(this)) {
      if (Date.now() > deadline) throw new Error(`facilitator: timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  close(): void {
    this.socket.disconnect();
  }
}

export function allSegments(agenda: Agenda): AgendaSegment[] {
  return agenda.sections.flatMap((section) => section.segments);
}

export function segmentsOfKind<K extends AgendaSegment['kind']>(agenda: Agenda, kind: K): Extract<AgendaSegment, { kind: K }>[] {
  return allSegments(agenda).filter((s): s is Extract<AgendaSegment, { kind: K }> => s.kind === kind);
}

/** A single-choice poll mothers and sons answer separately: the curriculum's most common kind. */
export function singleChoiceByRolePoll(agenda: Agenda, index = 0): PollSegment & { poll: { type: 'single' } } {
  const polls = segmentsOfKind(agenda, 'poll').filter((p) => p.poll.type === 'single' && p.audience === 'byRole');
  const poll = polls[index];
  if (!poll || poll.poll.type !== 'single') throw new Error(`no single-choice byRole poll #${index} in the agenda`);
  return poll as PollSegment & { poll: { type: 'single' } };
}
