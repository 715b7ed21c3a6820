import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { MemberRole } from '@kindred/content';
import { remainingAt, type TimerStartMode, type TimerState } from '../protocol/timer';
import type { CommandInput } from '../protocol/commands';
import type { Actor } from './actors';
import type { SessionState } from './state';
import { aSession, SYSTEM, type SessionHarness } from '../testing/session-harness';
import { expandStep, materialize, pairIdOf, PAIR_SLOTS, resolveActor, stepsArbitrary, type Step } from '../testing/command-arbitraries';
import { findSegment, plannedMs } from './agenda-index';
import { replay } from './replay';
import { facilitatorView } from './views/facilitator-view';
import { pairView, pairViewsMayDiffer } from './views/pair-view';
import { publicView } from './views/public-view';
import { pairVoterIdentities, votesPerMember, type PairVoterKey } from './voters';
import type { PairBallotView } from '../protocol/views';
import { deepFreeze } from '../testing/deep-freeze';
import { getPair, pollBallots } from './queries';
import { mapValues } from './sharded-map';

const RUNS = Number(process.env['FC_RUNS'] ?? 100);
const MEMBERS: (MemberRole | null)[] = [null, 'mother', 'son'];

/** What the test remembers independently of the engine, to check the engine against. */
interface Model {
  answers: { pairId: string; segmentId: string; role: MemberRole; text: string }[];
  commitments: { pairId: string; segmentId: string; text: string }[];
  openTexts: { pollId: string; text: string }[];
  /** pollId → voter identity → last choice (JSON). */
  voters: Map<string, Map<string, string>>;
  /** Each pair's devices as the test follows them from accepted device commands. */
  devices: Map<string, ModelDevices>;
  /** `pairId/pollId` where a member voted on their own phone: no shared device may show that choice. */
  memberVotes: Set<string>;
}

type ModelDevices = { mode: 'shared'; credential: string | null } | { mode: 'split'; mother: string; son: string; asked: MemberRole[] };

/** The credential the model says may act for this device, or undefined when none may. */
function modelCredential(model: Model, pairId: string, member: MemberRole | null): string | null | undefined {
  const devices = model.devices.get(pairId) ?? { mode: 'shared', credential: null };
  if (devices.mode === 'shared') return member === null ? devices.credential : undefined;
  return member === null ? undefined : devices[member];
}

/** How often the random sequences reached each device change, so the test can't pass by never trying. */
const reached = { split: 0, replaced: 0, merged: 0, staleRefused: 0, unchangedViews: 0, ownVoteTexts: 0, ownBallots: 0 };

function run(steps: Step[], minGroupSize: number, timerStart: TimerStartMode = 'manual'): void {
  const session = aSession(undefined, { minGroupSize, timerStart });
  const model: Model = { answers: [], commitments: [], openTexts: [], voters: new Map(), devices: new Map(), memberVotes: new Set() };
  let serial = 0;
  for (const step of steps) {
    for (const action of expandStep(session.state, step)) {
      serial += 1;
      const before = deepFreeze(session.state); // decide and evolve never mutate a state: writing would throw
      const outcome = perform(session, action, serial);
      countDeviceChanges(before, session.state, action, outcome);
      if (outcome) checkCredential(model, outcome);
      if (outcome) record(model, before, outcome);
      checkTimer(before, session.state, outcome, session.now);
      checkBallots(session.state, model);
      checkViews(session.state, model);
      checkUnchangedPairViews(before, session.state);
    }
  }
  assert.deepEqual(replay(session.log, session.ballots()), session.state);
  assert.deepEqual(replay(session.log, [...session.ballots()].reverse()), session.state);
}

interface Accepted {
  command: CommandInput;
  actor: Actor;
  now: number;
}

