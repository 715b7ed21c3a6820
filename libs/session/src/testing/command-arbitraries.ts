import fc from 'fast-check';
import type { MemberRole } from '@kindred/content';
import type { CommandInput } from '../protocol/commands';
import type { Actor, PairActor } from '../engine/actors';
import type { SessionState } from '../engine/state';
import { agendaIndex, findSegment } from '../engine/agenda-index';
import { answerIdFor } from '../engine/voters';
import { FACILITATOR, PROJECTOR, SYSTEM } from './session-harness';
import { getPair, pollBallots } from '../engine/queries';
import { mapKeys } from '../engine/sharded-map';

export const PAIR_SLOTS = 4;

/** Placeholders resolved against the state when the step runs, so random steps often hit the current segment. */
const CURRENT = '$current';
const ANY_ANSWER = '$any-answer';
/** A credential id the server would make for this step, and the one the first device keeps. */
const NEW_CREDENTIAL = '$new';
const KEPT_CREDENTIAL = '$kept';

/**
 * Which credential a pair's device presents: the one its pair's state says is current
 * for that member (or the shared one), or an old one (a replaced phone, the shared
 * token after a split, a member claim it doesn't hold).
 */
export type DeviceRef = 'current' | 'stale' | 'join';

export type ActorRef = { kind: 'facilitator' } | { kind: 'projector' } | { kind: 'system' } | { kind: 'pair'; slot: number; member: MemberRole | null; device?: DeviceRef };

export type Step =
  | { kind: 'command'; actor: ActorRef; command: CommandInput; advanceMs: number }
  /** The server's scheduler firing exactly at `endsAt`. */
  | { kind: 'expireDue' }
  /** Every joined pair acts on the current segment (answers, reveals, votes, commits), so groups reach k. */
  | { kind: 'crowd'; picks: number[] }
  /** The facilitator moves to a segment and gets it going (opens a poll, starts the timer). */
  | { kind: 'present'; segmentId: string }
  /** The facilitator wraps the current segment up (closes or reveals a poll, ends a private step). */
  | { kind: 'wrapUp'; reveal: boolean }
  /** A pair changes devices the way the device routes would: a second phone joins, a lost phone is replaced, both ask to merge. */
  | { kind: 'devices'; slot: number; role: MemberRole };

/** Expands macro steps into the commands they stand for, against the current state. */
export function expandStep(state: SessionState, step: Step): Step[] {
  const facilitator = (command: CommandInput): Step => ({ kind: 'command', actor: { kind: 'facilitator' }, command, advanceMs: 2000 });
  const current = state.currentSegmentId;
  const kind = current === null ? undefined : findSegment(state.agenda, current)?.segment.kind;
  switch (step.kind) {
    case 'command':
    case 'expireDue':
      return [step];
    case 'crowd':
      return crowdCommands(state, step.picks).map(({ actor, command }) => ({ kind: 'command', actor: { kind: 'pair', slot: Number(actor.pairId.slice('pair-'.length)), member: actor.member, device: 'current' }, command, advanceMs: 500 }));
    case 'present': {
      const target = findSegment(state.agenda, step.segmentId)?.segment.kind;
      return [
        facilitator({ type: 'segment.goto', segmentId: step.segmentId }),
        ...(target === 'poll' ? [facilitator({ type: 'poll.open', pollId: step.segmentId })] : []),
        facilitator({ type: 'timer.start', segmentId: step.segmentId }),
      ];
    }
    case 'devices': {
      const devices = getPair(state, pairIdOf(step.slot))?.devices;
      if (!devices) return [];
      const other: MemberRole = step.role === 'mother' ? 'son' : 'mother';
      const as = (member: MemberRole | null, command: CommandInput): Step => ({ kind: 'command', actor: { kind: 'pair', slot: step.slot, member, device: 'current' }, command, advanceMs: 1000 });
      if (devices.mode === 'shared') return [as(null, { type: 'devices.add', role: step.role, credential: NEW_CREDENTIAL, keep: KEPT_CREDENTIAL })];
      // Split: either the other member's phone replaces this member's, or both ask to merge.
      return devices.mergeAsked.length > 0 || step.role === 'son'
        ? [as(step.role, { type: 'devices.merge', credential: NEW_CREDENTIAL }), as(other, { type: 'devices.merge', credential: NEW_CREDENTIAL })]
        : [as(other, { type: 'devices.add', role: step.role, credential: NEW_CREDENTIAL })];
    }
    case 'wrapUp':
      if (current === null) return [];
      if (state.timer.status === 'paused') return [facilitator({ type: 'timer.resume', segmentId: current })];
      if (kind === 'poll') return [facilitator({ type: step.reveal ? 'poll.reveal' : 'poll.close', pollId: current })];
      if (kind === 'privateReveal') return [facilitator({ type: 'reveal.end', segmentId: current })];
      return [facilitator({ type: 'timer.pause', segmentId: current })];
    default: {
      const _exhaustive: never = step;
      return _exhaustive;
    }
  }
}

