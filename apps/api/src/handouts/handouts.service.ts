import { Injectable } from '@nestjs/common';
import { attendanceReport, type SessionState } from '@kindred/session';
import { SeriesService } from '../series/series.service';
import { LiveSessionsService } from '../sessions/live-sessions.service';
import type { SessionRow } from '../sessions/session-store';
import { buildHandout, type HandoutAudience, type HandoutSessionInfo } from './build-handout';
import { handoutNotFound } from './handout-access';
import type { HandoutModel } from './handout-model';
import { HandoutStore } from './handout-store';
import { buildSessionReport, type SessionReport } from './session-report';

/** Handouts and reports, read from the session's state as rebuilt from its log and ballots. */
@Injectable()
export class HandoutsService {
  constructor(
    private readonly live: LiveSessionsService,
    private readonly store: HandoutStore,
    private readonly series: SeriesService,
  ) {}

  async handout(session: SessionRow, pairId: string, audience: HandoutAudience): Promise<HandoutModel> {
    const state = await this.state(session);
    const model = buildHandout(state, pairId, await this.sessionInfo(session), audience);
    if (!model) throw handoutNotFound();
    // The series part carries the pair's own commitments and its rejoin code: the pair's copy only.
    return audience === 'pair' ? { ...model, series: await this.series.handoutSeries(session, pairId) } : model;
  }

  /** Every pair still in the session, in join order: what the facilitator prints (private text only where shared). */
  async handoutsForSession(session: SessionRow): Promise<HandoutModel[]> {
    const state = await this.state(session);
    const info = await this.sessionInfo(session);
    return attendanceReport(state)
      .pairs.filter((pair) => pair.removedAt === null)
      .flatMap((pair) => buildHandout(state, pair.pairId, info, 'facilitator') ?? []);
  }

  async report(session: SessionRow, now = Date.now()): Promise<SessionReport> {
    const state = await this.state(session);
    return buildSessionReport(state, { ...session, facilitatorName: await this.store.facilitatorName(session.facilitatorId) }, now);
  }

  private async state(session: SessionRow): Promise<SessionState> {
    const live = await this.live.get(session.id);
    if (!live) throw handoutNotFound();
    return live.state;
  }

  private async sessionInfo(session: SessionRow): Promise<HandoutSessionInfo> {
    const [facilitatorName, privateAnswersPurgedAt] = await Promise.all([
      this.store.facilitatorName(session.facilitatorId),
      this.store.privateAnswersPurgedAt(session.id),
    ]);
    return { ...session, facilitatorName, privateAnswersPurgedAt };
  }
}
