import { describe, expect, it } from 'vitest';
import { CHART_PALETTE } from '@kindred/content';
import type { PollResults as Results } from '@kindred/session';
import { aPoll } from '../../test/builders';
import { mountWith } from '../../test/mountWith';
import PollResults from '../PollResults.vue';
import { chartColourVars } from './chartColours';
import ResultsColumns from './ResultsColumns.vue';
import { usePollResults } from './usePollResults';

const byRoleSegment = aPoll('talk.byrole', { audience: 'byRole', voter: 'member' });
const tally = (often: number, sometimes: number, rarely: number) => ({
  type: 'single' as const,
  ballotCount: often + sometimes + rarely,
  options: [
    { optionId: 'often', count: often },
    { optionId: 'sometimes', count: sometimes },
    { optionId: 'rarely', count: rarely },
  ],
});
const split: Results = { pollId: byRoleSegment.id, audience: 'byRole', mother: { status: 'shown', tally: tally(3, 1, 0) }, son: { status: 'shown', tally: tally(1, 1, 2) } };

describe('usePollResults (the shared core)', () => {
  it('gives the projector columns with a mothers’ and a sons’ bar per option, and the other sizes none', () => {
    const screen = usePollResults(() => ({ results: split, segment: byRoleSegment, size: 'screen', moderate: false }));
    expect(screen.columns.value.map((column) => column.label)).toEqual(['Often', 'Sometimes', 'Rarely']);
    expect(screen.columns.value[0]!.bars).toEqual([
      { kind: 'mother', share: 0.75 },
      { kind: 'son', share: 0.25 },
    ]);
    const phone = usePollResults(() => ({ results: split, segment: byRoleSegment, size: 'phone', moderate: false }));
    expect(phone.columns.value).toEqual([]);
    expect(phone.roleRows.value).toHaveLength(3);
  });

  it('names a scale’s ends with their words and the middle by number', () => {
    const scale = aPoll('talk.scale', { poll: { type: 'scale', min: 1, max: 5, minLabel: 'Never', maxLabel: 'Always' } });
    const results: Results = { pollId: scale.id, audience: 'everyone', everyone: { status: 'shown', tally: { type: 'scale', ballotCount: 2, mean: 3, distribution: [{ value: 3, count: 2 }] } } };
    const core = usePollResults(() => ({ results, segment: scale, size: 'console', moderate: false }));
    expect(core.everyoneRows.value.map(core.rowLabel)).toEqual(['1 · Never', '2', '3', '4', '5 · Always']);
  });
});

describe('the chart colours', () => {
  it('paints the phone and console from the light palette and the projector from the dark one', () => {
    expect(chartColourVars('console')['--chart-son']).toBe(CHART_PALETTE.light.son);
    expect(chartColourVars('screen')['--chart-mother']).toBe(CHART_PALETTE.dark.mother);
    expect(chartColourVars('phone')['--chart-son-pattern']).toContain('repeating-linear-gradient');
  });

  it('sets the palette on the chart, so every view paints from it', () => {
    const { wrapper } = mountWith(PollResults, { props: { results: split, segment: byRoleSegment, size: 'console' } });
    const style = wrapper.get('[data-testid="poll-results"]').attributes('style') ?? '';
    expect(style).toContain(`--chart-mother: ${CHART_PALETTE.light.mother}`);
  });
});

describe('never colour alone', () => {
  it('names each of a split poll’s bars in words on phones and the console', () => {
    const { wrapper } = mountWith(PollResults, { props: { results: split, segment: byRoleSegment } });
    const first = wrapper.findAll('[data-testid="result-row"]')[0]!;
    expect(first.findAll('.role-tag').map((tag) => tag.text())).toEqual(['Mothers', 'Sons']);
  });

  it('names each projector column under its bar', () => {
    const { wrapper } = mountWith(ResultsColumns, {
      props: { columns: [{ id: 'often', label: 'Often', bars: [{ kind: 'mother', share: 0.5 }, { kind: 'son', share: 0.25 }] }] },
    });
    expect(wrapper.findAll('.column-role').map((tag) => tag.text())).toEqual(['Mothers', 'Sons']);
    expect(wrapper.findAll('.column-value').map((value) => value.text())).toEqual(['50%', '25%']);
  });
});
