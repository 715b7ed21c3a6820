import fc from 'fast-check';
import { Client } from 'pg';
import WebSocket from 'ws';
import type { Agenda, AgendaSegment, PollSegment } from '@kindred/content';
import { COMMAND_TYPES, ERROR_CODES, type ClockSyncReply, type CommandAck, type FacilitatorView, type PublicView, type ViewUpdate } from '@kindred/session';
import { allSegments, createSession, Facilitator, joinPairs, openSocket, segmentsOfKind, whenHello, type BenchSession, type KindredSocket } from '../load/lib/kindred';
import { sleep } from '../load/lib/stats';
import { freshDatabaseEnv, startServerProcess, type ServerProcess } from '../support/server-process';

/**
 * A protocol fuzzer: thousands of random, malformed and hostile messages from pair,
 * member, projector and stranger sockets (and raw engine.io frames). The server must
 * stay up, answer every command with a well-formed ack carrying a code from the
 * protocol's list, and keep the engine's invariants: one counted ballot per voter per
 * poll, and no private text in anybody else's view. FUZZ_RUNS batches of 50 messages
 * (default 60, so 3,000 messages); FUZZ_SEED repeats a run; FUZZ_DEBUG=1 prints each
 * refused vote or answer with its code.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 60);
const BATCH = 50;
const RAW_FRAMES = Number(process.env.FUZZ_RAW_FRAMES ?? 1500);
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : Date.now() % 2 ** 31;
const SHARED_PAIRS = 12;
const MEMBER_PAIRS = 2;
/** Below the server's 64 KiB socket buffer: bigger frames drop the connection (tested separately). */
const MAX_MESSAGE_BYTES = 60 * 1024;
const ERROR_CODE_SET = new Set<string>(ERROR_CODES);

/** Stands for the segment the session is on when the message is sent, so random commands often hit it. */
const CURRENT = '$current-segment';
/** Stands for a choice or answer that fits the current segment (the number picks which). */
const FITTING = '$fitting';

/** Private text carries a marker, so a leak can be told from a coincidence. */
const MARKER = /zq[0-9a-f]{10}qz/g;

type Owner = { kind: 'pair'; pairId: string; member?: 'mother' | 'son' } | { kind: 'projector' } | { kind: 'facilitator' } | { kind: 'stranger' };

/** A socket under test that remembers what it saw: markers, public views, disconnects. */
class Probe {
  readonly markers = new Set<string>();
  readonly publicViews: PublicView[] = [];
  readonly disconnects: string[] = [];

  constructor(
    readonly label: string,
    readonly owner: Owner,
    readonly socket: KindredSocket,
  ) {
    socket.onAny((event: string, payload: unknown) => {
      const text = JSON.stringify(payload) ?? '';
      for (const m of text.match(MARKER) ?? []) this.markers.add(m);
      if (event === 'view.public') this.publicViews.push(payload as PublicView);
      if (event === 'view.update') this.publicViews.push((payload as ViewUpdate).public);
    });
    socket.on('disconnect', (reason) => this.disconnects.push(reason));
  }
}

type Message =
  | { kind: 'command'; from: number; payload: unknown }
  /** No ack callback: the server must not choke on it. */
  | { kind: 'commandNoAck'; from: number; payload: unknown }
  /** Extra arguments before the ack: the server can't answer, but must survive. */
  | { kind: 'commandExtraArgs'; from: number; args: unknown[] }
  | { kind: 'event'; from: number; name: string; args: unknown[] }
  | { kind: 'clock'; from: number; arg: unknown }
  | { kind: 'viewRequest'; from: number; args: unknown[] };

interface Tally {
  messages: number;
  acks: number;
  ok: number;
  codes: Map<string, number>;
  okTypes: Map<string, number>;
  badAcks: { message: unknown; ack: unknown }[];
  missingAcks: unknown[];
  serverErrors: unknown[];
  strangersRefused: number;
  strangersAdmitted: unknown[];
}

function byteLength(value: unknown): number {
  try {
    return Buffer.byteLength(JSON.stringify(value) ?? '', 'utf8');
  } catch {
    return Infinity;
  }
}

