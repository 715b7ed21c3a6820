import { describe, expect, it } from 'vitest';
import type { PlanSummary } from '../api/types';
import { draftFromCustomization, initialDraft, isCustomized, moveSection, toCustomization, totalSec } from './planCustomizer';

const plan: PlanSummary = {
  id: 'full',
  title: 'Full',
  description: '',
  targetMinutes: 30,
  totalSec: 1500,
  transitionSec: 0,
  seriesId: null,
  part: null,
  timerStart: 'manual',
  sections: [
    { id: 't1', kind: 'topic', topicNumber: 1, title: 'One', summary: '', segments: [
      { id: 't1.a', kind: 'intro', title: 'Intro', durationSec: 300, enabled: true },
      { id: 't1.b', kind: 'pairTalk', title: 'Deeper', durationSec: 600, enabled: false },
    ] },
    { id: 'br', kind: 'break', topicNumber: null, title: 'Break', summary: '', segments: [{ id: 'br.a', kind: 'break', title: 'Break', durationSec: 600, enabled: true }] },
    { id: 't2', kind: 'topic', topicNumber: 2, title: 'Two', summary: '', segments: [{ id: 't2.a', kind: 'pairTalk', title: 'Talk', durationSec: 600, enabled: true }] },
  ],
};

describe('plan customizer', () => {
  it('counts a transition between each two sections that still run, live as segments are switched off', () => {
    const withMoves = { ...plan, transitionSec: 60 };
    const draft = initialDraft(withMoves);
    expect(totalSec(withMoves, draft)).toBe(1500 + 2 * 60);
    const withoutTopicTwo = { ...draft, enabled: { ...draft.enabled, 't2.a': false } };
    expect(totalSec(withMoves, withoutTopicTwo)).toBe(300 + 600 + 60);
  });

  it('starts from the plan and counts only enabled segments', () => {
    const draft = initialDraft(plan);
    expect(totalSec(plan, draft)).toBe(1500);
    expect(isCustomized(plan, draft)).toBe(false);
  });

  it('moves sections within bounds only', () => {
    expect(moveSection(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
    expect(moveSection(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveSection(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
  });

  it('sends the order, every disabled segment and only the changed durations', () => {
    const draft = initialDraft(plan);
    draft.order = moveSection(draft.order, 2, -2);
    draft.enabled['t1.b'] = true;
    draft.enabled['br.a'] = false;
    draft.durations['t2.a'] = 420;
    expect(toCustomization(plan, draft)).toEqual({ order: ['t2', 't1', 'br'], disabledSegments: ['br.a'], durations: { 't2.a': 420 } });
    expect(totalSec(plan, draft)).toBe(300 + 600 + 420);
    expect(isCustomized(plan, draft)).toBe(true);
  });
});

describe('an imported plan file', () => {
  it('opens as the draft that gives back its customization', () => {
    const edited = initialDraft(plan);
    edited.order = [...edited.order].reverse();
    const firstSegment = plan.sections[0]!.segments[0]!;
    edited.enabled[firstSegment.id] = false;
    edited.durations[firstSegment.id] = firstSegment.durationSec + 60;
    const customization = toCustomization(plan, edited);
    const opened = draftFromCustomization(plan, customization);
    expect(toCustomization(plan, opened)).toEqual(customization);
    expect(isCustomized(plan, opened)).toBe(true);
  });
});
