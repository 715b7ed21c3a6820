import type { Plan, PlanTopicItem } from '../schema/plan';
import { closing, opening, TRANSITION_SEC } from './frame-items';

/** A shorter taste of a topic: short intro, four-minute talk, one commitment in the whole hour. */
const tasterTopic = (topicId: string, { commitment = false } = {}): PlanTopicItem => ({
  kind: 'topic',
  topicId,
  skip: [`${topicId}.deeper`, ...(commitment ? [] : [`${topicId}.commitment`])],
  durations: { [`${topicId}.intro`]: 90, [`${topicId}.talk`]: 240, [`${topicId}.poll`]: 150 },
});

export const TASTER: Plan = {
  schemaVersion: 3,
  id: 'taster',
  title: { en: 'One-hour taster', es: 'Muestra de una hora' },
  description: {
    en: 'Three topics in one hour: a first taste of the workshop, with a welcome and a closing round.',
    es: 'Tres temas en una hora para conocer el taller, con bienvenida y ronda de cierre.',
  },
  targetMinutes: 60,
  transitionSec: TRANSITION_SEC,
  items: [
    opening(),
    tasterTopic('emotional-needs'),
    tasterTopic('shared-moments'),
    { kind: 'break', id: 'stretch', durationSec: 300 },
    tasterTopic('growing-conversations', { commitment: true }),
    closing(),
  ],
};
