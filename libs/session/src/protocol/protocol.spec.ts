import { COMMAND_SENDERS, COMMAND_TYPES, parseCommand, type CommandInput } from './commands';
import { ERROR_CODES, ERROR_MESSAGES, isErrorCode, rejection } from './errors';
import { estimateClockOffset } from './clock';
import { remainingAt } from './timer';
import { FULL_WORKSHOP, resolveAgenda } from '@kindred/content';
import { agendaForAudience } from './agenda';
import { LIMITS } from './limits';
import { everyKindAgenda } from '../testing/agenda-builder';

const VALID: CommandInput[] = [
  { type: 'session.start' },
  { type: 'session.start', segmentId: 'intro' },
  { type: 'session.end' },
  { type: 'session.lock' },
  { type: 'session.unlock' },
  { type: 'pair.remove', pairId: 'p1' },
  { type: 'segment.goto', segmentId: 's1' },
  { type: 'timer.start', segmentId: 's1' },
  { type: 'timer.pause', segmentId: 's1' },
  { type: 'timer.resume', segmentId: 's1' },
  { type: 'timer.adjust', segmentId: 's1', deltaMs: -30_000 },
  { type: 'timer.reset', segmentId: 's1' },
  { type: 'timer.expire', segmentId: 's1' },
  { type: 'poll.open', pollId: 'p' },
  { type: 'poll.close', pollId: 'p' },
  { type: 'poll.reveal', pollId: 'p' },
  { type: 'poll.hideAnswer', pollId: 'p', answerId: 'abc' },
  { type: 'reveal.end', segmentId: 's1' },
  { type: 'pair.join', name: 'Bears', members: { mother: 'Ann', son: null } },
  { type: 'pair.rename', name: 'Wolves' },
  { type: 'pair.setMembers', members: { son: 'Sam' } },
  { type: 'pair.setWords', words: { carer: { preset: 'gran' }, ageBand: 'adult' } },
  { type: 'answer.submit', segmentId: 's1', role: 'son', answer: { type: 'text', text: 'Hi' } },
  { type: 'answer.submit', segmentId: 's1', role: 'mother', answer: { type: 'choice', optionId: 'yes' } },
  { type: 'answer.reveal', segmentId: 's1' },
  { type: 'vote.cast', pollId: 'p', choice: { type: 'single', optionId: 'a' } },
  { type: 'vote.cast', pollId: 'p', role: 'mother', choice: { type: 'multiple', optionIds: ['a', 'b'] } },
  { type: 'vote.cast', pollId: 'p', choice: { type: 'scale', value: 5 } },
  { type: 'vote.cast', pollId: 'p', choice: { type: 'openText', text: 'More time outside' } },
  { type: 'commitment.save', segmentId: 'c', text: 'We will cook on Sundays.' },
  { type: 'devices.add', role: 'son', credential: 'c1', keep: 'c2' },
  { type: 'devices.merge', credential: 'c3' },
  { type: 'handout.share', shared: true },
  { type: 'pair.readmit', pairId: 'p1' },
  { type: 'topic.note', sectionId: 'feelings', note: 'Ran long, worth it' },
  { type: 'pair.join', name: 'Osos', members: {}, language: 'es' },
  { type: 'pair.setLanguage', language: 'es' },
  { type: 'session.setProjectorLanguages', languages: ['es'] },
  { type: 'session.setProjectorLanguages', languages: ['es', 'en'] },
];

