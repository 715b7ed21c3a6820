/**
 * Cost of decide + evolve + view for a session of 1,000 pairs.
 * Run: npx tsx libs/session/bench/engine.bench.ts   (figures only, no assertions)
 */
import { performance } from 'node:perf_hooks';
import type { Agenda, MemberRole } from '@kindred/content';
import type { CommandInput } from '../src/protocol/commands';
import { parseCommand } from '../src/protocol/commands';
import type { VoteChoice } from '../src/protocol/values';
import type { Actor, PairActor } from '../src/engine/actors';
import type { SessionState } from '../src/engine/state';
import { decide } from '../src/engine/decide/decide';
import { evolve } from '../src/engine/evolve';
import { replay } from '../src/engine/replay';
import { facilitatorView } from '../src/engine/views/facilitator-view';
import { pairView } from '../src/engine/views/pair-view';
import { publicView } from '../src/engine/views/public-view';
import { anAgenda, openTextPoll, scalePoll, singleChoice } from '../src/testing/agenda-builder';
import { aSession, FACILITATOR, type SessionHarness } from '../src/testing/session-harness';

const PAIRS = 1000;

/** Nine topics of five segments, like the real curriculum. */
function workshopAgenda(): Agenda {
  const builder = anAgenda();
  for (let topic = 1; topic <= 9; topic += 1) {
    builder
      .topic(`topic-${topic}`)
      .withIntro(`t${topic}.intro`)
      .withPairTalk(`t${topic}.talk`)
      .withPrivateReveal(`t${topic}.reveal`)
      .withPoll(`t${topic}.poll`, topic % 3 === 0 ? openTextPoll() : topic % 3 === 1 ? singleChoice('a', 'b', 'c', 'd') : scalePoll, { audience: topic % 2 === 0 ? 'byRole' : 'everyone' })
      .withCommitment(`t${topic}.commit`);
    if (topic === 5) builder.withBreak('lunch');
  }
  return builder.build();
}

interface Row {
  operation: string;
  runs: number;
  meanUs: number;
  p50Us: number;
  p95Us: number;
}

const rows: Row[] = [];

/** `warmUp: false` where running the body would fill the views' caches and flatter the figure. */
function measure(operation: string, runs: number, body: (i: number) => void, { warmUp = true } = {}): void {
  if (warmUp) for (let i = 0; i < Math.min(50, runs); i += 1) body(i);
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    body(i);
    samples.push((performance.now() - start) * 1000);
  }
  samples.sort((a, b) => a - b);
  const mean = samples.reduce((sum, us) => sum + us, 0) / samples.length;
  rows.push({ operation, runs, meanUs: round(mean), p50Us: round(samples[Math.floor(runs / 2)] ?? 0), p95Us: round(samples[Math.floor(runs * 0.95)] ?? 0) });
}

function round(us: number): number {
  return Math.round(us * 10) / 10;
}

/** decide + evolve of one command against `state`, without keeping the result (so every run sees the same state). */
function decideEvolve(session: SessionHarness, state: SessionState, input: CommandInput, actor: Actor, now: number): SessionState {
  const parsed = parseCommand(input);
  if (!parsed.ok) throw new Error(parsed.message);
  const result = decide(state, parsed.command, actor, now, { voterKeyFor: session.voterKeyFor });
  if (!result.ok) throw new Error(`${input.type}: ${result.code}`);
  return result.events.reduce(evolve, state);
}

/** A plausible ballot for the poll of a topic (see `workshopAgenda`). */
function choiceFor(topic: number, i: number, role: MemberRole): VoteChoice {
  if (topic % 3 === 0) return { type: 'openText', text: `Idea ${i} from a ${role}` };
  if (topic % 3 === 1) return { type: 'single', optionId: 'abcd'[i % 4]! };
  return { type: 'scale', value: 1 + (i % 5) };
}

