import type { Agenda, MemberRole, PairWords } from '@kindred/content';
import type { MemberNames, PrivateAnswerValue, VoteChoice } from '../protocol/values';
import type { TimerStartMode, TimerState } from '../protocol/timer';

/*
 * Facts, in the past tense. Events carry the values they result in (a timer event
 * carries the resulting timer), so `evolve` never recomputes a decision.
 */

export interface SessionCreated {
  type: 'SessionCreated';
  sessionId: string;
  code: string;
  agenda: Agenda;
  createdAt: number;
  /** k: results of a group of ballots are shown only when it holds at least this many. */
  minGroupSize: number;
  facilitatorId: string;
  /** Absent in logs written before the setting existed: those sessions started timers by hand. */
  timerStart?: TimerStartMode;
}

export interface SessionStarted { type: 'SessionStarted'; at: number }
export interface SessionEnded { type: 'SessionEnded'; at: number }
export interface RoomLocked { type: 'RoomLocked'; at: number }
export interface RoomUnlocked { type: 'RoomUnlocked'; at: number }

/** `language`: the one the pair joined in; absent in logs written before, and when it took the session's. */
export interface PairJoined { type: 'PairJoined'; pairId: string; name: string; members: MemberNames; language?: string; at: number }
export interface PairRemoved { type: 'PairRemoved'; pairId: string; at: number }
export interface PairRenamed { type: 'PairRenamed'; pairId: string; name: string; at: number }
export interface PairMembersSet { type: 'PairMembersSet'; pairId: string; members: MemberNames; at: number }
/** The pair chose its own words (its carer's name, the son's age band); only its own view carries them. */
export interface PairWordsSet { type: 'PairWordsSet'; pairId: string; words: PairWords; at: number }
/** A device of the pair switched language; it becomes the pair's (its printed handout's). */
export interface PairLanguageSet { type: 'PairLanguageSet'; pairId: string; language: string; at: number }
/** The facilitator chose what the projector shows: one language or two side by side. */
export interface ProjectorLanguagesSet { type: 'ProjectorLanguagesSet'; languages: string[]; at: number }

/** Closes the previous segment's visit, opens one for this segment and resets the timer. */
export interface SegmentEntered { type: 'SegmentEntered'; segmentId: string; at: number }

interface TimerEventBase { segmentId: string; timer: TimerState; at: number }
export interface TimerStarted extends TimerEventBase { type: 'TimerStarted' }
export interface TimerPaused extends TimerEventBase { type: 'TimerPaused' }
export interface TimerResumed extends TimerEventBase { type: 'TimerResumed' }
export interface TimerAdjusted extends TimerEventBase { type: 'TimerAdjusted'; deltaMs: number }
export interface TimerReset extends TimerEventBase { type: 'TimerReset' }
export interface TimerExpired extends TimerEventBase { type: 'TimerExpired' }

export interface PollOpened { type: 'PollOpened'; pollId: string; at: number }
export interface PollClosed { type: 'PollClosed'; pollId: string; at: number }
export interface PollRevealed { type: 'PollRevealed'; pollId: string; at: number }
export interface PollAnswerHidden { type: 'PollAnswerHidden'; pollId: string; answerId: string; at: number }

/**
 * An anonymous ballot. It names no pair and carries no time (a timestamp could be
 * matched to who was seen tapping). `role` is kept only for polls split by role.
 * The API stores it in the ballots table keyed by `voterKey`, not in the event log.
 */
export interface BallotCast { type: 'BallotCast'; pollId: string; voterKey: string; role: MemberRole | null; choice: VoteChoice }

export interface PrivateAnswerSubmitted {
  type: 'PrivateAnswerSubmitted';
  pairId: string;
  segmentId: string;
  role: MemberRole;
  answer: PrivateAnswerValue;
  at: number;
  /** The writing device's credential id (absent or null: the join token); a member's phone shows only what it wrote. */
  credential?: string | null;
}
export interface PrivateAnswersRevealed { type: 'PrivateAnswersRevealed'; pairId: string; segmentId: string; at: number }
/** The facilitator ended a private-reveal step: pairs may reveal with what they have. */
export interface PrivateStepEnded { type: 'PrivateStepEnded'; segmentId: string; at: number }