describe('parseCommand', () => {
  it.each(VALID.map((command) => [command.type, command] as const))('accepts a valid %s', (_type, command) => {
    expect(parseCommand(command)).toMatchObject({ ok: true, command: { type: command.type } });
  });

  it('covers every command type with a valid example and a sender', () => {
    expect(new Set(VALID.map((command) => command.type))).toEqual(new Set(COMMAND_TYPES));
    expect(Object.keys(COMMAND_SENDERS).sort()).toEqual([...COMMAND_TYPES].sort());
  });

  it('trims names and turns an empty member name into an anonymous member', () => {
    const parsed = parseCommand({ type: 'pair.join', name: '  Bears ', members: { mother: ' ', son: 'Sam' } });
    expect(parsed).toEqual({ ok: true, command: { type: 'pair.join', name: 'Bears', members: { mother: null, son: 'Sam' } } });
  });

  it.each([
    ['not an object', 42],
    ['null', null],
    ['no type', { name: 'x' }],
    ['an unknown type', { type: 'session.explode' }],
    ['a non-string type', { type: 7 }],
  ])('refuses %s as an unknown command', (_label, input) => {
    expect(parseCommand(input)).toMatchObject({ ok: false, code: 'payload/unknown-command' });
  });

  it.each<[string, unknown]>([
    ['an unknown key', { type: 'session.start', admin: true }],
    ['a missing field', { type: 'segment.goto' }],
    ['a too long pair name', { type: 'pair.join', name: 'x'.repeat(LIMITS.pairName + 1), members: {} }],
    ['an empty pair name', { type: 'pair.join', name: '   ', members: {} }],
    ['a control character in a name', { type: 'pair.join', name: 'Bad\u0007', members: {} }],
    ['a too long member name', { type: 'pair.setMembers', members: { mother: 'x'.repeat(LIMITS.memberName + 1) } }],
    ['a too long answer', { type: 'answer.submit', segmentId: 's', role: 'son', answer: { type: 'text', text: 'x'.repeat(LIMITS.answerText + 1) } }],
    ['an unknown role', { type: 'answer.submit', segmentId: 's', role: 'father', answer: { type: 'text', text: 'x' } }],
    ['a scale out of range', { type: 'vote.cast', pollId: 'p', choice: { type: 'scale', value: 6 } }],
    ['a fractional scale', { type: 'vote.cast', pollId: 'p', choice: { type: 'scale', value: 2.5 } }],
    ['no option in a multiple vote', { type: 'vote.cast', pollId: 'p', choice: { type: 'multiple', optionIds: [] } }],
    ['a zero timer adjustment', { type: 'timer.adjust', segmentId: 's', deltaMs: 0 }],
    ['a huge timer adjustment', { type: 'timer.adjust', segmentId: 's', deltaMs: LIMITS.maxTimerDeltaMs + 1 }],
    ['a too long commitment', { type: 'commitment.save', segmentId: 'c', text: 'x'.repeat(LIMITS.commitmentText + 1) }],
    ['an empty commitment', { type: 'commitment.save', segmentId: 'c', text: '' }],
    ['a too long id', { type: 'segment.goto', segmentId: 'x'.repeat(LIMITS.id + 1) }],
    ['a language Kindred does not ship', { type: 'pair.setLanguage', language: 'fr' }],
    ['a regional variant as a language', { type: 'pair.setLanguage', language: 'es-MX' }],
    ['a language of the wrong type', { type: 'pair.setLanguage', language: ['es'] }],
    ['no language', { type: 'pair.setLanguage' }],
    ['an unknown join language', { type: 'pair.join', name: 'Osos', members: {}, language: 'xx' }],
    ['no projector language', { type: 'session.setProjectorLanguages', languages: [] }],
    ['the same projector language twice', { type: 'session.setProjectorLanguages', languages: ['es', 'es'] }],
    ['three projector languages', { type: 'session.setProjectorLanguages', languages: ['es', 'en', 'es'] }],
    ['a projector language as a string', { type: 'session.setProjectorLanguages', languages: 'es' }],
  ])('refuses %s as invalid with a readable message', (_label, input) => {
    const parsed = parseCommand(input);
    expect(parsed).toMatchObject({ ok: false, code: 'payload/invalid' });
    if (!parsed.ok) expect(parsed.message).toMatch(/^Invalid [a-z]+\.[a-zA-Z]+: /);
  });

  it('keeps newlines in long answers', () => {
    expect(parseCommand({ type: 'commitment.save', segmentId: 'c', text: 'one\ntwo' })).toMatchObject({ ok: true });
  });
});