// ---- a busy session: 1,000 pairs, answers, commitments and votes everywhere ----
const setupStart = performance.now();
const session = aSession(workshopAgenda());
const pairs: PairActor[] = [];
for (let i = 0; i < PAIRS; i += 1) pairs.push(session.join(`Pair ${i}`));
session.start();
for (let topic = 1; topic <= 4; topic += 1) {
  session.goto(`t${topic}.reveal`);
  for (const pair of pairs) {
    for (const role of ['mother', 'son'] as MemberRole[]) session.must({ type: 'answer.submit', segmentId: `t${topic}.reveal`, role, answer: { type: 'text', text: `Answer of ${pair.pairId} ${role}` } }, pair);
    session.must({ type: 'answer.reveal', segmentId: `t${topic}.reveal` }, pair);
  }
  session.goto(`t${topic}.poll`);
  session.must({ type: 'poll.open', pollId: `t${topic}.poll` }, FACILITATOR);
  pairs.forEach((pair, i) => {
    for (const role of ['mother', 'son'] as MemberRole[]) session.must({ type: 'vote.cast', pollId: `t${topic}.poll`, role, choice: choiceFor(topic, i, role) }, pair);
  });
  session.must({ type: 'poll.reveal', pollId: `t${topic}.poll` }, FACILITATOR);
  session.goto(`t${topic}.commit`);
  for (const pair of pairs) session.must({ type: 'commitment.save', segmentId: `t${topic}.commit`, text: `We will try ${topic}` }, pair);
}
// Leave the session on an open poll with half the room having voted.
session.goto('t5.poll');
session.must({ type: 'poll.open', pollId: 't5.poll' }, FACILITATOR);
pairs.slice(0, PAIRS / 2).forEach((pair, i) => session.must({ type: 'vote.cast', pollId: 't5.poll', role: 'mother', choice: choiceFor(5, i, 'mother') }, pair));
session.must({ type: 'timer.start', segmentId: 't5.poll' }, FACILITATOR);
const setupMs = performance.now() - setupStart;

const state = session.state;
const now = session.now + 1000;
const someone = pairs[PAIRS - 1]!;
const voterKeys = session.voterKeysOf(someone);

// ---- commands (decide + evolve) ----
measure('vote.cast (decide+evolve, incl. HMAC)', 2000, (i) => {
  decideEvolve(session, state, { type: 'vote.cast', pollId: 't5.poll', role: i % 2 === 0 ? 'mother' : 'son', choice: choiceFor(5, i, 'son') }, pairs[i % PAIRS]!, now);
});
measure('segment.goto (decide+evolve)', 2000, (i) => {
  decideEvolve(session, state, { type: 'segment.goto', segmentId: i % 2 === 0 ? 't6.talk' : 't4.intro' }, FACILITATOR, now);
});
measure('timer.adjust +30 s (decide+evolve)', 2000, () => {
  decideEvolve(session, state, { type: 'timer.adjust', segmentId: 't5.poll', deltaMs: 30_000 }, FACILITATOR, now);
});
measure('timer.pause (decide+evolve)', 2000, () => {
  decideEvolve(session, state, { type: 'timer.pause', segmentId: 't5.poll' }, FACILITATOR, now);
});
const atReveal = decideEvolve(session, state, { type: 'segment.goto', segmentId: 't5.reveal' }, FACILITATOR, now);
measure('answer.submit (decide+evolve)', 2000, (i) => {
  decideEvolve(session, atReveal, { type: 'answer.submit', segmentId: 't5.reveal', role: 'son', answer: { type: 'text', text: 'My answer' } }, pairs[i % PAIRS]!, now);
});

// ---- views ----
// Views memoize what they derive from unchanged parts of the state (pair rows, counts,
// closed polls' results), so three cases: warm (same state again), after a change,
// and cold (a fresh copy of the state, as after a restart). Warm runs first so the
// code is JIT-compiled for the others, which run without warm-up.
measure('view public, warm', 2000, () => publicView(state));
measure('view facilitator, warm', 300, () => facilitatorView(state));
measure('view one pair, warm', 2000, () => pairView(state, someone.pairId, null, voterKeys));

