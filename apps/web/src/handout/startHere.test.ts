import { describe, expect, it } from 'vitest';
import { resolveHandout } from '@kindred/content';
import type { HandoutModel, HandoutTopic } from '@kindred/session';
import { mountWith } from '../test/mountWith';
import HandoutResources from './HandoutResources.vue';
import HandoutStartHere from './HandoutStartHere.vue';

const topic = (sectionId: string, text: string | null): HandoutTopic => ({
  sectionId,
  topicNumber: 1,
  title: sectionId,
  summary: '',
  keyIdeas: [],
  answers: [],
  commitments: text ? [{ segmentId: `${sectionId}.commitment`, prompt: 'This week?', text }] : [],
  polls: [],
  takeHome: [],
});

describe('handout start-here page and resources', () => {
  it('puts every commitment first with a line for how it went, and the three phrases', () => {
    const closing = resolveHandout({ language: 'en', ageBand: 'teen' });
    const handout = { topics: [topic('a', 'Cocoa on Friday'), topic('b', null), topic('c', 'A walk on Sunday')], closing } as unknown as HandoutModel;
    const { wrapper } = mountWith(HandoutStartHere, { props: { handout } });
    const items = wrapper.findAll('[data-testid="start-commitment"]');
    expect(items.map((item) => item.text())).toEqual([
      expect.stringContaining('Cocoa on Friday'),
      expect.stringContaining('A walk on Sunday'),
    ]);
    expect(items[0]!.text()).toContain('How did it go?');
    expect(wrapper.text()).toContain('Can we try again?');

    const resources = mountWith(HandoutResources, { props: { resources: closing.resources } }).wrapper;
    expect(resources.text()).toContain('school counselor');
    expect(resources.text()).not.toMatch(/\d{3}/);
  });
});
