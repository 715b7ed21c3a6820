import { describe, expect, it } from 'vitest';
import { aPairTalk, aSection, anAgenda, positionOf } from '../../test/builders';
import { mountWith } from '../../test/mountWith';
import TopicCard from './TopicCard.vue';

describe('TopicCard', () => {
  it('labels the opening and closing as the room together, not as a break or a topic', () => {
    const talk = aPairTalk('opening.talk');
    const opening = aSection('opening', [talk], { kind: 'frame', topicNumber: null, title: 'Welcome' });
    const agenda = anAgenda([opening, aSection('listening', [aPairTalk()])]);
    const position = { ...positionOf(agenda, 'opening.talk'), topicOrdinal: null };
    const { wrapper } = mountWith(TopicCard, { props: { section: opening, segment: talk, position } });
    expect(wrapper.get('[data-testid="topic-progress"]').text()).toBe('All together');
    expect(wrapper.get('[data-testid="topic-title"]').text()).toBe('Welcome');
  });
});
