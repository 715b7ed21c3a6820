import { createHmac } from 'node:crypto';
import { BUILT_IN_PLANS, resolveAgenda, type MemberRole } from '@kindred/content';
import { createSession, decide, evolve, HandoutModelSchema, initialState, parseCommand, SessionReportSchema, voterKeyMaterial, type Actor, type CommandInput, type PairActor, type SessionState } from '@kindred/session';
import { buildHandout, type HandoutSessionInfo } from './build-handout';
import { buildSessionReport } from './session-report';

/*
 * The handout and report read models over a session driven through the engine's
 * public API, as the server does (without the server).
 */

const T0 = Date.UTC(2030, 4, 14, 17, 0, 0);
const FACILITATOR: Actor = { kind: 'facilitator', facilitatorId: 'fac-1' };
const MINUTE = 60_000;

class Room {
  state: SessionState;
  now = T0;

  constructor() {
    const taster = BUILT_IN_PLANS.find((p) => p.id === 'taster')!;
    // The taster with every topic's commitment kept, so the read models see several.
    const plan = { ...taster, items: taster.items.map((item) => (item.kind === 'topic' ? { ...item, skip: [`${item.topicId}.deeper`] } : item)) };
    const agenda = resolveAgenda(plan, { language: 'en', ageBand: 'teen' });
    const created = createSession({ sessionId: 'session-1', code: 'ABC234', agenda, createdAt: T0, facilitatorId: 'fac-1' });
    if (!created.ok) throw new Error(created.message);
    this.state = initialState(created.events[0]);
  }

  do(input: CommandInput, actor: Actor = FACILITATOR, advanceMs = 0): void {
    this.now += advanceMs;
    const parsed = parseCommand(input);
    if (!parsed.ok) throw new Error(parsed.message);
    const voterKeyFor = (identity: Parameters<typeof voterKeyMaterial>[0]) => createHmac('sha256', 'secret').update(voterKeyMaterial(identity)).digest('hex');
    const result = decide(this.state, parsed.command, actor, this.now, { voterKeyFor });
    if (!result.ok) throw new Error(`${input.type}: ${result.code}`);
    this.state = result.events.reduce(evolve, this.state);
  }

  join(n: number): PairActor {
    const actor: PairActor = { kind: 'pair', pairId: `pair-${n}`, member: null };
    this.do({ type: 'pair.join', name: `Pair ${n}`, members: { mother: `Mum ${n}`, son: `Son ${n}` } }, actor);
    return actor;
  }

  answer(pair: PairActor, segmentId: string, texts: Record<MemberRole, string>): void {
    for (const role of ['mother', 'son'] as const) this.do({ type: 'answer.submit', segmentId, role, answer: { type: 'text', text: texts[role] } }, pair);
  }
}

const info = (over: Partial<HandoutSessionInfo> = {}): HandoutSessionInfo => ({
  title: 'Spring workshop',
  language: 'en',
  ageBand: 'teen',
  scheduledFor: null,
  createdAt: new Date(T0),
  endedAt: null,
  privateRetentionDays: null,
  privateAnswersPurgedAt: null,
  facilitatorName: 'Ana',
  ...over,
});

