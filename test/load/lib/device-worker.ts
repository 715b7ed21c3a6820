/**
 * A child process holding many device sockets for the load benchmarks, so the
 * clients' CPU is not the benchmark process's. Driven over IPC (see protocol.ts).
 */
import { randomUUID } from 'node:crypto';
import type { PairView, ViewUpdate } from '@kindred/session';
import { io, type Socket } from 'socket.io-client';
import WebSocket from 'ws';
import type { ClientKind, DeviceAuth, FromWorker, ToWorker, VotePlanItem, VoteResult } from './protocol';
import { sleep, wallNow } from './stats';

type Ack = { ok: true; seq: number } | { ok: false; code: string; message: string };

interface Device {
  /** seq → wall time of the first view.public (or bare broadcast) carrying it. */
  readonly receipts: Map<number, number>;
  /** seq → wall time of the first view.pair carrying it. */
  readonly pairReceipts: Map<number, number>;
  pairView(): PairView | null;
  command(cmd: unknown, timeoutMs: number): Promise<Ack>;
  /** Sends a command and ignores its ack. */
  fire(cmd: unknown): void;
  close(): void;
}

let publicBytes = 0;
let pairViews = 0;
let disconnects = 0;
const devices: Device[] = [];

function reply(message: FromWorker): void {
  process.send?.(message);
}

/** socket.io-client, exactly as the web app would use it. */
function socketIoDevice(url: string, event: string, auth: DeviceAuth): Promise<Device> {
  const socket: Socket = io(url, { path: '/socket.io', auth, transports: ['websocket'], forceNew: true, reconnection: false, timeout: 30_000 });
  const receipts = new Map<number, number>();
  const pairReceipts = new Map<number, number>();
  let pairView: PairView | null = null;
  socket.on(event, (view: { seq: number }) => {
    if (!receipts.has(view.seq)) receipts.set(view.seq, wallNow());
    if (publicBytes === 0) publicBytes = Buffer.byteLength(JSON.stringify(view));
  });
  const onPairView = (view: PairView) => {
    if (!pairReceipts.has(view.seq)) pairReceipts.set(view.seq, wallNow());
    pairView = view;
    pairViews++;
  };
  socket.on('view.pair', onPairView);
  // A step change: the public view and the pair's own in one frame.
  socket.on('view.update', (update: ViewUpdate) => {
    if (!receipts.has(update.public.seq)) receipts.set(update.public.seq, wallNow());
    onPairView(update.own);
  });
  socket.on('disconnect', () => disconnects++);
  const device: Device = {
    receipts,
    pairReceipts,
    pairView: () => pairView,
    command: (cmd, timeoutMs) => socket.timeout(timeoutMs).emitWithAck('command', cmd) as Promise<Ack>,
    fire: (cmd) => void socket.emit('command', cmd, () => undefined),
    close: () => socket.disconnect(),
  };
  return new Promise((resolve, reject) => {
    // Kindred: the first view.public arrives once the socket is in its rooms; bare: connect is enough.
    socket.once(event === 'broadcast' ? 'connect' : 'view.public', () => resolve(device));
    socket.once('connect_error', (err) => {
      socket.disconnect();
      reject(err);
    });
  });
}

const SEQ = /"seq":(\d+)/;
const UPDATE_PREFIX = '42["view.update",';

/**
 * The wire protocol by hand (engine.io v4 text frames carrying socket.io packets):
 * answers pings, reads a broadcast's seq with a regex and parses nothing else eagerly.
 */
