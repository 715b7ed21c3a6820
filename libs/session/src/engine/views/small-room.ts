import type { Agenda } from '@kindred/content';
import type { SmallRoomNotice } from '../../protocol/views';
import { agendaIndex } from '../agenda-index';
import { votesPerMember } from '../voters';

/** See `SmallRoomNotice`. Pure in the pair count, so the lobby updates as pairs join. */
export function smallRoomNotice(agenda: Agenda, pairCount: number, minGroupSize: number): SmallRoomNotice {
  const polls = agendaIndex(agenda).polls;
  if (pairCount === 0 || polls.length === 0) return { kind: 'none' };
  const largestGroup = (perMember: boolean) => (perMember ? 2 * pairCount : pairCount);
  // A split poll's last resort is the combined group of both roles.
  const someHidden = polls.some((poll) => largestGroup(votesPerMember(poll)) < minGroupSize);
  if (someHidden) return { kind: 'too-small', pairCount, minGroupSize };
  const splitCombined = polls.some((poll) => poll.audience === 'byRole' && pairCount < minGroupSize);
  return splitCombined ? { kind: 'split-combined', pairCount, minGroupSize } : { kind: 'none' };
}