/** Three pairs through topic 2 of the taster: a text reveal, a by-role scale poll in topic 1, commitments. */
function sessionThroughTopicTwo() {
  const room = new Room();
  const [a, b, c] = [room.join(1), room.join(2), room.join(3)];
  room.do({ type: 'session.start' });
  // Past the opening frame, straight to topic 1.
  room.do({ type: 'segment.goto', segmentId: 'emotional-needs.intro' });
  room.do({ type: 'segment.goto', segmentId: 'emotional-needs.poll' }, FACILITATOR, 2 * MINUTE);
  room.do({ type: 'poll.open', pollId: 'emotional-needs.poll' });
  for (const [pair, value] of [[a, 5], [b, 4], [c, 4]] as const) room.do({ type: 'vote.cast', pollId: 'emotional-needs.poll', role: 'mother', choice: { type: 'scale', value } }, pair);
  room.do({ type: 'vote.cast', pollId: 'emotional-needs.poll', role: 'son', choice: { type: 'scale', value: 2 } }, a);
  room.do({ type: 'poll.close', pollId: 'emotional-needs.poll' });
  room.do({ type: 'poll.reveal', pollId: 'emotional-needs.poll' });
  room.do({ type: 'segment.goto', segmentId: 'emotional-needs.commitment' }, FACILITATOR, 3 * MINUTE);
  room.do({ type: 'commitment.save', segmentId: 'emotional-needs.commitment', text: 'Pair 1 cooks on Sunday' }, a);
  room.do({ type: 'commitment.save', segmentId: 'emotional-needs.commitment', text: 'Pair 2 walks the dog' }, b);
  room.do({ type: 'segment.goto', segmentId: 'shared-moments.reveal' }, FACILITATOR, 2 * MINUTE);
  room.answer(a, 'shared-moments.reveal', { mother: 'A mum text', son: 'A son text' });
  room.do({ type: 'answer.reveal', segmentId: 'shared-moments.reveal' }, a);
  room.answer(b, 'shared-moments.reveal', { mother: 'B mum text', son: 'B son text' });
  room.do({ type: 'segment.goto', segmentId: 'shared-moments.poll' }, FACILITATOR, 4 * MINUTE);
  room.do({ type: 'poll.open', pollId: 'shared-moments.poll' });
  room.do({ type: 'vote.cast', pollId: 'shared-moments.poll', choice: { type: 'multiple', optionIds: ['car'] } }, a);
  return { room, a, b, c };
}

describe('buildHandout', () => {
  it('holds only the visited topics, and only this pair’s revealed answers and commitments', () => {
    const { room } = sessionThroughTopicTwo();
    const handout = buildHandout(room.state, 'pair-1', info())!;
    expect(handout.pair).toEqual({ name: 'Pair 1', members: { mother: 'Mum 1', son: 'Son 1' }, carer: 'Mom' });
    expect(handout.topics.map((t) => t.sectionId)).toEqual(['emotional-needs', 'shared-moments']);
    expect(handout.topics[0]!.commitments.map((c) => c.text)).toEqual(['Pair 1 cooks on Sunday']);
    expect(handout.topics[1]!.answers).toEqual([expect.objectContaining({ segmentId: 'shared-moments.reveal', revealed: true, mother: 'A mum text', son: 'A son text' })]);
    expect(JSON.stringify(handout)).not.toMatch(/B mum text|B son text|Pair 2 walks|Mum 2/);
    // Pair 2 answered but never revealed: the entry is there, the texts are not.
    const b = buildHandout(room.state, 'pair-2', info())!;
    expect(b.topics[1]!.answers).toEqual([expect.objectContaining({ revealed: false, mother: null, son: null })]);
    expect(JSON.stringify(b)).not.toContain('B mum text');
  });

  it('shows revealed polls only, each group under k', () => {
    const { room } = sessionThroughTopicTwo();
    const [scale] = buildHandout(room.state, 'pair-3', info())!.topics[0]!.polls;
    expect(scale!.groups).toEqual([
      expect.objectContaining({ group: 'mother', status: 'shown', ballotCount: 3, mean: 4.33 }),
      { group: 'son', status: 'not-enough-answers', needed: 3 },
    ]);
    const mothers = scale!.groups[0]!;
    expect(mothers.status === 'shown' && mothers.bars.map((bar) => bar.count)).toEqual([0, 0, 0, 2, 1]);
    expect(mothers.status === 'shown' && mothers.bars[0]!.label).toMatch(/^1 · \w/);
    // The second topic's poll is still open: not on the handout.
    expect(buildHandout(room.state, 'pair-3', info())!.topics[1]!.polls).toEqual([]);
  });

  it('says when private answers were deleted, and shows none', () => {
    const { room } = sessionThroughTopicTwo();
    const endedAt = new Date(T0 + 60 * MINUTE);
    const purged = buildHandout(room.state, 'pair-1', info({ privateRetentionDays: 7, endedAt, privateAnswersPurgedAt: new Date(T0 + 8 * 24 * 60 * MINUTE) }))!;
    expect(purged.retention).toEqual({ days: 7, deleteAt: new Date(endedAt.getTime() + 7 * 24 * 60 * MINUTE).toISOString(), deleted: true });
    expect(purged.topics.flatMap((t) => t.answers)).toEqual([]);
    expect(purged.topics[0]!.commitments).toHaveLength(1);
    expect(buildHandout(room.state, 'pair-1', info())!.retention).toEqual({ days: null, deleteAt: null, deleted: false });
  });

  it('dates the handout by the scheduled day, else the day it started; null for a stranger', () => {
    const { room } = sessionThroughTopicTwo();
    expect(buildHandout(room.state, 'pair-1', info({ scheduledFor: '2030-05-20' }))!.workshop.date).toBe('2030-05-20');
    expect(buildHandout(room.state, 'pair-1', info())!.workshop.date).toMatch(/^2030-05-1[45]$/);
    expect(buildHandout(room.state, 'pair-9', info())).toBeNull();
    expect(buildHandout(room.state, 'pair-1', info())!.closing.sections.length).toBeGreaterThanOrEqual(4);
  });
});

