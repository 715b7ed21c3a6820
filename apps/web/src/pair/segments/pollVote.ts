import type { MemberRole, PollSegment, PollSpec } from '@kindred/content';
import type { PairBallotView, VoteChoice } from '@kindred/session';

/** The voters this device votes for: the pair, both members (shared device), or its own member. */
export function votingRoles(segment: PollSegment, member: MemberRole | null): (MemberRole | null)[] {
  const perMember = segment.voter === 'member' || segment.audience === 'byRole';
  if (!perMember) return [null];
  return member === null ? ['mother', 'son'] : [member];
}

export function ballotFor(ballot: PairBallotView | null, pollId: string, role: MemberRole | null): { voted: boolean; choice: VoteChoice | null } {
  if (!ballot || ballot.pollId !== pollId) return { voted: false, choice: null };
  const voter = ballot.voters.find((entry) => entry.role === role) ?? ballot.voters.find((entry) => entry.role === null);
  return voter ? { voted: voter.voted, choice: voter.choice } : { voted: false, choice: null };
}

/** Draft state of a vote form, whatever the poll type. */
export interface VoteDraft {
  optionIds: string[];
  value: number | null;
  text: string;
}

export function draftFrom(choice: VoteChoice | null): VoteDraft {
  const draft: VoteDraft = { optionIds: [], value: null, text: '' };
  if (!choice) return draft;
  switch (choice.type) {
    case 'single':
      return { ...draft, optionIds: [choice.optionId] };
    case 'multiple':
      return { ...draft, optionIds: [...choice.optionIds] };
    case 'scale':
      return { ...draft, value: choice.value };
    case 'openText':
      return { ...draft, text: choice.text };
    default: {
      const _exhaustive: never = choice;
      return _exhaustive;
    }
  }
}

/** The ballot to send, or null while the draft is incomplete. */
export function choiceFromDraft(spec: PollSpec, draft: VoteDraft): VoteChoice | null {
  switch (spec.type) {
    case 'single': {
      const optionId = draft.optionIds[0];
      return optionId ? { type: 'single', optionId } : null;
    }
    case 'multiple':
      return draft.optionIds.length > 0 && draft.optionIds.length <= spec.maxChoices ? { type: 'multiple', optionIds: [...draft.optionIds] } : null;
    case 'scale':
      return draft.value !== null ? { type: 'scale', value: draft.value } : null;
    case 'openText': {
      const text = draft.text.trim();
      return text !== '' ? { type: 'openText', text } : null;
    }
    default: {
      const _exhaustive: never = spec;
      return _exhaustive;
    }
  }
}

/** Human words for a ballot already cast, e.g. to show "You chose: Often". */
export function describeChoice(spec: PollSpec, choice: VoteChoice): string {
  const label = (id: string) => ('options' in spec ? (spec.options.find((option) => option.id === id)?.label ?? id) : id);
  switch (choice.type) {
    case 'single':
      return label(choice.optionId);
    case 'multiple':
      return choice.optionIds.map(label).join(', ');
    case 'scale':
      return String(choice.value);
    case 'openText':
      return choice.text;
    default: {
      const _exhaustive: never = choice;
      return _exhaustive;
    }
  }
}
