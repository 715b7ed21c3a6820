import { COMMAND_SENDERS, COMMAND_TYPES } from '../protocol/commands';
import { createSession } from './create-session';
import { decide } from './decide/decide';
import { anAgenda } from '../testing/agenda-builder';
import { aSession, FACILITATOR, PROJECTOR, SYSTEM, T0 } from '../testing/session-harness';
import type { Command } from '../protocol/commands';

// A syntactically valid example of every command, to probe authorization.
const EXAMPLES: Record<Command['type'], Command> = {
  'session.start': { type: 'session.start' },
  'session.end': { type: 'session.end' },
  'session.lock': { type: 'session.lock' },
  'session.unlock': { type: 'session.unlock' },
  'pair.remove': { type: 'pair.remove', pairId: 'pair-1' },
  'segment.goto': { type: 'segment.goto', segmentId: 'talk' },
  'timer.start': { type: 'timer.start', segmentId: 'intro' },
  'timer.pause': { type: 'timer.pause', segmentId: 'intro' },
  'timer.resume': { type: 'timer.resume', segmentId: 'intro' },
  'timer.adjust': { type: 'timer.adjust', segmentId: 'intro', deltaMs: 1000 },
  'timer.reset': { type: 'timer.reset', segmentId: 'intro' },
  'timer.expire': { type: 'timer.expire', segmentId: 'intro' },
  'poll.open': { type: 'poll.open', pollId: 'poll-single' },
  'poll.close': { type: 'poll.close', pollId: 'poll-single' },
  'poll.reveal': { type: 'poll.reveal', pollId: 'poll-single' },
  'poll.hideAnswer': { type: 'poll.hideAnswer', pollId: 'poll-open', answerId: 'x' },
  'reveal.end': { type: 'reveal.end', segmentId: 'reveal-text' },
  'pair.join': { type: 'pair.join', name: 'New', members: { mother: null, son: null } },
  'pair.rename': { type: 'pair.rename', name: 'Renamed', pairId: 'pair-1' },
  'pair.setMembers': { type: 'pair.setMembers', members: { mother: 'A', son: 'B' } },
  'pair.setWords': { type: 'pair.setWords', words: { carer: { preset: 'gran' }, ageBand: 'adult' } },
  'answer.submit': { type: 'answer.submit', segmentId: 'reveal-text', role: 'son', answer: { type: 'text', text: 'x' } },
  'answer.reveal': { type: 'answer.reveal', segmentId: 'reveal-text' },
  'vote.cast': { type: 'vote.cast', pollId: 'poll-single', role: 'son', choice: { type: 'single', optionId: 'a' } },
  'commitment.save': { type: 'commitment.save', segmentId: 'commit', text: 'x' },
  'devices.add': { type: 'devices.add', role: 'son', credential: 'c-new', keep: 'c-kept' },
  'devices.merge': { type: 'devices.merge', credential: 'c-merged' },
  'handout.share': { type: 'handout.share', shared: true },
  'pair.readmit': { type: 'pair.readmit', pairId: 'pair-1' },
  'topic.note': { type: 'topic.note', sectionId: 'sec-1', note: 'Ran long' },
  'pair.setLanguage': { type: 'pair.setLanguage', language: 'es' },
  'session.setProjectorLanguages': { type: 'session.setProjectorLanguages', languages: ['es', 'en'] },
};

describe('createSession', () => {
  const agenda = anAgenda().withIntro('intro').build();

  it('produces SessionCreated with k = 3 by default', () => {
    const result = createSession({ sessionId: 's', code: 'ABC234', agenda, createdAt: T0, facilitatorId: 'f' });
    expect(result).toEqual({
      ok: true,
      events: [{ type: 'SessionCreated', sessionId: 's', code: 'ABC234', agenda, createdAt: T0, minGroupSize: 3, facilitatorId: 'f', timerStart: 'manual' }],
    });
  });

  it('refuses an agenda without segments or with a repeated segment id', () => {
    const empty = anAgenda().topic('t').build();
    const repeated = anAgenda().withIntro('x').withPairTalk('x').build();
    expect(createSession({ sessionId: 's', code: 'c', agenda: empty, createdAt: T0, facilitatorId: 'f' })).toMatchObject({ ok: false, code: 'session/invalid-agenda' });
    expect(createSession({ sessionId: 's', code: 'c', agenda: repeated, createdAt: T0, facilitatorId: 'f' })).toMatchObject({ ok: false, code: 'session/invalid-agenda' });
  });

  it('refuses a minimum group size below 1', () => {
    expect(createSession({ sessionId: 's', code: 'c', agenda, createdAt: T0, facilitatorId: 'f', minGroupSize: 0 })).toMatchObject({ ok: false, code: 'payload/invalid' });
  });

  it('starts in the lobby, open for joins', () => {
    const session = aSession();
    expect(session.state).toMatchObject({ phase: 'lobby', locked: false, seq: 1, currentSegmentId: null });
  });
});