function perform(session: SessionHarness, step: Step, serial: number): Accepted | null {
  if (step.kind !== 'command' && step.kind !== 'expireDue') return null; // macros are expanded before
  if (step.kind === 'expireDue') {
    const timer = session.state.timer;
    if (timer.status !== 'running' || session.state.currentSegmentId === null) return null;
    session.now = Math.max(session.now, timer.endsAt);
    const command: CommandInput = { type: 'timer.expire', segmentId: session.state.currentSegmentId };
    return session.send(command, SYSTEM).ok ? { command, actor: SYSTEM, now: session.now } : null;
  }
  const actor = resolveActor(step.actor, session.state);
  const command = materialize(step.command, actor, session.state, serial);
  const result = session.send(command, actor, step.advanceMs);
  return result.ok ? { command, actor, now: session.now } : null;
}

function countDeviceChanges(before: SessionState, after: SessionState, action: Step, outcome: Accepted | null): void {
  for (const event of after === before ? [] : mapValues(after.pairs)) {
    const was = getPair(before, event.pairId)?.devices;
    if (!was || was === event.devices) continue;
    if (was.mode === 'shared' && event.devices.mode === 'split') reached.split += 1;
    else if (was.mode === 'split' && event.devices.mode === 'shared') reached.merged += 1;
    else if (was.mode === 'split' && event.devices.mode === 'split' && (was.mother !== event.devices.mother || was.son !== event.devices.son)) reached.replaced += 1;
  }
  if (!outcome && action.kind === 'command' && action.actor.kind === 'pair' && action.actor.device !== 'current') reached.staleRefused += 1;
}

/** Only a credential the pair currently holds for that device can act: never a replaced one, the shared one once split, or a claimed member. */
function checkCredential(model: Model, { command, actor }: Accepted): void {
  if (actor.kind !== 'pair' || command.type === 'pair.join') return;
  assert.equal(actor.credential ?? null, modelCredential(model, actor.pairId, actor.member), `${command.type} accepted from a credential the pair does not hold`);
}

function record(model: Model, before: SessionState, { command, actor }: Accepted): void {
  if (actor.kind !== 'pair') return;
  switch (command.type) {
    case 'devices.add': {
      const devices = model.devices.get(actor.pairId) ?? { mode: 'shared', credential: null };
      if (devices.mode === 'shared') {
        const other: MemberRole = command.role === 'mother' ? 'son' : 'mother';
        const split = { [command.role]: command.credential, [other]: command.keep } as Record<MemberRole, string>;
        model.devices.set(actor.pairId, { mode: 'split', mother: split.mother, son: split.son, asked: [] });
      } else {
        model.devices.set(actor.pairId, { ...devices, [command.role]: command.credential, asked: [] });
      }
      break;
    }
    case 'devices.merge': {
      const devices = model.devices.get(actor.pairId);
      if (devices?.mode !== 'split' || actor.member === null) throw new Error('a merge was accepted for a pair that is not split');
      const asked = devices.asked.includes(actor.member) ? devices.asked : [...devices.asked, actor.member];
      model.devices.set(actor.pairId, asked.length === 2 ? { mode: 'shared', credential: command.credential } : { ...devices, asked });
      break;
    }
    case 'answer.submit':
      if (command.answer.type === 'text') model.answers.push({ pairId: actor.pairId, segmentId: command.segmentId, role: command.role, text: command.answer.text });
      break;
    case 'commitment.save':
      model.commitments.push({ pairId: actor.pairId, segmentId: command.segmentId, text: command.text });
      break;
    case 'vote.cast': {
      const entry = findSegment(before.agenda, command.pollId);
      if (entry?.segment.kind !== 'poll') throw new Error('a vote was accepted for something that is not a poll');
      const role = votesPerMember(entry.segment) ? (actor.member ?? command.role ?? 'missing') : 'pair';
      if (actor.member !== null && votesPerMember(entry.segment)) model.memberVotes.add(`${actor.pairId}/${command.pollId}`);
      const voters = model.voters.get(command.pollId) ?? new Map<string, string>();
      voters.set(`${actor.pairId}/${role}`, JSON.stringify(command.choice));
      model.voters.set(command.pollId, voters);
      if (command.choice.type === 'openText') model.openTexts.push({ pollId: command.pollId, text: command.choice.text });
      break;
    }
    default:
      break;
  }
}

