import type { MemberRole, PairAgeBand, PairWords, SegmentKind } from '@kindred/content';
import type { TimerStartMode, TimerState } from './timer';
import type { MemberNames, PollStatus, PrivateAnswerValue, SessionPhase, VoteChoice } from './values';

/*
 * What each audience receives. Every view carries the state's `seq` (the number of
 * logged events applied). Ballots are not logged events, so a vote changes counts
 * without changing `seq`: clients keep the latest view whose `seq` is >= the one
 * they have.
 */

/** Where the session is in its agenda. */
export interface AgendaPosition {
  sectionId: string;
  sectionIndex: number;
  sectionCount: number;
  segmentId: string;
  /** Index within the section. */
  segmentIndex: number;
  /** Segments in the section. */
  segmentCount: number;
  segmentKind: SegmentKind;
  /** Index over all segments of the agenda, for next/previous. */
  overallSegmentIndex: number;
  overallSegmentCount: number;
  /** Curriculum number of the topic (1..9); null on a break. */
  topicNumber: number | null;
  /** "Topic 3 of 9": the topic's place among this agenda's topics; null on a break. */
  topicOrdinal: number | null;
  topicCount: number;
}

// ---- poll results ----

export interface OptionCount {
  optionId: string;
  count: number;
}

export interface OpenTextAnswer {
  /** Derived from the anonymous ballot key; lets the facilitator hide an answer. */
  answerId: string;
  text: string;
}

/** How many of a group's shown answers use a word (normalized, stop words left out). */
export interface WordCount {
  word: string;
  count: number;
}

export interface FacilitatorOpenTextAnswer extends OpenTextAnswer {
  hidden: boolean;
}

export type PollTally<TAnswer extends OpenTextAnswer = OpenTextAnswer> =
  | { type: 'single'; ballotCount: number; options: OptionCount[] }
  | { type: 'multiple'; ballotCount: number; options: OptionCount[] }
  | { type: 'scale'; ballotCount: number; distribution: { value: number; count: number }[]; mean: number }
  /**
   * Answers sorted by answerId, an HMAC-derived value, so order says nothing about who
   * or when. `words`: the word cloud of the answers the room is shown (hidden ones left out).
   */
  | { type: 'openText'; ballotCount: number; answers: TAnswer[]; words: WordCount[] };

/** A group of ballots is shown only when it holds at least k (the minimum group size). */
export type ResultGroup<TAnswer extends OpenTextAnswer = OpenTextAnswer> =
  | { status: 'not-enough-answers'; needed: number }
  | { status: 'shown'; tally: PollTally<TAnswer> };

export type PollResults<TAnswer extends OpenTextAnswer = OpenTextAnswer> =
  | { pollId: string; audience: 'everyone'; everyone: ResultGroup<TAnswer> }
  | {
      pollId: string;
      audience: 'byRole';
      mother: ResultGroup<TAnswer>;
      son: ResultGroup<TAnswer>;
      /**
       * Small rooms: present only when mothers and sons are each under k but together
       * are not. Both role groups are then hidden, so nothing can be subtracted.
       */
      combined?: ResultGroup<TAnswer>;
    };

// ---- public view (projector and every pair) ----

export type PublicStepView =
  | { kind: 'none' }
  | {
      kind: 'privateReveal';
      segmentId: string;
      /** Pairs where at least one member answered. */
      answeredPairs: number;
      bothAnsweredPairs: number;
      revealedPairs: number;
      /** The facilitator ended the step: pairs may reveal what they have. */
      ended: boolean;
    }
  | {
      kind: 'poll';
      pollId: string;
      status: PollStatus;
      ballotCount: number;
      /** Present only once revealed; each group still subject to k. */
      results: PollResults | null;
    }
  | { kind: 'commitment'; segmentId: string; savedPairs: number };

/**
 * One object for the projector and all pairs. Holds nothing private and nothing
 * naming a pair: not even pair names in the lobby (names are often real first names
 * of children; the facilitator console lists them).
 */
export interface PublicView {
  seq: number;
  sessionId: string;
  phase: SessionPhase;
  code: string;
  locked: boolean;
  /** Whether the join code currently admits new pairs (show the QR). */
  joinOpen: boolean;
  pairCount: number;
  position: AgendaPosition | null;
  timer: TimerState;
  step: PublicStepView;
  /**
   * What the projector shows (`session.setProjectorLanguages`): one shipped language, or
   * two side by side; the session's language until the facilitator chooses.
   */
  projectorLanguages: string[];
}

// ---- pair and member views ----

/** `answer` is null when this audience may not read it yet (see README, privacy). */
export type MemberAnswerView = { answered: false } | { answered: true; answer: PrivateAnswerValue | null };

/**
 * A private step the pair answered (a step nobody answered has no entry). What the device
 * may do now (answer, reveal) follows from this and the public view: `privateStepState`.
 */
export interface PairPrivateAnswerView {
  segmentId: string;
  mother: MemberAnswerView;
  son: MemberAnswerView;
  revealed: boolean;
  /** Members who confirmed "ready to reveal" on their own phones (two-phone pairs). */
  ready: MemberRole[];
}

export interface PairCommitmentView {
  segmentId: string;
  text: string;
  savedAt: number;
}

export interface PairBallotView {
  pollId: string;
  /** One entry per voter key the transport passed: role null for a per-pair poll. */
  voters: { role: MemberRole | null; voted: boolean; choice: VoteChoice | null }[];
}

