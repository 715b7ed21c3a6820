import { CURRICULUM } from '../curriculum';
import type { Curriculum } from '../schema/curriculum';
import { walkLocalizedTexts } from './localized-texts';
import { loadCurriculum } from './load-curriculum';

/** A deep, mutable copy of the shipped curriculum. */
function curriculumJson(): Curriculum {
  return structuredClone(CURRICULUM);
}

function problemsOf(input: unknown): string[] {
  const result = loadCurriculum(input);
  return result.ok ? [] : result.problems;
}

describe('loadCurriculum', () => {
  it('names the path of a poll with too few options', () => {
    const json = curriculumJson();
    const poll = json.topics[3]?.segments[3];
    if (poll?.kind !== 'poll') throw new Error('expected the boundaries poll at topics[3].segments[3]');
    poll.poll = { type: 'single', options: [{ id: 'only', label: { en: 'Only one' } }] };
    expect(problemsOf(json)).toEqual(['topics[3].segments[3].poll.options: at least 2 options']);
  });

  it('names duplicate segment ids, wherever they are', () => {
    const json = curriculumJson();
    const segment = json.topics[1]?.segments[2];
    if (!segment) throw new Error('fixture changed');
    segment.id = 'shared-moments.talk';
    expect(problemsOf(json)).toEqual([
      'topics[1].segments[2].id: duplicate segment id "shared-moments.talk" (first used at topics[1].segments[1])',
    ]);
  });

  it('names a segment id that does not carry its topic id', () => {
    const json = curriculumJson();
    const segment = json.topics[0]?.segments[1];
    if (!segment) throw new Error('fixture changed');
    segment.id = 'feelings.talk';
    expect(problemsOf(json)).toEqual(['topics[0].segments[1].id: must start with "emotional-needs."']);
  });

  it('names topics that are out of order or miss a required kind', () => {
    const json = curriculumJson();
    const [first, second] = json.topics;
    if (!first || !second) throw new Error('fixture changed');
    json.topics[0] = second;
    json.topics[1] = first;
    second.segments = second.segments.filter((segment) => segment.kind !== 'privateReveal');
    expect(problemsOf(json)).toEqual([
      'topics[0].number: expected 1 (topics are numbered in order from 1)',
      'topics[0].segments: missing a privateReveal segment',
      'topics[1].number: expected 2 (topics are numbered in order from 1)',
    ]);
  });

  it('names a pair talk outside 4 to 10 minutes and with too many prompts', () => {
    const json = curriculumJson();
    const talk = json.topics[2]?.segments[1];
    if (talk?.kind !== 'pairTalk') throw new Error('fixture changed');
    talk.durationSec = 900;
    talk.prompts = [...talk.prompts, { en: 'One more?' }, { en: 'And another?' }];
    expect(problemsOf(json)).toEqual([
      'topics[2].segments[1].durationSec: a pairTalk segment lasts at most 600 s (10 min)',
      'topics[2].segments[1].prompts: at most 4 prompts',
    ]);
  });

  it('rejects an unknown curriculum version', () => {
    expect(problemsOf({ ...curriculumJson(), schemaVersion: 2 })).toEqual([
      'schemaVersion: unknown version 2 (this build reads 1 to 1)',
    ]);
  });
});

describe('adding a language is a data change', () => {
  it('lists every string still missing when Spanish is declared but only partly translated', () => {
    const json = curriculumJson();
    json.languages = ['en', 'es'];
    // English only first: the shipped topics may already carry Spanish.
    walkLocalizedTexts(json, (_, text) => {
      for (const language of Object.keys(text)) if (language !== 'en') delete text[language];
    });
    const [first] = json.topics;
    if (!first) throw new Error('fixture changed');
    first.title = { en: 'Saying how we really feel', es: 'Decir lo que de verdad sentimos' };
    const problems = problemsOf(json);
    expect(problems).toContain('topics[0].summary: missing "es" translation');
    expect(problems).toContain('topics[0].segments[1].prompts[1].adult: missing "es" translation');
    expect(problems).not.toContain('topics[0].title: missing "es" translation');
  });

  it('loads once every string has its Spanish text, with no code change', () => {
    const json = curriculumJson();
    json.languages = ['en', 'es'];
    walkLocalizedTexts(json, (_, text) => {
      text['es'] = `[es] ${text.en}`;
    });
    expect(loadCurriculum(json).ok).toBe(true);
  });
});
