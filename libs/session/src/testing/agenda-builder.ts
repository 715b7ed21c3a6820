import type { Agenda, AgendaOption, AgendaSection, AgendaSegment, PollSegment, PollSpec, PrivateAnswerSpec } from '@kindred/content';

/** Small agendas for tests: `anAgenda().withIntro('i').withPoll('p', singleChoice('a', 'b')).build()`. */
export class AgendaBuilder {
  private readonly sections: AgendaSection[] = [];

  /** Starts a new section; segments added afterwards go into it. */
  topic(id: string, topicNumber = this.sections.filter((s) => s.kind === 'topic').length + 1): this {
    this.sections.push({ id, kind: 'topic', topicNumber, title: `Topic ${id}`, summary: '', keyIdeas: [], takeHome: [], segments: [] });
    return this;
  }

  withIntro(id: string, durationSec = 60): this {
    return this.add({ id, kind: 'intro', ...base(id, durationSec) });
  }

  withPairTalk(id: string, durationSec = 300): this {
    return this.add({ id, kind: 'pairTalk', prompts: ['What?', 'Why?'], ...base(id, durationSec) });
  }

  withPrivateReveal(id: string, answer: PrivateAnswerSpec = { type: 'text', maxLength: 500 }, durationSec = 240): this {
    return this.add({ id, kind: 'privateReveal', question: { mother: 'Mother?', son: 'Son?' }, answer, ...base(id, durationSec) });
  }

  withPoll(id: string, poll: PollSpec = singleChoice('a', 'b', 'c'), options: Partial<Pick<PollSegment, 'audience' | 'voter'>> = {}, durationSec = 120): this {
    return this.add({ id, kind: 'poll', question: `Question ${id}?`, poll, audience: options.audience ?? 'everyone', voter: options.voter ?? 'member', ...base(id, durationSec) });
  }

  withCommitment(id: string, durationSec = 180): this {
    return this.add({ id, kind: 'commitment', prompt: 'We will…', examples: [], ...base(id, durationSec) });
  }

  /** A break is a section of its own. */
  withBreak(id: string, durationSec = 600): this {
    this.sections.push({ id, kind: 'break', topicNumber: null, title: 'Break', summary: '', keyIdeas: [], takeHome: [], segments: [] });
    return this.add({ id: `${id}.break`, kind: 'break', ...base(id, durationSec) });
  }

  build(): Agenda {
    const sections = this.sections.map((section) => ({ ...section, segments: [...section.segments] }));
    const totalSec = sections.reduce((sum, section) => sum + section.segments.reduce((s, segment) => s + segment.durationSec, 0), 0);
    return { planId: 'test-plan', title: 'Test workshop', language: 'en', ageBand: 'teen', sections, totalSec };
  }

  private add(segment: AgendaSegment): this {
    if (this.sections.length === 0) this.topic('topic-1');
    this.sections.at(-1)?.segments.push(segment);
    return this;
  }
}

export function anAgenda(): AgendaBuilder {
  return new AgendaBuilder();
}

function base(id: string, durationSec: number): { title: string; durationSec: number; script: string; deviceText: string } {
  return { title: `Segment ${id}`, durationSec, script: `Facilitator script for ${id}`, deviceText: `Device text for ${id}` };
}

export function options(...ids: string[]): AgendaOption[] {
  return ids.map((id) => ({ id, label: `Option ${id}` }));
}

export function singleChoice(...ids: string[]): PollSpec {
  return { type: 'single', options: options(...ids) };
}

export function multipleChoice(maxChoices: number, ...ids: string[]): PollSpec {
  return { type: 'multiple', options: options(...ids), maxChoices };
}

export const scalePoll: PollSpec = { type: 'scale', min: 1, max: 5, minLabel: 'Not at all', maxLabel: 'Very much' };

export function openTextPoll(maxLength = 300): PollSpec {
  return { type: 'openText', maxLength };
}

/** One agenda exercising every segment kind, used by most tests. */
export function everyKindAgenda(): Agenda {
  return anAgenda()
    .topic('t1')
    .withIntro('intro')
    .withPairTalk('talk')
    .withPrivateReveal('reveal-text')
    .withPrivateReveal('reveal-choice', { type: 'choice', options: options('yes', 'no') })
    .topic('t2')
    .withPoll('poll-single', singleChoice('a', 'b', 'c'))
    .withPoll('poll-multi', multipleChoice(2, 'a', 'b', 'c'), { voter: 'pair' })
    .withPoll('poll-scale', scalePoll, { audience: 'byRole' })
    .withPoll('poll-open', openTextPoll())
    .withBreak('coffee')
    .topic('t3')
    .withCommitment('commit')
    .build();
}
