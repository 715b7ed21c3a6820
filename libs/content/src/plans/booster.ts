import type { Plan } from '../schema/plan';
import { closing, opening, review, TRANSITION_SEC } from './frame-items';

/**
 * One evening, four to six weeks after the workshop or the series: a look back,
 * the two topics most families say they need to keep practising, and one new step.
 */
export const BOOSTER: Plan = {
  schemaVersion: 3,
  id: 'booster',
  title: { en: 'Booster evening', es: 'Noche de refuerzo' },
  description: {
    en: 'One evening, four to six weeks later: how it went, feelings and repair, and one new step. About 70 minutes.',
    es: 'Una noche, de cuatro a seis semanas después: cómo les fue, sentimientos y cómo arreglar las cosas, y un paso nuevo. Unos 70 minutos.',
  },
  targetMinutes: 70,
  transitionSec: TRANSITION_SEC,
  items: [
    opening(),
    review(),
    { kind: 'topic', topicId: 'emotional-intelligence', skip: ['emotional-intelligence.commitment'] },
    { kind: 'break', id: 'stretch', durationSec: 480 },
    { kind: 'topic', topicId: 'growing-conversations' },
    closing(),
  ],
};