describe('error codes', () => {
  it('has a message for every code', () => {
    for (const code of ERROR_CODES) expect(ERROR_MESSAGES[code].length).toBeGreaterThan(0);
    expect(isErrorCode('session/poll-closed')).toBe(true);
    expect(isErrorCode('toString')).toBe(false);
    expect(rejection('auth/forbidden')).toEqual({ code: 'auth/forbidden', message: ERROR_MESSAGES['auth/forbidden'] });
  });
});

describe('estimateClockOffset', () => {
  it('uses the sample with the shortest round trip', () => {
    const estimate = estimateClockOffset([
      { clientSentAt: 1000, serverNow: 6000, clientReceivedAt: 1400 }, // rtt 400
      { clientSentAt: 2000, serverNow: 7050, clientReceivedAt: 2100 }, // rtt 100, offset 5000
      { clientSentAt: 3000, serverNow: 1, clientReceivedAt: 2000 }, // negative rtt: ignored
    ]);
    expect(estimate).toEqual({ offsetMs: 5000, roundTripMs: 100 });
  });

  it('returns null without samples', () => {
    expect(estimateClockOffset([])).toBeNull();
  });
});

describe('remainingAt', () => {
  it('is never negative', () => {
    expect(remainingAt({ status: 'running', durationMs: 1000, endsAt: 5000 }, 4000)).toBe(1000);
    expect(remainingAt({ status: 'running', durationMs: 1000, endsAt: 5000 }, 9000)).toBe(0);
    expect(remainingAt({ status: 'paused', durationMs: 1000, remainingMs: 300 }, 9000)).toBe(300);
    expect(remainingAt({ status: 'idle', durationMs: 1000, remainingMs: 1000 }, 9000)).toBe(1000);
    expect(remainingAt({ status: 'expired', durationMs: 1000, endsAt: 5000 }, 1)).toBe(0);
  });
});

describe('agendaForAudience', () => {
  it('blanks the facilitator script for everyone else', () => {
    const agenda = everyKindAgenda();
    expect(agendaForAudience(agenda, 'facilitator')).toBe(agenda);
    const forPairs = agendaForAudience(agenda, 'pair');
    expect(JSON.stringify(forPairs)).not.toContain('Facilitator script');
    expect(forPairs.sections[0]?.segments[0]?.deviceText).toBe(agenda.sections[0]?.segments[0]?.deviceText);
  });

  it('keeps facilitator notes and the safety guide of a real plan on the console only', () => {
    const agenda = resolveAgenda(FULL_WORKSHOP, { language: 'en', ageBand: 'teen' });
    const secrets = [
      ...agenda.sections.flatMap((section) => section.segments).flatMap((segment) => [
        segment.script,
        ...(segment.notes ? [segment.notes.debrief, segment.notes.safety, ...segment.notes.stuck, ...segment.notes.talkingPoints] : []),
      ]),
      ...(agenda.guide ? [...agenda.guide.heated, ...agenda.guide.safeguarding, agenda.guide.contactHint] : []),
    ].filter((text): text is string => typeof text === 'string' && text.length > 0);
    expect(secrets.length).toBeGreaterThan(100);
    const forFacilitator = JSON.stringify(agendaForAudience(agenda, 'facilitator'));
    expect(secrets.every((text) => forFacilitator.includes(JSON.stringify(text).slice(1, -1)))).toBe(true);
    for (const audience of ['pair', 'member', 'projector'] as const) {
      const sent = agendaForAudience(agenda, audience);
      expect(sent.guide).toBeUndefined();
      expect(sent.sections.flatMap((section) => section.segments).filter((segment) => 'notes' in segment)).toEqual([]);
      const wire = JSON.stringify(sent);
      expect(secrets.filter((text) => wire.includes(JSON.stringify(text).slice(1, -1)))).toEqual([]);
      // What the room must see is still there: the agreements on the projector and phones.
      expect(wire).toContain('You can always pass');
    }
  });
});
