import { aSession, FACILITATOR, T0 } from '../testing/session-harness';
import { parseCommand } from '../protocol/commands';
import { getPair } from './queries';
import { facilitatorView } from './views/facilitator-view';
import { pairView } from './views/pair-view';
import { publicView } from './views/public-view';

const GRAN_ADULT = { carer: { preset: 'gran' as const }, ageBand: 'adult' as const };

describe('pair.setWords', () => {
  it('stores the pair\'s own words as an event and shows them in its own view', () => {
    const session = aSession().start();
    const bears = session.join('Bears');
    const events = session.must({ type: 'pair.setWords', words: GRAN_ADULT }, bears);
    expect(events).toEqual([{ type: 'PairWordsSet', pairId: bears.pairId, words: GRAN_ADULT, at: T0 }]);
    expect(pairView(session.state, bears.pairId, null)?.words).toEqual(GRAN_ADULT);
    // Changing them later on the phone is the same command; the same words again add nothing.
    expect(session.must({ type: 'pair.setWords', words: GRAN_ADULT }, bears)).toEqual([]);
    session.must({ type: 'pair.setWords', words: { carer: { name: 'Rosa' }, ageBand: '14-17' } }, bears);
    expect(getPair(session.state, bears.pairId)?.words).toEqual({ carer: { name: 'Rosa' }, ageBand: '14-17' });
  });

  it('can be chosen in the lobby, before the session starts', () => {
    const session = aSession();
    const bears = session.join('Bears');
    expect(session.send({ type: 'pair.setWords', words: GRAN_ADULT }, bears)).toMatchObject({ ok: true });
  });

  it('validates the words: a known preset or a short typed name, and a known age band', () => {
    const invalid = [
      { carer: { preset: 'dad' }, ageBand: 'adult' },
      { carer: { name: '' }, ageBand: 'adult' },
      { carer: { name: 'x'.repeat(25) }, ageBand: 'adult' },
      { carer: { name: 'Gran\u0000' }, ageBand: 'adult' },
      { carer: { preset: 'gran', name: 'Gran' }, ageBand: 'adult' },
      { carer: { preset: 'gran' }, ageBand: '18-25' },
      { carer: { preset: 'gran' } },
    ];
    for (const words of invalid) expect(parseCommand({ type: 'pair.setWords', words })).toMatchObject({ ok: false, code: 'payload/invalid' });
    expect(parseCommand({ type: 'pair.setWords', words: { carer: { name: '  Lucía ' }, ageBand: '10-13' } })).toMatchObject({
      ok: true,
      command: { words: { carer: { name: 'Lucía' } } },
    });
  });

  it('lets only the pair itself set its words: not the facilitator, not the projector, not for another pair', () => {
    const session = aSession().start();
    const bears = session.join('Bears');
    const owls = session.join('Owls');
    expect(session.send({ type: 'pair.setWords', words: GRAN_ADULT }, FACILITATOR)).toMatchObject({ ok: false, code: 'auth/forbidden' });
    expect(session.send({ type: 'pair.setWords', words: GRAN_ADULT }, { kind: 'projector' })).toMatchObject({ ok: false, code: 'auth/forbidden' });
    // A pair's command acts on the pair its credential belongs to, whatever it contains.
    expect(session.send({ type: 'pair.setWords', words: GRAN_ADULT, pairId: bears.pairId }, owls)).toMatchObject({ ok: false, code: 'payload/invalid' });
    session.must({ type: 'pair.setWords', words: GRAN_ADULT }, owls);
    expect(getPair(session.state, bears.pairId)?.words).toBeUndefined();
  });

  it('is refused for a removed pair', () => {
    const session = aSession().start();
    const bears = session.join('Bears');
    session.must({ type: 'pair.remove', pairId: bears.pairId }, FACILITATOR);
    expect(session.send({ type: 'pair.setWords', words: GRAN_ADULT }, bears)).toMatchObject({ ok: false });
  });

  it('stays private: other pairs and the projector never see it, the facilitator sees only the age mix', () => {
    const session = aSession().start();
    const bears = session.join('Bears');
    const owls = session.join('Owls');
    session.join('Foxes');
    session.must({ type: 'pair.setWords', words: { carer: { name: 'Rosalind' }, ageBand: 'adult' } }, bears);
    session.must({ type: 'pair.setWords', words: { carer: { preset: 'mom' }, ageBand: '10-13' } }, owls);

    const owlsView = JSON.stringify(pairView(session.state, owls.pairId, null));
    expect(owlsView).not.toContain('Rosalind');
    expect(pairView(session.state, owls.pairId, null)?.words).toEqual({ carer: { preset: 'mom' }, ageBand: '10-13' });
    expect(JSON.stringify(publicView(session.state))).not.toMatch(/Rosalind|adult|10-13/);

    const console = facilitatorView(session.state);
    expect(console.ageBands).toEqual({ '10-13': 1, '14-17': 0, adult: 1, unset: 1 });
    expect(JSON.stringify(console)).not.toContain('Rosalind');
  });
});