/** The arbitraries, shaped by the session's real agenda so many commands are nearly valid. */
function arbitraries(agenda: Agenda, pairIds: string[], sessionId: string, socketCount: number) {
  const segments = allSegments(agenda);
  const segmentIds = segments.map((s) => s.id);
  const polls = segmentsOfKind(agenda, 'poll');
  const optionIds = polls.flatMap((p) => ('options' in p.poll ? p.poll.options.map((o) => o.id) : []));

  // A fresh marker each time one is generated (fast-check's small-value bias would repeat random ones).
  let markers = 0;
  const marker = fc.constant(null).map(() => `zq${(markers++).toString(16).padStart(10, '0')}qz`);
  const junk = fc.anything({ maxDepth: 3, maxKeys: 5, withBigInt: false, withBoxedValues: true, withNullPrototype: true, withDate: true, withSparseArray: true, withObjectString: true });
  const anyString = fc.oneof(
    fc.string({ maxLength: 40 }),
    fc.string({ unit: 'binary', maxLength: 40 }),
    fc.string({ unit: 'grapheme', maxLength: 20 }),
    fc.constantFrom('', ' ', '\u0000', '\n\t', 'a'.repeat(101), '\u202e\u200b', '<script>alert(1)</script>', "'; DROP TABLE ballots; --", '$current', '__proto__', 'constructor'),
  );
  const hugeString = fc.integer({ min: 1001, max: 58_000 }).map((n) => 'x'.repeat(n));
  const privateText = fc.tuple(marker, fc.oneof({ weight: 5, arbitrary: fc.string({ maxLength: 60 }) }, { weight: 1, arbitrary: anyString }, { weight: 1, arbitrary: hugeString })).map(([m, s]) => m + s);
  const oneOf = <T>(good: fc.Arbitrary<T>, bad: fc.Arbitrary<unknown>) => fc.oneof({ weight: 4, arbitrary: good }, { weight: 1, arbitrary: bad });
  const segmentId = oneOf(fc.oneof(fc.constant(CURRENT), fc.constantFrom(...segmentIds)), fc.oneof(anyString, junk, hugeString));
  const pollId = oneOf(fc.oneof(fc.constant(CURRENT), fc.constantFrom(...polls.map((p) => p.id))), fc.oneof(anyString, junk));
  const pairId = oneOf(fc.constantFrom(...pairIds), fc.oneof(anyString, fc.uuid(), junk));
  const role = oneOf(fc.constantFrom('mother', 'son'), fc.oneof(anyString, junk));
  const validChoice = (p: PollSegment): fc.Arbitrary<unknown> => {
    switch (p.poll.type) {
      case 'single':
        return fc.constantFrom(...p.poll.options).map((o) => ({ type: 'single', optionId: o.id }));
      case 'multiple':
        return fc.subarray(p.poll.options.map((o) => o.id), { minLength: 1 }).map((optionIds) => ({ type: 'multiple', optionIds }));
      case 'scale':
        return fc.integer({ min: 0, max: 6 }).map((value) => ({ type: 'scale', value }));
      case 'openText':
        return fc.string({ minLength: 1, maxLength: 50 }).map((text) => ({ type: 'openText', text }));
      default: {
        const _exhaustive: never = p.poll;
        return _exhaustive;
      }
    }
  };
  const badChoice = fc.oneof(
    fc.record({ type: fc.constant('single'), optionId: oneOf(fc.constantFrom(...optionIds), anyString) }),
    fc.record({ type: fc.constant('multiple'), optionIds: fc.array(oneOf(fc.constantFrom(...optionIds), anyString), { maxLength: 25 }) }),
    fc.record({ type: fc.constant('scale'), value: fc.oneof(fc.integer({ min: -3, max: 9 }), fc.double(), junk) }),
    fc.record({ type: fc.constant('openText'), text: fc.oneof(anyString, hugeString) }),
    junk,
  );
  const vote = fc.oneof(
    {
      weight: 3,
      arbitrary: fc
        .constantFrom(...polls)
        .chain((p) =>
          fc.record(
            { type: fc.constant('vote.cast'), pollId: fc.constantFrom(p.id, CURRENT), role: fc.constantFrom('mother', 'son'), choice: validChoice(p) },
            { requiredKeys: ['type', 'pollId', 'choice'] },
          ),
        ),
    },
    { weight: 1, arbitrary: fc.record({ type: fc.constant('vote.cast'), pollId, role, choice: badChoice }, { requiredKeys: ['type'] }) },
  );
  const answer = oneOf(
    fc.oneof(fc.record({ type: fc.constant('text'), text: privateText }), fc.record({ type: fc.constant('choice'), optionId: oneOf(fc.constantFrom(...optionIds), anyString) })),
    junk,
  );
  const members = oneOf(fc.record({ mother: fc.option(privateText), son: fc.option(privateText) }, { requiredKeys: [] }), junk);
  const deltaMs = oneOf(fc.integer({ min: -3_700_000, max: 3_700_000 }), fc.oneof(fc.double(), junk));
  const answerId = oneOf(fc.string({ minLength: 1, maxLength: 30 }), junk);

  /** Each command type with its own fields, usually well-typed. */
  /** Valid for whatever the current segment turns out to be when sent (see resolveCurrent). */
  const fitting = fc.record({ pick: fc.nat(), text: privateText, member: fc.constantFrom('mother', 'son') });
  const shaped = fc.oneof(
    { weight: 10, arbitrary: fitting.map((f) => ({ type: 'vote.cast', pollId: CURRENT, role: f.member, choice: { [FITTING]: f.pick } })) },
    { weight: 6, arbitrary: fitting.map((f) => ({ type: 'answer.submit', segmentId: CURRENT, role: f.member, answer: { [FITTING]: f.pick, text: f.text } })) },
    { weight: 3, arbitrary: fitting.map((f) => ({ type: 'commitment.save', segmentId: CURRENT, text: f.text })) },
    { weight: 2, arbitrary: fc.constant({ type: 'answer.reveal', segmentId: CURRENT }) },
    { weight: 2, arbitrary: vote },
    { weight: 2, arbitrary: fc.record({ type: fc.constant('answer.submit'), segmentId, role, answer }, { requiredKeys: ['type'] }) },
    { weight: 2, arbitrary: fc.record({ type: fc.constant('commitment.save'), segmentId, text: privateText }, { requiredKeys: ['type'] }) },
    { weight: 2, arbitrary: fc.record({ type: fc.constant('answer.reveal'), segmentId }, { requiredKeys: ['type'] }) },
    { weight: 1, arbitrary: fc.record({ type: fc.constant('pair.rename'), name: privateText, pairId }, { requiredKeys: ['type'] }) },
    { weight: 1, arbitrary: fc.record({ type: fc.constant('pair.setMembers'), members }, { requiredKeys: ['type'] }) },
    { weight: 1, arbitrary: fc.record({ type: fc.constant('pair.join'), name: privateText, members }, { requiredKeys: ['type'] }) },
    { weight: 1, arbitrary: fc.record({ type: fc.constantFrom('segment.goto', 'timer.start', 'timer.pause', 'timer.resume', 'timer.reset', 'timer.expire', 'reveal.end', 'session.start'), segmentId }, { requiredKeys: ['type'] }) },
    { weight: 1, arbitrary: fc.record({ type: fc.constant('timer.adjust'), segmentId, deltaMs }, { requiredKeys: ['type'] }) },
    { weight: 1, arbitrary: fc.record({ type: fc.constantFrom('poll.open', 'poll.close', 'poll.reveal'), pollId }, { requiredKeys: ['type'] }) },
    { weight: 1, arbitrary: fc.record({ type: fc.constant('poll.hideAnswer'), pollId, answerId }, { requiredKeys: ['type'] }) },
    { weight: 1, arbitrary: fc.record({ type: fc.constantFrom('session.end', 'session.lock', 'session.unlock') }) },
    { weight: 1, arbitrary: fc.record({ type: fc.constant('pair.remove'), pairId }) },
  );
  const withCommandId = (a: fc.Arbitrary<unknown>) =>
    fc.tuple(a, fc.option(oneOf(fc.uuid(), fc.oneof(anyString, junk)), { freq: 3 })).map(([c, id]) =>
      id === null || typeof c !== 'object' || c === null ? c : { ...c, commandId: id },
    );
  const typeLike = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...COMMAND_TYPES) }, { weight: 1, arbitrary: anyString }, { weight: 1, arbitrary: junk });
  const looseObject = fc.record(
    { type: typeLike, segmentId, pollId, pairId, role, choice: badChoice, answer, text: privateText, name: privateText, members, deltaMs, extra: junk },
    { requiredKeys: [] },
  );
  const nonObject = fc.oneof(fc.integer(), fc.double(), fc.boolean(), fc.constant(null), anyString, fc.array(junk, { maxLength: 5 }));
  const binary = fc.oneof(
    fc.uint8Array({ maxLength: 2048 }).map((b) => Buffer.from(b)),
    fc.uint8Array({ maxLength: 512 }).map((b) => ({ type: 'vote.cast', pollId: polls[0]!.id, choice: Buffer.from(b) })),
  );
  const deep = fc.integer({ min: 10, max: 3000 }).chain((depth) =>
    fc.constantFrom(
      JSON.parse('['.repeat(depth) + ']'.repeat(depth)) as unknown,
      JSON.parse('{"type":"vote.cast","choice":'.repeat(1) + '{"a":'.repeat(depth) + '1' + '}'.repeat(depth) + '}') as unknown,
    ),
  );
  const hostile = fc.constantFrom<unknown>(
    JSON.parse('{"type":"vote.cast","__proto__":{"ok":true,"type":"session.end"}}'),
    JSON.parse('{"__proto__":{"type":"session.end"}}'),
    { type: 'constructor' },
    { type: 'toString' },
    { type: '__proto__' },
    { type: 'hasOwnProperty', constructor: { prototype: { polluted: true } } },
    { type: 'vote.cast', pollId: { $ne: null }, choice: { type: 'single', optionId: { $gt: '' } } },
    { type: 'timer.adjust', segmentId: segmentIds[0], deltaMs: 1e308 },
    { type: 'timer.adjust', segmentId: segmentIds[0], deltaMs: -0 },
    { type: 'session.start', segmentId: segmentIds[segmentIds.length - 1] },
    { type: 'pair.join', name: 'x', members: {}, commandId: '00000000-0000-0000-0000-000000000000' },
    { type: 'vote.cast', pollId: polls[0]!.id, role: 'mother', choice: { type: 'single', optionId: optionIds[0] }, sessionId },
  );
  const payload = fc
    .oneof(
      { weight: 12, arbitrary: withCommandId(shaped) },
      { weight: 2, arbitrary: looseObject },
      { weight: 1, arbitrary: junk },
      { weight: 1, arbitrary: nonObject },
      { weight: 1, arbitrary: binary },
      { weight: 1, arbitrary: deep },
      { weight: 1, arbitrary: hostile },
    )
    .filter((p) => byteLength(p) <= MAX_MESSAGE_BYTES);

  const reserved = new Set(['connect', 'connect_error', 'disconnect', 'disconnecting', 'newListener', 'removeListener']);
  const from = fc.nat({ max: socketCount - 1 });
  const args = fc.array(fc.oneof(junk, anyString), { maxLength: 3 }).filter((a) => byteLength(a) <= MAX_MESSAGE_BYTES);
  const message: fc.Arbitrary<Message> = fc.oneof(
    { weight: 12, arbitrary: fc.record({ kind: fc.constant('command' as const), from, payload }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('commandNoAck' as const), from, payload }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('commandExtraArgs' as const), from, args: fc.tuple(payload, junk).map((a) => [...a]) }) },
    {
      weight: 1,
      arbitrary: fc.record({
        kind: fc.constant('event' as const),
        from,
        name: fc.oneof(anyString, fc.constantFrom('view.public', 'session.hello', 'view.facilitator', 'Command', 'command ', 'join', 'session.agenda')).filter((n) => !reserved.has(n)),
        args,
      }),
    },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('clock' as const), from, arg: fc.oneof(fc.double(), junk) }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('viewRequest' as const), from, args }) },
  );

  const strangerAuth = fc.oneof(
    junk,
    fc.record({ role: fc.constant('pair'), pairToken: fc.oneof(anyString, fc.string({ minLength: 20, maxLength: 100 })), member: fc.oneof(fc.constantFrom(null, 'mother', 'son'), junk) }),
    fc.record({ role: fc.constant('facilitator'), sessionId: fc.oneof(fc.constant(sessionId), fc.uuid(), anyString) }),
    fc.record({ role: fc.constant('projector'), sessionId: fc.oneof(fc.constant(sessionId), fc.uuid()), projectorToken: fc.string({ minLength: 20, maxLength: 100 }) }),
    fc.record({ role: fc.constantFrom('admin', 'system', 'Facilitator', '') }),
  );
  const strangerCookie = fc.option(fc.stringMatching(/^[A-Za-z0-9_=-]{0,80}$/).map((s) => `kindred_sid=${s}`));
  const stranger = fc.record({ auth: strangerAuth, cookie: strangerCookie });

  /** What the (clean) facilitator does before a batch, so messages meet every kind of state. */
  const interactive = segments.filter((s) => s.kind === 'poll' || s.kind === 'privateReveal' || s.kind === 'commitment');
  // Mostly onwards through the agenda (a poll can't reopen once left), sometimes anywhere.
  let nextInteractive = 0;
  const drive = fc.oneof(
    {
      weight: 3,
      arbitrary: fc.constant(null).map(() => {
        const s = interactive[nextInteractive++ % interactive.length]!;
        return { goto: s.id, kind: s.kind };
      }),
    },
    { weight: 1, arbitrary: fc.constantFrom(...segments).map((s) => ({ goto: s.id, kind: s.kind })) },
    { weight: 1, arbitrary: fc.constant({ wrap: true as const }) },
    { weight: 2, arbitrary: fc.constant({ stay: true as const }) },
  );

  return { message, stranger, drive, batch: fc.array(message, { minLength: BATCH, maxLength: BATCH }) };
}

