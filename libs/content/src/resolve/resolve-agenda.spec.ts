import type { AgendaSegment } from '../agenda';
import { CURRICULUM } from '../curriculum';
import { walkLocalizedTexts } from '../curriculum-check/localized-texts';
import { InvalidPlanError } from '../plan/load-plan';
import { planTotalSec } from '../plan/plan-total';
import { FULL_WORKSHOP, TASTER } from '../plans';
import type { Curriculum } from '../schema/curriculum';
import type { Plan } from '../schema/plan';
import { describePlan, describeTopics } from './catalogue';
import { languageFallbacks } from './localize';
import { resolveAgenda } from './resolve-agenda';
import { resolveHandout } from './resolve-handout';

function findSegment(segments: AgendaSegment[], id: string): AgendaSegment {
  const segment = segments.find((candidate) => candidate.id === id);
  if (!segment) throw new Error(`no segment ${id}`);
  return segment;
}

const agendaSegments = (plan: Plan, ageBand: 'teen' | 'adult', language = 'en', curriculum?: Curriculum) =>
  resolveAgenda(plan, { language, ageBand }, curriculum).sections.flatMap((section) => section.segments);

/** The shipped curriculum with a few strings in Spanish, as a translator would start. */
function partlySpanish(): Curriculum {
  const curriculum = structuredClone(CURRICULUM);
  // English only first: the shipped topics may already carry Spanish.
  walkLocalizedTexts(curriculum, (_, text) => {
    for (const language of Object.keys(text)) if (language !== 'en') delete text[language];
  });
  const [first] = curriculum.topics;
  const talk = first?.segments[1];
  if (!first || talk?.kind !== 'pairTalk') throw new Error('fixture changed');
  first.title = { en: 'Saying how we really feel', es: 'Decir lo que de verdad sentimos' };
  talk.prompts[1] = {
    teen: { en: 'Which feeling is hardest to show at home?', es: '¿Qué sentimiento te cuesta más mostrar en casa?' },
    adult: { en: 'Which feeling is hardest to show each other?', es: '¿Qué sentimiento os cuesta más mostraros?' },
  };
  return curriculum;
}

