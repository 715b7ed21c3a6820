import type { Agenda, AgendaSegment } from '../agenda';
import { CURRICULUM } from '../curriculum';
import { BUILT_IN_PLANS, EVENING_SERIES, FULL_WORKSHOP } from '../plans';
import { resolveAgenda } from '../resolve/resolve-agenda';
import { resolveHandout } from '../resolve/resolve-handout';
import type { Segment } from '../schema/segment';
import { isAgeBandVariants, type ContentText } from '../schema/text';
import { agendaForPair, CARER_PLACEHOLDER, carerWord, fillCarer } from './pair-words';

const variants = (text: ContentText | undefined): string[] =>
  text === undefined ? [] : isAgeBandVariants(text) ? [text.teen.en, text.adult.en] : [text.en];

/** Every string a pair reads on its phone or handout, by where it comes from. */
function familyFacing(segment: Segment): [string, ContentText | undefined][] {
  const own: [string, ContentText | undefined][] = [['deviceText', segment.deviceText]];
  switch (segment.kind) {
    case 'pairTalk':
      return [...own, ...segment.prompts.map((p, i) => [`prompts[${i}]`, p] as [string, ContentText]), ['halfway', segment.halfway], ['bonus', segment.bonus]];
    case 'privateReveal':
      return [
        ...own,
        ['question.mother', segment.question.mother],
        ['question.son', segment.question.son],
        ...(segment.answer.type === 'choice' ? segment.answer.options.map((o) => [`option ${o.id}`, o.label] as [string, ContentText]) : []),
      ];
    case 'poll':
      return [...own, ['question', segment.question], ...('options' in segment.poll ? segment.poll.options.map((o) => [`option ${o.id}`, o.label] as [string, ContentText]) : [])];
    case 'commitment':
      return [...own, ['prompt', segment.prompt], ...segment.examples.map((e, i) => [`examples[${i}]`, e] as [string, ContentText])];
    default:
      return own;
  }
}

const owners = [...CURRICULUM.topics, ...CURRICULUM.frames];

describe('each pair its own word for the carer', () => {
  it('never hard-codes "Mom" (or Mum, "my mother") in what a pair reads: the placeholder stands there', () => {
    const hardCoded: string[] = [];
    const check = (where: string, text: ContentText | undefined) => {
      for (const en of variants(text)) if (/\b(mom|mum|mommy|my mother|your mother)\b/i.test(en)) hardCoded.push(`${where}: ${en}`);
    };
    for (const owner of owners) {
      check(`${owner.id}.summary`, owner.summary);
      for (const topic of CURRICULUM.topics.filter((t) => t.id === owner.id)) [...topic.keyIdeas, ...topic.takeHome].forEach((text, i) => check(`${topic.id} handout ${i}`, text));
      for (const segment of owner.segments) for (const [field, text] of familyFacing(segment)) check(`${segment.id}.${field}`, text);
    }
    const handout = resolveHandout({ language: 'en', ageBand: 'teen' });
    for (const text of [handout.intro, handout.closing, ...handout.sections.flatMap((s) => s.tips), ...handout.startHere.keyPhrases]) check('handout', { en: text });
    expect(hardCoded).toEqual([]);
  });

  it('uses the placeholder where the son speaks to or about his grown-up', () => {
    const withPlaceholder = owners.flatMap((owner) => owner.segments).filter((segment) => familyFacing(segment).some(([, text]) => variants(text).some((en) => en.includes(CARER_PLACEHOLDER))));
    // At least every topic's reveal or talk names the grown-up in the pair's own word.
    expect(withPlaceholder.length).toBeGreaterThanOrEqual(9);
  });

  it('keeps the placeholder out of what only the facilitator and the projector read (scripts, notes, titles)', () => {
    const leaks: string[] = [];
    for (const owner of owners) {
      for (const text of variants(owner.title)) if (text.includes(CARER_PLACEHOLDER)) leaks.push(`${owner.id}.title`);
      for (const segment of owner.segments) {
        const consoleOnly = [segment.title, segment.script, segment.notes?.debrief, segment.notes?.safety, ...(segment.notes?.stuck ?? []), ...(segment.notes?.talkingPoints ?? [])];
        for (const text of consoleOnly) for (const en of variants(text)) if (en.includes(CARER_PLACEHOLDER)) leaks.push(`${segment.id}: ${en}`);
      }
    }
    expect(leaks).toEqual([]);
  });

  it('fills the word in, capitalized at the start of a sentence and nowhere else', () => {
    expect(fillCarer('{carer}: what do you see?', 'the grown-up', 'Grown-up')).toBe('Grown-up: what do you see?');
    expect(fillCarer('{carer}: what do you see?', 'Gran')).toBe('Gran: what do you see?');
    expect(fillCarer('Halfway: swap. Now {carer} answers.', 'the grown-up')).toBe('Halfway: swap. Now the grown-up answers.');
    expect(fillCarer('Son: teach {carer} something. {carer}: teach back.', 'Gran')).toBe('Son: teach Gran something. Gran: teach back.');
    expect(fillCarer("Which picture fits {carer}'s role?", 'Ana')).toBe("Which picture fits Ana's role?");
  });
});