function liteDevice(url: string, event: string, auth: DeviceAuth, localAddress?: string): Promise<Device> {
  const ws = new WebSocket(`${url.replace(/^http/, 'ws')}/socket.io/?EIO=4&transport=websocket`, { perMessageDeflate: false, localAddress });
  const receipts = new Map<number, number>();
  const pairReceipts = new Map<number, number>();
  const acks = new Map<number, (ack: Ack) => void>();
  const broadcastPrefix = `42["${event}",`;
  let lastPairView: string | null = null;
  let nextAckId = 0;
  let ready: (() => void) | null = null;
  let failed: ((e: Error) => void) | null = null;
  ws.on('message', (data: Buffer) => {
    const at = wallNow();
    const frame = data.toString();
    if (frame.startsWith(broadcastPrefix)) {
      const seq = Number(SEQ.exec(frame)?.[1]);
      if (!receipts.has(seq)) receipts.set(seq, at);
      if (publicBytes === 0) publicBytes = Buffer.byteLength(frame.slice(broadcastPrefix.length, -1));
      if (event !== 'broadcast') ready?.();
    } else if (frame.startsWith('42["view.pair",') || frame.startsWith(UPDATE_PREFIX)) {
      // view.update (a step change) carries the public view and the pair's own, with one seq.
      const seq = Number(SEQ.exec(frame)?.[1]);
      if (!pairReceipts.has(seq)) pairReceipts.set(seq, at);
      if (frame.startsWith(UPDATE_PREFIX) && !receipts.has(seq)) receipts.set(seq, at);
      lastPairView = frame;
      pairViews++;
    } else if (frame.startsWith('43')) {
      const match = /^43(\d+)\[(.*)\]$/s.exec(frame);
      if (match) {
        const id = Number(match[1]);
        acks.get(id)?.(JSON.parse(match[2]!) as Ack);
        acks.delete(id);
      }
    } else if (frame === '2') {
      ws.send('3');
    } else if (frame.startsWith('0')) {
      ws.send(`40${JSON.stringify(auth)}`);
    } else if (frame.startsWith('40')) {
      if (event === 'broadcast') ready?.();
    } else if (frame.startsWith('44')) {
      failed?.(new Error(frame.slice(2)));
    }
  });
  ws.on('close', () => {
    disconnects++;
    failed?.(new Error('closed'));
  });
  ws.on('error', (err) => failed?.(err));
  const device: Device = {
    receipts,
    pairReceipts,
    pairView: () => {
      if (!lastPairView) return null;
      const [event, payload] = JSON.parse(lastPairView.slice(2)) as [string, PairView | ViewUpdate];
      return event === 'view.update' ? (payload as ViewUpdate).own : (payload as PairView);
    },
    command(cmd, timeoutMs) {
      const id = nextAckId++;
      return new Promise<Ack>((resolve, reject) => {
        const timer = setTimeout(() => {
          acks.delete(id);
          reject(new Error('ack timeout'));
        }, timeoutMs);
        acks.set(id, (ack) => {
          clearTimeout(timer);
          resolve(ack);
        });
        ws.send(`42${id}${JSON.stringify(['command', cmd])}`);
      });
    },
    fire(cmd) {
      ws.send(`42${nextAckId++}${JSON.stringify(['command', cmd])}`);
    },
    close: () => ws.close(),
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('connect timeout')), 30_000);
    ready = () => {
      ready = null;
      failed = null;
      clearTimeout(timer);
      resolve(device);
    };
    failed = (e) => {
      ready = null;
      failed = null;
      clearTimeout(timer);
      ws.terminate();
      reject(e);
    };
  });
}

async function connectOne(url: string, mode: 'kindred' | 'bare', client: ClientKind, auth: DeviceAuth, localAddress?: string): Promise<Device> {
  const event = mode === 'kindred' ? 'view.public' : 'broadcast';
  for (let attempt = 1; ; attempt++) {
    try {
      // A local address is a lite client's option only (the cluster benchmark's).
      return await (client === 'lite' ? liteDevice(url, event, auth, localAddress) : socketIoDevice(url, event, auth));
    } catch (error) {
      if (attempt >= 3) throw error;
      await sleep(200 * attempt);
    }
  }
}

async function connectAll(msg: Extract<ToWorker, { op: 'connect' }>): Promise<void> {
  const started = performance.now();
  const errors: string[] = [];
  let next = 0;
  let ok = 0;
  const lanes = Array.from({ length: Math.min(msg.concurrency, msg.devices.length) }, async () => {
    while (next < msg.devices.length) {
      const i = next++;
      try {
        devices[i] = await connectOne(msg.urls[i % msg.urls.length]!, msg.mode, msg.client, msg.devices[i]!, msg.sources?.[i]);
        ok++;
      } catch (error) {
        errors.push(String(error));
      }
    }
  });
  await Promise.all(lanes);
  disconnects = 0;
  reply({ op: 'connected', ok, failed: msg.devices.length - ok, errors: errors.slice(0, 5), ms: performance.now() - started });
}

