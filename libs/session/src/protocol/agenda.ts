import type { Agenda } from '@kindred/content';
import type { AudienceKind } from './socket-events';

/**
 * The agenda as one audience may receive it. The facilitator's `script`, per-segment
 * `notes` and the session-wide `guide` (safety and safeguarding) stay on the console:
 * pairs and the projector get the script blanked and the notes and guide left out.
 */
export function agendaForAudience(agenda: Agenda, audience: AudienceKind): Agenda {
  if (audience === 'facilitator') return agenda;
  // The projector speaks to the whole room: it never needs the pairs' own texts.
  const { guide: _guide, forPairs, ...rest } = agenda;
  const shared = audience !== 'projector' && forPairs ? { ...rest, forPairs } : rest;
  return {
    ...shared,
    sections: agenda.sections.map((section) => ({
      ...section,
      segments: section.segments.map(({ notes: _notes, ...segment }) => ({ ...segment, script: '' })),
    })),
  };
}
