import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CURRICULUM } from '../curriculum';
import type { HandoutCatalogue, PluralText } from '../labels';
import { BUILT_IN_PLANS } from '../plans';
import type { LocalizedText } from '../schema/text';
import * as pairWordsText from '../words/pair-words-text';
import { walkLocalizedTexts } from './localized-texts';

/*
 * A translation that drops `{carer}` shows a pair a sentence with a hole in it; one that
 * invents `{name}` shows the braces. Both slip past the schema, so every translation is
 * held to English's placeholders here.
 */

/** The `{name}` placeholders of a text, as `fill` and `fillCarer` read them. */
function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? ''))].sort();
}

function placeholderProblem(path: string, language: string, english: string, translation: string): string[] {
  const want = placeholders(english);
  const got = placeholders(translation);
  const list = (names: string[]) => (names.length === 0 ? 'none' : names.map((name) => `{${name}}`).join(', '));
  return want.join() === got.join() ? [] : [`${path} [${language}]: placeholders ${list(got)}, English has ${list(want)}`];
}

describe('placeholders in the curriculum, the built-in plans and the pair-words texts', () => {
  const sources = { curriculum: CURRICULUM, plans: BUILT_IN_PLANS, pairWords: pairWordsText } as const;

  it.each(Object.entries(sources))('%s: every translation keeps exactly English’s placeholders', (name, source) => {
    const problems: string[] = [];
    let texts = 0;
    const check = (path: string, text: LocalizedText) => {
      texts += 1;
      for (const [language, translation] of Object.entries(text)) {
        if (language !== 'en') problems.push(...placeholderProblem(path, language, text.en, translation));
      }
    };
    walkLocalizedTexts(source, check, [name]);
    expect(problems).toEqual([]);
    // A walker that found nothing would pass anything.
    expect(texts).toBeGreaterThan(10);
  });

  it('sees the handout pages and the carer placeholder it checks', () => {
    const paths: string[] = [];
    walkLocalizedTexts(CURRICULUM, (path, text) => {
      if (text.en.includes('{carer}')) paths.push(path);
    });
    expect(paths.length).toBeGreaterThan(0);
    let handoutTexts = 0;
    walkLocalizedTexts(CURRICULUM.handout, () => (handoutTexts += 1));
    expect(handoutTexts).toBeGreaterThan(20);
  });
});

const PLURAL_CATEGORIES = new Set<string>(['zero', 'one', 'two', 'few', 'many', 'other']);

function isPluralText(value: object): value is PluralText {
  return 'other' in value && Object.keys(value).every((key) => PLURAL_CATEGORIES.has(key));
}

/** Every key of English's catalogue, deep, in `catalogue`: same shape, same placeholders, the language's plural forms. */
function catalogueProblems(language: string, english: unknown, translated: unknown, path = ''): string[] {
  const at = path || '(root)';
  if (typeof english === 'string') {
    if (typeof translated !== 'string' || translated.trim() === '') return [`${at} [${language}]: missing or empty`];
    return placeholderProblem(at, language, english, translated);
  }
  if (typeof english !== 'object' || english === null) return [`${at}: unexpected value in English`];
  if (typeof translated !== 'object' || translated === null) return [`${at} [${language}]: missing`];
  if (isPluralText(english)) {
    if (!isPluralText(translated)) return [`${at} [${language}]: not a plural text`];
    const needed = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
    const problems = needed.filter((category) => !(category in translated)).map((category) => `${at} [${language}]: no "${category}" form`);
    for (const [category, form] of Object.entries(translated)) {
      if (typeof form !== 'string' || form.trim() === '') problems.push(`${at}.${category} [${language}]: empty`);
      else problems.push(...placeholderProblem(`${at}.${category}`, language, english.other, form));
    }
    return problems;
  }
  const problems = Object.keys(translated)
    .filter((key) => !(key in english))
    .map((key) => `${path ? `${path}.` : ''}${key} [${language}]: not in English`);
  for (const [key, value] of Object.entries(english)) {
    problems.push(...catalogueProblems(language, value, (translated as Record<string, unknown>)[key], path ? `${path}.${key}` : key));
  }
  return problems;
}

describe('the label catalogues (labels/*.ts)', () => {
  const labelsDir = join(__dirname, '..', 'labels');
  /** A catalogue is a file named for its language that exports a const of that name. */
  const languages = readdirSync(labelsDir)
    .filter((file) => /^[a-z]{2,3}(?:-[A-Za-z0-9]+)*\.ts$/.test(file))
    .map((file) => file.replace(/\.ts$/, ''));
  const load = async (language: string): Promise<HandoutCatalogue> => {
    const module = (await import(join(labelsDir, language))) as Record<string, HandoutCatalogue | undefined>;
    const catalogue = module[language];
    if (!catalogue) throw new Error(`labels/${language}.ts exports no "${language}" catalogue`);
    return catalogue;
  };

  it('finds English and Spanish', () => {
    expect(languages).toEqual(expect.arrayContaining(['en', 'es']));
  });

  it.each(languages)('%s has every key of English, English’s placeholders and its own plural forms', async (language) => {
    const english = await load('en');
    expect(catalogueProblems(language, english, await load(language))).toEqual([]);
  });
});