export function pairIdOf(slot: number): string {
  return `pair-${slot}`;
}

export function resolveActor(ref: ActorRef, state?: SessionState): Actor {
  switch (ref.kind) {
    case 'facilitator':
      return FACILITATOR;
    case 'projector':
      return PROJECTOR;
    case 'system':
      return SYSTEM;
    case 'pair': {
      const pairId = pairIdOf(ref.slot);
      return { kind: 'pair', pairId, member: ref.member, credential: credentialOf(state, pairId, ref.member, ref.device ?? 'current') };
    }
    default: {
      const _exhaustive: never = ref;
      return _exhaustive;
    }
  }
}

function credentialOf(state: SessionState | undefined, pairId: string, member: MemberRole | null, device: DeviceRef): string | null {
  if (device === 'join') return null;
  if (device === 'stale') return 'cred-stale';
  const devices = state ? getPair(state, pairId)?.devices : undefined;
  if (!devices) return null;
  if (devices.mode === 'shared') return devices.credential;
  return member === null ? null : devices[member];
}

/**
 * Fills placeholders and tags every private text with its author, so a test can
 * search any view for text that must not be there.
 */
export function materialize(command: CommandInput, actor: Actor, state: SessionState, serial: number): CommandInput {
  const current = state.currentSegmentId ?? 'none';
  const ref = (id: string): string => (id === CURRENT ? current : id);
  const author = actor.kind === 'pair' ? actor.pairId : actor.kind;
  switch (command.type) {
    case 'answer.submit':
      return {
        ...command,
        segmentId: ref(command.segmentId),
        answer: command.answer.type === 'text' ? { type: 'text', text: privateAnswerTag(author, command.role, serial) } : command.answer,
      };
    case 'commitment.save':
      return { ...command, segmentId: ref(command.segmentId), text: commitmentTag(author, serial) };
    case 'vote.cast': {
      const pollId = ref(command.pollId);
      return { ...command, pollId, choice: command.choice.type === 'openText' ? { type: 'openText', text: openTextTag(pollId, serial) } : command.choice };
    }
    case 'poll.hideAnswer': {
      const pollId = ref(command.pollId);
      const firstKey = mapKeys(pollBallots(state, pollId))[0];
      return { ...command, pollId, answerId: command.answerId === ANY_ANSWER && firstKey ? answerIdFor(firstKey) : command.answerId };
    }
    case 'segment.goto':
    case 'timer.start':
    case 'timer.pause':
    case 'timer.resume':
    case 'timer.reset':
    case 'timer.expire':
    case 'reveal.end':
    case 'answer.reveal':
      return { ...command, segmentId: ref(command.segmentId) };
    case 'timer.adjust':
      return { ...command, segmentId: ref(command.segmentId) };
    case 'poll.open':
    case 'poll.close':
    case 'poll.reveal':
      return { ...command, pollId: ref(command.pollId) };
    case 'devices.add':
      return {
        ...command,
        credential: command.credential === NEW_CREDENTIAL ? `cred-${serial}` : command.credential,
        ...(command.keep === KEPT_CREDENTIAL ? { keep: `cred-${serial}-kept` } : {}),
      };
    case 'devices.merge':
      return { ...command, credential: command.credential === NEW_CREDENTIAL ? `cred-${serial}` : command.credential };
    case 'pair.join':
    case 'pair.rename':
    case 'pair.setMembers':
    case 'pair.setWords':
    case 'pair.remove':
    case 'pair.readmit':
    case 'handout.share':
    case 'session.start':
    case 'session.end':
    case 'session.lock':
    case 'session.unlock':
    case 'topic.note':
    case 'pair.setLanguage':
    case 'session.setProjectorLanguages':
      return command;
    default: {
      const _exhaustive: never = command;
      return _exhaustive;
    }
  }
}

