import { aSession, FACILITATOR } from '../testing/session-harness';
import { pairView } from './views/pair-view';
import { publicView } from './views/public-view';
import { privateStepRoom, privateStepState } from '../client/private-step';
import { facilitatorView } from './views/facilitator-view';
import { pairRecord } from './report';
import { getPair } from './queries';

function atRevealStep() {
  const session = aSession().start('reveal-text');
  const [pair, other] = session.withPairs(2);
  return { session, pair: pair!, other: other! };
}

const text = (value: string) => ({ type: 'text' as const, text: value });

describe('answer.submit', () => {
  it('records one member answer from a shared device with an explicit role', () => {
    const { session, pair } = atRevealStep();
    const events = session.must({ type: 'answer.submit', segmentId: 'reveal-text', role: 'mother', answer: text('Patience') }, pair);
    expect(events).toEqual([{ type: 'PrivateAnswerSubmitted', pairId: pair.pairId, segmentId: 'reveal-text', role: 'mother', answer: text('Patience'), at: session.now, credential: null }]);
  });

  it('lets a member device answer only for its own role', () => {
    const { session, pair } = atRevealStep();
    const { son } = session.split(pair);
    expect(session.send({ type: 'answer.submit', segmentId: 'reveal-text', role: 'son', answer: text('Games') }, son)).toMatchObject({ ok: true });
    expect(session.send({ type: 'answer.submit', segmentId: 'reveal-text', role: 'mother', answer: text('Fake') }, son)).toMatchObject({ ok: false, code: 'auth/forbidden' });
  });

  it('lets a member change the answer until the reveal', () => {
    const { session, pair } = atRevealStep();
    session.must({ type: 'answer.submit', segmentId: 'reveal-text', role: 'son', answer: text('one') }, pair);
    session.must({ type: 'answer.submit', segmentId: 'reveal-text', role: 'son', answer: text('two') }, pair);
    session.must({ type: 'answer.submit', segmentId: 'reveal-text', role: 'mother', answer: text('three') }, pair);
    session.must({ type: 'answer.reveal', segmentId: 'reveal-text' }, pair);
    expect(getPair(session.state, pair.pairId)?.answers['reveal-text']?.son?.value).toEqual(text('two'));
    expect(session.send({ type: 'answer.submit', segmentId: 'reveal-text', role: 'son', answer: text('four') }, pair)).toMatchObject({ ok: false, code: 'session/answer-already-revealed' });
  });

  it('checks the answer against the question', () => {
    const { session, pair } = atRevealStep();
    expect(session.send({ type: 'answer.submit', segmentId: 'reveal-text', role: 'son', answer: { type: 'choice', optionId: 'yes' } }, pair)).toMatchObject({ ok: false, code: 'session/answer-invalid' });
    expect(session.send({ type: 'answer.submit', segmentId: 'reveal-text', role: 'son', answer: text('x'.repeat(501)) }, pair)).toMatchObject({ ok: false, code: 'session/answer-invalid' });
    session.goto('reveal-choice');
    expect(session.send({ type: 'answer.submit', segmentId: 'reveal-choice', role: 'son', answer: { type: 'choice', optionId: 'maybe' } }, pair)).toMatchObject({ ok: false, code: 'session/answer-invalid' });
    expect(session.send({ type: 'answer.submit', segmentId: 'reveal-choice', role: 'son', answer: { type: 'choice', optionId: 'yes' } }, pair)).toMatchObject({ ok: true });
  });

  it('refuses answers to another step, a step that is not current, an ended step, or without a role from a shared device', () => {
    const { session, pair } = atRevealStep();
    expect(session.send({ type: 'answer.submit', segmentId: 'talk', role: 'son', answer: text('x') }, pair)).toMatchObject({ ok: false, code: 'session/wrong-segment-kind' });
    expect(session.send({ type: 'answer.submit', segmentId: 'nope', role: 'son', answer: text('x') }, pair)).toMatchObject({ ok: false, code: 'session/unknown-segment' });
    expect(session.send({ type: 'answer.submit', segmentId: 'reveal-choice', role: 'son', answer: text('x') }, pair)).toMatchObject({ ok: false, code: 'session/segment-not-current' });
    session.must({ type: 'reveal.end', segmentId: 'reveal-text' }, FACILITATOR);
    expect(session.send({ type: 'answer.submit', segmentId: 'reveal-text', role: 'son', answer: text('x') }, pair)).toMatchObject({ ok: false, code: 'session/step-ended' });
  });

  it('refuses answers in the lobby', () => {
    const session = aSession();
    const [pair] = session.withPairs(1);
    expect(session.send({ type: 'answer.submit', segmentId: 'reveal-text', role: 'son', answer: text('x') }, pair!)).toMatchObject({ ok: false, code: 'session/wrong-phase' });
  });
});