function table(of: (d: Device) => Map<number, number>): Record<string, (number | null)[]> {
  const seqs = new Set<number>();
  for (const d of devices) if (d) for (const seq of of(d).keys()) seqs.add(seq);
  const rows: Record<string, (number | null)[]> = {};
  for (const seq of seqs) rows[seq] = devices.map((d) => (d ? (of(d).get(seq) ?? null) : null));
  return rows;
}

function collect(): void {
  reply({ op: 'records', receipts: table((d) => d.receipts), pairReceipts: table((d) => d.pairReceipts), publicBytes, pairViews, disconnects });
}

async function runVote(item: VotePlanItem, startAt: number, lostAckDelayMs: number): Promise<VoteResult> {
  const result: VoteResult = { device: item.device, role: item.role, latencies: [], okAcks: 0, failures: [], ackedChoice: null, sent: false, firstSentAt: NaN, lastAckAt: NaN, resentAfterMs: 0 };
  const device = devices[item.device];
  if (!device) {
    result.failures.push('no-device');
    return result;
  }
  const wait = startAt + item.atMs - wallNow();
  if (wait > 0) await sleep(wait);
  const command = (optionId: string) => ({ type: 'vote.cast', pollId: item.pollId, role: item.role, choice: { type: 'single', optionId }, commandId: randomUUID() });
  const markSent = () => {
    if (!result.sent) result.firstSentAt = wallNow();
    result.sent = true;
  };
  const send = async (cmd: ReturnType<typeof command>): Promise<boolean> => {
    markSent();
    const sentAt = wallNow();
    try {
      const ack = await device.command(cmd, 15_000);
      const at = wallNow();
      result.latencies.push(at - sentAt);
      if (ack.ok) {
        result.okAcks++;
        result.ackedChoice = cmd.choice.optionId;
        result.lastAckAt = at;
        return true;
      }
      result.failures.push(ack.code);
    } catch {
      result.failures.push('timeout');
    }
    return false;
  };
  const first = command(item.optionId);
  switch (item.retry) {
    case 'none':
      await send(first);
      break;
    case 'duplicate':
      await Promise.all([send(first), send({ ...first })]);
      break;
    case 'lost-ack':
      markSent();
      // The ack of this send is "lost": nobody looks at it. The device resends the same command.
      device.fire(first);
      result.resentAfterMs = lostAckDelayMs;
      await sleep(lostAckDelayMs);
      await send({ ...first });
      break;
    case 'change':
      if ((await send(first)) && item.changeTo) await send(command(item.changeTo));
      break;
    default: {
      const _exhaustive: never = item.retry;
      return _exhaustive;
    }
  }
  return result;
}

async function votes(msg: Extract<ToWorker, { op: 'votes' }>): Promise<void> {
  const results = await Promise.all(msg.plan.map((item) => runVote(item, msg.startAt, msg.lostAckDelayMs)));
  reply({ op: 'voted', results });
}

function ballots(pollId: string): void {
  reply({
    op: 'ballots',
    ballots: devices.map((d) => {
      const ballot = d?.pairView()?.ballot;
      if (!ballot || ballot.pollId !== pollId) return null;
      return ballot.voters.map((v) => ({ role: v.role, voted: v.voted, optionId: v.choice?.type === 'single' ? v.choice.optionId : null }));
    }),
  });
}

process.on('message', (msg: ToWorker) => {
  const run = async () => {
    switch (msg.op) {
      case 'connect':
        return connectAll(msg);
      case 'collect':
        return collect();
      case 'votes':
        return votes(msg);
      case 'ballots':
        return ballots(msg.pollId);
      case 'close':
        for (const d of devices) d?.close();
        setTimeout(() => process.exit(0), 200);
        return;
      default: {
        const _exhaustive: never = msg;
        return _exhaustive;
      }
    }
  };
  run().catch((error: unknown) => reply({ op: 'error', message: String(error instanceof Error ? error.stack : error) }));
});

// Never outlive the benchmark.
process.on('disconnect', () => process.exit(0));
