import type { Agenda } from '@kindred/content';

/** The facilitator's own words for the room: typed once, carried as typed into every language. */
export interface LocalHelp {
  localResources?: readonly string[];
  safeguardingContact?: string;
}

/**
 * The facilitator's local help travels in the session's agenda snapshot: the contact
 * inside the console-only guide, the resources beside it for the handout.
 */
export function withLocalHelp(agenda: Agenda, input: LocalHelp): Agenda {
  const resources = input.localResources?.filter((line) => line.trim() !== '') ?? [];
  const contact = input.safeguardingContact?.trim() ?? '';
  return {
    ...agenda,
    ...(resources.length > 0 ? { localResources: [...resources] } : {}),
    ...(contact !== '' && agenda.guide ? { guide: { ...agenda.guide, contact } } : {}),
  };
}

/** The same help as a snapshot carries it, for resolving that snapshot's plan in another language. */
export function localHelpOf(snapshot: Agenda): LocalHelp {
  return { localResources: snapshot.localResources, safeguardingContact: snapshot.guide?.contact };
}
