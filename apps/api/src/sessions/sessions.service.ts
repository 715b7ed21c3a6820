import { HttpStatus, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { Agenda, AgeBand } from '@kindred/content';
import { createSession, DEFAULT_MIN_GROUP_SIZE, DEFAULT_TIMER_START, type SessionSummary, type TimerStartMode } from '@kindred/session';
import type { Facilitator } from '../auth/auth.service';
import { ApiError } from '../http/api-error';
import { PlanCatalogue, type Customization } from '../plans/plan-catalogue';
import { SessionEventBus } from './session-events';
import { hashToken, newSecret, newToken } from '../security/tokens';
import { generateJoinCode } from './join-code';
import { withLocalHelp } from './local-help';
import { SessionStore, type SessionRow } from './session-store';
import { SessionTeam } from './session-team';

/** What the facilitator's screens get for a session: the HTTP contract's shape. */
export type { SessionSummary };

export interface CreateSessionInput {
  title: string;
  planId: string;
  customization?: Customization;
  language: string;
  ageBand: AgeBand;
  scheduledFor?: string | null;
  privateRetentionDays?: number | null;
  minGroupSize?: number;
  timerStart?: TimerStartMode;
  localResources?: string[];
  safeguardingContact?: string;
}

@Injectable()
export class SessionsService {
  constructor(
    private readonly store: SessionStore,
    private readonly plans: PlanCatalogue,
    private readonly events: SessionEventBus,
    private readonly team: SessionTeam,
  ) {}

  async create(facilitator: Facilitator, input: CreateSessionInput): Promise<SessionSummary & { projectorToken: string }> {
    const plan = this.plans.customize(input.planId, input.customization);
    const agenda: Agenda = withLocalHelp(this.plans.agenda(plan, input.language, input.ageBand), input);
    const id = randomUUID();
    const projectorToken = newToken();
    for (let attempt = 0; attempt < 10; attempt++) {
      const code = generateJoinCode();
      const created = createSession({
        sessionId: id,
        code,
        agenda,
        createdAt: Date.now(),
        minGroupSize: input.minGroupSize ?? DEFAULT_MIN_GROUP_SIZE,
        facilitatorId: facilitator.id,
        timerStart: input.timerStart ?? plan.timerStart ?? DEFAULT_TIMER_START,
      });
      if (!created.ok) throw new ApiError(created.code, created.message);
      try {
        await this.store.insertSession(
          {
            id,
            facilitatorId: facilitator.id,
            code,
            title: input.title,
            planId: input.planId,
            language: input.language,
            ageBand: input.ageBand,
            scheduledFor: input.scheduledFor ?? null,
            ballotSecret: newSecret(),
            projectorTokenHash: hashToken(projectorToken),
            privateRetentionDays: input.privateRetentionDays ?? null,
          },
          created.events[0],
        );
      } catch (error) {
        // Another open session holds this code: draw again.
        if ((error as { code?: string }).code === '23505') continue;
        throw error;
      }
      const row = await this.store.findById(id);
      return { ...(await this.summarize(row!, 'owner')), projectorToken };
    }
    throw new ApiError('session/code-exhausted', 'Could not find a free join code. Please try again.', HttpStatus.SERVICE_UNAVAILABLE);
  }

  /** The facilitator's own sessions and those they were invited to co-facilitate, newest first. */
  async list(facilitator: Facilitator): Promise<SessionSummary[]> {
    const own = await this.store.listForFacilitator(facilitator.id);
    const invited: SessionRow[] = [];
    for (const id of await this.team.coFacilitatedSessionIds(facilitator.id)) {
      const row = await this.store.findById(id);
      if (row) invited.push(row);
    }
    const rows = [...own, ...invited].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
    return this.summarizeAll(rows, facilitator.id);
  }

  /** The session if it is this facilitator's; 404 otherwise, so ids of others' sessions reveal nothing. */
  async ownedRow(facilitator: Facilitator, sessionId: string): Promise<SessionRow> {
    const row = /^[0-9a-f-]{36}$/i.test(sessionId) ? await this.store.findById(sessionId) : null;
    if (!row || row.facilitatorId !== facilitator.id) throw new ApiError('session/not-found', 'This session does not exist.', HttpStatus.NOT_FOUND);
    return row;
  }

  async get(facilitator: Facilitator, sessionId: string): Promise<SessionSummary> {
    const { row, role } = await this.team.facilitatedRow(facilitator, sessionId);
    return this.summarize(row, role);
  }

  /**
   * The owner deletes an ended session and everything in it (events, pairs, ballots,
   * the team, by cascade). An open one must be ended first, so no device is mid-command.
   */
  async delete(facilitator: Facilitator, sessionId: string): Promise<void> {
    const row = await this.team.ownerRow(facilitator, sessionId);
    if (row.status === 'lobby' || row.status === 'running') throw new ApiError('session/still-open', 'End the session before deleting it.', HttpStatus.CONFLICT);
    await this.store.deleteSession(row.id);
    this.events.publish({ type: 'session.deleted', sessionId: row.id });
  }

  async newProjectorLink(facilitator: Facilitator, sessionId: string): Promise<{ projectorToken: string }> {
    await this.team.facilitatedRow(facilitator, sessionId);
    const projectorToken = newToken();
    await this.store.setProjectorToken(sessionId, hashToken(projectorToken));
    // Before the new link leaves this process, so only old projectors are cut off.
    this.events.publish({ type: 'projector.relinked', sessionId });
    return { projectorToken };
  }

  async summarize(row: SessionRow, role: SessionSummary['role']): Promise<SessionSummary> {
    return { ...(await this.summarizeAll([row], row.facilitatorId))[0]!, role };
  }

  private async summarizeAll(rows: readonly SessionRow[], viewerId: string): Promise<SessionSummary[]> {
    const counts = await this.store.activePairCounts(rows.map((row) => row.id));
    return rows.map((row) => this.toSummary(row, counts.get(row.id) ?? 0, row.facilitatorId === viewerId ? 'owner' : 'co-facilitator'));
  }

  private toSummary(row: SessionRow, pairCount: number, role: SessionSummary['role']): SessionSummary {
    return {
      id: row.id,
      code: row.code,
      title: row.title,
      status: row.status,
      planId: row.planId,
      language: row.language,
      ageBand: row.ageBand,
      scheduledFor: row.scheduledFor,
      createdAt: row.createdAt.toISOString(),
      endedAt: row.endedAt ? row.endedAt.toISOString() : null,
      pairCount,
      role,
    };
  }
}
