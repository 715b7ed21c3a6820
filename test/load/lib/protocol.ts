/** Messages between a benchmark and its device workers (child processes holding many sockets). */

export type DeviceAuth = Record<string, unknown>;

/**
 * `lite`: a minimal engine.io/socket.io client over `ws` that reads only what it needs
 * (the view's seq), so the measurement is the server's, not the client library's;
 * `socket.io`: the real socket.io-client, as the web app uses it.
 */
export type ClientKind = 'lite' | 'socket.io';

export interface VotePlanItem {
  /** Index into this worker's devices. */
  device: number;
  /** When to send, in ms after the plan's start. */
  atMs: number;
  pollId: string;
  role: 'mother' | 'son';
  optionId: string;
  /**
   * `duplicate`: the same vote sent twice back to back (a double tap);
   * `lost-ack`: the first ack is ignored as if lost, then the vote is resent with the same commandId;
   * `change`: once acknowledged, the device changes its vote to `changeTo`.
   */
  retry: 'none' | 'duplicate' | 'lost-ack' | 'change';
  changeTo?: string;
}

export interface VoteResult {
  device: number;
  role: 'mother' | 'son';
  /** Ack latencies of every send whose ack we waited for (ms). */
  latencies: number[];
  /** Acks that came back ok. */
  okAcks: number;
  /** Error codes of refused or timed-out sends. */
  failures: string[];
  /** The choice the device saw acknowledged last (what must be counted), or null. */
  ackedChoice: string | null;
  /** Whether anything was sent at all (an unacknowledged send may still have been counted). */
  sent: boolean;
  firstSentAt: number;
  lastAckAt: number;
  /** A "lost ack" device waits this long (on purpose) before resending; 0 for the others. */
  resentAfterMs: number;
}

export type ToWorker =
  /** `urls`: device i connects to urls[i % urls.length] (several API processes share one session). */
  /** `sources[i]`, when given: the local address device i connects from (e.g. 127.3.7.1, so nginx's ip_hash spreads loopback clients). */
  | { op: 'connect'; urls: string[]; mode: 'kindred' | 'bare'; client: ClientKind; devices: DeviceAuth[]; concurrency: number; sources?: string[] }
  | { op: 'collect' }
  | { op: 'votes'; plan: VotePlanItem[]; startAt: number; lostAckDelayMs: number }
  | { op: 'ballots'; pollId: string }
  | { op: 'close' };

export type FromWorker =
  | { op: 'connected'; ok: number; failed: number; errors: string[]; ms: number }
  /** `receipts[seq][device]`: wall time the device received the public view (or broadcast) of that seq, null if never; `pairReceipts` the same for its own view.pair. */
  | { op: 'records'; receipts: Record<string, (number | null)[]>; pairReceipts: Record<string, (number | null)[]>; publicBytes: number; pairViews: number; disconnects: number }
  | { op: 'voted'; results: VoteResult[] }
  /** Per device: the voters of its pair view's ballot for the poll (role, voted, optionId). */
  | { op: 'ballots'; ballots: ({ role: string | null; voted: boolean; optionId: string | null }[] | null)[] }
  | { op: 'error'; message: string };
