import type { PollSpec } from '@kindred/content';
import type { OpenTextAnswer, PollTally, ResultGroup } from '@kindred/session';

export interface BarRow {
  id: string;
  label: string;
  count: number;
  /** Share of this group's ballots, 0..1 (multiple choice rows can add up to more than 1). */
  share: number;
}

/** Bars in the poll's own option order (never by count, so the chart reads the same every time). */
export function barRows(tally: PollTally<OpenTextAnswer>, spec: PollSpec): BarRow[] {
  const share = (count: number) => (tally.ballotCount > 0 ? count / tally.ballotCount : 0);
  switch (tally.type) {
    case 'single':
    case 'multiple': {
      const counts = new Map(tally.options.map((option) => [option.optionId, option.count]));
      const options = spec.type === 'single' || spec.type === 'multiple' ? spec.options : [];
      return options.map((option) => {
        const count = counts.get(option.id) ?? 0;
        return { id: option.id, label: option.label, count, share: share(count) };
      });
    }
    case 'scale': {
      const counts = new Map(tally.distribution.map((entry) => [entry.value, entry.count]));
      const rows: BarRow[] = [];
      for (let value = 1; value <= 5; value++) {
        const count = counts.get(value) ?? 0;
        rows.push({ id: String(value), label: String(value), count, share: share(count) });
      }
      return rows;
    }
    case 'openText':
      return [];
    default: {
      const _exhaustive: never = tally;
      return _exhaustive;
    }
  }
}

export function percent(share: number): number {
  return Math.round(share * 100);
}

export function shownTally<T extends OpenTextAnswer>(group: ResultGroup<T>): PollTally<T> | null {
  return group.status === 'shown' ? group.tally : null;
}

export interface RoleRow {
  id: string;
  label: string;
  mother: BarRow | null;
  son: BarRow | null;
}

/** Mothers' and sons' bars for the same option next to each other. */
export function sideBySideRows(mother: ResultGroup, son: ResultGroup, spec: PollSpec): RoleRow[] {
  const motherTally = shownTally(mother);
  const sonTally = shownTally(son);
  const motherRows = motherTally ? barRows(motherTally, spec) : [];
  const sonRows = sonTally ? barRows(sonTally, spec) : [];
  const template = motherRows.length > 0 ? motherRows : sonRows;
  return template.map((row, index) => ({
    id: row.id,
    label: row.label,
    mother: motherRows[index] ?? null,
    son: sonRows[index] ?? null,
  }));
}
