import { anAgenda } from '../testing/agenda-builder';
import { aSession, FACILITATOR, T0 } from '../testing/session-harness';
import { view } from './views/view';
import { privateStepRoom, privateStepState } from '../client/private-step';
import { attendanceReport } from './report';
import { replay } from './replay';

describe('public view', () => {
  it('shows the lobby: code, join open, a pair count and no names', () => {
    const session = aSession();
    session.join('The Smiths');
    session.join('Sam and Mum');
    const lobby = view(session.state, { kind: 'projector' });
    expect(lobby).toEqual({
      seq: 3,
      sessionId: 'session-1',
      phase: 'lobby',
      code: 'ABC234',
      locked: false,
      joinOpen: true,
      pairCount: 2,
      position: null,
      timer: { status: 'idle', durationMs: 0, remainingMs: 0 },
      step: { kind: 'none' },
      projectorLanguages: ['en'],
    });
    expect(JSON.stringify(lobby)).not.toMatch(/Smiths|Sam and Mum|pair-1/);
  });

  it('gives the position as "topic n of m", skipping breaks', () => {
    const session = aSession().start('commit');
    expect(view(session.state, { kind: 'public' }).position).toEqual({
      sectionId: 't3',
      sectionIndex: 3,
      sectionCount: 4,
      segmentId: 'commit',
      segmentIndex: 0,
      segmentCount: 1,
      segmentKind: 'commitment',
      overallSegmentIndex: 9,
      overallSegmentCount: 10,
      topicNumber: 3,
      topicOrdinal: 3,
      topicCount: 3,
    });
    session.goto('coffee.break');
    expect(view(session.state, { kind: 'public' }).position).toMatchObject({ topicNumber: null, topicOrdinal: null, segmentKind: 'break' });
  });

  it('closes the join code when locked or ended', () => {
    const session = aSession();
    session.must({ type: 'session.lock' }, FACILITATOR);
    expect(view(session.state, { kind: 'public' })).toMatchObject({ locked: true, joinOpen: false });
  });

  it('counts answers at a private step without naming anyone', () => {
    const session = aSession().start('reveal-text');
    const [a, b] = session.withPairs(3);
    session.must({ type: 'answer.submit', segmentId: 'reveal-text', role: 'son', answer: { type: 'text', text: 'x' } }, a!);
    session.must({ type: 'answer.submit', segmentId: 'reveal-text', role: 'son', answer: { type: 'text', text: 'y' } }, b!);
    session.must({ type: 'answer.submit', segmentId: 'reveal-text', role: 'mother', answer: { type: 'text', text: 'z' } }, b!);
    expect(view(session.state, { kind: 'public' }).step).toEqual({ kind: 'privateReveal', segmentId: 'reveal-text', answeredPairs: 2, bothAnsweredPairs: 1, revealedPairs: 0, ended: false });
  });

  it('leaves removed pairs out of the counts', () => {
    const session = aSession();
    const [a] = session.withPairs(2);
    session.must({ type: 'pair.remove', pairId: a!.pairId }, FACILITATOR);
    expect(view(session.state, { kind: 'public' }).pairCount).toBe(1);
  });
});

describe('pair view', () => {
  it('shows the pair itself, and tells a removed pair it was removed', () => {
    const session = aSession();
    const pair = session.join('Owls');
    expect(view(session.state, { kind: 'pair', pairId: pair.pairId, member: null })).toMatchObject({ pairId: pair.pairId, name: 'Owls', status: 'active', privateAnswers: [], commitments: [], ballot: null });
    session.must({ type: 'pair.remove', pairId: pair.pairId }, FACILITATOR);
    expect(view(session.state, { kind: 'pair', pairId: pair.pairId, member: null })?.status).toBe('removed');
    expect(view(session.state, { kind: 'pair', pairId: 'unknown', member: null })).toBeNull();
  });

  it('offers the current private step as answerable: from the public view, with no entry until someone answers', () => {
    const session = aSession().start('reveal-text');
    const pair = session.join();
    const own = view(session.state, { kind: 'pair', pairId: pair.pairId, member: 'son' });
    expect(own?.privateAnswers).toEqual([]);
    const room = privateStepRoom(view(session.state, { kind: 'public' }), own, 'reveal-text');
    expect(privateStepState(own?.privateAnswers[0], 'reveal-text', room, 'son')).toEqual({
      segmentId: 'reveal-text',
      mother: { answered: false },
      son: { answered: false },
      revealed: false,
      ready: [],
      canAnswer: true,
      canReveal: false,
    });
  });

  it('leaves every pair’s view as it was when the room moves between steps (only its seq changes)', () => {
    const session = aSession().start('reveal-text');
    const [quiet, answered] = session.withPairs(2);
    session.must({ type: 'answer.submit', segmentId: 'reveal-text', role: 'son', answer: { type: 'text', text: 'Saturday mornings' } }, answered!);
    const withoutSeq = (pairId: string) => {
      const { seq: _seq, ...rest } = view(session.state, { kind: 'pair', pairId, member: null })!;
      return rest;
    };
    const before = [withoutSeq(quiet!.pairId), withoutSeq(answered!.pairId)];
    session.goto('coffee.break');
    expect([withoutSeq(quiet!.pairId), withoutSeq(answered!.pairId)]).toEqual(before);
    session.goto('reveal-text');
    expect([withoutSeq(quiet!.pairId), withoutSeq(answered!.pairId)]).toEqual(before);
    // What the phone may do did change, and follows from the public view.
    const room = privateStepRoom(view(session.state, { kind: 'public' }), null, 'reveal-text');
    expect(privateStepState(null, 'reveal-text', room, null).canAnswer).toBe(true);
    session.goto('coffee.break');
    const away = privateStepRoom(view(session.state, { kind: 'public' }), null, 'reveal-text');
    expect(privateStepState(null, 'reveal-text', away, null).canAnswer).toBe(false);
  });
});

