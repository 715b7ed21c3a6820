import type { Plan, PlanTopicItem } from '../schema/plan';
import { closing, opening, TRANSITION_SEC } from './frame-items';

/**
 * A topic in its short form: no "deeper" talk, and no commitment unless it ends a
 * block. Nine commitments in one day are too many to keep; three are not.
 */
const short = (topicId: string, { commitment = false } = {}): PlanTopicItem => ({
  kind: 'topic',
  topicId,
  skip: [`${topicId}.deeper`, ...(commitment ? [] : [`${topicId}.commitment`])],
});

export const FULL_WORKSHOP: Plan = {
  schemaVersion: 3,
  id: 'full-workshop',
  title: { en: 'Full workshop', es: 'Taller completo' },
  description: {
    en: 'All nine topics in one day, about three hours with two breaks and three commitments.',
    es: 'Los nueve temas en un día: unas tres horas, con dos descansos y tres compromisos.',
  },
  targetMinutes: 180,
  transitionSec: TRANSITION_SEC,
  items: [
    opening(),
    short('shared-moments'),
    short('emotional-needs'),
    short('growing-conversations', { commitment: true }),
    { kind: 'break', id: 'break-1', durationSec: 600 },
    // Topic 8's two-minute lesson is the day's only movement: it wakes the room after the break.
    { kind: 'topic', topicId: 'learning-together', skip: ['learning-together.commitment'], durations: { 'learning-together.deeper': 240 } },
    short('boundaries'),
    short('navigating-change', { commitment: true }),
    { kind: 'break', id: 'break-2', durationSec: 600 },
    short('emotional-intelligence'),
    // Topic 9 has no "deeper" talk to leave out.
    { kind: 'topic', topicId: 'independence' },
    // The note for later is the day's closing ritual.
    { kind: 'topic', topicId: 'legacy', skip: ['legacy.commitment', 'legacy.poll'] },
    closing(),
  ],
};
