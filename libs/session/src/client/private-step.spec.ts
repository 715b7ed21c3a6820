import type { MemberRole } from '@kindred/content';
import { decide } from '../engine/decide/decide';
import { pairView } from '../engine/views/pair-view';
import { publicView } from '../engine/views/public-view';
import type { PairActor } from '../engine/actors';
import { aSession, FACILITATOR, type SessionHarness } from '../testing/session-harness';
import { privateStepRoom, privateStepState } from './private-step';

const STEP = 'reveal-text';
const text = (value: string) => ({ type: 'text' as const, text: value });

/**
 * What a phone shows it may do (`privateStepState`, from its pair's view and the public
 * view) must be what the server accepts: an answer box offered only when `answer.submit`
 * would be taken, a reveal button only when `answer.reveal` would do something.
 */
function expectPhoneToAgreeWithServer(session: SessionHarness, actor: PairActor): void {
  const member: MemberRole | null = actor.member;
  const own = pairView(session.state, actor.pairId, member);
  const shown = privateStepState(own?.privateAnswers.find((a) => a.segmentId === STEP), STEP, privateStepRoom(publicView(session.state), own, STEP), member);
  const role = member ?? (shown.mother.answered ? 'son' : 'mother');
  const submit = decide(session.state, { type: 'answer.submit', segmentId: STEP, role, answer: text('a') }, actor, Date.now(), {});
  const reveal = decide(session.state, { type: 'answer.reveal', segmentId: STEP }, actor, Date.now(), {});
  expect({ canAnswer: shown.canAnswer, canReveal: shown.canReveal }).toEqual({ canAnswer: submit.ok, canReveal: reveal.ok && reveal.events.length > 0 });
}

describe('what a phone may do in a private step, from the views', () => {
  it('agrees with the server on a shared phone through a whole step and after it', () => {
    const session = aSession().start(STEP);
    const [pair] = session.withPairs(1);
    expectPhoneToAgreeWithServer(session, pair!); // nobody answered: answer, not reveal
    session.must({ type: 'answer.submit', segmentId: STEP, role: 'mother', answer: text('M') }, pair!);
    expectPhoneToAgreeWithServer(session, pair!); // one answered, step open: no reveal yet
    session.must({ type: 'answer.submit', segmentId: STEP, role: 'son', answer: text('S') }, pair!);
    expectPhoneToAgreeWithServer(session, pair!); // both: reveal
    session.must({ type: 'answer.reveal', segmentId: STEP }, pair!);
    expectPhoneToAgreeWithServer(session, pair!); // revealed: neither
  });

  it('agrees when the facilitator ends the step or moves on with one answer in', () => {
    const session = aSession().start(STEP);
    const [ended, movedOn] = session.withPairs(2);
    session.must({ type: 'answer.submit', segmentId: STEP, role: 'son', answer: text('S') }, ended!);
    session.must({ type: 'answer.submit', segmentId: STEP, role: 'son', answer: text('S') }, movedOn!);
    session.must({ type: 'reveal.end', segmentId: STEP }, FACILITATOR);
    expectPhoneToAgreeWithServer(session, ended!); // answers closed; one answer may be revealed
    session.goto('coffee.break');
    expectPhoneToAgreeWithServer(session, movedOn!);
  });

  it('agrees on each member’s own phone, before and after one confirms', () => {
    const session = aSession().start(STEP);
    const [pair] = session.withPairs(1);
    const { mother, son } = session.split(pair!);
    session.must({ type: 'answer.submit', segmentId: STEP, role: 'mother', answer: text('M') }, mother);
    expectPhoneToAgreeWithServer(session, son);
    session.must({ type: 'answer.submit', segmentId: STEP, role: 'son', answer: text('S') }, son);
    session.must({ type: 'answer.reveal', segmentId: STEP }, mother);
    expectPhoneToAgreeWithServer(session, mother); // confirmed: nothing more to tap
    expectPhoneToAgreeWithServer(session, son); // the other still may
  });
});