describe('facilitator view', () => {
  it('lists pairs with names, active first, and the session position and timing', () => {
    const session = aSession();
    const [a] = session.withPairs(2);
    session.must({ type: 'pair.setMembers', members: { mother: 'Ann' } }, a!);
    session.must({ type: 'pair.remove', pairId: a!.pairId }, FACILITATOR);
    session.start();
    const console = view(session.state, { kind: 'facilitator' });
    expect(console.pairs.map((row) => [row.name, row.status])).toEqual([
      ['Pair 2', 'active'],
      ['Pair 1', 'removed'],
    ]);
    expect(console).toMatchObject({ phase: 'running', startedAt: T0, minGroupSize: 3, pairCount: 1, position: { segmentId: 'intro' } });
    expect(console.segments[0]).toEqual({ segmentId: 'intro', plannedMs: 60_000, visits: [{ startedAt: T0, endedAt: null }], actualMs: 0 });
    expect(console.polls).toEqual([]);
    expect(console.privateSteps.map((step) => step.segmentId)).toEqual(['reveal-text', 'reveal-choice']);
  });
});

describe('facilitator progress', () => {
  it('shows how far each pair got at each private step, and counts them', () => {
    const session = aSession().start('reveal-text');
    const [a, b, c, d] = session.withPairs(4);
    const answer = { type: 'text' as const, text: 'x' };
    session.must({ type: 'answer.submit', segmentId: 'reveal-text', role: 'mother', answer }, a!);
    session.must({ type: 'answer.submit', segmentId: 'reveal-text', role: 'son', answer }, b!);
    for (const pair of [c!, d!]) {
      session.must({ type: 'answer.submit', segmentId: 'reveal-text', role: 'mother', answer }, pair);
      session.must({ type: 'answer.submit', segmentId: 'reveal-text', role: 'son', answer }, pair);
    }
    session.must({ type: 'answer.reveal', segmentId: 'reveal-text' }, d!);
    const console = view(session.state, { kind: 'facilitator' });
    expect(console.pairs.map((row) => row.privateProgress[0])).toEqual(['mother', 'son', 'both', 'revealed']);
    expect(console.privateSteps[0]).toEqual({ segmentId: 'reveal-text', answeredMembers: { mother: 3, son: 3 }, answeredPairs: 4, bothAnsweredPairs: 2, revealedPairs: 1, ended: false });
    expect(console.commitmentCounts).toEqual([{ segmentId: 'commit', savedPairs: 0 }]);
  });

});

describe('reports', () => {
  it('gives attendance without private content', () => {
    const session = aSession();
    const [a] = session.withPairs(2);
    session.must({ type: 'pair.setMembers', members: { mother: 'Ann' } }, a!);
    expect(attendanceReport(session.state)).toMatchObject({ startedAt: null, namedMembers: { mother: 1, son: 0 }, pairs: [{ name: 'Pair 1' }, { name: 'Pair 2' }] });
  });
});

describe('replay', () => {
  it('rebuilds the live state from the log and then the ballots', () => {
    const session = aSession(anAgenda().withPoll('p').build()).start();
    const pairs = session.withPairs(3);
    session.must({ type: 'poll.open', pollId: 'p' }, FACILITATOR);
    for (const pair of pairs) session.must({ type: 'vote.cast', pollId: 'p', role: 'son', choice: { type: 'single', optionId: 'a' } }, pair);
    session.must({ type: 'poll.close', pollId: 'p' }, FACILITATOR);
    expect(replay(session.log, session.ballots())).toEqual(session.state);
  });

  it('needs SessionCreated first', () => {
    expect(() => replay([])).toThrow('SessionCreated');
  });
});
