import { computed, type ComputedRef } from 'vue';
import type { PollSegment } from '@kindred/content';
import type { FacilitatorOpenTextAnswer, OpenTextAnswer, PollResults, ResultGroup } from '@kindred/session';
import { barRows, shownTally, sideBySideRows, type BarRow, type RoleRow } from './rows';

/** What every view of a poll's results reads: the groups to show, their rows and numbers. */
export type Answer = OpenTextAnswer & { hidden?: boolean };
export type Group = ResultGroup<Answer>;
export type ChartSize = 'phone' | 'console' | 'screen';
export type Role = 'mother' | 'son';

export interface PollResultsInput {
  results: PollResults<OpenTextAnswer> | PollResults<FacilitatorOpenTextAnswer>;
  segment: PollSegment;
  size: ChartSize;
  moderate: boolean;
}

export interface Column {
  id: string;
  label: string;
  bars: { kind: 'everyone' | Role; share: number }[];
}

export interface PollResultsCore {
  /** The room as one group: an "everyone" poll, or a small room's split poll combined. */
  everyone: ComputedRef<Group | null>;
  /** Set when a split poll was combined because a role had too few answers. */
  combined: ComputedRef<Group | null>;
  combinedNeeded: ComputedRef<number>;
  byRole: ComputedRef<Record<Role, Group> | null>;
  everyoneRows: ComputedRef<BarRow[]>;
  roleRows: ComputedRef<RoleRow[]>;
  /** Projector only: vertical columns (options side by side) fit a wide screen. */
  columns: ComputedRef<Column[]>;
  rowLabel: (row: { id: string; label: string }) => string;
}

/** The shared core of PollResults' views: pure reading of the results, no markup. */
export function usePollResults(input: () => PollResultsInput): PollResultsCore {
  const spec = computed(() => input().segment.poll);
  const results = computed(() => input().results);

  const combined = computed<Group | null>(() => (results.value.audience === 'byRole' ? (results.value.combined ?? null) : null));
  const everyone = computed<Group | null>(() => (results.value.audience === 'everyone' ? results.value.everyone : combined.value));
  const combinedNeeded = computed(() =>
    results.value.audience === 'byRole' && results.value.mother.status === 'not-enough-answers' ? results.value.mother.needed : 0,
  );
  const byRole = computed(() =>
    results.value.audience === 'byRole' && !combined.value ? { mother: results.value.mother, son: results.value.son } : null,
  );

  const everyoneRows = computed(() => {
    const tally = everyone.value ? shownTally(everyone.value) : null;
    return tally ? barRows(tally, spec.value) : [];
  });
  const roleRows = computed(() => (byRole.value ? sideBySideRows(byRole.value.mother, byRole.value.son, spec.value) : []));

  function rowLabel(row: { id: string; label: string }): string {
    const poll = spec.value;
    if (poll.type !== 'scale') return row.label;
    if (row.id === '1') return `1 · ${poll.minLabel}`;
    if (row.id === '5') return `5 · ${poll.maxLabel}`;
    return row.id;
  }

  const columns = computed<Column[]>(() => {
    if (input().size !== 'screen') return [];
    if (everyone.value) return everyoneRows.value.map((row) => ({ id: row.id, label: rowLabel(row), bars: [{ kind: 'everyone', share: row.share }] }));
    return roleRows.value.map((row) => ({
      id: row.id,
      label: rowLabel(row),
      bars: [
        ...(row.mother ? [{ kind: 'mother' as const, share: row.mother.share }] : []),
        ...(row.son ? [{ kind: 'son' as const, share: row.son.share }] : []),
      ],
    }));
  });

  return { everyone, combined, combinedNeeded, byRole, everyoneRows, roleRows, columns, rowLabel };
}

export function ballots(group: Group): number | null {
  return group.status === 'shown' ? group.tally.ballotCount : null;
}

export function mean(group: Group): string | null {
  const tally = shownTally(group);
  return tally?.type === 'scale' ? tally.mean.toFixed(1) : null;
}

/** Open answers; hidden ones only where the facilitator moderates. */
export function answers(group: Group, moderate: boolean): Answer[] {
  const tally = shownTally(group);
  if (tally?.type !== 'openText') return [];
  return moderate ? tally.answers : tally.answers.filter((answer) => !answer.hidden);
}

export function words(group: Group) {
  const tally = shownTally(group);
  return tally?.type === 'openText' ? tally.words : [];
}