/** The commands of a `crowd` step: what each joined pair would plausibly do at the current segment. */
export function crowdCommands(state: SessionState, picks: readonly number[]): { actor: PairActor; command: CommandInput }[] {
  const entry = state.currentSegmentId === null ? undefined : findSegment(state.agenda, state.currentSegmentId);
  if (!entry) return [];
  const segment = entry.segment;
  const out: { actor: PairActor; command: CommandInput }[] = [];
  for (let slot = 0; slot < PAIR_SLOTS; slot += 1) {
    const pick = picks[slot] ?? 0;
    // Each pair acts from the devices it has now: its shared one, or each member's own.
    const devices = getPair(state, pairIdOf(slot))?.devices;
    const deviceOf = (role: MemberRole): PairActor =>
      devices?.mode === 'split'
        ? { kind: 'pair', pairId: pairIdOf(slot), member: role, credential: devices[role] }
        : { kind: 'pair', pairId: pairIdOf(slot), member: null, credential: devices?.credential ?? null };
    switch (segment.kind) {
      case 'privateReveal': {
        const roles: MemberRole[] = pick % 3 === 0 ? ['mother'] : ['mother', 'son'];
        for (const role of roles) {
          const answer = segment.answer.type === 'text' ? { type: 'text' as const, text: 'placeholder' } : { type: 'choice' as const, optionId: segment.answer.options[pick % segment.answer.options.length]!.id };
          out.push({ actor: deviceOf(role), command: { type: 'answer.submit', segmentId: segment.id, role, answer } });
        }
        if (pick % 5 !== 0) out.push({ actor: deviceOf('son'), command: { type: 'answer.reveal', segmentId: segment.id } });
        if (pick % 7 !== 0) out.push({ actor: deviceOf('mother'), command: { type: 'answer.reveal', segmentId: segment.id } });
        break;
      }
      case 'poll': {
        const spec = segment.poll;
        const choice =
          spec.type === 'single'
            ? { type: 'single' as const, optionId: spec.options[pick % spec.options.length]!.id }
            : spec.type === 'multiple'
              ? { type: 'multiple' as const, optionIds: spec.options.slice(0, 1 + (pick % spec.maxChoices)).map((option) => option.id) }
              : spec.type === 'scale'
                ? { type: 'scale' as const, value: 1 + (pick % 5) }
                : { type: 'openText' as const, text: 'placeholder' };
        for (const role of ['mother', 'son'] as const) out.push({ actor: deviceOf(role), command: { type: 'vote.cast', pollId: segment.id, role, choice } });
        break;
      }
      case 'commitment':
        out.push({ actor: deviceOf('mother'), command: { type: 'commitment.save', segmentId: segment.id, text: 'placeholder' } });
        break;
      case 'intro':
      case 'pairTalk':
      case 'break':
        break;
      default: {
        const _exhaustive: never = segment;
        return _exhaustive;
      }
    }
  }
  return out;
}

export const privateAnswerTag = (pairId: string, role: MemberRole, serial: number) => `«A|${pairId}|${role}|${serial}»`;
export const commitmentTag = (pairId: string, serial: number) => `«C|${pairId}|${serial}»`;
export const openTextTag = (pollId: string, serial: number) => `«V|${pollId}|${serial}»`;

