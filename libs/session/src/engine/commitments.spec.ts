import { aSession } from '../testing/session-harness';
import { facilitatorView } from './views/facilitator-view';
import { pairView } from './views/pair-view';
import { publicView } from './views/public-view';
import { pairRecord } from './report';

describe('commitment.save', () => {
  it('saves and edits a commitment, visible only to its own pair', () => {
    const session = aSession().start('commit');
    const [pair, other] = session.withPairs(2);
    session.must({ type: 'commitment.save', segmentId: 'commit', text: 'Cook together' }, pair!);
    session.must({ type: 'commitment.save', segmentId: 'commit', text: 'Cook together on Sundays' }, pair!);
    expect(pairView(session.state, pair!.pairId, null)?.commitments).toEqual([{ segmentId: 'commit', text: 'Cook together on Sundays', savedAt: session.now }]);
    expect(JSON.stringify(pairView(session.state, other!.pairId, null))).not.toContain('Cook');
    expect(JSON.stringify(facilitatorView(session.state))).not.toContain('Cook');
    expect(JSON.stringify(publicView(session.state))).not.toContain('Cook');
    expect(publicView(session.state).step).toEqual({ kind: 'commitment', segmentId: 'commit', savedPairs: 1 });
    expect(facilitatorView(session.state).pairs.find((row) => row.pairId === pair!.pairId)?.commitments).toEqual([true]);
    expect(pairRecord(session.state, pair!.pairId)?.commitments).toMatchObject([{ segmentId: 'commit', text: 'Cook together on Sundays' }]);
  });

  it('stays editable after the session moved on', () => {
    const session = aSession().start('commit');
    const [pair] = session.withPairs(1);
    session.goto('intro');
    expect(session.send({ type: 'commitment.save', segmentId: 'commit', text: 'Later' }, pair!)).toMatchObject({ ok: true });
  });

  it('refuses a step not reached yet, a step of another kind, or outside a running session', () => {
    const session = aSession().start();
    const [pair] = session.withPairs(1);
    expect(session.send({ type: 'commitment.save', segmentId: 'commit', text: 'x' }, pair!)).toMatchObject({ ok: false, code: 'session/segment-not-visited' });
    expect(session.send({ type: 'commitment.save', segmentId: 'intro', text: 'x' }, pair!)).toMatchObject({ ok: false, code: 'session/wrong-segment-kind' });
    const lobby = aSession();
    const [early] = lobby.withPairs(1);
    expect(lobby.send({ type: 'commitment.save', segmentId: 'commit', text: 'x' }, early!)).toMatchObject({ ok: false, code: 'session/wrong-phase' });
  });
});