describe('answer.reveal', () => {
  it('reveals on one shared phone with one tap once both answered; a second tap changes nothing', () => {
    const { session, pair } = atRevealStep();
    session.must({ type: 'answer.submit', segmentId: 'reveal-text', role: 'son', answer: text('S') }, pair);
    expect(session.send({ type: 'answer.reveal', segmentId: 'reveal-text' }, pair)).toMatchObject({ ok: false, code: 'session/reveal-not-ready' });
    session.must({ type: 'answer.submit', segmentId: 'reveal-text', role: 'mother', answer: text('M') }, pair);
    expect(session.must({ type: 'answer.reveal', segmentId: 'reveal-text' }, pair)).toHaveLength(1);
    expect(session.must({ type: 'answer.reveal', segmentId: 'reveal-text' }, pair)).toEqual([]);
  });

  it('on two phones, reveals only once both members confirmed on their own phone', () => {
    const { session, pair } = atRevealStep();
    const { mother, son } = session.split(pair);
    session.must({ type: 'answer.submit', segmentId: 'reveal-text', role: 'son', answer: text('S') }, son);
    session.must({ type: 'answer.submit', segmentId: 'reveal-text', role: 'mother', answer: text('M') }, mother);
    expect(session.must({ type: 'answer.reveal', segmentId: 'reveal-text' }, mother)).toEqual([expect.objectContaining({ type: 'RevealConfirmed', role: 'mother' })]);
    expect(session.must({ type: 'answer.reveal', segmentId: 'reveal-text' }, mother)).toEqual([]);
    // What each phone shows: its pair's entry and, from the public view, what it may do.
    const onPhone = (member: 'mother' | 'son') => {
      const own = pairView(session.state, pair.pairId, member);
      return privateStepState(own?.privateAnswers[0], 'reveal-text', privateStepRoom(publicView(session.state), own, 'reveal-text'), member);
    };
    expect(onPhone('mother')).toMatchObject({ revealed: false, canReveal: false, ready: ['mother'], son: { answered: true, answer: null } });
    expect(onPhone('son')).toMatchObject({ revealed: false, canReveal: true, mother: { answered: true, answer: null } });
    const events = session.must({ type: 'answer.reveal', segmentId: 'reveal-text' }, son);
    expect(events.map((e) => e.type)).toEqual(['RevealConfirmed', 'PrivateAnswersRevealed']);
    expect(pairView(session.state, pair.pairId, 'mother')?.privateAnswers[0]?.son).toEqual({ answered: true, answer: text('S') });
  });

  it('a member who changes their answer must confirm again', () => {
    const { session, pair } = atRevealStep();
    const { mother, son } = session.split(pair);
    session.must({ type: 'answer.submit', segmentId: 'reveal-text', role: 'son', answer: text('S') }, son);
    session.must({ type: 'answer.submit', segmentId: 'reveal-text', role: 'mother', answer: text('M') }, mother);
    session.must({ type: 'answer.reveal', segmentId: 'reveal-text' }, son);
    session.must({ type: 'answer.submit', segmentId: 'reveal-text', role: 'son', answer: text('S2') }, son);
    expect(session.must({ type: 'answer.reveal', segmentId: 'reveal-text' }, mother).map((e) => e.type)).toEqual(['RevealConfirmed']);
    expect(getPair(session.state, pair.pairId)?.answers['reveal-text']?.revealedAt).toBeNull();
  });

  it('reveals what the pair has once the facilitator ends the step', () => {
    const { session, pair } = atRevealStep();
    session.must({ type: 'answer.submit', segmentId: 'reveal-text', role: 'son', answer: text('S') }, pair);
    session.must({ type: 'reveal.end', segmentId: 'reveal-text' }, FACILITATOR);
    expect(session.send({ type: 'answer.reveal', segmentId: 'reveal-text' }, pair)).toMatchObject({ ok: true });
  });

  it('reveals what the pair has once the session moved on', () => {
    const { session, pair } = atRevealStep();
    session.must({ type: 'answer.submit', segmentId: 'reveal-text', role: 'son', answer: text('S') }, pair);
    session.goto('talk');
    expect(session.send({ type: 'answer.reveal', segmentId: 'reveal-text' }, pair)).toMatchObject({ ok: true });
  });

  it('refuses with nothing answered or a step not reached', () => {
    const { session, pair } = atRevealStep();
    session.must({ type: 'reveal.end', segmentId: 'reveal-text' }, FACILITATOR);
    expect(session.send({ type: 'answer.reveal', segmentId: 'reveal-text' }, pair)).toMatchObject({ ok: false, code: 'session/nothing-to-reveal' });
    expect(session.send({ type: 'answer.reveal', segmentId: 'reveal-choice' }, pair)).toMatchObject({ ok: false, code: 'session/segment-not-visited' });
  });
});

