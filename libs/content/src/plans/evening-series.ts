import type { Plan } from '../schema/plan';
import type { LocalizedText } from '../schema/text';

const SERIES_ID = 'evening-series';
const EVENINGS = 3;

interface EveningText {
  title: LocalizedText;
  description: LocalizedText;
}

/** One evening: three topics in full, with a short stretch after the second. */
function evening(part: number, topicIds: readonly [string, string, string], text: EveningText): Plan {
  const [first, second, third] = topicIds;
  return {
    schemaVersion: 2,
    id: `evening-${part}`,
    ...text,
    targetMinutes: 75,
    series: { seriesId: SERIES_ID, part, parts: EVENINGS },
    items: [
      { kind: 'topic', topicId: first },
      { kind: 'topic', topicId: second },
      { kind: 'break', id: 'stretch', durationSec: 300 },
      { kind: 'topic', topicId: third },
    ],
  };
}

export const EVENING_SERIES: readonly Plan[] = [
  evening(1, ['emotional-needs', 'shared-moments', 'growing-conversations'], {
    title: { en: 'Evening series, evening 1 of 3' },
    description: { en: 'Feelings, shared moments, and talking about more than problems. About 75 minutes.' },
  }),
  evening(2, ['boundaries', 'navigating-change', 'legacy'], {
    title: { en: 'Evening series, evening 2 of 3' },
    description: { en: 'Boundaries, change, and the values you pass on. About 75 minutes.' },
  }),
  evening(3, ['emotional-intelligence', 'learning-together', 'independence'], {
    title: { en: 'Evening series, evening 3 of 3' },
    description: { en: 'Understanding each other, learning from each other, standing alone and leaning together. About 75 minutes.' },
  }),
];
