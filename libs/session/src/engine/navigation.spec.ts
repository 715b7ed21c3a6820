import { aSession, FACILITATOR, T0 } from '../testing/session-harness';
import { segmentTimingReport } from './report';

describe('segment.goto', () => {
  it('enters the segment, resets the timer to its planned duration and records visits', () => {
    const session = aSession().start();
    const events = session.must({ type: 'segment.goto', segmentId: 'talk' }, FACILITATOR, 65_000);
    expect(events).toEqual([{ type: 'SegmentEntered', segmentId: 'talk', at: T0 + 65_000 }]);
    expect(session.state.currentSegmentId).toBe('talk');
    expect(session.state.timer).toEqual({ status: 'idle', durationMs: 300_000, remainingMs: 300_000 });
    expect(session.state.visits).toEqual([
      { segmentId: 'intro', startedAt: T0, endedAt: T0 + 65_000 },
      { segmentId: 'talk', startedAt: T0 + 65_000, endedAt: null },
    ]);
  });

  it('is idempotent: going to the current segment changes nothing', () => {
    const session = aSession().start();
    session.must({ type: 'timer.start', segmentId: 'intro' }, FACILITATOR);
    expect(session.must({ type: 'segment.goto', segmentId: 'intro' }, FACILITATOR)).toEqual([]);
    expect(session.state.timer.status).toBe('running');
  });

  it('jumps anywhere, back and forth, adding one visit each time', () => {
    const session = aSession().start();
    session.goto('commit');
    session.goto('intro');
    expect(session.state.visits.map((visit) => visit.segmentId)).toEqual(['intro', 'commit', 'intro']);
  });

  it('closes an open poll when leaving it', () => {
    const session = aSession().start('poll-single');
    session.must({ type: 'poll.open', pollId: 'poll-single' }, FACILITATOR);
    const events = session.must({ type: 'segment.goto', segmentId: 'poll-multi' }, FACILITATOR);
    expect(events.map((event) => event.type)).toEqual(['PollClosed', 'SegmentEntered']);
  });

  it('refuses an unknown segment and navigation outside a running session', () => {
    expect(aSession().start().send({ type: 'segment.goto', segmentId: 'nope' }, FACILITATOR)).toMatchObject({ ok: false, code: 'session/unknown-segment' });
    expect(aSession().send({ type: 'segment.goto', segmentId: 'talk' }, FACILITATOR)).toMatchObject({ ok: false, code: 'session/wrong-phase' });
  });

  it('feeds the planned-against-actual report', () => {
    const session = aSession().start();
    session.must({ type: 'segment.goto', segmentId: 'talk' }, FACILITATOR, 90_000);
    session.must({ type: 'segment.goto', segmentId: 'intro' }, FACILITATOR, 200_000);
    session.must({ type: 'session.end' }, FACILITATOR, 10_000);
    const report = segmentTimingReport(session.state);
    expect(report.find((row) => row.segmentId === 'intro')).toMatchObject({ plannedMs: 60_000, actualMs: 100_000, title: 'Segment intro', kind: 'intro', sectionId: 't1' });
    expect(report.find((row) => row.segmentId === 'talk')).toMatchObject({ plannedMs: 300_000, actualMs: 200_000 });
    expect(report.find((row) => row.segmentId === 'commit')).toMatchObject({ visits: [], actualMs: 0 });
  });
});
