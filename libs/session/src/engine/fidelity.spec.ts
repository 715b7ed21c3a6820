import { aSession, FACILITATOR } from '../testing/session-harness';
import { fidelityRecord } from './fidelity';
import { view } from './views/view';

const CO_FACILITATOR = { kind: 'facilitator', facilitatorId: 'fac-2', coFacilitator: true } as const;
const STRANGER = { kind: 'facilitator', facilitatorId: 'fac-3' } as const;

describe('topic notes', () => {
  it('are kept per topic, cleared by an empty note, and reach only the facilitator view', () => {
    const session = aSession().start();
    expect(session.must({ type: 'topic.note', sectionId: 't1', note: '  Ran long: the boys loved the talk  ' }, FACILITATOR)).toEqual([
      { type: 'TopicNoted', sectionId: 't1', note: 'Ran long: the boys loved the talk', at: session.now },
    ]);
    expect(session.must({ type: 'topic.note', sectionId: 't1', note: 'Ran long: the boys loved the talk' }, FACILITATOR)).toEqual([]);
    expect(view(session.state, { kind: 'facilitator' })?.topicNotes).toEqual({ t1: 'Ran long: the boys loved the talk' });
    expect(JSON.stringify(view(session.state, { kind: 'public' }))).not.toContain('Ran long');
    session.must({ type: 'topic.note', sectionId: 't1', note: '' }, FACILITATOR);
    expect(session.state.topicNotes).toEqual({});
  });

  it('refuses an unknown topic and a note that is too long, and is still accepted after the end', () => {
    const session = aSession().start();
    expect(session.send({ type: 'topic.note', sectionId: 'nope', note: 'x' }, FACILITATOR)).toMatchObject({ ok: false, code: 'payload/invalid' });
    expect(session.send({ type: 'topic.note', sectionId: 't1', note: 'x'.repeat(281) }, FACILITATOR)).toMatchObject({ ok: false, code: 'payload/invalid' });
    session.must({ type: 'session.end' }, FACILITATOR);
    expect(session.send({ type: 'topic.note', sectionId: 't3', note: 'Skipped: no time' }, FACILITATOR)).toMatchObject({ ok: true });
  });

  it('come only from a facilitator of the session: the owner or a co-facilitator the transport vouched for', () => {
    const session = aSession().start();
    const pair = session.join('Owls');
    expect(session.send({ type: 'topic.note', sectionId: 't1', note: 'x' }, pair)).toMatchObject({ ok: false, code: 'auth/forbidden' });
    expect(session.send({ type: 'topic.note', sectionId: 't1', note: 'x' }, STRANGER)).toMatchObject({ ok: false, code: 'auth/forbidden' });
    expect(session.send({ type: 'segment.goto', segmentId: 'talk' }, STRANGER)).toMatchObject({ ok: false, code: 'auth/forbidden' });
    expect(session.send({ type: 'segment.goto', segmentId: 'talk' }, CO_FACILITATOR)).toMatchObject({ ok: true });
    expect(session.send({ type: 'topic.note', sectionId: 't1', note: 'Co wrote this' }, CO_FACILITATOR)).toMatchObject({ ok: true });
  });
});

describe('fidelityRecord', () => {
  it('gives planned and actual minutes, skipped segments, pairs present and notes, from the log alone', () => {
    const session = aSession();
    session.join('Owls');
    session.start();
    const late = session.join('Foxes');
    session.must({ type: 'segment.goto', segmentId: 'talk' }, FACILITATOR, 90_000);
    session.must({ type: 'pair.remove', pairId: late.pairId }, FACILITATOR, 60_000);
    session.must({ type: 'segment.goto', segmentId: 'commit' }, FACILITATOR, 240_000);
    session.must({ type: 'topic.note', sectionId: 't2', note: 'Skipped the polls: ran out of time' }, FACILITATOR);
    session.must({ type: 'session.end' }, FACILITATOR, 120_000);

    const record = fidelityRecord(session.state);
    const segment = (id: string) => record.topics.flatMap((topic) => topic.segments).find((s) => s.segmentId === id)!;
    expect(segment('intro')).toMatchObject({ plannedMinutes: 1, actualMinutes: 1.5, skipped: false, pairsPresent: 2 });
    expect(segment('talk')).toMatchObject({ plannedMinutes: 5, actualMinutes: 5, skipped: false, pairsPresent: 2 });
    expect(segment('commit')).toMatchObject({ actualMinutes: 2, skipped: false, pairsPresent: 1 });
    expect(segment('poll-single')).toMatchObject({ actualMinutes: 0, skipped: true, pairsPresent: 0 });
    expect(record.topics.find((topic) => topic.sectionId === 't2')?.note).toBe('Skipped the polls: ran out of time');
    expect(record.topics.find((topic) => topic.sectionId === 't1')?.note).toBeNull();
    expect(record.segmentsDelivered).toBe(3);
    expect(record.segmentsSkipped).toBe(record.topics.flatMap((topic) => topic.segments).length - 3);
    expect(record.actualMinutes).toBe(8.5);
    // Nothing that names a pair.
    expect(JSON.stringify(record)).not.toMatch(/Owls|Foxes|pair-/);
  });
});