const afterVote = pairs.slice(0, 500).map((pair, i) => decideEvolve(session, state, { type: 'vote.cast', pollId: 't5.poll', role: 'son', choice: choiceFor(5, i, 'son') }, pair, now));
measure('view public, after a vote', afterVote.length, (i) => publicView(afterVote[i]!), { warmUp: false });
measure('view facilitator, after a vote', afterVote.length, (i) => facilitatorView(afterVote[i]!), { warmUp: false });
const afterAnswer = pairs.slice(0, 500).map((pair) => decideEvolve(session, atReveal, { type: 'answer.submit', segmentId: 't5.reveal', role: 'son', answer: { type: 'text', text: 'My answer' } }, pair, now));
measure('view public, after an answer (recount)', afterAnswer.length, (i) => publicView(afterAnswer[i]!), { warmUp: false });
measure('view facilitator, after an answer (recount)', afterAnswer.length, (i) => facilitatorView(afterAnswer[i]!), { warmUp: false });
measure('view one pair, after its answer', afterAnswer.length, (i) => pairView(afterAnswer[i]!, pairs[i]!.pairId, 'son'), { warmUp: false });

const COLD_COPIES = 5;
const rebuilt = () => replay(session.log, session.ballots()); // as after a restart
const coldForPublic = Array.from({ length: COLD_COPIES }, rebuilt);
const coldForFacilitator = Array.from({ length: COLD_COPIES }, rebuilt);
measure('view public, cold', COLD_COPIES, (i) => publicView(coldForPublic[i]!), { warmUp: false });
measure('view facilitator (1,000 pairs), cold', COLD_COPIES, (i) => facilitatorView(coldForFacilitator[i]!), { warmUp: false });

const revealedStates = Array.from({ length: 20 }, () => decideEvolve(session, state, { type: 'poll.reveal', pollId: 't5.poll' }, FACILITATOR, now));
measure('view public, first after reveal (tallies 500 ballots)', 20, (i) => publicView(revealedStates[i]!), { warmUp: false });
measure('JSON.stringify(public view)', 2000, () => JSON.stringify(publicView(state)));
measure('JSON.stringify(facilitator view)', 100, () => JSON.stringify(facilitatorView(state)));

// ---- a whole vote as the gateway handles it: decide + evolve + public + facilitator + the pair ----
measure('vote end to end: decide+evolve+3 views', 1000, (i) => {
  const next = decideEvolve(session, state, { type: 'vote.cast', pollId: 't5.poll', role: 'son', choice: choiceFor(5, i, 'son') }, pairs[i % PAIRS]!, now);
  publicView(next);
  facilitatorView(next);
  pairView(next, pairs[i % PAIRS]!.pairId, null, voterKeys);
});

// ---- rebuild after a restart ----
const log = session.log;
const ballots = session.ballots();
measure(`replay (${log.length} events + ${ballots.length} ballots)`, 5, () => replay(log, ballots));

const sizes = {
  publicViewBytes: JSON.stringify(publicView(revealedStates[0]!)).length,
  facilitatorViewBytes: JSON.stringify(facilitatorView(state)).length,
  facilitatorPairRowsBytes: JSON.stringify(facilitatorView(state).pairs).length,
  facilitatorPollsBytes: JSON.stringify(facilitatorView(state).polls).length,
  pairViewBytes: JSON.stringify(pairView(state, someone.pairId, null, voterKeys)).length,
};

console.log(`Kindred engine benchmark: ${PAIRS} pairs, ${log.length} logged events, ${ballots.length} ballots (setup ${Math.round(setupMs)} ms)`);
console.log(`node ${process.version}, ${process.platform}/${process.arch}`);
console.table(rows);
console.log('view sizes (JSON bytes):', sizes);
