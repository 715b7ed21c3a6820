import { remainingAt } from '../protocol/timer';
import type { SessionCreated } from './events';
import { replay } from './replay';
import { aSession, FACILITATOR, SYSTEM, T0 } from '../testing/session-harness';

// The intro segment is planned at 60 s.
function runningIntro() {
  const session = aSession().start();
  session.must({ type: 'timer.start', segmentId: 'intro' }, FACILITATOR);
  return session;
}

describe('timer', () => {
  it('starts from the planned duration as an absolute end time', () => {
    const session = runningIntro();
    expect(session.state.timer).toEqual({ status: 'running', durationMs: 60_000, endsAt: T0 + 60_000 });
    expect(session.send({ type: 'timer.start', segmentId: 'intro' }, FACILITATOR)).toMatchObject({ ok: false, code: 'timer/already-started' });
  });

  it('pauses with the remaining time and resumes from it', () => {
    const session = runningIntro();
    session.must({ type: 'timer.pause', segmentId: 'intro' }, FACILITATOR, 20_000);
    expect(session.state.timer).toEqual({ status: 'paused', durationMs: 60_000, remainingMs: 40_000 });
    session.must({ type: 'timer.resume', segmentId: 'intro' }, FACILITATOR, 300_000);
    expect(session.state.timer).toEqual({ status: 'running', durationMs: 60_000, endsAt: session.now + 40_000 });
  });

  it('refuses pause when not running and resume when not paused', () => {
    const session = aSession().start();
    expect(session.send({ type: 'timer.pause', segmentId: 'intro' }, FACILITATOR)).toMatchObject({ ok: false, code: 'timer/not-running' });
    expect(session.send({ type: 'timer.resume', segmentId: 'intro' }, FACILITATOR)).toMatchObject({ ok: false, code: 'timer/not-paused' });
  });

  it('adds and removes time while running', () => {
    const session = runningIntro();
    session.must({ type: 'timer.adjust', segmentId: 'intro', deltaMs: 30_000 }, FACILITATOR);
    expect(session.state.timer).toEqual({ status: 'running', durationMs: 90_000, endsAt: T0 + 90_000 });
    session.must({ type: 'timer.adjust', segmentId: 'intro', deltaMs: -10_000 }, FACILITATOR);
    expect(remainingAt(session.state.timer, session.now)).toBe(80_000);
  });

  it('expires at once when time removed runs past the end', () => {
    const session = runningIntro();
    const events = session.must({ type: 'timer.adjust', segmentId: 'intro', deltaMs: -120_000 }, FACILITATOR, 1000);
    expect(events.map((event) => event.type)).toEqual(['TimerAdjusted', 'TimerExpired']);
    expect(session.state.timer.status).toBe('expired');
  });

  it('never lets remaining time go below zero while paused or idle', () => {
    const session = aSession().start();
    session.must({ type: 'timer.adjust', segmentId: 'intro', deltaMs: -3_600_000 }, FACILITATOR);
    expect(session.state.timer).toEqual({ status: 'idle', durationMs: 0, remainingMs: 0 });
    // Starting with no time left expires straight away.
    expect(session.must({ type: 'timer.start', segmentId: 'intro' }, FACILITATOR).map((event) => event.type)).toEqual(['TimerStarted', 'TimerExpired']);
  });

  it('restarts for the added time after expiry, but cannot remove time then', () => {
    const session = runningIntro();
    session.must({ type: 'timer.expire', segmentId: 'intro' }, SYSTEM, 60_000);
    expect(session.send({ type: 'timer.adjust', segmentId: 'intro', deltaMs: -1000 }, FACILITATOR)).toMatchObject({ ok: false, code: 'timer/not-running' });
    session.must({ type: 'timer.adjust', segmentId: 'intro', deltaMs: 60_000 }, FACILITATOR, 5000);
    expect(session.state.timer).toEqual({ status: 'running', durationMs: 120_000, endsAt: session.now + 60_000 });
  });

  it('treats a timer that is due but not yet expired as expired when time is added or removed', () => {
    const session = runningIntro();
    session.must({ type: 'timer.adjust', segmentId: 'intro', deltaMs: 60_000 }, FACILITATOR, 62_000);
    expect(session.state.timer).toEqual({ status: 'running', durationMs: 120_000, endsAt: session.now + 60_000 });
    const late = runningIntro();
    expect(late.must({ type: 'timer.adjust', segmentId: 'intro', deltaMs: -1000 }, FACILITATOR, 62_000).map((event) => event.type)).toEqual(['TimerExpired']);
  });

  it('resets to the planned duration from any state', () => {
    const session = runningIntro();
    session.must({ type: 'timer.adjust', segmentId: 'intro', deltaMs: 5000 }, FACILITATOR);
    session.must({ type: 'timer.reset', segmentId: 'intro' }, FACILITATOR, 3000);
    expect(session.state.timer).toEqual({ status: 'idle', durationMs: 60_000, remainingMs: 60_000 });
  });

  it('accepts the scheduler expiry only once endsAt has passed', () => {
    const session = runningIntro();
    expect(session.send({ type: 'timer.expire', segmentId: 'intro' }, SYSTEM, 59_999)).toMatchObject({ ok: false, code: 'timer/not-due' });
    expect(session.must({ type: 'timer.expire', segmentId: 'intro' }, SYSTEM, 1)).toEqual([
      { type: 'TimerExpired', segmentId: 'intro', timer: { status: 'expired', durationMs: 60_000, endsAt: T0 + 60_000 }, at: T0 + 60_000 },
    ]);
    expect(session.send({ type: 'timer.expire', segmentId: 'intro' }, SYSTEM, 1)).toMatchObject({ ok: false, code: 'timer/not-running' });
    // Auto-advance is off: the segment stays.
    expect(session.state.currentSegmentId).toBe('intro');
  });

  it('turns a late pause into the expiry that was due', () => {
    const session = runningIntro();
    expect(session.must({ type: 'timer.pause', segmentId: 'intro' }, FACILITATOR, 61_000).map((event) => event.type)).toEqual(['TimerExpired']);
  });

  it('only touches the current segment timer, while running', () => {
    const session = runningIntro();
    expect(session.send({ type: 'timer.pause', segmentId: 'talk' }, FACILITATOR)).toMatchObject({ ok: false, code: 'session/segment-not-current' });
    expect(session.send({ type: 'timer.pause', segmentId: 'nope' }, FACILITATOR)).toMatchObject({ ok: false, code: 'session/unknown-segment' });
    expect(aSession().send({ type: 'timer.start', segmentId: 'intro' }, FACILITATOR)).toMatchObject({ ok: false, code: 'session/wrong-phase' });
  });
});

