import { SHIPPED_LANGUAGES, type Agenda } from '@kindred/content';
import type { FacilitatorPairView, FacilitatorPollView, FacilitatorView, SegmentTimingView } from '../../protocol/views';
import type { PairState, SessionState } from '../state';
import { agendaIndex, plannedMs, positionOf } from '../agenda-index';
import { lookup } from '../records';
import { memoizeWith } from '../memo';
import { pairLanguage, pairsInJoinOrder, pollStatus } from '../queries';
import { allCommitmentCounts, allPrivateStepCounts, pairProgress } from './counts';
import { ballotCount, facilitatorPollResults, roleCounts } from './poll-results';
import { currentStep, isJoinOpen } from './public-view';
import { smallRoomNotice } from './small-room';

/**
 * Everything operational, nothing private: who answered (booleans), never what;
 * how many voted, never who; results only from closing on and subject to k.
 */
export function facilitatorView(state: SessionState): FacilitatorView {
  const index = agendaIndex(state.agenda);
  const roster = consoleRoster(state.pairs, state);
  return {
    seq: state.seq,
    sessionId: state.sessionId,
    phase: state.phase,
    code: state.code,
    locked: state.locked,
    joinOpen: isJoinOpen(state),
    minGroupSize: state.minGroupSize,
    createdAt: state.createdAt,
    startedAt: state.startedAt,
    endedAt: state.endedAt,
    position: state.currentSegmentId === null ? null : positionOf(state.agenda, state.currentSegmentId),
    timer: state.timer,
    pairCount: roster.pairCount,
    sharedHandoutCount: roster.sharedHandoutCount,
    pairs: roster.pairs,
    step: currentStep(state),
    segments: segmentTimings(state),
    polls: index.polls.filter((poll) => pollStatus(state, poll.id) !== 'draft' || poll.id === state.currentSegmentId).map((poll) => pollView(state, poll.id)),
    privateSteps: allPrivateStepCounts(state),
    commitmentCounts: allCommitmentCounts(state),
    smallRoom: smallRoomNotice(state.agenda, roster.pairCount, state.minGroupSize),
    timerStart: state.timerStart,
    ageBands: roster.ageBands,
    languages: roster.languages,
    topicNotes: state.topicNotes,
  };
}

/** The console's pair list and what is counted from it: they change only with the pairs. */
interface ConsoleRoster {
  pairs: FacilitatorPairView[];
  pairCount: number;
  sharedHandoutCount: number;
  ageBands: FacilitatorView['ageBands'];
  languages: FacilitatorView['languages'];
}

/*
 * Keyed by the pairs map (the join order changes with it; a pair's language falls back to
 * the session's, which doesn't change): a step, the timer or a vote reuses the list
 * itself, 5,000 rows, and the API tells an unchanged list by its identity (decision 50).
 */
const consoleRoster = memoizeWith(
  () => '',
  (_pairs: SessionState['pairs'], state: SessionState): ConsoleRoster => {
    const everyone = pairsInJoinOrder(state);
    const active = everyone.filter((pair) => pair.removedAt === null);
    const removed = everyone.filter((pair) => pair.removedAt !== null);
    return {
      pairs: [...active, ...removed].map((pair) => pairRow(pair, state.agenda)),
      pairCount: active.length,
      sharedHandoutCount: active.filter((pair) => pair.handoutShared).length,
      ageBands: ageBandMix(active),
      languages: languageMix(state, active),
    };
  },
);

// A row changes only when its pair does: 1,000 rows are not rebuilt for every view.
const pairRow = memoizeWith(
  () => '',
  (pair: PairState, agenda: Agenda): FacilitatorPairView => {
    const progress = pairProgress(pair, agenda);
    return {
      pairId: pair.pairId,
      name: pair.name,
      members: pair.members,
      joinedAt: pair.joinedAt,
      status: pair.removedAt === null ? 'active' : 'removed',
      privateProgress: progress.privateProgress,
      commitments: progress.commitments,
      handoutShared: pair.handoutShared,
    };
  },
);

function pollView(state: SessionState, pollId: string): FacilitatorPollView {
  const poll = agendaIndex(state.agenda).polls.find((candidate) => candidate.id === pollId);
  const status = pollStatus(state, pollId);
  const resultsVisible = status === 'closed' || status === 'revealed';
  return {
    pollId,
    status,
    ballotCount: ballotCount(state, pollId),
    roleCounts: poll?.audience === 'byRole' ? roleCounts(state, pollId) : null,
    results: poll && resultsVisible ? facilitatorPollResults(state, poll) : null,
    hiddenAnswerIds: [...(lookup(state.polls, pollId)?.hiddenAnswerIds ?? [])],
  };
}

/** Planned against actual time for every segment, for the console and the session report. */
export function segmentTimings(state: SessionState): SegmentTimingView[] {
  const visitsBySegment = new Map<string, SegmentTimingView['visits']>();
  for (const visit of state.visits) {
    const visits = visitsBySegment.get(visit.segmentId) ?? [];
    visits.push({ startedAt: visit.startedAt, endedAt: visit.endedAt });
    visitsBySegment.set(visit.segmentId, visits);
  }
  return agendaIndex(state.agenda).entries.map(({ segment }) => {
    const visits = visitsBySegment.get(segment.id) ?? [];
    const actualMs = visits.reduce((sum, visit) => (visit.endedAt === null ? sum : sum + (visit.endedAt - visit.startedAt)), 0);
    return { segmentId: segment.id, plannedMs: plannedMs(segment), visits, actualMs };
  });
}

/** The room's age mix, for pacing; the pairs' words for the carer stay theirs. */
function ageBandMix(active: readonly PairState[]): FacilitatorView['ageBands'] {
  const mix: FacilitatorView['ageBands'] = { '10-13': 0, '14-17': 0, adult: 0, unset: 0 };
  for (const pair of active) mix[pair.words?.ageBand ?? 'unset'] += 1;
  return mix;
}

/** The room's language mix: counts per language, every shipped one listed (0 when unused). */
function languageMix(state: SessionState, active: readonly PairState[]): FacilitatorView['languages'] {
  const mix: Record<string, number> = Object.fromEntries(SHIPPED_LANGUAGES.map((language) => [language, 0]));
  for (const pair of active) {
    const language = pairLanguage(state, pair);
    mix[language] = (mix[language] ?? 0) + 1;
  }
  return mix;
}