export function stepsArbitrary(state: SessionState, maxSteps = 60): fc.Arbitrary<Step[]> {
  const index = agendaIndex(state.agenda);
  const segmentIds = index.entries.map((entry) => entry.segment.id);
  const segment = fc.oneof({ weight: 4, arbitrary: fc.constant(CURRENT) }, { weight: 2, arbitrary: fc.constantFrom(...segmentIds) }, { weight: 1, arbitrary: fc.constant('nope') });
  const role = fc.constantFrom<MemberRole>('mother', 'son');
  const pairId = fc.integer({ min: 0, max: PAIR_SLOTS - 1 }).map(pairIdOf);
  const name = fc.constantFrom('Bears', 'Owls', 'Foxes', 'bears');
  const memberName = fc.constantFrom<string | null>(null, 'Ann', 'Sam');
  const choice = fc.oneof(
    fc.constantFrom('a', 'b', 'c', 'z').map((optionId) => ({ type: 'single' as const, optionId })),
    fc.subarray(['a', 'b', 'c'], { minLength: 1 }).map((optionIds) => ({ type: 'multiple' as const, optionIds })),
    fc.integer({ min: 1, max: 5 }).map((value) => ({ type: 'scale' as const, value })),
    fc.constant({ type: 'openText' as const, text: 'placeholder' }),
  );

  const facilitatorCommand: fc.Arbitrary<CommandInput> = fc.oneof(
    { weight: 3, arbitrary: fc.option(fc.constantFrom(...segmentIds), { nil: undefined }).map((segmentId) => ({ type: 'session.start' as const, ...(segmentId ? { segmentId } : {}) })) },
    { weight: 1, arbitrary: fc.constant({ type: 'session.end' as const }) },
    { weight: 2, arbitrary: fc.constantFrom({ type: 'session.lock' as const }, { type: 'session.unlock' as const }) },
    { weight: 1, arbitrary: pairId.map((id) => ({ type: 'pair.remove' as const, pairId: id })) },
    { weight: 1, arbitrary: pairId.map((id) => ({ type: 'pair.readmit' as const, pairId: id })) },
    { weight: 2, arbitrary: fc.tuple(name, pairId).map(([n, id]) => ({ type: 'pair.rename' as const, name: n, pairId: id })) },
    { weight: 12, arbitrary: fc.constantFrom(...segmentIds, 'nope').map((segmentId) => ({ type: 'segment.goto' as const, segmentId })) },
    { weight: 10, arbitrary: fc.tuple(fc.constantFrom<'timer.start' | 'timer.pause' | 'timer.resume' | 'timer.reset'>('timer.start', 'timer.pause', 'timer.resume', 'timer.reset'), segment).map(([type, segmentId]) => ({ type, segmentId })) },
    { weight: 5, arbitrary: fc.tuple(segment, fc.integer({ min: -200_000, max: 200_000 }).filter((d) => d !== 0)).map(([segmentId, deltaMs]) => ({ type: 'timer.adjust' as const, segmentId, deltaMs })) },
    { weight: 10, arbitrary: fc.tuple(fc.constantFrom<'poll.open' | 'poll.close' | 'poll.reveal'>('poll.open', 'poll.close', 'poll.reveal'), segment).map(([type, pollId]) => ({ type, pollId })) },
    { weight: 2, arbitrary: fc.tuple(segment, fc.constantFrom(ANY_ANSWER, 'missing')).map(([pollId, answerId]) => ({ type: 'poll.hideAnswer' as const, pollId, answerId })) },
    { weight: 3, arbitrary: segment.map((segmentId) => ({ type: 'reveal.end' as const, segmentId })) },
    { weight: 1, arbitrary: fc.constantFrom('en', 'es', 'es+en').map((choice) => ({ type: 'session.setProjectorLanguages' as const, languages: choice.split('+') })) },
  );

  const pairCommand: fc.Arbitrary<CommandInput> = fc.oneof(
    { weight: 4, arbitrary: fc.tuple(name, memberName, memberName).map(([n, mother, son]) => ({ type: 'pair.join' as const, name: `${n}`, members: { mother, son } })) },
    { weight: 1, arbitrary: name.map((n) => ({ type: 'pair.rename' as const, name: n })) },
    { weight: 1, arbitrary: fc.tuple(memberName, memberName).map(([mother, son]) => ({ type: 'pair.setMembers' as const, members: { mother, son } })) },
    {
      weight: 1,
      arbitrary: fc.tuple(fc.constantFrom<'gran' | 'mom'>('gran', 'mom'), fc.constantFrom<'10-13' | 'adult'>('10-13', 'adult')).map(([preset, ageBand]) => ({ type: 'pair.setWords' as const, words: { carer: { preset }, ageBand } })),
    },
    {
      weight: 10,
      arbitrary: fc.tuple(segment, role, fc.constantFrom('text', 'yes', 'no', 'maybe')).map(([segmentId, r, answer]) => ({
        type: 'answer.submit' as const,
        segmentId,
        role: r,
        answer: answer === 'text' ? { type: 'text' as const, text: 'placeholder' } : { type: 'choice' as const, optionId: answer },
      })),
    },
    { weight: 5, arbitrary: segment.map((segmentId) => ({ type: 'answer.reveal' as const, segmentId })) },
    { weight: 12, arbitrary: fc.tuple(segment, fc.option(role, { nil: undefined }), choice).map(([pollId, r, c]) => ({ type: 'vote.cast' as const, pollId, ...(r ? { role: r } : {}), choice: c })) },
    { weight: 4, arbitrary: segment.map((segmentId) => ({ type: 'commitment.save' as const, segmentId, text: 'placeholder' })) },
    // A second phone joins (split), or a member's phone lets in a replacement for the other's.
    { weight: 4, arbitrary: fc.tuple(role, fc.boolean()).map(([r, keep]) => ({ type: 'devices.add' as const, role: r, credential: NEW_CREDENTIAL, ...(keep ? { keep: KEPT_CREDENTIAL } : {}) })) },
    { weight: 3, arbitrary: fc.constant({ type: 'devices.merge' as const, credential: NEW_CREDENTIAL }) },
    { weight: 1, arbitrary: fc.boolean().map((shared) => ({ type: 'handout.share' as const, shared })) },
    { weight: 1, arbitrary: fc.constantFrom('en', 'es').map((language) => ({ type: 'pair.setLanguage' as const, language })) },
  );

  const pairActor = fc.record({
    kind: fc.constant('pair' as const),
    slot: fc.integer({ min: 0, max: PAIR_SLOTS - 1 }),
    member: fc.constantFrom<MemberRole | null>(null, 'mother', 'son'),
    // Mostly the device's own credential; sometimes an old one, or a member claimed with the join token.
    device: fc.oneof({ weight: 8, arbitrary: fc.constant<DeviceRef>('current') }, { weight: 1, arbitrary: fc.constant<DeviceRef>('stale') }, { weight: 1, arbitrary: fc.constant<DeviceRef>('join') }),
  });
  const advanceMs = fc.oneof({ weight: 3, arbitrary: fc.integer({ min: 0, max: 5_000 }) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: 400_000 }) });

  const step: fc.Arbitrary<Step> = fc.oneof(
    { weight: 6, arbitrary: fc.record({ kind: fc.constant('command' as const), actor: fc.constant<ActorRef>({ kind: 'facilitator' }), command: facilitatorCommand, advanceMs }) },
    { weight: 10, arbitrary: fc.record({ kind: fc.constant('command' as const), actor: pairActor, command: pairCommand, advanceMs }) },
    // Anyone may try anything: the engine must refuse what they may not do.
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('command' as const), actor: fc.oneof(fc.constant<ActorRef>({ kind: 'projector' }), fc.constant<ActorRef>({ kind: 'system' }), pairActor as fc.Arbitrary<ActorRef>), command: fc.oneof(facilitatorCommand, pairCommand), advanceMs }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('command' as const), actor: fc.constant<ActorRef>({ kind: 'system' }), command: segment.map((segmentId) => ({ type: 'timer.expire' as const, segmentId })), advanceMs }) },
    { weight: 2, arbitrary: fc.constant<Step>({ kind: 'expireDue' }) },
    { weight: 5, arbitrary: fc.array(fc.nat(59), { minLength: PAIR_SLOTS, maxLength: PAIR_SLOTS }).map((picks): Step => ({ kind: 'crowd', picks })) },
    { weight: 3, arbitrary: fc.constantFrom(...segmentIds).map((segmentId): Step => ({ kind: 'present', segmentId })) },
    { weight: 3, arbitrary: fc.boolean().map((reveal): Step => ({ kind: 'wrapUp', reveal })) },
    { weight: 3, arbitrary: fc.tuple(fc.integer({ min: 0, max: PAIR_SLOTS - 1 }), role).map(([slot, r]): Step => ({ kind: 'devices', slot, role: r })) },
  );

  // Most interesting sequences start with some pairs in and the session running.
  const setup: Step[] = [
    ...Array.from({ length: PAIR_SLOTS - 1 }, (_, slot): Step => ({
      kind: 'command',
      actor: { kind: 'pair', slot, member: null },
      command: { type: 'pair.join', name: `Pair ${slot}`, members: { mother: null, son: null } },
      advanceMs: 1000,
    })),
    { kind: 'command', actor: { kind: 'facilitator' }, command: { type: 'session.start' }, advanceMs: 1000 },
  ];
  return fc
    .tuple(fc.nat(9), fc.array(step, { maxLength: maxSteps, size: 'max' }))
    .map(([dice, steps]) => (dice === 0 ? steps : [...setup, ...steps]));
}