const segmentsOf = (agenda: Agenda): AgendaSegment[] => agenda.sections.flatMap((section) => section.segments);
const find = (agenda: Agenda, id: string) => segmentsOf(agenda).find((segment) => segment.id === id);

describe('agendaForPair', () => {
  const room = resolveAgenda(FULL_WORKSHOP, { language: 'en', ageBand: 'teen' });

  it('gives the room (projector, console) neutral words: no placeholder and no "Mom" anywhere', () => {
    const { forPairs: _pairs, ...shown } = room;
    const json = JSON.stringify(shown);
    expect(json).not.toContain(CARER_PLACEHOLDER);
    expect(json).not.toMatch(/\bMom\b/);
    const reveal = find(room, 'independence.reveal');
    expect(reveal?.kind === 'privateReveal' && reveal.answer.type === 'choice' && reveal.answer.options[0]?.label).toBe('The grown-up, straight away');
  });

  it('speaks each pair its own word and its own age band, in one room', () => {
    const gran = agendaForPair(room, { carer: { preset: 'gran' }, ageBand: 'adult' });
    const mom = agendaForPair(room, null);
    const named = agendaForPair(room, { carer: { name: 'Rosa' }, ageBand: '10-13' });

    const question = (agenda: Agenda, id: string) => {
      const segment = find(agenda, id);
      return segment?.kind === 'privateReveal' ? segment.question : null;
    };
    expect(question(gran, 'boundaries.reveal')?.son).toBe('You are thinking about quitting your job with nothing else lined up. What do you want Gran to do?');
    expect(question(mom, 'boundaries.reveal')?.son).toBe("You have a big school project due tomorrow and haven't started. What do you want Mom to do?");
    expect(question(named, 'learning-together.reveal')?.son).toBe('What would you like Rosa to teach you?');
    expect(gran.ageBand).toBe('adult');
    expect(mom.ageBand).toBe('teen');
    for (const agenda of [gran, mom, named]) expect(JSON.stringify(agenda.sections)).not.toContain(CARER_PLACEHOLDER);
  });

  it('keeps the parentification-risk prompt for adult sons only', () => {
    const talk = (agenda: Agenda) => find(agenda, 'independence.talk');
    const prompts = (agenda: Agenda) => {
      const segment = talk(agenda);
      return segment?.kind === 'pairTalk' ? segment.prompts.join(' ') : '';
    };
    expect(prompts(agendaForPair(room, { carer: { preset: 'mum' }, ageBand: 'adult' }))).toContain('Mum: when have you leaned on your son?');
    expect(prompts(agendaForPair(room, { carer: { preset: 'mum' }, ageBand: '14-17' }))).not.toContain('leaned on your son');
  });

  it('gives adult pairs the bonus prompt as part of the talk, and younger pairs as a finished-early extra', () => {
    const lead = (agenda: Agenda) => {
      const segment = find(agenda, 'emotional-needs.talk');
      return segment?.kind === 'pairTalk' ? segment.bonusLead : undefined;
    };
    expect(lead(agendaForPair(room, { carer: { preset: 'mom' }, ageBand: 'adult' }))).toBe('There is time for this one too:');
    expect(lead(agendaForPair(room, { carer: { preset: 'mom' }, ageBand: '10-13' }))).toBe('Finished early?');
  });

  it('leaves the timings alone: every pair runs the plan the step timer follows', () => {
    const adult = agendaForPair(room, { carer: { preset: 'auntie' }, ageBand: 'adult' });
    expect(segmentsOf(adult).map((s) => [s.id, s.durationSec])).toEqual(segmentsOf(room).map((s) => [s.id, s.durationSec]));
  });

  it('stores only the texts that differ from the room, for every built-in plan', () => {
    for (const plan of BUILT_IN_PLANS) {
      const agenda = resolveAgenda(plan, { language: 'en', ageBand: 'teen' });
      const all = segmentsOf(agenda).length;
      expect(Object.keys(agenda.forPairs?.overlays.teen.segments ?? {}).length).toBeLessThan(all);
    }
    const series = resolveAgenda(EVENING_SERIES[0]!, { language: 'en', ageBand: 'teen' });
    expect(series.forPairs?.carers.map((c) => c.label)).toEqual(['Mom', 'Mum', 'Mama', 'Gran', 'Grandma', 'Auntie']);
  });

  it('returns an agenda made before pairs chose words unchanged, and names the carer "Mom" until they choose', () => {
    const { forPairs: _dropped, ...old } = room;
    expect(agendaForPair(old, { carer: { preset: 'gran' }, ageBand: 'adult' })).toBe(old);
    expect(carerWord(room, null)).toBe('Mom');
    expect(carerWord(room, { name: 'Lucía' })).toBe('Lucía');
  });
});
