import { createHmac } from 'node:crypto';
import type { Agenda, MemberRole } from '@kindred/content';
import type { Command, CommandInput } from '../protocol/commands';
import { parseCommand } from '../protocol/commands';
import type { FacilitatorActor, PairActor, ProjectorActor, SystemActor, Actor } from '../engine/actors';
import type { BallotCast, LoggedEvent, SessionEvent } from '../engine/events';
import type { SessionState } from '../engine/state';
import type { DecideResult } from '../engine/decide/result';
import type { PairVoterKey, VoterIdentity } from '../engine/voters';
import { createSession, type CreateSessionInput } from '../engine/create-session';
import { decide } from '../engine/decide/decide';
import { evolve, initialState } from '../engine/evolve';
import { pairVoterIdentities, voterKeyMaterial } from '../engine/voters';
import { everyKindAgenda } from './agenda-builder';

export type SessionOptions = Pick<CreateSessionInput, 'minGroupSize' | 'timerStart'>;

export const T0 = Date.UTC(2030, 0, 1, 9, 0, 0);
export const FACILITATOR: FacilitatorActor = { kind: 'facilitator', facilitatorId: 'fac-1' };
export const PROJECTOR: ProjectorActor = { kind: 'projector' };
export const SYSTEM: SystemActor = { kind: 'system' };

/** What the API does: HMAC with a per-session secret that never reaches the engine. */
export function hmacVoterKey(secret: string): (identity: VoterIdentity) => string {
  return (identity) => createHmac('sha256', secret).update(voterKeyMaterial(identity)).digest('hex');
}

/**
 * Drives a session as the API would: validates, decides, appends logged events and
 * upserts ballots (one row per poll and voter key) separately.
 */
export class SessionHarness {
  state: SessionState;
  now = T0;
  readonly log: LoggedEvent[] = [];
  readonly ballotTable = new Map<string, BallotCast>();
  readonly voterKeyFor = hmacVoterKey('test-secret');
  private pairCounter = 0;

  constructor(agenda: Agenda, options: SessionOptions = {}) {
    const created = createSession({ sessionId: 'session-1', code: 'ABC234', agenda, createdAt: this.now, facilitatorId: FACILITATOR.facilitatorId, ...options });
    if (!created.ok) throw new Error(created.message);
    const [event] = created.events;
    this.log.push(event);
    this.state = initialState(event);
  }

  /** Validates like the gateway, then decides and applies. */
  send(input: CommandInput | Record<string, unknown>, actor: Actor, advanceMs = 0): DecideResult {
    this.now += advanceMs;
    const parsed = parseCommand(input);
    if (!parsed.ok) return parsed;
    return this.decideAndApply(parsed.command, actor);
  }

  decideAndApply(command: Command, actor: Actor): DecideResult {
    const result = decide(this.state, command, actor, this.now, { voterKeyFor: this.voterKeyFor });
    if (result.ok) for (const event of result.events) this.apply(event);
    return result;
  }

  /** Like `send` but fails the test on rejection. */
  must(input: CommandInput, actor: Actor, advanceMs = 0): SessionEvent[] {
    const result = this.send(input, actor, advanceMs);
    if (!result.ok) throw new Error(`${input.type} rejected: ${result.code} ${result.message}`);
    return result.events;
  }

  apply(event: SessionEvent): void {
    if (event.type === 'BallotCast') this.ballotTable.set(`${event.pollId}\n${event.voterKey}`, event);
    else if (event.type !== 'SessionCreated') this.log.push(event);
    this.state = evolve(this.state, event);
  }

  join(name = `Pair ${this.pairCounter + 1}`, member: MemberRole | null = null): PairActor {
    this.pairCounter += 1;
    const actor: PairActor = { kind: 'pair', pairId: `pair-${this.pairCounter}`, member };
    this.must({ type: 'pair.join', name, members: { mother: null, son: null } }, actor);
    return actor;
  }

  withPairs(count: number): PairActor[] {
    return Array.from({ length: count }, () => this.join());
  }

  start(segmentId?: string): this {
    this.must({ type: 'session.start', ...(segmentId ? { segmentId } : {}) }, FACILITATOR);
    return this;
  }

  goto(segmentId: string): this {
    this.must({ type: 'segment.goto', segmentId }, FACILITATOR);
    return this;
  }

  /** The voter keys a device of this pair would have for the current poll. */
  voterKeysOf(actor: PairActor): PairVoterKey[] {
    return pairVoterIdentities(this.state, actor.pairId, actor.member).map((identity) => ({
      pollId: identity.pollId,
      role: identity.role,
      voterKey: this.voterKeyFor(identity),
    }));
  }

  ballots(): BallotCast[] {
    return [...this.ballotTable.values()];
  }
}

export function aSession(agenda: Agenda = everyKindAgenda(), options: SessionOptions = {}): SessionHarness {
  return new SessionHarness(agenda, options);
}

export function member(actor: PairActor, role: MemberRole | null): PairActor {
  return { ...actor, member: role };
}