/** One counted ballot per voter per poll, holding that voter's last choice. */
function checkBallots(state: SessionState, model: Model): void {
  for (const [pollId, voters] of model.voters) {
    const ballots = mapValues(pollBallots(state, pollId));
    assert.equal(ballots.length, voters.size, `one ballot per voter in ${pollId}`);
    assert.deepEqual(ballots.map((ballot) => JSON.stringify(ballot.choice)).sort(), [...voters.values()].sort());
  }
  for (const pollId of Object.keys(state.ballots)) assert.equal(model.voters.has(pollId), true);
}

function checkTimer(before: SessionState, after: SessionState, accepted: Accepted | null, now: number): void {
  const remaining = remainingAt(after.timer, now);
  assert.ok(remaining >= 0);
  assert.ok(remainingAt(after.timer, now + 1_000_000) >= 0);
  if (after.timer.status === 'idle' || after.timer.status === 'paused') assert.ok(after.timer.remainingMs >= 0);
  const was = remainingAt(before.timer, now);
  if (after.currentSegmentId !== before.currentSegmentId) {
    const planned = plannedMs(findSegment(after.agenda, after.currentSegmentId ?? '')!.segment);
    // Opening a step starts its timer only when the session says so.
    if (after.timerStart === 'onOpen' && planned > 0) assert.deepEqual(after.timer, { status: 'running', durationMs: planned, endsAt: now + planned });
    else assert.deepEqual(after.timer, { status: 'idle', durationMs: planned, remainingMs: planned });
    return;
  }
  switch (accepted?.command.type) {
    case 'timer.start':
    case 'timer.resume':
      assert.equal(remaining, remainingOf(before.timer));
      assert.equal(after.timer.status, remaining === 0 ? 'expired' : 'running');
      break;
    case 'timer.pause':
      assert.equal(remaining, was);
      break;
    case 'timer.adjust': {
      const delta = accepted.command.deltaMs;
      assert.equal(remaining, before.timer.status === 'expired' ? delta : Math.max(0, was + delta));
      break;
    }
    case 'timer.reset': {
      const entry = findSegment(after.agenda, accepted.command.segmentId);
      assert.deepEqual(after.timer, { status: 'idle', durationMs: plannedMs(entry!.segment), remainingMs: plannedMs(entry!.segment) });
      break;
    }
    default:
      // Nothing else touches the time left (an expiry or the end only freezes it).
      assert.equal(remaining, was);
  }
}

function remainingOf(timer: TimerState): number {
  return timer.status === 'idle' || timer.status === 'paused' ? timer.remainingMs : 0;
}

const TAG = /«([ACV])\|([^|»]+)\|([^»]*)»/g;

/** The tagged private texts (see `materialize`) found in a serialized view. */
function tagsIn(json: string): string[] {
  return [...json.matchAll(TAG)].map((match) => match[0]);
}

/** The keys the harness casts votes under, so the pair views really find their ballots. */
const castKeyFor = aSession().voterKeyFor;

/** The voter keys the transport hands a device of this member (or the shared device). */
function voterKeysFor(state: SessionState, pairId: string, member: MemberRole | null): PairVoterKey[] {
  return pairVoterIdentities(state, pairId, member).map((identity) => ({ pollId: identity.pollId, role: identity.role, voterKey: castKeyFor(identity) }));
}

/**
 * A member's phone sees only its own ballot; a shared device never sees the choice of a
 * member who voted on their own phone (a pair that merged back).
 */
function checkOwnBallots(state: SessionState, model: Model, pairId: string, member: MemberRole | null, ballot: PairBallotView | null): void {
  if (!ballot) return;
  if (ballot.voters.some((voter) => voter.voted)) reached.ownBallots += 1;
  for (const voter of ballot.voters) {
    if (member !== null) assert.ok(voter.role === null || voter.role === member, 'a member view lists only its own ballot');
    if (member === null && voter.role !== null && model.memberVotes.has(`${pairId}/${ballot.pollId}`)) assert.equal(voter.choice, null, 'a shared view never shows a choice made on a member phone');
  }
}