/** Replaces the CURRENT and FITTING placeholders with the current segment's id and a choice or answer that fits it. */
function resolveCurrent(payload: unknown, current: AgendaSegment | undefined): unknown {
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload) || Buffer.isBuffer(payload)) return payload;
  const p = payload as Record<string, unknown>;
  if (p.segmentId !== CURRENT && p.pollId !== CURRENT) return payload;
  const copy: Record<string, unknown> = Object.assign(Object.create(Object.getPrototypeOf(p) as object | null) as object, p);
  for (const key of ['segmentId', 'pollId']) if (copy[key] === CURRENT) copy[key] = current?.id ?? 'no-current-segment';
  const fit = (x: unknown) => (typeof x === 'object' && x !== null && FITTING in x ? (x as Record<string, unknown>) : null);
  const choice = fit(copy.choice);
  if (choice) {
    const pick = Number(choice[FITTING]);
    const spec = current?.kind === 'poll' ? current.poll : null;
    const options = spec && 'options' in spec ? spec.options.map((o) => o.id) : ['none'];
    copy.choice =
      spec?.type === 'multiple'
        ? { type: 'multiple', optionIds: options.slice(0, 1 + (pick % Math.min(spec.maxChoices, options.length))) }
        : spec?.type === 'scale'
          ? { type: 'scale', value: 1 + (pick % 5) }
          : spec?.type === 'openText'
            ? { type: 'openText', text: `an open answer ${pick}` }
            : { type: 'single', optionId: options[pick % options.length] };
  }
  const answer = fit(copy.answer);
  if (answer) {
    const spec = current?.kind === 'privateReveal' ? current.answer : null;
    copy.answer =
      spec?.type === 'choice' ? { type: 'choice', optionId: spec.options[Number(answer[FITTING]) % spec.options.length]!.id } : { type: 'text', text: answer.text };
  }
  return copy;
}

