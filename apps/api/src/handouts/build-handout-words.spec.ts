import { FULL_WORKSHOP, resolveAgenda } from '@kindred/content';
import { createSession, decide, evolve, initialState, parseCommand, type Actor, type CommandInput, type PairActor, type SessionState } from '@kindred/session';
import { buildHandout, type HandoutSessionInfo } from './build-handout';

/* Each pair's handout speaks its own words: its name for the grown-up and its age band's texts. */

const T0 = Date.UTC(2030, 4, 14, 17, 0, 0);
const FACILITATOR: Actor = { kind: 'facilitator', facilitatorId: 'fac-1' };

function room() {
  const agenda = resolveAgenda(FULL_WORKSHOP, { language: 'en', ageBand: 'teen' });
  const created = createSession({ sessionId: 'session-1', code: 'ABC234', agenda, createdAt: T0, facilitatorId: 'fac-1' });
  if (!created.ok) throw new Error(created.message);
  let state: SessionState = initialState(created.events[0]);
  const run = (input: CommandInput, actor: Actor = FACILITATOR) => {
    const parsed = parseCommand(input);
    if (!parsed.ok) throw new Error(parsed.message);
    const result = decide(state, parsed.command, actor, T0);
    if (!result.ok) throw new Error(`${input.type}: ${result.code}`);
    state = result.events.reduce(evolve, state);
  };
  return { run, get state() { return state; } };
}

const info: HandoutSessionInfo = {
  title: 'Spring workshop',
  language: 'en',
  ageBand: 'teen',
  scheduledFor: null,
  createdAt: new Date(T0),
  endedAt: null,
  privateRetentionDays: null,
  privateAnswersPurgedAt: null,
  facilitatorName: 'Ana',
};

describe('a handout in the pair\'s own words', () => {
  const session = room();
  const gran: PairActor = { kind: 'pair', pairId: 'gran', member: null };
  const mom: PairActor = { kind: 'pair', pairId: 'mom', member: null };
  session.run({ type: 'pair.join', name: 'Gran and Tom', members: {} }, gran);
  session.run({ type: 'pair.join', name: 'Owls', members: {} }, mom);
  session.run({ type: 'pair.setWords', words: { carer: { preset: 'gran' }, ageBand: 'adult' } }, gran);
  session.run({ type: 'session.start' });
  session.run({ type: 'segment.goto', segmentId: 'boundaries.reveal' });
  session.run({ type: 'answer.submit', segmentId: 'boundaries.reveal', role: 'son', answer: { type: 'choice', optionId: 'mention-once' } }, gran);
  session.run({ type: 'answer.submit', segmentId: 'boundaries.reveal', role: 'son', answer: { type: 'choice', optionId: 'step-in' } }, mom);
  session.run({ type: 'segment.goto', segmentId: 'independence.intro' });
  session.run({ type: 'session.end' });

  const granHandout = buildHandout(session.state, 'gran', info)!;
  const momHandout = buildHandout(session.state, 'mom', info)!;
  const question = (handout: typeof granHandout) => handout.topics.flatMap((topic) => topic.answers).find((a) => a.segmentId === 'boundaries.reveal')?.question.son;
  const topic = (handout: typeof granHandout, id: string) => handout.topics.find((t) => t.sectionId === id);

  it('names the grown-up as the pair chose, where the handout would say "Mother"', () => {
    expect(granHandout.pair.carer).toBe('Gran');
    expect(momHandout.pair.carer).toBe('Mom');
    expect(question(granHandout)).toContain('What do you want Gran to do?');
    expect(question(momHandout)).toContain('What do you want Mom to do?');
  });

  it('prints the pair\'s own age band: the adult son\'s question and take-home, the teen\'s for the other', () => {
    expect(question(granHandout)).toContain('quitting your job');
    expect(question(momHandout)).toContain('school project');
    expect(topic(granHandout, 'independence')?.takeHome.join(' ')).toContain('this month');
    expect(topic(momHandout, 'independence')?.takeHome.join(' ')).toContain('Hand over one job');
  });

  it('leaves no placeholder and no other pair\'s word in either copy', () => {
    for (const handout of [granHandout, momHandout]) expect(JSON.stringify(handout)).not.toContain('{carer}');
    expect(JSON.stringify(momHandout)).not.toContain('Gran');
  });
});
