import type { Plan, PlanTopicItem } from '../schema/plan';

/** A taste of the first three topics, with a little more time to talk and reveal. */
const tasterTopic = (topicId: string): PlanTopicItem => ({
  kind: 'topic',
  topicId,
  skip: [`${topicId}.deeper`],
  durations: { [`${topicId}.talk`]: 480, [`${topicId}.reveal`]: 300 },
});

export const TASTER: Plan = {
  schemaVersion: 2,
  id: 'taster',
  title: { en: 'One-hour taster' },
  description: { en: 'Three topics in one hour: a first taste of the workshop.' },
  targetMinutes: 60,
  items: [tasterTopic('emotional-needs'), tasterTopic('shared-moments'), tasterTopic('growing-conversations')],
};
