import type { Plan, PlanTopicItem } from '../schema/plan';

/** Every topic in its short form: the optional "deeper" pair talk is left out. */
const short = (topicId: string): PlanTopicItem => ({ kind: 'topic', topicId, skip: [`${topicId}.deeper`] });

export const FULL_WORKSHOP: Plan = {
  schemaVersion: 2,
  id: 'full-workshop',
  title: { en: 'Full workshop' },
  description: { en: 'All nine topics in one day, about three hours with two breaks.' },
  targetMinutes: 180,
  items: [
    short('emotional-needs'),
    short('shared-moments'),
    short('growing-conversations'),
    { kind: 'break', id: 'break-1', durationSec: 600 },
    short('boundaries'),
    short('navigating-change'),
    short('legacy'),
    { kind: 'break', id: 'break-2', durationSec: 600 },
    short('emotional-intelligence'),
    short('learning-together'),
    // The last topic keeps its closing reflection, which ends the day.
    { kind: 'topic', topicId: 'independence' },
  ],
};