/** When `pairViewsMayDiffer` says no, the broadcaster sends no pair a view: every one must indeed be the same but for its seq. */
function checkUnchangedPairViews(before: SessionState, after: SessionState): void {
  if (before === after || pairViewsMayDiffer(before, after)) return;
  reached.unchangedViews += 1;
  for (let slot = 0; slot < PAIR_SLOTS; slot += 1) {
    const pairId = pairIdOf(slot);
    for (const member of MEMBERS) {
      const then = pairView(before, pairId, member, voterKeysFor(before, pairId, member));
      const now = pairView(after, pairId, member, voterKeysFor(after, pairId, member));
      assert.deepEqual(now === null ? null : { ...now, seq: 0 }, then === null ? null : { ...then, seq: 0 }, 'a pair view changed where pairViewsMayDiffer said none could');
    }
  }
}

function checkViews(state: SessionState, model: Model): void {
  const publicJson = JSON.stringify(publicView(state));
  const facilitator = facilitatorView(state);
  const facilitatorJson = JSON.stringify(facilitator);
  const pairViews: { pairId: string; member: MemberRole | null; json: string; tags: Set<string> }[] = [];
  for (let slot = 0; slot < PAIR_SLOTS; slot += 1) {
    const pairId = pairIdOf(slot);
    for (const member of MEMBERS) {
      const v = pairView(state, pairId, member, voterKeysFor(state, pairId, member));
      if (v) {
        checkOwnBallots(state, model, pairId, member, v.ballot);
        const json = JSON.stringify(v);
        pairViews.push({ pairId, member, json, tags: new Set(tagsIn(json)) });
      }
    }
  }

  // Nothing in the public view names a pair.
  for (const pair of mapValues(state.pairs)) {
    assert.ok(!publicJson.includes(pair.pairId), "the public view names no pair");
    assert.ok(!publicJson.includes(JSON.stringify(pair.name)), "the public view names no pair");
  }

  // No answer or commitment text in the public or facilitator views, ever.
  assert.deepEqual(tagsIn(publicJson).filter((tag) => !tag.startsWith('«V')), []);
  assert.deepEqual(tagsIn(facilitatorJson).filter((tag) => !tag.startsWith('«V')), []);

  // In pair views, a text shows exactly where it may: its own pair, its own member's phone
  // until revealed, only while it is the current answer (a replaced answer is gone).
  const allowed = (pairId: string, member: MemberRole | null): Set<string> => {
    const texts = new Set<string>();
    const pair = getPair(state, pairId);
    if (!pair) return texts;
    for (const answers of Object.values(pair.answers)) {
      for (const role of ['mother', 'son'] as const) {
        const value = answers[role]?.value;
        // Unrevealed: only on that member's own phone, and only what the phone holding that member's credential now wrote.
        const ownPhone = modelCredential(model, pairId, role);
        const own = member === role && typeof ownPhone === 'string' && answers[role]?.credential === ownPhone;
        if (value?.type === 'text' && (answers.revealedAt !== null || own)) texts.add(value.text);
      }
    }
    for (const commitment of Object.values(pair.commitments)) texts.add(commitment.text);
    return texts;
  };
  // A vote's open text shows only on its own pair's devices, in the current poll, as that
  // voter's latest choice; a member's phone shows only its own member's (see checkOwnBallots).
  const currentPoll = state.currentSegmentId !== null && findSegment(state.agenda, state.currentSegmentId)?.segment.kind === 'poll' ? state.currentSegmentId : null;
  const ownVoteTexts = (pairId: string, member: MemberRole | null): Set<string> => {
    const texts = new Set<string>();
    const voters = currentPoll === null ? undefined : model.voters.get(currentPoll);
    for (const role of member !== null ? [member] : ['mother', 'son', 'pair']) {
      const choice = voters?.get(`${pairId}/${role}`);
      const parsed = choice === undefined ? null : (JSON.parse(choice) as { type: string; text?: string });
      if (parsed?.type === 'openText' && parsed.text !== undefined) texts.add(parsed.text);
    }
    return texts;
  };
  for (const { pairId, member, tags } of pairViews) {
    const votes = [...tags].filter((tag) => tag.startsWith('«V'));
    const others = [...tags].filter((tag) => !tag.startsWith('«V'));
    assert.deepEqual({ pairId, member, tags: others.sort() }, { pairId, member, tags: [...allowed(pairId, member)].sort() });
    const mayShow = ownVoteTexts(pairId, member);
    for (const tag of votes) assert.ok(mayShow.has(tag), `a vote's text (${tag}) shows on ${pairId}/${member ?? 'shared'}, which did not cast it in the current poll`);
    if (votes.length > 0) reached.ownVoteTexts += 1;
  }
  // Every text the pairs ever wrote is accounted for by the rules above (none slipped in from elsewhere).
  const everWritten = new Set([...model.answers.map((a) => a.text), ...model.commitments.map((c) => c.text), ...model.openTexts.map((o) => o.text)]);
  for (const { tags } of pairViews) for (const tag of tags) assert.equal(everWritten.has(tag), true);

  // Poll results: never in pair views; in the public view only once revealed and with k ballots.
  for (const { json } of pairViews) assert.ok(!json.includes('"tally"'));
  const step = publicView(state).step;
  if (step.kind === 'poll') {
    if (step.status !== 'revealed') assert.equal(step.results, null);
    const results = step.results;
    if (results) {
      const ballots = mapValues(pollBallots(state, step.pollId));
      const groups = results.audience === 'everyone' ? [{ group: results.everyone, count: ballots.length }] : (['mother', 'son'] as const).map((role) => ({ group: results[role], count: ballots.filter((b) => b.role === role).length }));
      for (const { group, count } of groups) assert.equal(group.status === 'shown', count >= state.minGroupSize);
      // The small-room fallback: one combined group, only when no role group is shown and the room reaches k.
      if (results.audience === 'byRole') {
        const small = groups.every(({ count }) => count < state.minGroupSize) && ballots.length >= state.minGroupSize;
        assert.equal(results.combined !== undefined, small);
        if (results.combined) assert.equal(results.combined.status, 'shown');
      }
      // A word cloud only ever comes with a shown group of open texts.
      for (const group of [...groups.map((g) => g.group), ...(results.audience === 'byRole' && results.combined ? [results.combined] : [])]) {
        if (group.status === 'shown' && group.tally.type === 'openText' && group.tally.words.length > 0) assert.ok(group.tally.answers.length >= state.minGroupSize);
      }
    }
  }
  const openTextPoll = new Map(model.openTexts.map(({ pollId, text }) => [text, pollId]));
  for (const tag of tagsIn(publicJson)) {
    const pollId = openTextPoll.get(tag);
    assert.deepEqual({ tag, pollId, status: state.polls[pollId ?? '']?.status }, { tag, pollId: state.currentSegmentId, status: 'revealed' });
  }
  for (const tag of tagsIn(facilitatorJson)) assert.ok((['closed', 'revealed'] as readonly unknown[]).includes(state.polls[openTextPoll.get(tag) ?? '']?.status));

  // The facilitator's pair rows never mention a poll: who voted is not theirs to know.
  for (const row of facilitator.pairs) for (const pollId of Object.keys(state.ballots)) assert.ok(!JSON.stringify(row).includes(pollId), "no vote in pair rows");
}