function isWellFormedAck(ack: unknown): ack is CommandAck {
  if (typeof ack !== 'object' || ack === null) return false;
  const a = ack as Record<string, unknown>;
  if (a.ok === true) return Number.isInteger(a.seq);
  return a.ok === false && typeof a.code === 'string' && ERROR_CODE_SET.has(a.code) && typeof a.message === 'string';
}

describe('protocol fuzzer', () => {
  let server: ServerProcess;
  let db: Awaited<ReturnType<typeof freshDatabaseEnv>>;
  let session: BenchSession;
  let facilitator: Facilitator;
  let facilitatorProbe: Probe;
  const probes: Probe[] = [];
  let clean: Probe;
  let pairIds: string[] = [];
  let pairTokens: string[] = [];

  beforeAll(async () => {
    db = await freshDatabaseEnv();
    server = await startServerProcess({ ...db.env, LOG_LEVEL: 'warn' });
    session = await createSession(server.url, 'full-workshop');
    const pairs = await joinPairs(server.url, session.code, SHARED_PAIRS + MEMBER_PAIRS + 1);
    pairIds = pairs.map((p) => p.pairId);
    pairTokens = pairs.map((p) => p.pairToken);
    facilitator = await Facilitator.connect(server.url, session);
    facilitatorProbe = new Probe('facilitator', { kind: 'facilitator' }, facilitator.socket);
    await facilitator.must({ type: 'session.start' });

    const connect = async (label: string, owner: Owner, auth: Record<string, unknown>) => {
      const socket = openSocket(server.url, auth, null, { reconnection: true, reconnectionDelay: 200, reconnectionDelayMax: 1000 });
      const probe = new Probe(label, owner, socket);
      await whenHello(socket);
      return probe;
    };
    for (let i = 0; i < SHARED_PAIRS; i++) probes.push(await connect(`pair ${i}`, { kind: 'pair', pairId: pairs[i]!.pairId }, { role: 'pair', pairToken: pairs[i]!.pairToken, member: null }));
    for (let i = SHARED_PAIRS; i < SHARED_PAIRS + MEMBER_PAIRS; i++) {
      // Two phones: each member's own credential, made the way the second-device dialog makes them.
      const tokens = await splitIntoMemberPhones(server.url, pairs[i]!.pairToken);
      for (const member of ['mother', 'son'] as const) {
        probes.push(await connect(`pair ${i} ${member}`, { kind: 'pair', pairId: pairs[i]!.pairId, member }, { role: 'pair', pairToken: tokens[member] }));
      }
    }
    for (let i = 0; i < 2; i++) probes.push(await connect(`projector ${i}`, { kind: 'projector' }, { role: 'projector', sessionId: session.id, projectorToken: session.projectorToken }));
    const last = pairs[pairs.length - 1]!;
    clean = await connect('clean pair', { kind: 'pair', pairId: last.pairId }, { role: 'pair', pairToken: last.pairToken, member: null });
  });

  afterAll(async () => {
    for (const p of [...probes, clean]) p?.socket.disconnect();
    facilitator?.close();
    await server?.stop();
    await db?.drop();
  });

  it(`answers ${RUNS * BATCH} random and malformed messages with protocol error codes, and keeps the invariants`, async () => {
    const agenda = facilitator.agenda!;
    const arbs = arbitraries(agenda, pairIds, session.id, probes.length);
    const tally: Tally = { messages: 0, acks: 0, ok: 0, codes: new Map(), okTypes: new Map(), badAcks: [], missingAcks: [], serverErrors: [], strangersRefused: 0, strangersAdmitted: [] };
    /** Every voter (poll, pair, role) whose vote the server acknowledged. */
    const voters = new Set<string>();
    /** marker → who sent it, and whether it is a name (the facilitator may see names). */
    const sentMarkers = new Map<string, { owner: Owner; name: boolean }>();
    const noteMarkers = (owner: Owner, payload: unknown) => {
      const text = JSON.stringify(payload) ?? '';
      const nameMarkers = new Set((JSON.stringify([(payload as Record<string, unknown>)?.name, (payload as Record<string, unknown>)?.members]) ?? '').match(MARKER) ?? []);
      for (const m of text.match(MARKER) ?? []) sentMarkers.set(m, { owner, name: nameMarkers.has(m) });
    };

    const sendOne = async (msg: Message): Promise<void> => {
      const probe = probes[msg.from]!;
      if (!probe.socket.connected) await waitFor(() => probe.socket.connected, 5000, `${probe.label} reconnected`);
      tally.messages++;
      switch (msg.kind) {
        case 'command': {
          const currentId = facilitator.view?.position?.segmentId;
          const payload = resolveCurrent(msg.payload, allSegments(agenda).find((x) => x.id === currentId));
          noteMarkers(probe.owner, payload);
          let ack: unknown;
          try {
            ack = await probe.socket.timeout(5000).emitWithAck('command', payload as never);
          } catch {
            tally.missingAcks.push({ from: probe.label, payload });
            return;
          }
          tally.acks++;
          if (!isWellFormedAck(ack)) {
            tally.badAcks.push({ message: payload, ack });
            return;
          }
          if (ack.ok) {
            tally.ok++;
            const type = String((payload as { type?: unknown }).type);
            tally.okTypes.set(type, (tally.okTypes.get(type) ?? 0) + 1);
            if (type === 'vote.cast' && probe.owner.kind === 'pair') {
              const vote = payload as { pollId: string; role?: string };
              const poll = allSegments(agenda).find((x) => x.id === vote.pollId) as PollSegment;
              const perMember = poll.audience === 'byRole' || poll.voter === 'member';
              voters.add(`${vote.pollId}|${probe.owner.pairId}|${perMember ? (probe.owner.member ?? vote.role) : '-'}`);
            }
          } else {
            tally.codes.set(ack.code, (tally.codes.get(ack.code) ?? 0) + 1);
            if (process.env.FUZZ_DEBUG && ['vote.cast', 'answer.submit'].includes(String((payload as { type?: unknown }).type))) console.log(probe.label, ack.code, ack.message, JSON.stringify(payload).slice(0, 300));
            if (ack.code === 'server/error') tally.serverErrors.push({ from: probe.label, payload });
          }
          return;
        }
        case 'commandNoAck':
          noteMarkers(probe.owner, msg.payload);
          (probe.socket.emit as (...a: unknown[]) => void)('command', msg.payload);
          return;
        case 'commandExtraArgs':
          noteMarkers(probe.owner, msg.args[0]);
          (probe.socket.emit as (...a: unknown[]) => void)('command', ...msg.args, () => undefined);
          return;
        case 'event':
          (probe.socket.emit as (...a: unknown[]) => void)(msg.name, ...msg.args);
          return;
        case 'clock': {
          const reply: ClockSyncReply | null = await probe.socket
            .timeout(5000)
            .emitWithAck('clock.sync', msg.arg as number)
            .catch(() => null);
          if (!reply || typeof reply.serverNow !== 'number' || typeof reply.clientSentAt !== 'number') tally.badAcks.push({ message: ['clock.sync', msg.arg], ack: reply });
          return;
        }
        case 'viewRequest':
          (probe.socket.emit as (...a: unknown[]) => void)('view.request', ...msg.args);
          return;
        default: {
          const _exhaustive: never = msg;
          return _exhaustive;
        }
      }
    };

    const tryStranger = async (s: { auth: unknown; cookie: string | null }): Promise<void> => {
      const socket = openSocket(server.url, s.auth as Record<string, unknown>, s.cookie);
      const outcome = await new Promise<{ connected: boolean; code?: unknown }>((resolve) => {
        const timer = setTimeout(() => resolve({ connected: false, code: 'timeout' }), 5000);
        socket.once('connect', () => (clearTimeout(timer), resolve({ connected: true })));
        socket.once('connect_error', (err: Error & { data?: { code?: unknown } }) => (clearTimeout(timer), resolve({ connected: false, code: err.data?.code })));
      });
      socket.disconnect();
      // A handshake whose auth is not a plain object is refused by socket.io itself, without our code.
      const plainObject = Object.prototype.toString.call(s.auth) === '[object Object]';
      const refusedWithCode = typeof outcome.code === 'string' && ERROR_CODE_SET.has(outcome.code);
      if (outcome.connected || (plainObject && !refusedWithCode)) tally.strangersAdmitted.push({ auth: s.auth, outcome });
      else tally.strangersRefused++;
    };

    const doDrive = async (d: { goto: string; kind: string } | { wrap: true } | { stay: true }): Promise<void> => {
      if ('goto' in d) {
        await facilitator.must({ type: 'segment.goto', segmentId: d.goto });
        if (d.kind === 'poll') await facilitator.must({ type: 'poll.open', pollId: d.goto }).catch(() => undefined);
        await facilitator.send({ type: 'timer.start', segmentId: d.goto });
      } else if ('wrap' in d) {
        const view = facilitator.view!;
        const current = view.position?.segmentId;
        if (current && view.step.kind === 'poll') await facilitator.send({ type: 'poll.reveal', pollId: current });
        if (current && view.step.kind === 'privateReveal') await facilitator.send({ type: 'reveal.end', segmentId: current });
      }
    };

    const started = Date.now();
    await fc.assert(
      fc.asyncProperty(arbs.batch, arbs.drive, fc.option(arbs.stranger, { freq: 2 }), async (batch, drive, stranger) => {
        const batchStarted = Date.now();
        await doDrive(drive);
        const perSocket = new Map<number, Message[]>();
        for (const m of batch) perSocket.set(m.from, [...(perSocket.get(m.from) ?? []), m]);
        await Promise.all([...[...perSocket.values()].map(async (list) => {
          for (const m of list) await sendOne(m);
        }), stranger ? tryStranger(stranger) : Promise.resolve()]);
        // Stay near the per-socket rate (10/s) so most messages reach validation and the engine.
        const pause = 350 - (Date.now() - batchStarted);
        if (pause > 0) await sleep(pause);
        expect(server.child.exitCode).toBeNull();
        return tally.badAcks.length === 0 && tally.missingAcks.length === 0 && tally.strangersAdmitted.length === 0;
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );

    const list = (m: Map<string, number>) => [...m.entries()].sort((a, b) => b[1] - a[1]).map(([c, n]) => `${c} ${n}`).join(', ');
    console.log(
      `fuzz seed ${SEED}: ${tally.messages} messages in ${((Date.now() - started) / 1000).toFixed(0)} s, ${tally.acks} acks; ` +
        `${tally.strangersRefused} strangers refused\n  accepted: ${list(tally.okTypes)}\n  refused: ${list(tally.codes)}`,
    );
    expect(tally.badAcks).toEqual([]);
    expect(tally.missingAcks).toEqual([]);
    expect(tally.strangersAdmitted).toEqual([]);
    // An internal error is a well-formed ack, but it means the engine or the store threw.
    expect(tally.serverErrors).toEqual([]);

    await sleep(500);
    await checkInvariants(sentMarkers, voters);
  });

  async function checkInvariants(sentMarkers: Map<string, { owner: Owner; name: boolean }>, voters: Set<string>): Promise<void> {
    // The server is up and a clean facilitator still drives a clean pair.
    expect((await fetch(`${server.url}/health`)).status).toBe(200);
    const agenda = facilitator.agenda!;
    const target = allSegments(agenda).find((s) => s.id !== facilitator.view?.position?.segmentId && s.kind === 'pairTalk')!;
    await facilitator.must({ type: 'segment.goto', segmentId: target.id });
    await waitFor(() => clean.publicViews.at(-1)?.position?.segmentId === target.id, 5000, 'the clean pair to follow');

    // One counted ballot per voter per poll: exactly the voters who saw their vote acknowledged.
    const view: FacilitatorView = facilitator.view!;
    const pairCount = view.pairs.length;
    const expectedBallots = new Map<string, number>();
    for (const key of voters) expectedBallots.set(key.split('|')[0]!, (expectedBallots.get(key.split('|')[0]!) ?? 0) + 1);
    expect(Object.fromEntries(view.polls.filter((p) => p.ballotCount > 0).map((p) => [p.pollId, p.ballotCount]))).toEqual(Object.fromEntries(expectedBallots));
    for (const poll of view.polls) {
      const spec = allSegments(agenda).find((s) => s.id === poll.pollId) as PollSegment;
      const perMember = spec.audience === 'byRole' || spec.voter === 'member';
      expect(poll.ballotCount).toBeLessThanOrEqual(perMember ? 2 * pairCount : pairCount);
      if (poll.roleCounts) {
        expect(poll.roleCounts.mother).toBeLessThanOrEqual(pairCount);
        expect(poll.roleCounts.son).toBeLessThanOrEqual(pairCount);
      }
    }
    if (db.env.DATABASE_URL) {
      const client = new Client({ connectionString: db.env.DATABASE_URL });
      await client.connect();
      try {
        const rows = await client.query<{ poll_id: string; role: string | null; n: string }>(`SELECT poll_id, role, count(*) AS n FROM ballots GROUP BY 1, 2`);
        for (const row of rows.rows) expect(Number(row.n)).toBeLessThanOrEqual(row.role === null ? 2 * pairCount : pairCount);
      } finally {
        await client.end();
      }
    }

    // Every public view anybody saw: counts within bounds, timers never negative.
    for (const probe of [...probes, clean, facilitatorProbe]) {
      for (const v of probe.publicViews) {
        expect(v.timer.durationMs).toBeGreaterThanOrEqual(0);
        if ('remainingMs' in v.timer) expect(v.timer.remainingMs).toBeGreaterThanOrEqual(0);
        if (v.step.kind === 'poll') expect(v.step.ballotCount).toBeLessThanOrEqual(2 * pairCount);
      }
    }

    // Private text reached nobody but its own pair (names also the facilitator).
    const leaks: string[] = [];
    for (const probe of [...probes, clean, facilitatorProbe]) {
      for (const m of probe.markers) {
        const sent = sentMarkers.get(m);
        if (!sent) continue;
        const ownPair = sent.owner.kind === 'pair' && probe.owner.kind === 'pair' && sent.owner.pairId === probe.owner.pairId;
        const facilitatorSeesName = probe.owner.kind === 'facilitator' && sent.name;
        if (!ownPair && !facilitatorSeesName) leaks.push(`${m} from ${JSON.stringify(sent.owner)} seen by ${probe.label}`);
      }
    }
    expect(leaks).toEqual([]);
    expect(clean.markers.size).toBe(0);
    const unexpected = [...probes, clean].flatMap((p) => p.disconnects.map((r) => `${p.label}: ${r}`));
    expect(unexpected).toEqual([]);
  }

  it('answers a command sent while the socket is still connecting', async () => {
    const token = pairTokens[0]!;
    for (let i = 0; i < 10; i++) {
      const socket = openSocket(server.url, { role: 'pair', pairToken: token, member: null });
      // Emitted before the handshake completes: socket.io buffers it until connected.
      const ack = await socket.timeout(5000).emitWithAck('command', { type: 'answer.reveal', segmentId: 'nope' } as never).catch((e: unknown) => String(e));
      socket.disconnect();
      expect(isWellFormedAck(ack)).toBe(true);
    }
  });

  it('drops a socket that sends more than 64 KiB, and stays up', async () => {
    const socket = openSocket(server.url, { role: 'pair', pairToken: pairTokens[1]!, member: null });
    await whenHello(socket);
    const closed = new Promise<string>((resolve) => socket.once('disconnect', resolve));
    socket.emit('command', { type: 'commitment.save', segmentId: 'x', text: 'y'.repeat(70 * 1024) } as never, () => undefined);
    expect(await closed).toMatch(/transport/);
    socket.disconnect();
    expect((await fetch(`${server.url}/health`)).status).toBe(200);
  });

  it(`survives ${RAW_FRAMES} raw malformed engine.io and socket.io frames`, async () => {
    const wsUrl = `${server.url.replace('http', 'ws')}/socket.io/?EIO=4&transport=websocket`;
    const pairAuth = JSON.stringify({ role: 'pair', pairToken: pairTokens[2]!, member: null });
    const junkJson = fc.anything({ maxDepth: 3, withBigInt: false }).map((v) => JSON.stringify(v) ?? 'null');
    const rawCommand = fc.oneof(
      junkJson,
      fc.constantFrom(
        '{"type":"vote.cast","type":"segment.goto","segmentId":"x"}',
        '{"type":"timer.adjust","segmentId":"x","deltaMs":1e309}',
        '{"type":"vote.cast","pollId":"x","choice":{"type":"scale","value":3.0000000000000001}}',
        '{"type":"pair.rename","name":"\\ud800"}',
        '{"type":"commitment.save","segmentId":"x","text":"\\u0000"}',
        '{"__proto__":{"type":"session.end"},"type":"session.lock"}',
      ),
    );
    /** Framed as an engine.io message (4) carrying a socket.io packet. */
    const frame = fc.oneof(
      { weight: 3, arbitrary: fc.tuple(fc.nat({ max: 999 }), rawCommand).map(([id, json]) => ({ text: `42${id}["command",${json}]`, ackId: id })) },
      { weight: 1, arbitrary: rawCommand.map((json) => ({ text: `42["command",${json}]`, ackId: null })) },
      { weight: 1, arbitrary: junkJson.map((json) => ({ text: `42${json}`, ackId: null })) },
      {
        weight: 2,
        arbitrary: fc
          .constantFrom('4', '40', '41', '42', '42[', '42["command"', '42[]', '42[1,2]', '43', '430[]', '44', '45-', '451-["command",{"_placeholder":true,"num":0}]', '40/admin,', '42/other,["command",{}]', '4x', '49', '2', '3', '5', '6', '1', '9', '', '0', '2probe')
          .map((text) => ({ text, ackId: null })),
      },
      { weight: 1, arbitrary: fc.string({ maxLength: 80 }).map((s) => ({ text: s, ackId: null })) },
      { weight: 1, arbitrary: fc.uint8Array({ maxLength: 300 }).map((b) => ({ binary: Buffer.from(b), ackId: null })) },
    );
    const frames = fc.sample(frame, { numRuns: RAW_FRAMES, seed: SEED });

    let ws: WebSocket | null = null;
    let acks = new Map<number, string>();
    const open = async (): Promise<WebSocket> => {
      const socket = new WebSocket(wsUrl);
      acks = new Map();
      await new Promise<void>((resolve, reject) => {
        socket.once('error', reject);
        socket.on('message', (data: Buffer, isBinary: boolean) => {
          const text = isBinary ? '' : data.toString();
          if (text === '2') socket.send('3'); // answer pings
          const ack = /^43(\d+)(\[.*)$/s.exec(text);
          if (ack) acks.set(Number(ack[1]), ack[2]!);
          if (text.startsWith('40{')) resolve();
        });
        socket.once('open', () => socket.send(`40${pairAuth}`));
      });
      return socket;
    };
    let sent = 0;
    let answered = 0;
    let reconnects = 0;
    const badAcks: string[] = [];
    for (const f of frames) {
      if (!ws || ws.readyState !== WebSocket.OPEN) {
        ws = await open();
        reconnects++;
      }
      if ('binary' in f) ws.send(f.binary);
      else ws.send(f.text);
      sent++;
      if (f.ackId !== null && ws.readyState === WebSocket.OPEN) {
        const id = f.ackId;
        const socket = ws;
        await waitFor(() => acks.has(id) || socket.readyState !== WebSocket.OPEN, 5000, 'a raw ack').catch(() => undefined);
        const raw = acks.get(id);
        acks.delete(id);
        if (raw !== undefined) {
          answered++;
          const parsed = JSON.parse(raw) as unknown[];
          if (!isWellFormedAck(parsed[0])) badAcks.push(`${'text' in f ? f.text.slice(0, 120) : ''} → ${raw.slice(0, 200)}`);
        }
      }
      // Respect the per-socket rate so some frames reach the engine, not just the brake.
      if (sent % 8 === 0) await sleep(100);
    }
    ws?.close();
    console.log(`raw frames: ${sent} sent, ${answered} command acks read, ${reconnects} connections (the server closes a connection on a malformed packet)`);
    expect(badAcks).toEqual([]);
    expect(server.child.exitCode).toBeNull();
    expect((await fetch(`${server.url}/health`)).status).toBe(200);
    // A clean device still gets through.
    const after = openSocket(server.url, { role: 'pair', pairToken: pairTokens[3]!, member: null });
    await whenHello(after);
    const ack = await after.timeout(5000).emitWithAck('command', { type: 'answer.reveal', segmentId: 'nope' } as never);
    after.disconnect();
    expect(isWellFormedAck(ack)).toBe(true);
  });
});

async function waitFor(predicate: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
}

/** The shared device makes a code for the son's phone and the new phone redeems it: each member then holds its own credential. */
async function splitIntoMemberPhones(url: string, pairToken: string): Promise<Record<'mother' | 'son', string>> {
  const made = await fetch(`${url}/api/pair-devices/code`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${pairToken}` },
    body: JSON.stringify({ role: 'son' }),
  });
  const { code, keep } = (await made.json()) as { code: string; keep: { pairToken: string } };
  const redeemed = await fetch(`${url}/api/pair-devices/redeem`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code }) });
  const { pairToken: son } = (await redeemed.json()) as { pairToken: string };
  return { mother: keep.pairToken, son };
}
