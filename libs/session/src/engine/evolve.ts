import type { SessionCreated, SessionEvent } from './events';
import type { MemberRole } from '@kindred/content';
import type { Ballot, PairAnswers, PairState, PollState, SessionState } from './state';
import { findSegment, plannedMs } from './agenda-index';
import { lookup, withEntry } from './records';
import { emptyShardedMap, getEntry, setEntry } from './sharded-map';
import { pollBallots } from './queries';
import { DEFAULT_TIMER_START, remainingAt, type TimerState } from '../protocol/timer';

const NEW_POLL: PollState = { status: 'draft', openedAt: null, closedAt: null, revealedAt: null, hiddenAnswerIds: [] };
const NOTHING_SEALED: PairState['sealedBallots'] = { shared: [], mother: [], son: [] };
export const NO_ANSWERS: PairAnswers = { mother: null, son: null, revealedAt: null, ready: [] };
const NO_TIMER: TimerState = { status: 'idle', durationMs: 0, remainingMs: 0 };

export function initialState(created: SessionCreated): SessionState {
  return {
    sessionId: created.sessionId,
    code: created.code,
    agenda: created.agenda,
    createdAt: created.createdAt,
    facilitatorId: created.facilitatorId,
    minGroupSize: created.minGroupSize,
    timerStart: created.timerStart ?? DEFAULT_TIMER_START,
    seq: 1,
    phase: 'lobby',
    locked: false,
    startedAt: null,
    endedAt: null,
    currentSegmentId: null,
    visits: [],
    timer: NO_TIMER,
    pairs: emptyShardedMap(),
    joinOrder: [],
    endedPrivateSteps: {},
    topicNotes: {},
    polls: {},
    ballots: {},
  };
}

/**
 * Applies one event. Total and pure: every event is applied whatever the state
 * (decide did the checking), which is what lets ballots be replayed after the log.
 */
export function evolve(state: SessionState, event: SessionEvent): SessionState {
  if (event.type === 'SessionCreated') return initialState(event);
  // Ballots live outside the log, so they do not advance `seq`.
  if (event.type === 'BallotCast') return applyBallot(state, event.pollId, event.voterKey, event);
  return { ...applyLogged(state, event), seq: state.seq + 1 };
}

function applyLogged(state: SessionState, event: Exclude<SessionEvent, { type: 'SessionCreated' | 'BallotCast' }>): SessionState {
  switch (event.type) {
    case 'SessionStarted':
      return { ...state, phase: 'running', startedAt: event.at };
    case 'SessionEnded':
      return {
        ...state,
        phase: 'ended',
        endedAt: event.at,
        visits: closeOpenVisit(state.visits, event.at),
        // Freeze the countdown so screens of an ended session stop ticking.
        timer: state.timer.status === 'running' ? { status: 'paused', durationMs: state.timer.durationMs, remainingMs: remainingAt(state.timer, event.at) } : state.timer,
      };
    case 'RoomLocked':
      return { ...state, locked: true };
    case 'RoomUnlocked':
      return { ...state, locked: false };
    case 'PairJoined':
      return withPair({ ...state, joinOrder: [...state.joinOrder, event.pairId] }, {
        pairId: event.pairId,
        name: event.name,
        members: event.members,
        joinedAt: event.at,
        removedAt: null,
        answers: {},
        commitments: {},
        devices: { mode: 'shared', credential: null },
        sealedBallots: NOTHING_SEALED,
        handoutShared: false,
        ...(event.language !== undefined ? { language: event.language } : {}),
      });
    case 'PairRemoved':
      return updatePair(state, event.pairId, (pair) => ({ ...pair, removedAt: event.at }));
    case 'PairRenamed':
      return updatePair(state, event.pairId, (pair) => ({ ...pair, name: event.name }));
    case 'PairMembersSet':
      return updatePair(state, event.pairId, (pair) => ({ ...pair, members: event.members }));
    case 'PairWordsSet':
      return updatePair(state, event.pairId, (pair) => ({ ...pair, words: event.words }));
    case 'PairLanguageSet':
      return updatePair(state, event.pairId, (pair) => ({ ...pair, language: event.language }));
    case 'ProjectorLanguagesSet':
      return { ...state, projectorLanguages: event.languages };
    case 'SegmentEntered':
      return enterSegment(state, event.segmentId, event.at);
    case 'TimerStarted':
    case 'TimerPaused':
    case 'TimerResumed':
    case 'TimerAdjusted':
    case 'TimerReset':
    case 'TimerExpired':
      return { ...state, timer: event.timer };
    case 'PollOpened':
      return updatePoll(state, event.pollId, (poll) => ({ ...poll, status: 'open', openedAt: event.at }));
    case 'PollClosed':
      return updatePoll(state, event.pollId, (poll) => ({ ...poll, status: 'closed', closedAt: event.at }));
    case 'PollRevealed':
      return updatePoll(state, event.pollId, (poll) => ({ ...poll, status: 'revealed', revealedAt: event.at }));
    case 'PollAnswerHidden':
      return updatePoll(state, event.pollId, (poll) =>
        poll.hiddenAnswerIds.includes(event.answerId) ? poll : { ...poll, hiddenAnswerIds: [...poll.hiddenAnswerIds, event.answerId] },
      );
    case 'PrivateAnswerSubmitted':
      return updatePair(state, event.pairId, (pair) => {
        const answers = lookup(pair.answers, event.segmentId) ?? NO_ANSWERS;
        // A changed answer needs its author's "ready" again.
        const next: PairAnswers = { ...answers, [event.role]: { value: event.answer, at: event.at, credential: event.credential ?? null }, ready: answers.ready.filter((r) => r !== event.role) };
        return { ...pair, answers: withEntry(pair.answers, event.segmentId, next) };
      });
    case 'PrivateAnswersRevealed':
      return updatePair(state, event.pairId, (pair) => {
        const answers = lookup(pair.answers, event.segmentId) ?? NO_ANSWERS;
        return { ...pair, answers: withEntry(pair.answers, event.segmentId, { ...answers, revealedAt: event.at }) };
      });
    case 'RevealConfirmed':
      return updatePair(state, event.pairId, (pair) => {
        const answers = lookup(pair.answers, event.segmentId) ?? NO_ANSWERS;
        if (answers.ready.includes(event.role)) return pair;
        return { ...pair, answers: withEntry(pair.answers, event.segmentId, { ...answers, ready: [...answers.ready, event.role] }) };
      });
    case 'PairSplit':
      return updatePair(state, event.pairId, (pair) => ({
        ...pair,
        devices: { mode: 'split', mother: event.devices.mother, son: event.devices.son, since: event.at, mergeAsked: [] },
      }));
    case 'MemberDeviceReplaced':
      return updatePair(state, event.pairId, (pair) =>
        pair.devices.mode === 'split'
          ? {
              ...pair,
              devices: { ...pair.devices, [event.role]: event.credential, mergeAsked: [] },
              answers: withdrawUnrevealed(pair.answers, event.role),
              sealedBallots: seal(pair.sealedBallots, event.role, event.sealedPolls),
            }
          : pair,
      );
    case 'PairMergeAsked':
      return updatePair(state, event.pairId, (pair) =>
        pair.devices.mode === 'split' && !pair.devices.mergeAsked.includes(event.role)
          ? { ...pair, devices: { ...pair.devices, mergeAsked: [...pair.devices.mergeAsked, event.role] } }
          : pair,
      );
    case 'PairMerged':
      return updatePair(state, event.pairId, (pair) => ({
        ...pair,
        devices: { mode: 'shared', credential: event.credential },
        sealedBallots: seal(pair.sealedBallots, 'shared', event.sealedPolls),
      }));
    case 'PrivateStepEnded':
      return { ...state, endedPrivateSteps: withEntry(state.endedPrivateSteps, event.segmentId, event.at) };
    case 'CommitmentSaved':
      return updatePair(state, event.pairId, (pair) => ({
        ...pair,
        commitments: withEntry(pair.commitments, event.segmentId, { text: event.text, savedAt: event.at }),
      }));
    case 'HandoutSharingSet':
      return updatePair(state, event.pairId, (pair) => ({ ...pair, handoutShared: event.shared }));
    case 'PairReadmitted':
      return updatePair(state, event.pairId, (pair) => ({ ...pair, removedAt: null }));
    case 'TopicNoted':
      return { ...state, topicNotes: withTopicNote(state.topicNotes, event.sectionId, event.note) };
    default: {
      const _exhaustive: never = event;
      return _exhaustive;
    }
  }
}