describe('the engine under random command sequences', () => {
  it('keeps every invariant (k = 3)', () => {
    const base = aSession().state;
    fc.assert(fc.property(stepsArbitrary(base), (steps) => run(steps, 3)), { numRuns: RUNS });
  });

  it('keeps every invariant with timers that start as each step opens', () => {
    const base = aSession().state;
    fc.assert(fc.property(stepsArbitrary(base), (steps) => run(steps, 3, 'onOpen')), { numRuns: Math.ceil(RUNS / 2) });
  });

  it('reaches splits, replaced phones, merges and refused old credentials', () => {
    expect(reached.split).toBeGreaterThan(0);
    expect(reached.replaced).toBeGreaterThan(0);
    expect(reached.merged).toBeGreaterThan(0);
    expect(reached.staleRefused).toBeGreaterThan(0);
    // Changes that needed no pair view rendered (steps, timers) were checked against the views.
    expect(reached.unchangedViews).toBeGreaterThan(0);
    // Pair views did show their own ballots and vote texts, so the rules on them were exercised.
    expect(reached.ownBallots).toBeGreaterThan(0);
    expect(reached.ownVoteTexts).toBeGreaterThan(0);
  });

  it('keeps every invariant with k = 1, where results show as soon as anyone votes', () => {
    const base = aSession().state;
    fc.assert(fc.property(stepsArbitrary(base), (steps) => run(steps, 1)), { numRuns: Math.ceil(RUNS / 2) });
  });

  it('a vote counts once however many times a voter retries it', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 2 }), fc.constantFrom('a', 'b', 'c')), { minLength: 1, maxLength: 30 }), (votes) => {
        const session = aSession().start('poll-multi'); // one ballot per pair
        const pairs = session.withPairs(3);
        session.must({ type: 'poll.open', pollId: 'poll-multi' }, { kind: 'facilitator', facilitatorId: 'fac-1' });
        for (const [slot, optionId] of votes) session.must({ type: 'vote.cast', pollId: 'poll-multi', choice: { type: 'multiple', optionIds: [optionId] } }, pairs[slot]!);
        const distinctVoters = new Set(votes.map(([slot]) => slot)).size;
        expect(pollBallots(session.state, 'poll-multi').size).toBe(distinctVoters);
        expect(publicView(session.state).step).toMatchObject({ ballotCount: distinctVoters });
      }),
      { numRuns: RUNS },
    );
  });

  it('the timer is right across any pause, resume and adjustment', () => {
    const op = fc.oneof(
      fc.record({ kind: fc.constantFrom('pause' as const, 'resume' as const), wait: fc.integer({ min: 0, max: 90_000 }) }),
      fc.record({ kind: fc.constant('adjust' as const), wait: fc.integer({ min: 0, max: 90_000 }), deltaMs: fc.integer({ min: -120_000, max: 120_000 }).filter((d) => d !== 0) }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 25 }), (ops) => {
        const session = aSession().start(); // intro: 60 s
        const facilitator: Actor = { kind: 'facilitator', facilitatorId: 'fac-1' };
        session.must({ type: 'timer.start', segmentId: 'intro' }, facilitator);
        // Reference model: time left only shrinks while running, and by exactly the adjustments.
        let left = 60_000;
        let running = true;
        for (const { kind, wait, ...rest } of ops) {
          session.now += wait;
          if (running) left = Math.max(0, left - wait);
          const result =
            kind === 'adjust'
              ? session.send({ type: 'timer.adjust', segmentId: 'intro', deltaMs: (rest as { deltaMs: number }).deltaMs }, facilitator)
              : session.send({ type: `timer.${kind}`, segmentId: 'intro' }, facilitator);
          if (result.ok) {
            if (kind === 'pause') running = left > 0 ? false : running;
            if (kind === 'resume') running = true;
            if (kind === 'adjust') {
              const delta = (rest as { deltaMs: number }).deltaMs;
              if (session.state.timer.status === 'running' && left === 0 && delta > 0) running = true;
              left = Math.max(0, left + delta);
            }
          }
          expect(remainingAt(session.state.timer, session.now)).toBe(left);
          if (left === 0 && running) {
            expect(['running', 'expired']).toContain(session.state.timer.status);
            running = session.state.timer.status === 'running';
          }
        }
      }),
      { numRuns: RUNS },
    );
  });
});