/** Sent to one pair's devices (`member` null: the shared/pair-level view) or one member's device. */
export interface PairView {
  seq: number;
  sessionId: string;
  pairId: string;
  member: MemberRole | null;
  status: 'active' | 'removed';
  name: string;
  members: MemberNames;
  privateAnswers: PairPrivateAnswerView[];
  commitments: PairCommitmentView[];
  /** The current poll's ballots of this pair (when voter keys were given), once it voted; else null. */
  ballot: PairBallotView | null;
  /** `shared`: one device for both; `split`: one device per member (this one is `member`'s). */
  devices: 'shared' | 'split';
  /** Members who asked, on their own phone, to go back to one shared phone. */
  mergeAsked: MemberRole[];
  /** The pair chose to share its handout with the facilitator (see `handout.share`). */
  handoutShared: boolean;
  /** Its own words (see `pair.setWords`); null until it chose. Only this pair's view carries them. */
  words: PairWords | null;
  /**
   * The pair's language (set at join or by `pair.setLanguage`; the session's when it never
   * chose): its printed handout's. A device may show another (its own `session.agenda`).
   */
  language: string;
}

export type MemberView = PairView;

// ---- facilitator view ----

export interface SegmentVisitView {
  startedAt: number;
  endedAt: number | null;
}

export interface SegmentTimingView {
  segmentId: string;
  plannedMs: number;
  visits: SegmentVisitView[];
  /** Sum of closed visits; an open visit is added by the client from `startedAt`. */
  actualMs: number;
}

/** How far a pair got at one private step. Never the text. */
export type PrivateProgress = 'none' | 'mother' | 'son' | 'both' | 'revealed';

export interface FacilitatorPairView {
  pairId: string;
  name: string;
  members: MemberNames;
  joinedAt: number;
  status: 'active' | 'removed';
  /** One entry per private step, in the order of `FacilitatorView.privateSteps` (kept compact for 1,000 pairs). */
  privateProgress: PrivateProgress[];
  /** One entry per commitment step, in the order of `FacilitatorView.commitmentCounts`: saved or not. Never the text. */
  commitments: boolean[];
  /** The pair shared its handout with the facilitator: a flag, never the text. */
  handoutShared: boolean;
}

export interface PrivateStepCountsView {
  segmentId: string;
  answeredMembers: Record<MemberRole, number>;
  answeredPairs: number;
  bothAnsweredPairs: number;
  revealedPairs: number;
  ended: boolean;
}

export interface FacilitatorPollView {
  pollId: string;
  status: PollStatus;
  ballotCount: number;
  /** Ballots per role, for polls split by role; null otherwise. */
  roleCounts: Record<MemberRole, number> | null;
  /**
   * Null while the poll is draft or open: watching live tallies move as one pair taps
   * would tell who voted what. From closing on (to moderate before revealing), subject
   * to k like everyone.
   */
  results: PollResults<FacilitatorOpenTextAnswer> | null;
  hiddenAnswerIds: string[];
}

/**
 * What the room's size means for poll results, told before the first poll (each
 * group of ballots shows only from k). `split-combined`: mothers and sons are each
 * under k, so split polls show one combined result; `too-small`: some polls will
 * show no result at all. Assumes every member votes, so it is the best case.
 */
export type SmallRoomNotice =
  | { kind: 'none' }
  | { kind: 'split-combined'; pairCount: number; minGroupSize: number }
  | { kind: 'too-small'; pairCount: number; minGroupSize: number };

export interface FacilitatorView {
  seq: number;
  sessionId: string;
  phase: SessionPhase;
  code: string;
  locked: boolean;
  joinOpen: boolean;
  minGroupSize: number;
  createdAt: number;
  startedAt: number | null;
  endedAt: number | null;
  position: AgendaPosition | null;
  timer: TimerState;
  pairCount: number;
  /** Active pairs that shared their handout with the facilitator. */
  sharedHandoutCount: number;
  /** Active pairs first, then removed ones, each in join order. */
  pairs: FacilitatorPairView[];
  step: PublicStepView;
  segments: SegmentTimingView[];
  /** Every poll that was opened at least once, plus the current one. */
  polls: FacilitatorPollView[];
  privateSteps: PrivateStepCountsView[];
  commitmentCounts: { segmentId: string; savedPairs: number }[];
  smallRoom: SmallRoomNotice;
  timerStart: TimerStartMode;
  /** How many active pairs chose each age band (`unset`: not yet). Never their word for the carer. */
  ageBands: Record<PairAgeBand | 'unset', number>;
  /** How many active pairs use each language (counts only, like the age mix; never which pair). */
  languages: Record<string, number>;
  /** The facilitators' notes per topic (section id), for the fidelity record. */
  topicNotes: Readonly<Record<string, string>>;
}

/**
 * The console's view as sent (decision 50): `rosterId` names the content of `pairs`
 * (equal lists, equal ids). The list is most of the view (hundreds of KB at 1,000
 * pairs) and a step or the timer leaves it as it was, so such changes go as a
 * `FacilitatorRoomFrame` instead.
 */
export interface FacilitatorViewFrame extends FacilitatorView {
  rosterId: string;
}

/**
 * The console's view without `pairs`: they are those of the `view.facilitator` with the
 * same `rosterId` (`mergeRoomFrame`). A console that holds another list asks for the
 * whole view again (`view.request`).
 */
export type FacilitatorRoomFrame = Omit<FacilitatorViewFrame, 'pairs'>;
