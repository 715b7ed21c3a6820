import type { MemberRole, PollSegment, PollSpec } from '@kindred/content';
import type { FacilitatorOpenTextAnswer, OpenTextAnswer, PollResults, PollTally, ResultGroup } from '../../protocol/views';
import type { Ballot, SessionState } from '../state';
import { lookup } from '../records';
import { pollBallots } from '../queries';
import { mapEntries, mapValues, type ShardEntry, type ShardedMap } from '../sharded-map';
import { memoizeWith } from '../memo';
import { answerIdFor } from '../voters';
import { wordCounts } from '../words/word-counts';

type KeyedBallot = ShardEntry<Ballot>;

/** Results as pairs and the projector see them: hidden answers left out, each group subject to k. */
export function publicPollResults(state: SessionState, poll: PollSegment): PollResults {
  return cachedResults(state, poll, 'public');
}

/** Results as the facilitator sees them: hidden answers kept and flagged, so they can be reviewed. */
export function facilitatorPollResults(state: SessionState, poll: PollSegment): PollResults<FacilitatorOpenTextAnswer> {
  return cachedResults(state, poll, 'facilitator') as PollResults<FacilitatorOpenTextAnswer>;
}

interface ResultsInput {
  poll: PollSegment;
  minGroupSize: number;
  hidden: ReadonlySet<string>;
  audience: 'public' | 'facilitator';
  /** The agenda's language, for the word cloud's stop words. */
  language: string;
}

// A poll's ballots map is replaced on every vote, so results are computed once per
// change (and once for good after closing), not once per view.
const resultsByBallots = memoizeWith(
  (input: ResultsInput) => [input.audience, input.poll.id, input.minGroupSize, input.language, ...input.hidden].join('\u0000'),
  (ballots: ShardedMap<Ballot>, input: ResultsInput): PollResults<OpenTextAnswer> => {
    const hidden = input.hidden;
    return input.audience === 'public'
      ? pollResults(ballots, input, (answerId, text) => (hidden.has(answerId) ? null : { answerId, text }))
      : pollResults(ballots, input, (answerId, text) => ({ answerId, text, hidden: hidden.has(answerId) }));
  },
);

function cachedResults(state: SessionState, poll: PollSegment, audience: ResultsInput['audience']): PollResults<OpenTextAnswer> {
  const hidden = new Set(lookup(state.polls, poll.id)?.hiddenAnswerIds ?? []);
  return resultsByBallots(pollBallots(state, poll.id), { poll, minGroupSize: state.minGroupSize, hidden, audience, language: state.agenda.language });
}

export function ballotCount(state: SessionState, pollId: string): number {
  return pollBallots(state, pollId).size;
}

export function roleCounts(state: SessionState, pollId: string): Record<MemberRole, number> {
  const counts = { mother: 0, son: 0 };
  for (const ballot of mapValues(pollBallots(state, pollId))) if (ballot.role !== null) counts[ballot.role] += 1;
  return counts;
}

function pollResults<A extends OpenTextAnswer>(
  pollBallotsMap: ShardedMap<Ballot>,
  input: ResultsInput,
  toAnswer: (answerId: string, text: string) => A | null,
): PollResults<A> {
  const { poll, minGroupSize, hidden, language } = input;
  // Ballots that don't fit the spec can only come from a corrupted store; they don't count.
  const ballots = mapEntries(pollBallotsMap).filter(([, ballot]) => ballot.choice.type === poll.poll.type);
  const group = (members: KeyedBallot[]): ResultGroup<A> =>
    members.length < minGroupSize
      ? { status: 'not-enough-answers', needed: minGroupSize }
      : { status: 'shown', tally: tally(poll.poll, members, toAnswer, { hidden, language, minGroupSize }) };
  if (poll.audience === 'byRole') {
    const mothers = ballots.filter(([, ballot]) => ballot.role === 'mother');
    const sons = ballots.filter(([, ballot]) => ballot.role === 'son');
    const results: PollResults<A> = { pollId: poll.id, audience: 'byRole', mother: group(mothers), son: group(sons) };
    // A small room: neither group reaches k alone, the room does. Only then, so a shown
    // role group can never be subtracted from the combined one.
    if (mothers.length < minGroupSize && sons.length < minGroupSize && mothers.length + sons.length >= minGroupSize) {
      results.combined = group([...mothers, ...sons]);
    }
    return results;
  }
  return { pollId: poll.id, audience: 'everyone', everyone: group(ballots) };
}

function tally<A extends OpenTextAnswer>(
  spec: PollSpec,
  ballots: KeyedBallot[],
  toAnswer: (answerId: string, text: string) => A | null,
  cloud: { hidden: ReadonlySet<string>; language: string; minGroupSize: number },
): PollTally<A> {
  const ballotCount = ballots.length;
  switch (spec.type) {
    case 'single':
    case 'multiple': {
      const counts = new Map(spec.options.map((option) => [option.id, 0]));
      for (const [, { choice }] of ballots) {
        const chosen = choice.type === 'single' ? [choice.optionId] : choice.type === 'multiple' ? choice.optionIds : [];
        for (const optionId of chosen) {
          const count = counts.get(optionId);
          if (count !== undefined) counts.set(optionId, count + 1);
        }
      }
      return { type: spec.type, ballotCount, options: [...counts].map(([optionId, count]) => ({ optionId, count })) };
    }
    case 'scale': {
      const distribution: { value: number; count: number }[] = [];
      for (let value = spec.min; value <= spec.max; value += 1) distribution.push({ value, count: 0 });
      let sum = 0;
      for (const [, { choice }] of ballots) {
        if (choice.type !== 'scale') continue;
        const bucket = distribution.find((entry) => entry.value === choice.value);
        if (bucket) bucket.count += 1;
        sum += choice.value;
      }
      return { type: 'scale', ballotCount, distribution, mean: ballotCount === 0 ? 0 : Math.round((sum / ballotCount) * 100) / 100 };
    }
    case 'openText': {
      // Ordered by voter key, an HMAC: the order says nothing about who wrote what, or when.
      const sorted = [...ballots].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      const answers: A[] = [];
      const shownTexts: string[] = [];
      for (const [voterKey, { choice }] of sorted) {
        if (choice.type !== 'openText') continue;
        const answerId = answerIdFor(voterKey);
        const answer = toAnswer(answerId, choice.text);
        if (answer) answers.push(answer);
        if (!cloud.hidden.has(answerId)) shownTexts.push(choice.text);
      }
      // Every audience's cloud is the room's: built from the answers the projector shows,
      // and only from k of them or more (hiding answers can bring a group under k).
      const words = shownTexts.length >= cloud.minGroupSize ? wordCounts(shownTexts, cloud.language) : [];
      return { type: 'openText', ballotCount, answers, words };
    }
    default: {
      const _exhaustive: never = spec;
      return _exhaustive;
    }
  }
}
