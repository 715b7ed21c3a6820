import type { PollSegment } from '@kindred/content';
import type { PollResults, ResultGroup } from '@kindred/session';
import type { PollGroupName, PollGroupSummary, PollSummary } from './handout-model';

/**
 * Labels the engine's anonymous results (counts keyed by option id) for people: one
 * bar per option or scale step. The k rule was applied by the engine; a group it held
 * back stays held back here.
 */
export function summarizePoll(poll: PollSegment, results: PollResults): PollSummary {
  const groups: PollGroupSummary[] =
    results.audience === 'byRole'
      ? [
          summarizeGroup(poll, 'mother', results.mother),
          summarizeGroup(poll, 'son', results.son),
          ...(results.combined ? [summarizeGroup(poll, 'together', results.combined)] : []),
        ]
      : [summarizeGroup(poll, 'everyone', results.everyone)];
  return { pollId: poll.id, question: poll.question, type: poll.poll.type, audience: results.audience, groups };
}

function summarizeGroup(poll: PollSegment, group: PollGroupName, result: ResultGroup): PollGroupSummary {
  if (result.status === 'not-enough-answers') return { group, status: 'not-enough-answers', needed: result.needed };
  const { tally } = result;
  const spec = poll.poll;
  const shown = { group, status: 'shown' as const, ballotCount: tally.ballotCount, bars: [], mean: null, answers: [], words: [] };
  switch (tally.type) {
    case 'single':
    case 'multiple': {
      const labels = new Map(spec.type === 'single' || spec.type === 'multiple' ? spec.options.map((o) => [o.id, o.label]) : []);
      return { ...shown, bars: tally.options.map(({ optionId, count }) => ({ label: labels.get(optionId) ?? optionId, count })) };
    }
    case 'scale': {
      // The two ends carry their words ("1 · Not at all"), the steps between just numbers.
      const label = (value: number) =>
        spec.type !== 'scale' ? String(value) : value === spec.min ? `${value} · ${spec.minLabel}` : value === spec.max ? `${value} · ${spec.maxLabel}` : String(value);
      return { ...shown, bars: tally.distribution.map(({ value, count }) => ({ label: label(value), count })), mean: tally.mean };
    }
    case 'openText':
      return { ...shown, answers: tally.answers.map((answer) => answer.text), words: tally.words };
    default: {
      const unexpected: never = tally;
      return unexpected;
    }
  }
}