describe('resolveAgenda', () => {
  it('picks the adult-son wording for an adult age band and the teen wording otherwise', () => {
    const teen = findSegment(agendaSegments(FULL_WORKSHOP, 'teen'), 'boundaries.reveal');
    const adult = findSegment(agendaSegments(FULL_WORKSHOP, 'adult'), 'boundaries.reveal');
    if (teen.kind !== 'privateReveal' || adult.kind !== 'privateReveal') throw new Error('expected reveals');
    expect(teen.question.son).toContain('school project');
    expect(adult.question.son).toContain('quitting your job');
    expect(adult.question.mother).toContain('Your son is thinking about quitting his job');
  });

  it('uses the same text for both age bands where no variant is needed', () => {
    const teen = findSegment(agendaSegments(FULL_WORKSHOP, 'teen'), 'legacy.intro');
    const adult = findSegment(agendaSegments(FULL_WORKSHOP, 'adult'), 'legacy.intro');
    expect(adult.script).toBe(teen.script);
  });

  it('uses a translation where there is one and falls back to English where there is not', () => {
    const curriculum = partlySpanish();
    const agenda = resolveAgenda(TASTER, { language: 'es', ageBand: 'adult' }, curriculum);
    const first = agenda.sections.find((section) => section.id === 'emotional-needs');
    expect(first?.title).toBe('Decir lo que de verdad sentimos');
    expect(first?.summary).toBe('Both of you can say what you feel here, and nobody judges or rushes to fix it.');
    const talk = findSegment(first?.segments ?? [], 'emotional-needs.talk');
    expect(talk.kind === 'pairTalk' && talk.prompts[1]).toBe('¿Qué sentimiento os cuesta más mostraros?');
    expect(talk.kind === 'pairTalk' && talk.prompts[0]).toBe('When did you feel really happy this week? What happened?');
    // The taster's own title is translated; the untranslated texts above fall back to English.
    expect(agenda.title).toBe('Muestra de una hora');
    expect(agenda.language).toBe('es');
  });

  it('falls back from a regional language to its base language, then English', () => {
    expect(languageFallbacks('es-MX')).toEqual(['es-MX', 'es', 'en']);
    const agenda = resolveAgenda(TASTER, { language: 'es-MX', ageBand: 'teen' }, partlySpanish());
    expect(agenda.sections[1]?.title).toBe('Decir lo que de verdad sentimos');
    expect(resolveAgenda(TASTER, { language: 'fr', ageBand: 'teen' }).sections[1]?.title).toBe('Saying how we really feel');
  });

  it('applies the plan: order, breaks, skipped segments and duration overrides', () => {
    const agenda = resolveAgenda(FULL_WORKSHOP, { language: 'en', ageBand: 'teen' });
    expect(agenda.sections.map((section) => section.topicNumber)).toEqual([null, 2, 1, 3, null, 8, 4, 5, null, 7, 9, 6, null]);
    expect(agenda.sections.map((section) => section.kind).filter((kind) => kind === 'frame')).toHaveLength(2);
    expect(agenda.sections[0]?.segments.map((segment) => segment.id)).toEqual(['opening.welcome', 'opening.agreements', 'opening.check-in']);
    const pause = agenda.sections[4];
    expect(pause).toMatchObject({ kind: 'break', id: 'break-1', title: 'Break', keyIdeas: [], takeHome: [] });
    expect(pause?.segments).toEqual([expect.objectContaining({ kind: 'break', id: 'break-1', durationSec: 600 })]);
    const ids = agenda.sections.flatMap((section) => section.segments.map((segment) => segment.id));
    expect(ids).not.toContain('boundaries.deeper');
    expect(ids).toContain('legacy.deeper');
    expect(ids.at(-1)).toBe('closing.word');
    expect(findSegment(agendaSegments(TASTER, 'teen'), 'shared-moments.talk').durationSec).toBe(240);
  });

  it('totals every segment and the transitions between sections, equal to the plan total', () => {
    const agenda = resolveAgenda(FULL_WORKSHOP, { language: 'en', ageBand: 'adult' });
    const sum = agenda.sections.flatMap((section) => section.segments).reduce((total, s) => total + s.durationSec, 0);
    expect(agenda.transitionSec).toBe(60);
    expect(agenda.totalSec).toBe(sum + 60 * (agenda.sections.length - 1));
    expect(agenda.totalSec).toBe(planTotalSec(FULL_WORKSHOP));
  });

  it('contains only plain strings: every language and age-band choice has been made', () => {
    const agenda = resolveAgenda(FULL_WORKSHOP, { language: 'en', ageBand: 'adult' });
    const leftovers: string[] = [];
    JSON.stringify(agenda, (key, value: unknown) => {
      // The pairs' texts are plain strings too, kept per age band on purpose (see agendaForPair).
      if (key === 'overlays') return undefined;
      if (typeof value === 'object' && value !== null && ('en' in value || 'teen' in value)) leftovers.push(key);
      return value;
    });
    expect(leftovers).toEqual([]);
  });

  it('throws on a plan that does not fit the curriculum', () => {
    const broken: Plan = { ...TASTER, items: [{ kind: 'topic', topicId: 'cooking' }] };
    expect(() => resolveAgenda(broken, { language: 'en', ageBand: 'teen' })).toThrow(InvalidPlanError);
  });
});

describe('handout and catalogue', () => {
  it('resolves the closing handout for an age band', () => {
    const teen = resolveHandout({ language: 'en', ageBand: 'teen' });
    const adult = resolveHandout({ language: 'en', ageBand: 'adult' });
    expect(teen.sections.map((section) => section.id)).toEqual([
      'small-gestures',
      'one-on-one',
      'listening',
      'everyday-moments',
      'shared-interests',
    ]);
    expect(teen.sections[0]?.tips[0]).toContain('lunchbox');
    expect(teen.startHere.keyPhrases).toHaveLength(3);
    expect(teen.resources.items.join(' ')).not.toMatch(/\d{3}/); // kinds of help, no invented numbers
    expect(adult.sections[0]?.tips[0]).not.toContain('lunchbox');
  });

  it('lists topics and describes plans for the plan picker', () => {
    const topics = describeTopics({ language: 'en', ageBand: 'teen' });
    expect(topics.map((topic) => topic.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(topics[0]?.segments[0]).toEqual({
      id: 'emotional-needs.intro',
      kind: 'intro',
      title: 'Saying how we really feel',
      durationSec: 120,
    });
    expect(describePlan(FULL_WORKSHOP, { language: 'en', ageBand: 'teen' })).toMatchObject({
      id: 'full-workshop',
      targetMinutes: 180,
      breakCount: 2,
      totalSec: planTotalSec(FULL_WORKSHOP),
      series: null,
    });
  });
});
