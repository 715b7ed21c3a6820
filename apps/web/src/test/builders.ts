import type { Agenda, AgendaSection, AgendaSegment, PollSegment } from '@kindred/content';
import { positionOf as enginePositionOf, type AgendaPosition, type PairView, type PublicStepView, type PublicView, type TimerState } from '@kindred/session';

/** Test data builders: sensible defaults, override what the test is about. */

export function aPairTalk(id = 'listening.talk', overrides: Partial<Extract<AgendaSegment, { kind: 'pairTalk' }>> = {}): AgendaSegment {
  return {
    id,
    kind: 'pairTalk',
    title: 'Talk it through',
    durationSec: 300,
    script: 'Ask pairs to sit face to face.',
    deviceText: 'Take turns answering.',
    prompts: ['When did you last feel really listened to?', 'What helps you listen?'],
    ...overrides,
  };
}

export function aPrivateReveal(id = 'listening.private', overrides: Partial<Extract<AgendaSegment, { kind: 'privateReveal' }>> = {}): AgendaSegment {
  return {
    id,
    kind: 'privateReveal',
    title: 'Guess and reveal',
    durationSec: 240,
    script: 'Explain the reveal.',
    deviceText: '',
    question: { mother: 'What does your son enjoy most?', son: 'What do you enjoy most?' },
    answer: { type: 'text', maxLength: 200 },
    ...overrides,
  };
}

export function aPoll(id = 'listening.poll', overrides: Partial<PollSegment> = {}): PollSegment {
  return {
    id,
    kind: 'poll',
    title: 'Quick poll',
    durationSec: 120,
    script: '',
    deviceText: '',
    question: 'How often do you talk at dinner?',
    poll: {
      type: 'single',
      options: [
        { id: 'often', label: 'Often' },
        { id: 'sometimes', label: 'Sometimes' },
        { id: 'rarely', label: 'Rarely' },
      ],
    },
    audience: 'everyone',
    voter: 'pair',
    ...overrides,
  };
}

export function aCommitment(id = 'listening.commit'): AgendaSegment {
  return {
    id,
    kind: 'commitment',
    title: 'Our commitment',
    durationSec: 180,
    script: '',
    deviceText: '',
    prompt: 'This week we will…',
    examples: ['Eat one dinner without phones.'],
  };
}

export function aBreak(id = 'break-1'): AgendaSegment {
  return { id, kind: 'break', title: 'Break', durationSec: 600, script: '', deviceText: 'Stretch your legs.' };
}

export function aSection(id: string, segments: AgendaSegment[], overrides: Partial<AgendaSection> = {}): AgendaSection {
  return {
    id,
    kind: 'topic',
    topicNumber: 3,
    title: 'Listening',
    summary: 'How we hear each other.',
    keyIdeas: [],
    takeHome: [],
    segments,
    ...overrides,
  };
}

export function anAgenda(sections: AgendaSection[] = [aSection('listening', [aPairTalk(), aPrivateReveal(), aPoll(), aCommitment()])]): Agenda {
  const totalSec = sections.reduce((sum, section) => sum + section.segments.reduce((s, segment) => s + segment.durationSec, 0), 0);
  return { planId: 'plan-1', title: 'Spring workshop', language: 'en', ageBand: 'teen', sections, totalSec };
}

/** The engine's own position, shown as "Topic 3 of 9" unless told otherwise. */
export function positionOf(agenda: Agenda, segmentId: string, topic: { ordinal: number; count: number } = { ordinal: 3, count: 9 }): AgendaPosition {
  const position = enginePositionOf(agenda, segmentId);
  if (!position) throw new Error(`no segment ${segmentId}`);
  return { ...position, topicOrdinal: position.topicOrdinal === null ? null : topic.ordinal, topicCount: topic.count };
}

export const idleTimer = (durationMs = 300_000): TimerState => ({ status: 'idle', durationMs, remainingMs: durationMs });

export function aPublicView(agenda: Agenda, segmentId: string | null, overrides: Partial<PublicView> = {}): PublicView {
  const step: PublicStepView = { kind: 'none' };
  return {
    seq: 10,
    sessionId: 'session-1',
    phase: segmentId ? 'running' : 'lobby',
    code: 'ABC234',
    locked: false,
    joinOpen: true,
    pairCount: 6,
    position: segmentId ? positionOf(agenda, segmentId) : null,
    timer: idleTimer(),
    step,
    projectorLanguages: ['en'],
    ...overrides,
  };
}

export function aPairView(overrides: Partial<PairView> = {}): PairView {
  return {
    seq: 10,
    sessionId: 'session-1',
    pairId: 'pair-1',
    member: null,
    status: 'active',
    name: 'The Night Owls',
    language: 'en',
    members: { mother: 'Ana', son: 'Leo' },
    privateAnswers: [],
    commitments: [],
    ballot: null,
    devices: 'shared',
    mergeAsked: [],
    handoutShared: false,
    words: null,
    ...overrides,
  };
}
