import type { Agenda } from '@kindred/content';
import type { AudienceKind } from './socket-events';

/**
 * The agenda as one audience may receive it: the facilitator's `script` stays on the
 * console, so pairs and the projector get it blanked.
 */
export function agendaForAudience(agenda: Agenda, audience: AudienceKind): Agenda {
  if (audience === 'facilitator') return agenda;
  return {
    ...agenda,
    sections: agenda.sections.map((section) => ({
      ...section,
      segments: section.segments.map((segment) => ({ ...segment, script: '' })),
    })),
  };
}