/** A member confirmed "ready to reveal" on their own device; the reveal waits for both. */
export interface RevealConfirmed { type: 'RevealConfirmed'; pairId: string; segmentId: string; role: MemberRole; at: number }

/**
 * The pair now uses one device per member: each holds only its own credential (ids
 * made by the server; tokens never enter the log), and the shared one stops working.
 */
export interface PairSplit { type: 'PairSplit'; pairId: string; devices: Record<MemberRole, string>; at: number }
/**
 * A member's device was replaced (a lost phone): its old credential stops working, the
 * member's unrevealed answers are withdrawn and the polls so far are sealed for the new
 * phone, so whoever holds it learns and reveals nothing that phone didn't write.
 */
export interface MemberDeviceReplaced { type: 'MemberDeviceReplaced'; pairId: string; role: MemberRole; credential: string; sealedPolls: string[]; at: number }
/** One member asked, on their own device, to go back to one shared device. */
export interface PairMergeAsked { type: 'PairMergeAsked'; pairId: string; role: MemberRole; at: number }
/**
 * Both members asked: one shared device again, holding a fresh credential; the member
 * credentials stop working. `sealedPolls`: polls that ran while split (see PairState).
 */
export interface PairMerged { type: 'PairMerged'; pairId: string; credential: string; sealedPolls: string[]; at: number }

export interface CommitmentSaved { type: 'CommitmentSaved'; pairId: string; segmentId: string; text: string; at: number }

/** A pair chose (on its own device) whether the facilitator's copy of its handout carries its private text. */
export interface HandoutSharingSet { type: 'HandoutSharingSet'; pairId: string; shared: boolean; at: number }
/** The facilitator let a removed pair back in: its old credential works again. */
export interface PairReadmitted { type: 'PairReadmitted'; pairId: string; at: number }

export type TimerEvent = TimerStarted | TimerPaused | TimerResumed | TimerAdjusted | TimerReset | TimerExpired;

/** The facilitator's note on a topic (fidelity record); an empty note clears it. Not a pair's text. */
export interface TopicNoted { type: 'TopicNoted'; sectionId: string; note: string; at: number }

export type SessionEvent =
  | SessionCreated
  | SessionStarted
  | SessionEnded
  | RoomLocked
  | RoomUnlocked
  | PairJoined
  | PairRemoved
  | PairRenamed
  | PairMembersSet
  | PairWordsSet
  | PairLanguageSet
  | ProjectorLanguagesSet
  | SegmentEntered
  | TimerEvent
  | PollOpened
  | PollClosed
  | PollRevealed
  | PollAnswerHidden
  | BallotCast
  | PrivateAnswerSubmitted
  | PrivateAnswersRevealed
  | PrivateStepEnded
  | RevealConfirmed
  | PairSplit
  | MemberDeviceReplaced
  | PairMergeAsked
  | PairMerged
  | CommitmentSaved
  | HandoutSharingSet
  | PairReadmitted
  | TopicNoted;

/** Everything that goes into the event log (ballots go to their own table). */
export type LoggedEvent = Exclude<SessionEvent, BallotCast>;

export type SessionEventType = SessionEvent['type'];

export function isBallot(event: SessionEvent): event is BallotCast {
  return event.type === 'BallotCast';
}

/** The credential ids an event makes current: the transport stores a token row for exactly these. */
export function credentialsIssuedBy(event: SessionEvent): string[] {
  switch (event.type) {
    case 'PairSplit':
      return [event.devices.mother, event.devices.son];
    case 'MemberDeviceReplaced':
    case 'PairMerged':
      return [event.credential];
    default:
      return [];
  }
}