function seal(sealed: PairState['sealedBallots'], device: 'shared' | MemberRole, pollIds: readonly string[]): PairState['sealedBallots'] {
  const fresh = pollIds.filter((pollId) => !sealed[device].includes(pollId));
  return fresh.length === 0 ? sealed : { ...sealed, [device]: [...sealed[device], ...fresh] };
}

/** A replaced member's unrevealed answers leave with the lost phone: the new one can neither read nor reveal them. */
function withdrawUnrevealed(answers: PairState['answers'], role: MemberRole): PairState['answers'] {
  const next: Record<string, PairAnswers> = {};
  for (const [segmentId, entry] of Object.entries(answers)) {
    next[segmentId] = entry.revealedAt !== null || entry[role] === null ? entry : { ...entry, [role]: null, ready: entry.ready.filter((r) => r !== role) };
  }
  return next;
}

/** Replaces the voter's earlier ballot, so a voter counts once however often they vote. */
function applyBallot(state: SessionState, pollId: string, voterKey: string, ballot: Ballot): SessionState {
  const next = setEntry<Ballot>(pollBallots(state, pollId), voterKey, { role: ballot.role, choice: ballot.choice });
  return { ...state, ballots: withEntry(state.ballots, pollId, next) };
}

function enterSegment(state: SessionState, segmentId: string, at: number): SessionState {
  const entry = findSegment(state.agenda, segmentId);
  const durationMs = entry ? plannedMs(entry.segment) : 0;
  return {
    ...state,
    currentSegmentId: segmentId,
    visits: [...closeOpenVisit(state.visits, at), { segmentId, startedAt: at, endedAt: null }],
    timer: { status: 'idle', durationMs, remainingMs: durationMs },
  };
}

function closeOpenVisit(visits: SessionState['visits'], at: number): SessionState['visits'] {
  const last = visits.at(-1);
  if (!last || last.endedAt !== null) return visits;
  return [...visits.slice(0, -1), { ...last, endedAt: at }];
}

function withPair(state: SessionState, pair: PairState): SessionState {
  return { ...state, pairs: setEntry(state.pairs, pair.pairId, pair) };
}

function updatePair(state: SessionState, pairId: string, update: (pair: PairState) => PairState): SessionState {
  const pair = getEntry(state.pairs, pairId);
  return pair ? withPair(state, update(pair)) : state;
}

function updatePoll(state: SessionState, pollId: string, update: (poll: PollState) => PollState): SessionState {
  const poll = lookup(state.polls, pollId) ?? NEW_POLL;
  return { ...state, polls: withEntry(state.polls, pollId, update(poll)) };
}

function withTopicNote(notes: SessionState['topicNotes'], sectionId: string, note: string): SessionState['topicNotes'] {
  if (note !== '') return withEntry(notes, sectionId, note);
  const { [sectionId]: _cleared, ...rest } = notes;
  return rest;
}
