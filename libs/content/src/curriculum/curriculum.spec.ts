import type { SegmentKind } from '../agenda';
import { REQUIRED_TOPIC_SEGMENT_KINDS } from '../curriculum-check/check-curriculum';
import { loadCurriculum } from '../curriculum-check/load-curriculum';
import { walkLocalizedTexts } from '../curriculum-check/localized-texts';
import type { Option, Segment } from '../schema/segment';
import { ContentTextSchema, isAgeBandVariants, type ContentText } from '../schema/text';
import { CURRICULUM, SHIPPED_LANGUAGES } from '.';

const { topics, frames } = CURRICULUM;
const allSegments = [...topics, ...frames].flatMap((owner) => owner.segments);
const segmentsOf = <K extends SegmentKind>(kind: K) =>
  allSegments.filter((segment): segment is Extract<Segment, { kind: K }> => segment.kind === kind);

/** The order and meaning of CONTENT.md's nine topics. */
const CONTENT_MD_ORDER = [
  'emotional-needs',
  'shared-moments',
  'growing-conversations',
  'boundaries',
  'navigating-change',
  'legacy',
  'emotional-intelligence',
  'learning-together',
  'independence',
];

describe('the shipped curriculum', () => {
  it('passes the validating loader (schema, ids, required kinds, translations)', () => {
    const result = loadCurriculum(JSON.parse(JSON.stringify(CURRICULUM)));
    if (!result.ok) throw new Error(result.problems.join('\n'));
  });

  it('has the nine topics of CONTENT.md, numbered 1 to 9 in that order', () => {
    expect(topics.map((topic) => topic.id)).toEqual(CONTENT_MD_ORDER);
    expect(topics.map((topic) => topic.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it.each(topics.map((topic) => [topic.id, topic] as const))('%s has every segment kind CONTENT.md asks for', (_, topic) => {
    const kinds = new Set(topic.segments.map((segment) => segment.kind));
    for (const kind of REQUIRED_TOPIC_SEGMENT_KINDS) expect(kinds).toContain(kind);
    expect(topic.segments[0]?.kind).toBe('intro');
    expect(topic.keyIdeas.length).toBeGreaterThanOrEqual(2);
    expect(topic.keyIdeas.length).toBeLessThanOrEqual(3);
    expect(topic.takeHome).toHaveLength(1);
  });

  it('has pair talks of 4 to 10 minutes with 2 to 4 prompts', () => {
    for (const talk of segmentsOf('pairTalk')) {
      expect(talk.durationSec).toBeGreaterThanOrEqual(4 * 60);
      expect(talk.durationSec).toBeLessThanOrEqual(10 * 60);
      expect(talk.prompts.length).toBeGreaterThanOrEqual(2);
      expect(talk.prompts.length).toBeLessThanOrEqual(4);
    }
  });

  it('gives every choice at least two options with unique ids', () => {
    const optionLists: Option[][] = [
      ...segmentsOf('poll').flatMap((poll) => ('options' in poll.poll ? [poll.poll.options] : [])),
      ...segmentsOf('privateReveal').flatMap((reveal) => (reveal.answer.type === 'choice' ? [reveal.answer.options] : [])),
    ];
    expect(optionLists.length).toBeGreaterThan(9);
    for (const options of optionLists) {
      expect(options.length).toBeGreaterThanOrEqual(2);
      expect(new Set(options.map((option) => option.id)).size).toBe(options.length);
    }
    for (const poll of segmentsOf('poll')) {
      if (poll.poll.type === 'multiple') expect(poll.poll.maxChoices).toBeLessThanOrEqual(poll.poll.options.length);
    }
  });

  it('splits several polls by role, always with one vote per member', () => {
    const byRole = segmentsOf('poll').filter((poll) => poll.audience === 'byRole');
    expect(byRole.length).toBeGreaterThanOrEqual(5);
    for (const poll of byRole) expect(poll.voter).toBe('member');
  });

  it('uses every poll type somewhere', () => {
    expect(new Set(segmentsOf('poll').map((poll) => poll.poll.type))).toEqual(
      new Set(['single', 'multiple', 'scale', 'openText']),
    );
  });

  it('has every string in every shipped language', () => {
    expect(SHIPPED_LANGUAGES).toContain('en');
    const missing: string[] = [];
    let strings = 0;
    walkLocalizedTexts(CURRICULUM, (path, text) => {
      strings += 1;
      for (const language of SHIPPED_LANGUAGES) {
        if ((text[language] ?? '').trim() === '') missing.push(`${path}: ${language}`);
      }
    });
    expect(missing).toEqual([]);
    expect(strings).toBeGreaterThan(400);
  });

  it('uses stable, unique ids', () => {
    const topicIds = [...topics, ...frames].map((topic) => topic.id);
    const segmentIds = allSegments.map((segment) => segment.id);
    expect(new Set(topicIds).size).toBe(topicIds.length);
    expect(new Set(segmentIds).size).toBe(segmentIds.length);
    for (const topic of [...topics, ...frames]) {
      for (const segment of topic.segments) expect(segment.id.startsWith(`${topic.id}.`)).toBe(true);
    }
  });

  it('gives adult-son wording where the teen wording would not fit', () => {
    const topicsWithVariants = topics.filter((topic) => {
      let found = false;
      walkTexts(topic, (text) => {
        found ||= isAgeBandVariants(text);
      });
      return found;
    });
    expect(topicsWithVariants.length).toBeGreaterThanOrEqual(7);
  });

  it('keeps device texts and summaries short enough for a phone', () => {
    const long: string[] = [];
    walkLocalizedTexts(CURRICULUM, (path, text) => {
      const limit = path.endsWith('.deviceText') || /\.deviceText\.(teen|adult)$/.test(path) ? 130 : path.endsWith('summary') ? 120 : Infinity;
      for (const translation of Object.values(text)) if (translation.length > limit) long.push(`${path}: ${translation}`);
    });
    expect(long).toEqual([]);
  });
});

/** Prompts the reviewers named as able to open grief, conflict or something private. */
const SENSITIVE = [
  'emotional-needs.reveal',
  'growing-conversations.deeper',
  'boundaries.talk',
  'navigating-change.talk',
  'legacy.talk',
  'emotional-intelligence.talk',
  'independence.reveal',
];

const en = (text: ContentText | undefined): string => {
  if (!text) return '';
  return isAgeBandVariants(text) ? `${text.teen.en} ${text.adult.en}` : text.en;
};

describe("the facilitator's layer", () => {
  it('has the frame every evening needs: opening (welcome, agreements, check-in), review, closing', () => {
    expect(frames.map((frame) => frame.id)).toEqual(['opening', 'review', 'closing']);
    const opening = frames[0]?.segments.map((segment) => segment.kind);
    expect(opening).toEqual(['intro', 'intro', 'poll']);
    const checkIn = frames[0]?.segments[2];
    expect(checkIn?.kind === 'poll' && checkIn.poll.type).toBe('openText');
    const agreements = en(frames[0]?.segments[1]?.deviceText);
    for (const agreement of ['pass', 'stays there', 'Screens away', 'pause']) expect(agreements).toContain(agreement);
    expect(frames[2]?.segments.some((segment) => segment.kind === 'poll' && en(segment.question).includes('today'))).toBe(true);
  });

  it.each(SENSITIVE)('%s is marked sensitive and carries a safety note', (id) => {
    const segment = allSegments.find((candidate) => candidate.id === id);
    expect(segment?.sensitive).toBe(true);
    expect(en(segment?.notes?.safety).length).toBeGreaterThan(40);
  });

  it('gives every pair talk stuck-pair lines, a debrief, a halfway swap and a bonus prompt, and teens five minutes at most', () => {
    const lacking = segmentsOf('pairTalk').flatMap((talk) => [
      ...((talk.notes?.stuck?.length ?? 0) === 0 ? [`${talk.id}: stuck-pair lines`] : []),
      ...(talk.notes?.debrief ? [] : [`${talk.id}: debrief`]),
      ...(talk.halfway ? [] : [`${talk.id}: halfway swap`]),
      ...(talk.bonus ? [] : [`${talk.id}: bonus prompt`]),
      ...(talk.durationSec > 5 * 60 ? [`${talk.id}: longer than 5 minutes`] : []),
    ]);
    expect(lacking).toEqual([]);
  });

  it('gives every poll two or three talking points for its results', () => {
    const lacking = segmentsOf('poll').filter((poll) => (poll.notes?.talkingPoints?.length ?? 0) < 2).map((poll) => poll.id);
    expect(lacking).toEqual([]);
  });

  it('lets anyone pass on a reveal: every choice list has "rather not say", and every reveal a debrief', () => {
    const lacking = segmentsOf('privateReveal').flatMap((reveal) => [
      ...(reveal.notes?.debrief ? [] : [`${reveal.id}: debrief`]),
      ...(reveal.answer.type === 'choice' && !reveal.answer.options.some((option) => en(option.label).includes('rather not say'))
        ? [`${reveal.id}: "rather not say"`]
        : []),
    ]);
    expect(lacking).toEqual([]);
  });

  it('offers "someone else I trust" and "not sure" on the who-would-you-go-to reveal', () => {
    const reveal = segmentsOf('privateReveal').find((segment) => segment.id === 'independence.reveal');
    const labels = reveal?.answer.type === 'choice' ? reveal.answer.options.map((option) => en(option.label)) : [];
    expect(labels).toEqual(expect.arrayContaining(['Someone else I trust', 'Not sure']));
  });

  it('says "grown-up" rather than "Mom" in what the projector and the facilitator read', () => {
    const mom: string[] = [];
    for (const segment of allSegments) {
      const shown = [segment.script, segment.deviceText, ...(segment.kind === 'pairTalk' ? [...segment.prompts, segment.halfway, segment.bonus] : [])];
      for (const text of shown) if (/\bMom\b/.test(en(text))) mom.push(`${segment.id}: ${en(text)}`);
    }
    expect(mom).toEqual([]);
  });

  it('has a repair idea in the key ideas and the take-home phrases', () => {
    const keyIdeas = topics.flatMap((topic) => topic.keyIdeas.map(en)).join(' ');
    expect(keyIdeas).toContain('Can we try again?');
    expect(CURRICULUM.handout.startHere.keyPhrases.map(en).join(' ')).toContain('Can we try again?');
  });

  it('never repeats a take-home activity', () => {
    const all = topics.flatMap((topic) => topic.takeHome.map(en));
    expect(new Set(all).size).toBe(all.length);
  });
});

/** Visits every ContentText (plain or age-band variants) once. */
function walkTexts(value: unknown, visit: (text: ContentText) => void): void {
  if (Array.isArray(value)) return value.forEach((item) => walkTexts(item, visit));
  if (typeof value !== 'object' || value === null) return;
  const asText = ContentTextSchema.safeParse(value);
  if (asText.success) return visit(asText.data);
  for (const child of Object.values(value)) walkTexts(child, visit);
}