describe('authorization', () => {
  const types = COMMAND_TYPES;

  it.each(types)('a projector may not send %s', (type) => {
    const session = aSession();
    session.withPairs(1);
    expect(decide(session.state, EXAMPLES[type], PROJECTOR, T0)).toMatchObject({ ok: false, code: 'auth/forbidden' });
  });

  it.each(types.filter((type) => COMMAND_SENDERS[type] === 'facilitator' || COMMAND_SENDERS[type] === 'system'))('a pair may not send %s', (type) => {
    const session = aSession();
    const [pair] = session.withPairs(1);
    expect(decide(session.state, EXAMPLES[type], pair!, T0)).toMatchObject({ ok: false, code: 'auth/forbidden' });
  });

  it.each(types.filter((type) => COMMAND_SENDERS[type] === 'pair' || COMMAND_SENDERS[type] === 'system'))('the facilitator may not send %s', (type) => {
    const session = aSession();
    session.withPairs(1);
    expect(decide(session.state, EXAMPLES[type], FACILITATOR, T0)).toMatchObject({ ok: false, code: 'auth/forbidden' });
  });

  it.each(types.filter((type) => type !== 'timer.expire' && type !== 'session.end'))('the system may not send %s', (type) => {
    const session = aSession();
    expect(decide(session.state, EXAMPLES[type], SYSTEM, T0)).toMatchObject({ ok: false, code: 'auth/forbidden' });
  });

  it('the system may end a session (the idle sweep), with the same effects as the facilitator ending it', () => {
    const bySystem = aSession().start('poll-single');
    bySystem.must({ type: 'poll.open', pollId: 'poll-single' }, FACILITATOR);
    const byFacilitator = aSession().start('poll-single');
    byFacilitator.must({ type: 'poll.open', pollId: 'poll-single' }, FACILITATOR);
    const events = bySystem.must({ type: 'session.end' }, SYSTEM, 1000);
    expect(events).toEqual(byFacilitator.must({ type: 'session.end' }, FACILITATOR, 1000));
    expect(events.map((event) => event.type)).toEqual(['PollClosed', 'SessionEnded']);
    expect(bySystem.state.phase).toBe('ended');
    expect(bySystem.send({ type: 'session.end' }, SYSTEM)).toMatchObject({ ok: false, code: 'session/ended' });
  });

  it('another facilitator may not drive the session', () => {
    const session = aSession();
    expect(decide(session.state, EXAMPLES['session.start'], { kind: 'facilitator', facilitatorId: 'someone-else' }, T0)).toMatchObject({ ok: false, code: 'auth/forbidden' });
  });

  it('a pair that never joined is unknown', () => {
    const session = aSession().start();
    expect(session.send({ type: 'pair.setMembers', members: {} }, { kind: 'pair', pairId: 'ghost', member: null })).toMatchObject({ ok: false, code: 'auth/unknown-pair' });
  });
});

describe('session lifecycle', () => {
  it('starts at the first segment and records the start', () => {
    const session = aSession();
    const events = session.must({ type: 'session.start' }, FACILITATOR, 5000);
    expect(events).toEqual([{ type: 'SessionStarted', at: T0 + 5000 }, { type: 'SegmentEntered', segmentId: 'intro', at: T0 + 5000 }]);
    expect(session.state).toMatchObject({ phase: 'running', startedAt: T0 + 5000, currentSegmentId: 'intro' });
  });

  it('can start at a chosen segment', () => {
    const session = aSession().start('poll-single');
    expect(session.state.currentSegmentId).toBe('poll-single');
  });

  it('refuses to start twice or at an unknown segment', () => {
    expect(aSession().send({ type: 'session.start', segmentId: 'nope' }, FACILITATOR)).toMatchObject({ ok: false, code: 'session/unknown-segment' });
    expect(aSession().start().send({ type: 'session.start' }, FACILITATOR)).toMatchObject({ ok: false, code: 'session/wrong-phase' });
  });

  it('ends, closing the open visit and the open poll and freezing the timer', () => {
    const session = aSession().start('poll-single');
    session.must({ type: 'poll.open', pollId: 'poll-single' }, FACILITATOR);
    session.must({ type: 'timer.start', segmentId: 'poll-single' }, FACILITATOR);
    const events = session.must({ type: 'session.end' }, FACILITATOR, 10_000);
    expect(events.map((event) => event.type)).toEqual(['PollClosed', 'SessionEnded']);
    expect(session.state.phase).toBe('ended');
    expect(session.state.visits.at(-1)?.endedAt).toBe(T0 + 10_000);
    expect(session.state.timer).toEqual({ status: 'paused', durationMs: 120_000, remainingMs: 110_000 });
  });

  it('can end from the lobby', () => {
    const session = aSession();
    session.must({ type: 'session.end' }, FACILITATOR);
    expect(session.state.phase).toBe('ended');
  });

  it('refuses everything once ended', () => {
    const session = aSession().start();
    session.must({ type: 'session.end' }, FACILITATOR);
    expect(session.send({ type: 'segment.goto', segmentId: 'talk' }, FACILITATOR)).toMatchObject({ ok: false, code: 'session/ended' });
    expect(session.send({ type: 'session.end' }, FACILITATOR)).toMatchObject({ ok: false, code: 'session/ended' });
    expect(session.send({ type: 'pair.join', name: 'Late', members: {} }, { kind: 'pair', pairId: 'late', member: null })).toMatchObject({ ok: false, code: 'join/session-ended' });
  });

  it('locks and unlocks idempotently', () => {
    const session = aSession();
    expect(session.must({ type: 'session.lock' }, FACILITATOR)).toEqual([{ type: 'RoomLocked', at: T0 }]);
    expect(session.must({ type: 'session.lock' }, FACILITATOR)).toEqual([]);
    expect(session.state.locked).toBe(true);
    expect(session.must({ type: 'session.unlock' }, FACILITATOR)).toEqual([{ type: 'RoomUnlocked', at: T0 }]);
    expect(session.must({ type: 'session.unlock' }, FACILITATOR)).toEqual([]);
    expect(session.state.locked).toBe(false);
  });

  it('counts logged events in seq, one per event', () => {
    const session = aSession();
    session.withPairs(2);
    session.start();
    expect(session.state.seq).toBe(session.log.length);
  });
});
