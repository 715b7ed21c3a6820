import { HttpStatus, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { fill, reportLabels, type CommitmentSegment } from '@kindred/content';
import {
  currentDeviceRejection,
  getPair,
  parseCommand,
  pairsInJoinOrder,
  type CommitmentOutcome,
  type EarlierCommitments,
  type HandoutSeries,
  type PairActor,
  type PairState,
  type RejoinOffer,
  type RejoinResult,
  type SeriesOverview,
  type SeriesResult,
  type SessionState,
} from '@kindred/session';
import type { Facilitator } from '../auth/auth.service';
import { ApiError } from '../http/api-error';
import { PlanCatalogue } from '../plans/plan-catalogue';
import { addressKey, RateLimits } from '../security/rate-limits';
import { hashToken, newToken } from '../security/tokens';
import { LiveSessionsService } from '../sessions/live-sessions.service';
import type { SessionRow } from '../sessions/session-store';
import { SessionStore } from '../sessions/session-store';
import { SessionsService, type SessionSummary } from '../sessions/sessions.service';
import { normalizeRejoinCode, SeriesStore, type SeriesEveningRow, type SeriesRow } from './series-store';

/** A pair's device as its bearer credential names it, checked against that evening's state. */
interface PairDevice {
  session: SessionRow;
  state: SessionState;
  pair: PairState;
  seriesPairId: string | null;
}

const notFound = () => new ApiError('session/not-found', 'This session does not exist.', HttpStatus.NOT_FOUND);
const unknownPair = () => new ApiError('auth/unknown-pair', 'This device is not part of the session. Please join again.', HttpStatus.UNAUTHORIZED);
const noOpenEvening = () => new ApiError('series/no-open-evening', 'There is no evening of your series open right now. Ask the facilitator.', HttpStatus.NOT_FOUND);
const tooMany = (retryAfterMs: number) =>
  new ApiError('join/rate-limited', 'Too many tries. Please wait a minute and try again.', HttpStatus.TOO_MANY_REQUESTS, { retryAfterSec: Math.ceil(retryAfterMs / 1000) });

/**
 * Linked series: evenings created from one another, pairs that come back as
 * themselves, their earlier commitments (to the pair only) and attendance (names and
 * counts only). Each evening stays an ordinary session with its own event log; a
 * returning pair joins it through the engine's `pair.join` like any pair, and the
 * link between its places lives in `pairs.series_pair_id` (see docs/architecture.md).
 */
@Injectable()
export class SeriesService {
  constructor(
    private readonly store: SeriesStore,
    private readonly sessionStore: SessionStore,
    private readonly sessions: SessionsService,
    private readonly live: LiveSessionsService,
    private readonly plans: PlanCatalogue,
    private readonly limits: RateLimits,
  ) {}

  // ---- the facilitator's side ----

  async overview(facilitator: Facilitator, sessionId: string): Promise<SeriesResult> {
    const row = await this.sessions.ownedRow(facilitator, sessionId);
    const linked = await this.store.seriesOfSession(row.id);
    return { series: linked ? await this.attendance(linked.series, linked.part) : null, nextPlanId: this.nextPlanId(row.planId) };
  }

  /** Creates the next evening with the same settings; the first call makes this session evening 1 of a series. */
  async nextEvening(facilitator: Facilitator, sessionId: string, planId: string | undefined): Promise<SessionSummary & { projectorToken: string }> {
    const row = await this.sessions.ownedRow(facilitator, sessionId);
    const nextPlan = planId ?? this.nextPlanId(row.planId);
    if (!nextPlan) throw new ApiError('series/no-next-plan', 'This was the last evening of the series plan. Choose a plan for the next evening.');
    const series = await this.ensureSeries(row);
    const state = (await this.live.get(row.id))?.state;
    const part = (await this.store.evenings(series.id)).length + 1;
    const created = await this.sessions.create(facilitator, {
      title: `${series.title}, evening ${part}`,
      planId: nextPlan,
      language: row.language,
      ageBand: row.ageBand,
      privateRetentionDays: row.privateRetentionDays,
      ...(state ? { minGroupSize: state.minGroupSize, timerStart: state.timerStart } : {}),
      ...(state?.agenda.localResources ? { localResources: [...state.agenda.localResources] } : {}),
      ...(state?.agenda.guide?.contact ? { safeguardingContact: state.agenda.guide.contact } : {}),
    });
    await this.store.appendEvening(series.id, created.id);
    return created;
  }

  /** Links a session by hand as the next evening after another of this facilitator's sessions. */
  async link(facilitator: Facilitator, sessionId: string, previousSessionId: string): Promise<SeriesResult> {
    const row = await this.sessions.ownedRow(facilitator, sessionId);
    const previous = await this.sessions.ownedRow(facilitator, previousSessionId);
    if (previous.id === row.id || (await this.store.seriesOfSession(row.id))) {
      throw new ApiError('series/already-linked', 'This session is already part of a series.', HttpStatus.CONFLICT);
    }
    const series = await this.ensureSeries(previous);
    if (!(await this.store.appendEvening(series.id, row.id))) throw new ApiError('series/already-linked', 'This session is already part of a series.', HttpStatus.CONFLICT);
    return this.overview(facilitator, sessionId);
  }

  /** The facilitator marks a pair of an earlier evening present: it joins this evening as itself, without a phone. */
  async markPresent(facilitator: Facilitator, sessionId: string, seriesPairId: string): Promise<SeriesResult> {
    const row = await this.sessions.ownedRow(facilitator, sessionId);
    const linked = await this.store.seriesOfSession(row.id);
    const seriesPair = await this.store.seriesPair(seriesPairId);
    if (!linked || !seriesPair || seriesPair.seriesId !== linked.series.id) {
      throw new ApiError('series/unknown-pair', 'There is no such pair in this series.', HttpStatus.NOT_FOUND);
    }
    // Its token is thrown away: a phone takes the place over later with the pair's credential or rejoin code.
    await this.placeInEvening(row, seriesPairId, newToken());
    return this.overview(facilitator, sessionId);
  }

  /** `language`: the reader's (the console's), else the session's. */
  async attendanceCsvRows(facilitator: Facilitator, sessionId: string, language?: string): Promise<(string | number)[][]> {
    const row = await this.sessions.ownedRow(facilitator, sessionId);
    const linked = await this.store.seriesOfSession(row.id);
    if (!linked) throw new ApiError('series/not-in-series', 'This session is not part of a series.', HttpStatus.NOT_FOUND);
    return attendanceTable(await this.attendance(linked.series, linked.part), language ?? row.language);
  }

  /** The series' attendance for the report of one of its evenings; null outside a series. */
  async attendanceForSession(sessionId: string): Promise<SeriesOverview | null> {
    const linked = await this.store.seriesOfSession(sessionId);
    return linked ? this.attendance(linked.series, linked.part) : null;
  }

  // ---- the pair's side ----

  /** The open evening a device's credential may rejoin, so the phone can offer it without any typing. */
  async rejoinOffer(authorization: string | undefined): Promise<RejoinOffer> {
    const device = await this.device(authorization);
    if (!device.seriesPairId) throw noOpenEvening();
    const seriesPair = await this.store.seriesPair(device.seriesPairId);
    const open = seriesPair ? await this.store.openEvening(seriesPair.seriesId) : null;
    if (!open || open.sessionId === device.session.id) throw noOpenEvening();
    return { sessionId: open.sessionId, title: open.title, pairName: device.pair.name, part: open.part };
  }

  /** Rejoins the series' open evening as the same pair: with the phone's credential, or a new phone's rejoin code. */
  async rejoin(authorization: string | undefined, code: string | undefined, ip: string | undefined): Promise<RejoinResult> {
    let seriesPairId: string;
    let from: string | null = null;
    if (authorization !== undefined) {
      const device = await this.device(authorization);
      if (!device.seriesPairId) throw noOpenEvening();
      seriesPairId = device.seriesPairId;
      from = device.session.id;
    } else {
      seriesPairId = (await this.seriesPairForCode(code ?? '', addressKey(ip))).id;
    }
    const seriesPair = await this.store.seriesPair(seriesPairId);
    const open = seriesPair ? await this.store.openEvening(seriesPair.seriesId) : null;
    // A phone already in the open evening has nothing to rejoin (and must not reset its own place).
    const row = open && open.sessionId !== from ? await this.sessionStore.findById(open.sessionId) : null;
    if (!row) throw noOpenEvening();
    const pairToken = newToken();
    const { pairId, name } = await this.placeInEvening(row, seriesPairId, pairToken);
    return { sessionId: row.id, pairId, pairToken, pairName: name, title: row.title };
  }

  /** The pair's own commitments from evenings before the one its credential belongs to. */
  async earlierCommitments(authorization: string | undefined): Promise<EarlierCommitments> {
    const device = await this.device(authorization);
    if (!device.seriesPairId) return { evenings: [] };
    const linked = await this.store.seriesOfSession(device.session.id);
    if (!linked) return { evenings: [] };
    const evenings = await this.pairEvenings(linked.series.id, device.seriesPairId);
    return { evenings: evenings.filter((e) => e.part < linked.part).map(({ sessionId, part, title, commitments }) => ({ sessionId, part, title, commitments })) };
  }

  async setOutcome(authorization: string | undefined, sessionId: string, segmentId: string, outcome: CommitmentOutcome): Promise<EarlierCommitments> {
    const before = await this.earlierCommitments(authorization);
    const known = before.evenings.some((e) => e.sessionId === sessionId && e.commitments.some((c) => c.segmentId === segmentId));
    if (!known) throw new ApiError('series/not-earlier', 'That is not one of your earlier evenings.', HttpStatus.NOT_FOUND);
    const device = await this.device(authorization);
    await this.store.setOutcome(device.seriesPairId!, sessionId, segmentId, outcome);
    return this.earlierCommitments(authorization);
  }

  /** For the pair's own handout: the whole series up to this evening, and its rejoin code. */
  async handoutSeries(session: SessionRow, pairId: string): Promise<HandoutSeries | null> {
    const linked = await this.seriesFor(session);
    if (!linked) return null;
    await this.store.enrolPairs(session.id, linked.series.id);
    const seriesPairId = await this.store.seriesPairOf(pairId);
    const seriesPair = seriesPairId ? await this.store.seriesPair(seriesPairId) : null;
    if (!seriesPair) return null;
    const evenings = (await this.pairEvenings(linked.series.id, seriesPair.id)).filter((e) => e.part <= linked.part);
    return { title: linked.series.title, part: linked.part, rejoinCode: seriesPair.rejoinCode, evenings };
  }

  // ---- inside ----

  /** A session from a series plan starts its series on first need, so evening 1's handouts already carry rejoin codes. */
  private async seriesFor(session: SessionRow): Promise<{ series: SeriesRow; part: number } | null> {
    const linked = await this.store.seriesOfSession(session.id);
    if (linked) return linked;
    if (!this.isSeriesPlan(session.planId)) return null;
    await this.store.startSeries(session.id, session.facilitatorId, session.title);
    return this.store.seriesOfSession(session.id);
  }

  private async ensureSeries(row: SessionRow): Promise<SeriesRow> {
    const linked = await this.store.seriesOfSession(row.id);
    if (linked) {
      await this.store.enrolPairs(row.id, linked.series.id);
      return linked.series;
    }
    await this.store.startSeries(row.id, row.facilitatorId, row.title);
    const started = await this.store.seriesOfSession(row.id);
    if (!started) throw notFound();
    await this.store.enrolPairs(row.id, started.series.id);
    return started.series;
  }

  private isSeriesPlan(planId: string): boolean {
    try {
      return this.plans.find(planId).series !== undefined;
    } catch {
      return false;
    }
  }

  /** The series plan's next part; the same plan for a plan outside a series; null after the last part. */
  private nextPlanId(planId: string): string | null {
    let plan;
    try {
      plan = this.plans.find(planId);
    } catch {
      return null;
    }
    if (!plan.series) return plan.id;
    const { seriesId, part } = plan.series;
    return this.plans.list().find((p) => p.seriesId === seriesId && p.part === part + 1)?.id ?? null;
  }

  /**
   * Puts the series pair into an open evening: through the engine's `pair.join` (its
   * name and members as last time), or, when it has a place there already, that place
   * with a new token (the phone that rejoined takes it over).
   */
  private async placeInEvening(row: SessionRow, seriesPairId: string, pairToken: string): Promise<{ pairId: string; name: string }> {
    const existing = await this.store.pairInEvening(row.id, seriesPairId);
    const live = await this.live.fresh(row.id);
    if (!live) throw notFound();
    if (existing) {
      const pair = getPair(live.state, existing);
      if (!pair || pair.removedAt !== null) throw new ApiError('join/pair-removed', 'The facilitator removed your pair from this session. Ask them to let you back in.', HttpStatus.FORBIDDEN);
      await this.store.replacePairToken(existing, hashToken(pairToken));
      return { pairId: existing, name: pair.name };
    }
    const last = await this.lastPlace(row, seriesPairId);
    const command = parseCommand({ type: 'pair.join', name: last?.name ?? 'Pair', members: last?.members ?? {} });
    if (!command.ok) throw new ApiError('payload/invalid', command.message);
    const pairId = randomUUID();
    const ack = await this.live.execute(row.id, { kind: 'pair', pairId, member: null }, command.command, {
      newPair: { pairId, tokenHash: hashToken(pairToken), seriesPairId },
    });
    if (!ack.ok) {
      const status = ack.code === 'join/room-locked' ? HttpStatus.FORBIDDEN : ack.code === 'join/session-ended' ? HttpStatus.GONE : HttpStatus.BAD_REQUEST;
      throw new ApiError(ack.code, ack.message, status);
    }
    const joined = (await this.live.get(row.id))?.state;
    return { pairId, name: (joined && getPair(joined, pairId)?.name) ?? last?.name ?? 'Pair' };
  }

  /** The pair as it was on its latest evening before this one. */
  private async lastPlace(row: SessionRow, seriesPairId: string): Promise<PairState | null> {
    const linked = await this.store.seriesOfSession(row.id);
    if (!linked) return null;
    const parts = new Map((await this.store.evenings(linked.series.id)).map((e) => [e.sessionId, e.part]));
    const places = (await this.store.pairsOfSeries(linked.series.id))
      .filter((p) => p.seriesPairId === seriesPairId && p.sessionId !== row.id)
      .sort((a, b) => (parts.get(b.sessionId) ?? 0) - (parts.get(a.sessionId) ?? 0));
    for (const place of places) {
      const state = (await this.live.get(place.sessionId))?.state;
      const pair = state ? getPair(state, place.pairId) : undefined;
      if (pair) return pair;
    }
    return null;
  }

  /** Every evening the series pair took part in, with its own commitments there (private text: the pair's eyes only). */
  private async pairEvenings(seriesId: string, seriesPairId: string): Promise<HandoutSeries['evenings']> {
    const evenings = await this.store.evenings(seriesId);
    const places = (await this.store.pairsOfSeries(seriesId)).filter((p) => p.seriesPairId === seriesPairId);
    const outcomes = await this.store.outcomes(seriesPairId);
    const result: HandoutSeries['evenings'] = [];
    for (const evening of evenings) {
      const place = places.find((p) => p.sessionId === evening.sessionId);
      const state = place ? (await this.live.get(evening.sessionId))?.state : undefined;
      const pair = place && state ? getPair(state, place.pairId) : undefined;
      if (!pair || !state) continue;
      const segments = state.agenda.sections.flatMap((s) => s.segments);
      const visited = new Set(state.visits.map((v) => v.segmentId));
      result.push({
        sessionId: evening.sessionId,
        part: evening.part,
        title: evening.title,
        topics: state.agenda.sections.filter((s) => s.kind === 'topic' && s.segments.some((seg) => visited.has(seg.id))).map((s) => s.title),
        commitments: Object.entries(pair.commitments).map(([segmentId, saved]) => {
          const segment = segments.find((s): s is CommitmentSegment => s.id === segmentId && s.kind === 'commitment');
          return { segmentId, prompt: segment?.prompt ?? '', text: saved.text, outcome: outcomes.get(`${evening.sessionId}/${segmentId}`) ?? null };
        }),
      });
    }
    return result;
  }

  private async attendance(series: SeriesRow, part: number): Promise<SeriesOverview> {
    const evenings = await this.store.evenings(series.id);
    for (const evening of evenings) await this.store.enrolPairs(evening.sessionId, series.id);
    const places = await this.store.pairsOfSeries(series.id);
    const rows = new Map<string, { name: string; attended: boolean[] }>();
    const summaries: SeriesOverview['evenings'] = [];
    const seenBefore = new Set<string>();
    for (const [index, evening] of evenings.entries()) {
      const state = (await this.live.get(evening.sessionId))?.state;
      const bySeriesPair = new Map(places.filter((p) => p.sessionId === evening.sessionId).map((p) => [p.pairId, p.seriesPairId]));
      let present = 0;
      let returning = 0;
      const here: string[] = [];
      for (const pair of state ? pairsInJoinOrder(state) : []) {
        const seriesPairId = bySeriesPair.get(pair.pairId);
        if (!seriesPairId || pair.removedAt !== null) continue;
        present++;
        if (seenBefore.has(seriesPairId)) returning++;
        here.push(seriesPairId);
        const row = rows.get(seriesPairId) ?? { name: pair.name, attended: evenings.map(() => false) };
        row.name = pair.name;
        row.attended[index] = true;
        rows.set(seriesPairId, row);
      }
      for (const id of here) seenBefore.add(id);
      summaries.push(eveningSummary(evening, present, returning));
    }
    return {
      id: series.id,
      title: series.title,
      part,
      evenings: summaries,
      pairs: [...rows.entries()].map(([seriesPairId, row]) => ({ seriesPairId, name: row.name, attended: row.attended, evenings: row.attended.filter(Boolean).length })),
    };
  }

  /**
   * The device behind a bearer credential, in whatever evening it belongs to (an ended
   * one included): still one of its pair's current credentials, the pair not removed.
   */
  private async device(authorization: string | undefined): Promise<PairDevice> {
    const token = /^Bearer\s+(\S{20,100})$/i.exec(authorization ?? '')?.[1];
    if (!token) throw unknownPair();
    const credential = await this.sessionStore.credentialForToken(hashToken(token));
    const session = credential ? await this.sessionStore.findById(credential.sessionId) : null;
    const state = session ? (await this.live.fresh(session.id))?.state : undefined;
    const pair = credential && state ? getPair(state, credential.pairId) : undefined;
    if (!credential || !session || !state || !pair) throw unknownPair();
    if (pair.removedAt !== null) throw new ApiError('auth/pair-removed', 'The facilitator removed this pair from the session.', HttpStatus.FORBIDDEN);
    const actor: PairActor = { kind: 'pair', pairId: credential.pairId, member: credential.member, credential: credential.credential };
    const stale = currentDeviceRejection(pair, actor);
    if (stale) throw new ApiError(stale.code, stale.message, HttpStatus.UNAUTHORIZED);
    const linked = await this.seriesFor(session);
    if (linked) await this.store.enrolPairs(session.id, linked.series.id);
    return { session, state, pair, seriesPairId: linked ? await this.store.seriesPairOf(pair.pairId) : null };
  }

  /** A rejoin code, braked per address like wrong join codes. */
  private async seriesPairForCode(raw: string, address: string): Promise<{ id: string; seriesId: string }> {
    const brake = await this.limits.check('joinFailsPerAddress', address);
    if (!brake.ok) throw tooMany(brake.retryAfterMs);
    const code = normalizeRejoinCode(raw);
    const found = code ? await this.store.seriesPairForCode(code) : null;
    if (!found) {
      await this.limits.consume('joinFailsPerAddress', address);
      throw new ApiError('series/code-unknown', 'That rejoin code is not valid. Check the code on your handout.', HttpStatus.NOT_FOUND);
    }
    return found;
  }
}

function eveningSummary(evening: SeriesEveningRow, present: number, returning: number): SeriesOverview['evenings'][number] {
  return { sessionId: evening.sessionId, part: evening.part, title: evening.title, code: evening.code, status: evening.status, present, returning };
}

/**
 * One row per pair (its chosen name), one column per evening, then totals: names and
 * marks, no private text. Words from the report catalogue, in the reader's language.
 */
export function attendanceTable(overview: SeriesOverview, language: string): (string | number)[][] {
  const words = reportLabels(language).series;
  const header = [words.pair, ...overview.evenings.map((e) => fill(words.evening, { n: e.part })), words.eveningsAttended];
  const rows = overview.pairs.map((p) => [p.name, ...p.attended.map((came) => (came ? words.present : '')), p.evenings]);
  const present = [words.pairsPresent, ...overview.evenings.map((e) => e.present), ''];
  const returning = [words.returning, ...overview.evenings.map((e) => e.returning), ''];
  return [header, ...rows, present, returning];
}

/** The attendance table's heading line ("Series attendance: Spring"). */
export function attendanceHeading(overview: SeriesOverview, language: string): string {
  return fill(reportLabels(language).series.heading, { title: overview.title });
}
