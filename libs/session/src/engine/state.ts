import type { Agenda, MemberRole, PairWords } from '@kindred/content';
import type { TimerStartMode, TimerState } from '../protocol/timer';
import type { MemberNames, PollStatus, PrivateAnswerValue, SessionPhase, VoteChoice } from '../protocol/values';
import type { ShardedMap } from './sharded-map';

export interface SubmittedAnswer {
  value: PrivateAnswerValue;
  at: number;
  /** The credential of the device that wrote it (null: the join token). */
  credential: string | null;
}

export interface PairAnswers {
  mother: SubmittedAnswer | null;
  son: SubmittedAnswer | null;
  revealedAt: number | null;
  /** Members who confirmed "ready to reveal" on their own device (split pairs only). */
  ready: readonly MemberRole[];
}

/**
 * Which credentials may act for a pair. `shared`: one device for both (`credential`
 * null is the token from joining). `split`: one device per member, each with its own
 * credential; the shared one no longer works.
 */
export type PairDevices =
  | { mode: 'shared'; credential: string | null }
  | { mode: 'split'; mother: string; son: string; since: number; mergeAsked: readonly MemberRole[] };

export interface SavedCommitment {
  text: string;
  savedAt: number;
}

export interface PairState {
  pairId: string;
  name: string;
  members: MemberNames;
  joinedAt: number;
  removedAt: number | null;
  /** Keyed by privateReveal segment id. */
  answers: Readonly<Record<string, PairAnswers>>;
  /** Keyed by commitment segment id. */
  commitments: Readonly<Record<string, SavedCommitment>>;
  devices: PairDevices;
  /**
   * Polls whose ballots a device may see as "voted" but never what: for `shared`, polls
   * that ran while the pair was split (members voted on their own phones); for a member,
   * polls that ran before that member's phone was replaced.
   */
  sealedBallots: Readonly<Record<'shared' | MemberRole, readonly string[]>>;
  /** The pair chose to share its handout (revealed answers, commitments) with the facilitator. */
  handoutShared: boolean;
  /** Its own words (carer's name, age band); absent until it chose, and in snapshots made before. */
  words?: PairWords;
  /** The pair's language (join or `pair.setLanguage`); absent: the session's. */
  language?: string;
}

export interface SegmentVisit {
  segmentId: string;
  startedAt: number;
  endedAt: number | null;
}

export interface PollState {
  status: PollStatus;
  openedAt: number | null;
  closedAt: number | null;
  revealedAt: number | null;
  hiddenAnswerIds: readonly string[];
}

export interface Ballot {
  role: MemberRole | null;
  choice: VoteChoice;
}

/**
 * The whole state of one live session. Plain data (records, arrays) so it can be
 * compared, serialized as a snapshot and shared structurally between versions; the
 * two collections that grow with the room (pairs, ballots) are sharded maps so an
 * event copies a small shard, not the room.
 */
export interface SessionState {
  sessionId: string;
  code: string;
  agenda: Agenda;
  createdAt: number;
  facilitatorId: string;
  minGroupSize: number;
  /** Whether opening a step starts its timer. */
  timerStart: TimerStartMode;
  /** Logged events applied so far (ballots excluded); equals the last event's seq in the log. */
  seq: number;
  phase: SessionPhase;
  locked: boolean;
  startedAt: number | null;
  endedAt: number | null;
  currentSegmentId: string | null;
  /** Every visit of every segment, in order; the last one is open while running. */
  visits: readonly SegmentVisit[];
  timer: TimerState;
  /** By pair id. */
  pairs: ShardedMap<PairState>;
  /** Pair ids in join order (removed ones stay), so rosters need no sorting. */
  joinOrder: readonly string[];
  /** When the facilitator ended each private-reveal step. */
  endedPrivateSteps: Readonly<Record<string, number>>;
  /** The facilitator's fidelity note per topic (section id); absent: none. */
  topicNotes: Readonly<Record<string, string>>;
  /** What the projector shows; absent: the session's language alone. */
  projectorLanguages?: readonly string[];
  polls: Readonly<Record<string, PollState>>;
  /** pollId → voterKey → ballot. Keyed by an HMAC: nothing here names a pair. */
  ballots: Readonly<Record<string, ShardedMap<Ballot>>>;
}
