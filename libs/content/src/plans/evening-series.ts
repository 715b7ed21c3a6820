import type { Plan, PlanItem, PlanTopicItem } from '../schema/plan';
import type { LocalizedText } from '../schema/text';
import { closing, opening, review, TRANSITION_SEC } from './frame-items';

const SERIES_ID = 'evening-series';
const EVENINGS = 3;

interface EveningText {
  title: LocalizedText;
  description: LocalizedText;
}

/** Leaves out the topic's commitment: an evening asks for one commitment only. */
const withoutCommitment = (topicId: string, skip: string[] = []): PlanTopicItem => ({
  kind: 'topic',
  topicId,
  skip: [`${topicId}.commitment`, ...skip],
});

/** One evening: the opening (and a look back after the first), three topics, a stretch, the closing round. */
function evening(part: number, topics: readonly [PlanTopicItem, PlanTopicItem, PlanTopicItem], text: EveningText): Plan {
  const [first, second, third] = topics;
  const items: PlanItem[] = [
    opening(),
    ...(part > 1 ? [review()] : []),
    first,
    second,
    { kind: 'break', id: 'stretch', durationSec: 300 },
    third,
    closing(),
  ];
  return {
    schemaVersion: 3,
    id: `evening-${part}`,
    ...text,
    targetMinutes: 75,
    transitionSec: TRANSITION_SEC,
    series: { seriesId: SERIES_ID, part, parts: EVENINGS },
    items,
  };
}

export const EVENING_SERIES: readonly Plan[] = [
  // Starts gently with shared moments; feelings come once the room has warmed up.
  evening(
    1,
    [
      withoutCommitment('shared-moments'),
      withoutCommitment('emotional-needs'),
      { kind: 'topic', topicId: 'growing-conversations', skip: ['growing-conversations.deeper'] },
    ],
    {
      title: { en: 'Evening series, evening 1 of 3', es: 'Serie de noches, noche 1 de 3' },
      description: {
        en: 'Shared moments, feelings, and talking about more than problems. About 75 minutes.',
        es: 'Momentos compartidos, sentimientos, y hablar de algo más que problemas. Unos 75 minutos.',
      },
    },
  ),
  // Learning together first: the son leads, which makes the talk about boundaries easier.
  evening(
    2,
    [
      withoutCommitment('learning-together'),
      withoutCommitment('boundaries', ['boundaries.deeper']),
      { kind: 'topic', topicId: 'navigating-change', skip: ['navigating-change.deeper'] },
    ],
    {
      title: { en: 'Evening series, evening 2 of 3', es: 'Serie de noches, noche 2 de 3' },
      description: {
        en: 'Learning from each other, boundaries, and change. About 75 minutes.',
        es: 'Aprender uno del otro, los límites y los cambios. Unos 75 minutos.',
      },
    },
  ),
  // Ends on the note for later, the series' closing ritual.
  evening(
    3,
    [
      withoutCommitment('emotional-intelligence', ['emotional-intelligence.deeper']),
      { kind: 'topic', topicId: 'independence' },
      withoutCommitment('legacy'),
    ],
    {
      title: { en: 'Evening series, evening 3 of 3', es: 'Serie de noches, noche 3 de 3' },
      description: {
        en: 'Understanding each other, standing alone and leaning together, and what you pass on. About 75 minutes.',
        es: 'Entenderse, valerse por sí mismo y apoyarse uno en el otro, y lo que quieren transmitir. Unos 75 minutos.',
      },
    },
  ),
];
