import type { CommandOf } from '../../protocol/commands';
import type { SessionState } from '../state';
import { lookup } from '../records';
import { accept, reject, type DecideResult } from './result';

/**
 * The facilitator's note on how a topic went, for the fidelity record. Any facilitator
 * of the session may write it, before, during or after the session; the same note
 * again changes nothing, an empty note clears it.
 */
export function decideTopicNote(state: SessionState, command: CommandOf<'topic.note'>, now: number): DecideResult {
  if (!state.agenda.sections.some((section) => section.id === command.sectionId)) return reject('payload/invalid', 'There is no such topic in this session.');
  const note = command.note.trim();
  if ((lookup(state.topicNotes, command.sectionId) ?? '') === note) return accept();
  return accept({ type: 'TopicNoted', sectionId: command.sectionId, note, at: now });
}