describe('reveal.end', () => {
  it('ends a visited step once', () => {
    const { session } = atRevealStep();
    expect(session.must({ type: 'reveal.end', segmentId: 'reveal-text' }, FACILITATOR)).toEqual([{ type: 'PrivateStepEnded', segmentId: 'reveal-text', at: session.now }]);
    expect(session.must({ type: 'reveal.end', segmentId: 'reveal-text' }, FACILITATOR)).toEqual([]);
    expect(session.send({ type: 'reveal.end', segmentId: 'reveal-choice' }, FACILITATOR)).toMatchObject({ ok: false, code: 'session/segment-not-visited' });
    expect(session.send({ type: 'reveal.end', segmentId: 'talk' }, FACILITATOR)).toMatchObject({ ok: false, code: 'session/wrong-segment-kind' });
  });
});

describe('who sees a private answer', () => {
  it('a member phone never shows what the shared phone held before the split, nor what a lost phone wrote', () => {
    const { session, pair } = atRevealStep();
    session.must({ type: 'answer.submit', segmentId: 'reveal-text', role: 'son', answer: text('TYPED-ON-SHARED') }, pair);
    const { mother, son } = session.split(pair);
    expect(JSON.stringify(pairView(session.state, pair.pairId, 'son'))).not.toContain('TYPED-ON-SHARED');
    expect(pairView(session.state, pair.pairId, 'son')?.privateAnswers[0]?.son).toEqual({ answered: true, answer: null });
    session.must({ type: 'answer.submit', segmentId: 'reveal-text', role: 'son', answer: text('ON-LOST-PHONE') }, son);
    expect(JSON.stringify(pairView(session.state, pair.pairId, 'son'))).toContain('ON-LOST-PHONE');
    // The mother's phone lets in a new phone for the son: the lost phone's answer leaves with it.
    session.must({ type: 'devices.add', role: 'son', credential: 'cred-replacement' }, mother);
    expect(session.send({ type: 'answer.reveal', segmentId: 'reveal-text' }, son)).toMatchObject({ ok: false, code: 'auth/device-replaced' });
    const replacement = { ...son, credential: 'cred-replacement' };
    expect(JSON.stringify(pairView(session.state, pair.pairId, 'son'))).not.toContain('ON-LOST-PHONE');
    expect(pairView(session.state, pair.pairId, 'son')?.privateAnswers[0]?.son).toEqual({ answered: false });
    session.must({ type: 'answer.submit', segmentId: 'reveal-text', role: 'son', answer: text('AGAIN') }, replacement);
    expect(JSON.stringify(pairView(session.state, pair.pairId, 'son'))).toContain('AGAIN');
    expect(JSON.stringify(pairView(session.state, pair.pairId, 'mother'))).not.toContain('AGAIN');
  });

  it('merging back needs both members, and the shared phone then shows no unrevealed text', () => {
    const { session, pair } = atRevealStep();
    const { mother, son } = session.split(pair);
    session.must({ type: 'answer.submit', segmentId: 'reveal-text', role: 'son', answer: text('SON-PRIVATE') }, son);
    expect(session.must({ type: 'devices.merge', credential: 'cred-merged' }, mother).map((e) => e.type)).toEqual(['PairMergeAsked']);
    expect(getPair(session.state, pair.pairId)?.devices.mode).toBe('split');
    expect(session.must({ type: 'devices.merge', credential: 'cred-merged' }, son).map((e) => e.type)).toEqual(['PairMerged']);
    expect(session.send({ type: 'answer.reveal', segmentId: 'reveal-text' }, mother)).toMatchObject({ ok: false, code: 'auth/device-replaced' });
    const shared = { kind: 'pair' as const, pairId: pair.pairId, member: null, credential: 'cred-merged' };
    expect(JSON.stringify(pairView(session.state, pair.pairId, null))).not.toContain('SON-PRIVATE');
    expect(session.send({ type: 'answer.submit', segmentId: 'reveal-text', role: 'mother', answer: text('M') }, shared)).toMatchObject({ ok: true });
    expect(session.send({ type: 'answer.submit', segmentId: 'reveal-text', role: 'mother', answer: text('M') }, pair)).toMatchObject({ ok: false, code: 'auth/device-replaced' });
  });

  it('before the reveal: only the member who wrote it, on their own device', () => {
    const { session, pair, other } = atRevealStep();
    const { mother } = session.split(pair);
    session.must({ type: 'answer.submit', segmentId: 'reveal-text', role: 'mother', answer: text('SECRET-M') }, mother);
    const own = (role: 'mother' | 'son' | null) => JSON.stringify(pairView(session.state, pair.pairId, role));
    expect(own('mother')).toContain('SECRET-M');
    expect(own('son')).not.toContain('SECRET-M');
    expect(own(null)).not.toContain('SECRET-M');
    expect(pairView(session.state, pair.pairId, null)?.privateAnswers[0]).toMatchObject({ mother: { answered: true, answer: null }, son: { answered: false } });
    expect(JSON.stringify(pairView(session.state, other.pairId, 'mother'))).not.toContain('SECRET-M');
    expect(JSON.stringify(facilitatorView(session.state))).not.toContain('SECRET-M');
  });

  it('after the reveal: the whole pair, still nobody else', () => {
    const { session, pair, other } = atRevealStep();
    session.must({ type: 'answer.submit', segmentId: 'reveal-text', role: 'mother', answer: text('SECRET-M') }, pair);
    session.must({ type: 'answer.submit', segmentId: 'reveal-text', role: 'son', answer: text('SECRET-S') }, pair);
    session.must({ type: 'answer.reveal', segmentId: 'reveal-text' }, pair);
    const shared = JSON.stringify(pairView(session.state, pair.pairId, null));
    expect(shared).toContain('SECRET-M');
    expect(shared).toContain('SECRET-S');
    expect(JSON.stringify(pairView(session.state, other.pairId, null))).not.toContain('SECRET');
    const console = facilitatorView(session.state);
    expect(JSON.stringify(console)).not.toContain('SECRET');
    expect(console.pairs.find((row) => row.pairId === pair.pairId)?.privateProgress).toEqual(['revealed', 'none']);
    expect(console.privateSteps.find((step) => step.segmentId === 'reveal-text')).toMatchObject({ answeredPairs: 1, bothAnsweredPairs: 1, revealedPairs: 1 });
  });

  it('in the handout: only revealed answers', () => {
    const { session, pair } = atRevealStep();
    session.must({ type: 'answer.submit', segmentId: 'reveal-text', role: 'mother', answer: text('kept to myself') }, pair);
    expect(pairRecord(session.state, pair.pairId)?.answers).toEqual([{ segmentId: 'reveal-text', revealed: false, mother: null, son: null }]);
  });
});