describe('timers that start as each step opens', () => {
  it('start the first step with the session and every step the facilitator opens, from the plan', () => {
    const session = aSession(undefined, { timerStart: 'onOpen' }).start();
    expect(session.state.timer).toEqual({ status: 'running', durationMs: 60_000, endsAt: T0 + 60_000 });
    const next = session.state.agenda.sections[0]!.segments[1]!;
    session.must({ type: 'segment.goto', segmentId: next.id }, FACILITATOR, 90_000);
    expect(session.state.timer).toEqual({ status: 'running', durationMs: next.durationSec * 1000, endsAt: session.now + next.durationSec * 1000 });
    // A running timer is not started twice, and a reset still goes back to "not started".
    expect(session.send({ type: 'timer.start', segmentId: next.id }, FACILITATOR)).toMatchObject({ ok: false, code: 'timer/already-started' });
    session.must({ type: 'timer.reset', segmentId: next.id }, FACILITATOR);
    expect(session.state.timer.status).toBe('idle');
  });

  it('are off by default: steps open "not started"', () => {
    const session = aSession().start();
    expect(session.state.timer).toEqual({ status: 'idle', durationMs: 60_000, remainingMs: 60_000 });
    expect(session.state.timerStart).toBe('manual');
  });

  it('replay the same from the log, and old logs without the setting keep manual timers', () => {
    const session = aSession(undefined, { timerStart: 'onOpen' }).start();
    expect(replay(session.log, [])).toEqual(session.state);
    const [created, ...rest] = session.log;
    const { timerStart: _dropped, ...oldCreated } = created as SessionCreated;
    expect(replay([oldCreated as SessionCreated, ...rest.filter((event) => event.type !== 'TimerStarted')], []).timerStart).toBe('manual');
  });

  it('expire through the scheduler like a clicked timer', () => {
    const session = aSession(undefined, { timerStart: 'onOpen' }).start();
    session.must({ type: 'timer.expire', segmentId: 'intro' }, SYSTEM, 60_000);
    expect(session.state.timer).toEqual({ status: 'expired', durationMs: 60_000, endsAt: T0 + 60_000 });
  });
});
