import { aSession, FACILITATOR, T0 } from '../testing/session-harness';
import { facilitatorView } from './views/facilitator-view';
import { pairView } from './views/pair-view';
import { publicView } from './views/public-view';
import { replay } from './replay';

describe('a pair\'s language', () => {
  it('is the session\'s until the pair joins in or switches to another, and only a change is logged', () => {
    const session = aSession().start();
    const bears = session.join('Bears');
    expect(pairView(session.state, bears.pairId, null)?.language).toBe('en');
    expect(session.must({ type: 'pair.setLanguage', language: 'en' }, bears)).toEqual([]);
    expect(session.must({ type: 'pair.setLanguage', language: 'es' }, bears)).toEqual([{ type: 'PairLanguageSet', pairId: bears.pairId, language: 'es', at: T0 }]);
    expect(pairView(session.state, bears.pairId, null)?.language).toBe('es');
  });

  it('records the language a pair joined in', () => {
    const session = aSession();
    const events = session.must({ type: 'pair.join', name: 'Osos', members: { mother: null, son: null }, language: 'es' }, { kind: 'pair', pairId: 'pair-osos', member: null, credential: null });
    expect(events).toEqual([expect.objectContaining({ type: 'PairJoined', language: 'es' })]);
    expect(pairView(session.state, 'pair-osos', null)?.language).toBe('es');
  });

  it('is the pair\'s own choice: not the facilitator\'s nor the projector\'s, and still possible after the end', () => {
    const session = aSession().start();
    const bears = session.join('Bears');
    expect(session.send({ type: 'pair.setLanguage', language: 'es' }, FACILITATOR)).toMatchObject({ ok: false, code: 'auth/forbidden' });
    expect(session.send({ type: 'pair.setLanguage', language: 'es' }, { kind: 'projector' })).toMatchObject({ ok: false, code: 'auth/forbidden' });
    session.must({ type: 'session.end' }, FACILITATOR);
    expect(session.send({ type: 'pair.setLanguage', language: 'es' }, bears)).toMatchObject({ ok: true });
    expect(pairView(session.state, bears.pairId, null)?.language).toBe('es');
  });

  it('reaches the console only as counts per language', () => {
    const session = aSession().start();
    const bears = session.join('Bears');
    const owls = session.join('Owls');
    session.join('Foxes');
    session.must({ type: 'pair.setLanguage', language: 'es' }, bears);
    session.must({ type: 'pair.setLanguage', language: 'es' }, owls);
    session.must({ type: 'pair.remove', pairId: owls.pairId }, FACILITATOR);
    const console = facilitatorView(session.state);
    expect(console.languages).toEqual({ en: 1, es: 1 });
    expect(console.pairs.every((pair) => !('language' in pair))).toBe(true);
    expect(JSON.stringify(publicView(session.state))).not.toContain('"es"');
  });

  it('survives a replay of the log', () => {
    const session = aSession().start();
    const bears = session.join('Bears');
    session.must({ type: 'pair.setLanguage', language: 'es' }, bears);
    session.must({ type: 'session.setProjectorLanguages', languages: ['es', 'en'] }, FACILITATOR);
    const replayed = replay(session.log);
    expect(pairView(replayed, bears.pairId, null)?.language).toBe('es');
    expect(publicView(replayed).projectorLanguages).toEqual(['es', 'en']);
  });
});

describe('the projector\'s languages', () => {
  it('start as the session\'s and are the facilitator\'s choice of one or two', () => {
    const session = aSession();
    expect(publicView(session.state).projectorLanguages).toEqual(['en']);
    expect(session.must({ type: 'session.setProjectorLanguages', languages: ['en'] }, FACILITATOR)).toEqual([]);
    expect(session.must({ type: 'session.setProjectorLanguages', languages: ['es', 'en'] }, FACILITATOR)).toEqual([{ type: 'ProjectorLanguagesSet', languages: ['es', 'en'], at: T0 }]);
    expect(publicView(session.state).projectorLanguages).toEqual(['es', 'en']);
    const bears = session.join('Bears');
    expect(session.send({ type: 'session.setProjectorLanguages', languages: ['es'] }, bears)).toMatchObject({ ok: false, code: 'auth/forbidden' });
  });
});
