import type { Agenda, AgendaOption, AgendaSection, AgendaSegment, AgendaSegmentNotes, PollSpec, PrivateAnswerSpec } from '../agenda';
import { CURRICULUM } from '../curriculum';
import { expandPlan, transitionsSec } from '../plan/expand-plan';
import { assertValidPlan } from '../plan/load-plan';
import type { Curriculum } from '../schema/curriculum';
import type { Plan } from '../schema/plan';
import type { Option, Segment, SegmentNotes } from '../schema/segment';
import type { ContentText } from '../schema/text';
import { localizer, pickLanguage, type ResolveOptions } from './localize';
import { neutralAgenda, pairWordsFor } from '../words/pair-words';

type Localize = (text: ContentText) => string;

/**
 * Applies a plan to the curriculum for one language and age band: the agenda a
 * live session runs. Missing translations fall back to English. Throws
 * `InvalidPlanError` for a plan that doesn't fit the curriculum.
 */
export function resolveAgenda(plan: Plan, options: ResolveOptions, curriculum: Curriculum = CURRICULUM): Agenda {
  assertValidPlan(plan, curriculum);
  // Texts keep `{carer}` until a pair's screen fills in its own word; the room reads the neutral one.
  const byBand = { teen: resolveTemplates(plan, { ...options, ageBand: 'teen' }, curriculum), adult: resolveTemplates(plan, { ...options, ageBand: 'adult' }, curriculum) };
  const room = neutralAgenda(byBand[options.ageBand], options.language);
  return { ...room, forPairs: pairWordsFor(room, byBand, options.language) };
}

function resolveTemplates(plan: Plan, options: ResolveOptions, curriculum: Curriculum): Agenda {
  const localize = localizer(options);
  const sections = expandPlan(plan, curriculum).map((section): AgendaSection => {
    if (section.kind === 'break') {
      const { item } = section;
      const title = item.title ? pickLanguage(item.title, options.language) : localize(curriculum.breakText.title);
      return {
        id: item.id,
        kind: 'break',
        topicNumber: null,
        title,
        summary: localize(curriculum.breakText.deviceText),
        keyIdeas: [],
        takeHome: [],
        segments: [
          {
            id: item.id,
            kind: 'break',
            title,
            durationSec: item.durationSec,
            script: localize(curriculum.breakText.script),
            deviceText: localize(curriculum.breakText.deviceText),
          },
        ],
      };
    }
    if (section.kind === 'frame') {
      const { frame, segments } = section;
      return {
        id: frame.id,
        kind: 'frame',
        topicNumber: null,
        title: localize(frame.title),
        summary: localize(frame.summary),
        keyIdeas: [],
        takeHome: [],
        segments: segments.map((segment) => resolveSegment(segment, localize)),
      };
    }
    const { topic, segments } = section;
    return {
      id: topic.id,
      kind: 'topic',
      topicNumber: topic.number,
      title: localize(topic.title),
      summary: localize(topic.summary),
      keyIdeas: topic.keyIdeas.map(localize),
      takeHome: topic.takeHome.map(localize),
      segments: segments.map((segment) => resolveSegment(segment, localize)),
    };
  });
  return {
    planId: plan.id,
    title: pickLanguage(plan.title, options.language),
    language: options.language,
    ageBand: options.ageBand,
    sections,
    transitionSec: plan.transitionSec ?? 0,
    totalSec: sections.reduce(
      (sum, section) => sum + section.segments.reduce((inner, segment) => inner + segment.durationSec, 0),
      transitionsSec(plan),
    ),
    guide: {
      heated: curriculum.guide.heated.map(localize),
      safeguarding: curriculum.guide.safeguarding.map(localize),
      contactHint: localize(curriculum.guide.contactHint),
    },
  };
}

function resolveSegment(segment: Segment, localize: Localize): AgendaSegment {
  const base = {
    id: segment.id,
    title: localize(segment.title),
    durationSec: segment.durationSec,
    script: localize(segment.script),
    deviceText: localize(segment.deviceText),
    notes: resolveNotes(segment.notes, localize),
  };
  switch (segment.kind) {
    case 'intro':
    case 'break':
      return { ...base, kind: segment.kind };
    case 'pairTalk':
      return {
        ...base,
        kind: 'pairTalk',
        prompts: segment.prompts.map(localize),
        ...(segment.halfway ? { halfway: localize(segment.halfway) } : {}),
        ...(segment.bonus ? { bonus: localize(segment.bonus) } : {}),
      };
    case 'privateReveal':
      return {
        ...base,
        kind: 'privateReveal',
        question: { mother: localize(segment.question.mother), son: localize(segment.question.son) },
        answer: resolveAnswer(segment.answer, localize),
      };
    case 'poll':
      return {
        ...base,
        kind: 'poll',
        question: localize(segment.question),
        poll: resolvePoll(segment.poll, localize),
        audience: segment.audience,
        voter: segment.voter,
      };
    case 'commitment':
      return { ...base, kind: 'commitment', prompt: localize(segment.prompt), examples: segment.examples.map(localize) };
    default:
      return assertNever(segment);
  }
}

function resolveNotes(notes: SegmentNotes | undefined, localize: Localize): AgendaSegmentNotes {
  return {
    debrief: notes?.debrief ? localize(notes.debrief) : null,
    talkingPoints: (notes?.talkingPoints ?? []).map(localize),
    stuck: (notes?.stuck ?? []).map(localize),
    safety: notes?.safety ? localize(notes.safety) : null,
  };
}

type SegmentOf<K extends Segment['kind']> = Extract<Segment, { kind: K }>;

function resolveAnswer(answer: SegmentOf<'privateReveal'>['answer'], localize: Localize): PrivateAnswerSpec {
  return answer.type === 'text'
    ? { type: 'text', maxLength: answer.maxLength }
    : { type: 'choice', options: resolveOptions(answer.options, localize) };
}

function resolvePoll(poll: SegmentOf<'poll'>['poll'], localize: Localize): PollSpec {
  switch (poll.type) {
    case 'single':
      return { type: 'single', options: resolveOptions(poll.options, localize) };
    case 'multiple':
      return { type: 'multiple', options: resolveOptions(poll.options, localize), maxChoices: poll.maxChoices };
    case 'scale':
      return { type: 'scale', min: 1, max: 5, minLabel: localize(poll.minLabel), maxLabel: localize(poll.maxLabel) };
    case 'openText':
      return { type: 'openText', maxLength: poll.maxLength };
    default:
      return assertNever(poll);
  }
}

function resolveOptions(options: Option[], localize: Localize): AgendaOption[] {
  return options.map((option) => ({ id: option.id, label: localize(option.label) }));
}

function assertNever(value: never): never {
  throw new Error(`unexpected value: ${JSON.stringify(value)}`);
}
