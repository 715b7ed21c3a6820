import { describe, expect, it } from 'vitest';
import { nextTick } from 'vue';
import { aPairTalk, aSection, anAgenda, positionOf } from '../test/builders';
import { mountWith } from '../test/mountWith';
import { findEntry } from '../session/agenda';
import CurrentSegmentPanel from './CurrentSegmentPanel.vue';
import SafetyGuide from './SafetyGuide.vue';
import { shortcutFor } from './shortcuts';

const talk = aPairTalk('listening.talk', {
  halfway: 'Halfway: swap.',
  bonus: 'Finished early? Name one good moment.',
  notes: {
    debrief: 'One pair shares a surprise; you can pass.',
    talkingPoints: [],
    stuck: ['"Start small: the best five minutes of your week."'],
    safety: 'This can open grief; let the pair pause.',
  },
});
const agenda = anAgenda([aSection('listening', [talk])]);
const entry = findEntry(agenda, 'listening.talk')!;

describe('facilitator notes in the console', () => {
  it('keeps the notes collapsed until opened, then shows safety, stuck lines and debrief', async () => {
    const { wrapper } = mountWith(CurrentSegmentPanel, { props: { entry, position: positionOf(agenda, 'listening.talk'), notesOpen: false } });
    expect(wrapper.find('[data-testid="segment-notes"]').exists()).toBe(false);
    expect(wrapper.get('[data-testid="notes-toggle"]').attributes('aria-expanded')).toBe('false');
    // A safety note is flagged even while collapsed.
    expect(wrapper.get('[data-testid="notes-toggle"]').text()).toContain('Take care');
    await wrapper.get('[data-testid="notes-toggle"]').trigger('click');
    expect(wrapper.emitted('toggleNotes')).toHaveLength(1);

    await wrapper.setProps({ notesOpen: true });
    const notes = wrapper.get('[data-testid="segment-notes"]').text();
    expect(notes).toContain('This can open grief');
    expect(notes).toContain('Start small');
    expect(notes).toContain('One pair shares a surprise');
    expect(wrapper.text()).toContain('Finished early? Name one good moment.');
  });

  it('opens notes with I and the safety guide with S, not while typing a modifier', () => {
    expect(shortcutFor({ key: 'i', altKey: false, ctrlKey: false, metaKey: false })).toBe('notes');
    expect(shortcutFor({ key: 'S', altKey: false, ctrlKey: false, metaKey: false })).toBe('safety');
    expect(shortcutFor({ key: 's', altKey: false, ctrlKey: true, metaKey: false })).toBeNull();
  });

  it('shows the heated and safeguarding steps and keeps the local contact per session', async () => {
    window.localStorage.clear();
    const guide = { heated: ['Crouch beside the pair.', 'Offer the pause.'], safeguarding: ['Listen and believe.', 'Do not promise secrecy.'], contactHint: 'Name and phone' };
    const { wrapper } = mountWith(SafetyGuide, { props: { guide, sessionKey: 's-1', open: true } });
    expect(wrapper.get('[data-testid="safety-guide"]').text()).toContain('Do not promise secrecy.');
    await wrapper.get('[data-testid="safety-contact"]').setValue('Sam, venue lead, 0123');
    await nextTick();
    expect(window.localStorage.getItem('kindred.safeguardingContact.s-1')).toBe('Sam, venue lead, 0123');
    const other = mountWith(SafetyGuide, { props: { guide, sessionKey: 's-2', open: true } }).wrapper;
    expect((other.get('[data-testid="safety-contact"]').element as HTMLTextAreaElement).value).toBe('');
  });
});
