import { Injectable } from '@nestjs/common';
import { attendanceReport, getPair, pairLanguage, type SessionState } from '@kindred/session';
import { SeriesService } from '../series/series.service';
import { LiveSessionsService } from '../sessions/live-sessions.service';
import { SessionAgendas } from '../sessions/session-agendas';
import type { LiveSessionReadModel } from '../sessions/session-events';
import type { SessionRow } from '../sessions/session-store';
import { buildHandout, type HandoutAudience, type HandoutSessionInfo } from './build-handout';
import { handoutNotFound } from './handout-access';
import type { HandoutModel } from './handout-model';
import { HandoutStore } from './handout-store';
import { buildSessionReport, type SessionReport } from './session-report';

/**
 * Handouts and reports, read from the session's state as rebuilt from its log and
 * ballots. A document in another language reads the same state with that language's
 * agenda in place of the session's: the same ids and options, so every answer, ballot
 * and timing lines up, and only the texts change.
 */
@Injectable()
export class HandoutsService {
  constructor(
    private readonly live: LiveSessionsService,
    private readonly store: HandoutStore,
    private readonly series: SeriesService,
    private readonly agendas: SessionAgendas,
  ) {}

  /** `language`: what the reader asked for (`?lang=`); absent: the pair's language, then the session's. */
  async handout(session: SessionRow, pairId: string, audience: HandoutAudience, language?: string): Promise<HandoutModel> {
    const live = await this.liveOf(session);
    const pair = getPair(live.state, pairId);
    const state = await this.inLanguage(live, language ?? (pair ? pairLanguage(live.state, pair) : live.state.agenda.language));
    const model = buildHandout(state, pairId, await this.sessionInfo(session, state), audience);
    if (!model) throw handoutNotFound();
    // The series part carries the pair's own commitments and its rejoin code: the pair's copy only.
    return audience === 'pair' ? { ...model, series: await this.series.handoutSeries(session, pairId) } : model;
  }

  /** Every pair still in the session, in join order, each in its own language: what the facilitator prints (private text only where shared). */
  async handoutsForSession(session: SessionRow): Promise<HandoutModel[]> {
    const live = await this.liveOf(session);
    const models: HandoutModel[] = [];
    for (const pair of attendanceReport(live.state).pairs.filter((row) => row.removedAt === null)) {
      const own = getPair(live.state, pair.pairId);
      const state = await this.inLanguage(live, own ? pairLanguage(live.state, own) : live.state.agenda.language);
      const model = buildHandout(state, pair.pairId, await this.sessionInfo(session, state), 'facilitator');
      if (model) models.push(model);
    }
    return models;
  }

  /** `language`: the report's words and agenda texts (absent: the session's). */
  async report(session: SessionRow, now = Date.now(), language?: string): Promise<SessionReport> {
    const live = await this.liveOf(session);
    const state = await this.inLanguage(live, language ?? live.state.agenda.language);
    return buildSessionReport(state, { ...session, language: state.agenda.language, facilitatorName: await this.store.facilitatorName(session.facilitatorId) }, now);
  }

  private async liveOf(session: SessionRow): Promise<LiveSessionReadModel> {
    const live = await this.live.get(session.id);
    if (!live) throw handoutNotFound();
    return live;
  }

  /** The session's state read through `language`'s agenda (the session's own when that language can't be had). */
  private async inLanguage(live: LiveSessionReadModel, language: string): Promise<SessionState> {
    if (language === live.state.agenda.language) return live.state;
    return { ...live.state, agenda: await this.agendas.agendaIn(live, language) };
  }

  private async sessionInfo(session: SessionRow, state: SessionState): Promise<HandoutSessionInfo> {
    const [facilitatorName, privateAnswersPurgedAt] = await Promise.all([
      this.store.facilitatorName(session.facilitatorId),
      this.store.privateAnswersPurgedAt(session.id),
    ]);
    // The document speaks its agenda's language (the session's when a translation fell back).
    return { ...session, language: state.agenda.language, facilitatorName, privateAnswersPurgedAt };
  }
}