describe('buildSessionReport', () => {
  const reportInfo = { id: 'session-1', title: 'Spring workshop', planId: 'taster', code: 'ABC234', language: 'en', ageBand: 'teen' as const, scheduledFor: null, createdAt: new Date(T0), privateRetentionDays: null, facilitatorName: 'Ana' };

  it('adds up each segment’s visits and marks the one in progress', () => {
    const { room } = sessionThroughTopicTwo();
    room.do({ type: 'segment.goto', segmentId: 'emotional-needs.poll' }, FACILITATOR, MINUTE);
    const timing = new Map(buildSessionReport(room.state, reportInfo, room.now).timing.segments.map((row) => [row.segmentId, row]));
    expect(timing.get('emotional-needs.intro')).toMatchObject({ actualMs: 2 * MINUTE, plannedMs: 90_000, inProgress: false });
    expect(timing.get('opening.welcome')).toMatchObject({ actualMs: 0, inProgress: false });
    // Visited twice: 3 minutes the first time, still open the second.
    expect(timing.get('emotional-needs.poll')).toMatchObject({ actualMs: 3 * MINUTE, inProgress: true });
    expect(timing.get('emotional-needs.poll')!.visits).toHaveLength(2);
    expect(timing.get('shared-moments.poll')).toMatchObject({ actualMs: MINUTE, inProgress: false });
    expect(timing.get('growing-conversations.intro')).toMatchObject({ actualMs: 0, visits: [] });
  });

  it('lists removed pairs as removed and every poll, closed ones under k', () => {
    const { room } = sessionThroughTopicTwo();
    room.do({ type: 'pair.remove', pairId: 'pair-3' });
    room.do({ type: 'poll.close', pollId: 'shared-moments.poll' });
    const report = buildSessionReport(room.state, reportInfo, room.now);
    expect(report.attendance).toMatchObject({ pairCount: 3, activePairCount: 2, removedPairCount: 1 });
    expect(report.attendance.pairs.map((p) => [p.name, p.removed])).toEqual([['Pair 1', false], ['Pair 2', false], ['Pair 3', true]]);
    const polls = new Map(report.polls.map((poll) => [poll.pollId, poll]));
    // Closed but never revealed: the facilitator's report has it, one ballot is under k.
    expect(polls.get('shared-moments.poll')).toMatchObject({ status: 'closed', ballotCount: 1, groups: [{ group: 'everyone', status: 'not-enough-answers', needed: 3 }] });
    expect(polls.get('growing-conversations.poll')).toMatchObject({ status: 'draft', groups: null });
    expect(JSON.stringify(report)).not.toMatch(/A mum text|B son text/);
  });
});

describe('the read models and the HTTP contract', () => {
  it('build exactly what the contract describes for handout JSON and report JSON', () => {
    const { room } = sessionThroughTopicTwo();
    const reportInfo = { id: 'session-1', title: 'Spring workshop', planId: 'taster', code: 'ABC234', language: 'en', ageBand: 'teen' as const, scheduledFor: null, createdAt: new Date(T0), privateRetentionDays: null, facilitatorName: 'Ana' };
    const report = buildSessionReport(room.state, reportInfo, room.now);
    expect(SessionReportSchema.safeParse(report).error).toBeUndefined();
    const handout = buildHandout(room.state, 'pair-1', info())!;
    expect(HandoutModelSchema.safeParse(handout).error).toBeUndefined();
    // A field the contract does not describe fails.
    expect(SessionReportSchema.safeParse({ ...report, ballotSecret: 'x' }).success).toBe(false);
    expect(HandoutModelSchema.safeParse({ ...handout, pair: { ...handout.pair, token: 't' } }).success).toBe(false);
  });
});
