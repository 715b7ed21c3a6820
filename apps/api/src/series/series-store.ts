import { Injectable } from '@nestjs/common';
import { randomInt, randomUUID } from 'node:crypto';
import { REJOIN_CODE_LENGTH, type CommitmentOutcome } from '@kindred/session';
import { DataSource } from 'typeorm';
import { JOIN_CODE_ALPHABET } from '../sessions/join-code';

export interface SeriesRow {
  id: string;
  facilitatorId: string;
  title: string;
}

export interface SeriesEveningRow {
  sessionId: string;
  part: number;
  title: string;
  code: string;
  status: 'lobby' | 'running' | 'ended' | 'archived';
}

/** One evening's pair row and the series pair it is (null: not enrolled yet). */
export interface EveningPairRow {
  pairId: string;
  sessionId: string;
  seriesPairId: string | null;
}

/** 31^7 ≈ 2.8·10^10; wrong codes are braked per address like join codes, and a code only works while its series has an open evening. */
export function generateRejoinCode(): string {
  let code = '';
  for (let i = 0; i < REJOIN_CODE_LENGTH; i++) code += JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)];
  return code;
}

/** Uppercases and drops spaces and dashes; null when it can't be a rejoin code. */
export function normalizeRejoinCode(input: string): string | null {
  const code = input.toUpperCase().replace(/[\s-]/g, '');
  if (code.length !== REJOIN_CODE_LENGTH) return null;
  for (const ch of code) if (!JOIN_CODE_ALPHABET.includes(ch)) return null;
  return code;
}

/** Series, their evenings (sessions with a part) and the pairs that come back (series pairs). */
@Injectable()
export class SeriesStore {
  constructor(private readonly db: DataSource) {}

  async seriesOfSession(sessionId: string): Promise<{ series: SeriesRow; part: number } | null> {
    const rows = await this.db.query<{ id: string; facilitator_id: string; title: string; series_part: number }[]>(
      `SELECT s.id, s.facilitator_id, s.title, l.series_part FROM live_sessions l JOIN series s ON s.id = l.series_id WHERE l.id = $1`,
      [sessionId],
    );
    const r = rows[0];
    return r ? { series: { id: r.id, facilitatorId: r.facilitator_id, title: r.title }, part: r.series_part } : null;
  }

  /** Makes the session evening 1 of a new series (unless another request just did). */
  async startSeries(sessionId: string, facilitatorId: string, title: string): Promise<void> {
    await this.db.transaction(async (tx) => {
      const locked = await tx.query<{ series_id: string | null }[]>(`SELECT series_id FROM live_sessions WHERE id = $1 FOR UPDATE`, [sessionId]);
      if (!locked[0] || locked[0].series_id) return;
      const id = randomUUID();
      await tx.query(`INSERT INTO series (id, facilitator_id, title) VALUES ($1, $2, $3)`, [id, facilitatorId, title]);
      await tx.query(`UPDATE live_sessions SET series_id = $2, series_part = 1 WHERE id = $1`, [sessionId, id]);
    });
  }

  /** Adds a session as the series' next evening; false when it belongs to a series already. */
  async appendEvening(seriesId: string, sessionId: string): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      await tx.query(`SELECT id FROM series WHERE id = $1 FOR UPDATE`, [seriesId]);
      const [, updated] = await tx.query<[unknown[], number]>(
        `UPDATE live_sessions SET series_id = $2,
                series_part = (SELECT COALESCE(max(series_part), 0) + 1 FROM live_sessions WHERE series_id = $2)
          WHERE id = $1 AND series_id IS NULL`,
        [sessionId, seriesId],
      );
      return updated > 0;
    });
  }

  async evenings(seriesId: string): Promise<SeriesEveningRow[]> {
    const rows = await this.db.query<{ id: string; series_part: number; title: string; code: string; status: SeriesEveningRow['status'] }[]>(
      `SELECT id, series_part, title, code, status FROM live_sessions WHERE series_id = $1 ORDER BY series_part`,
      [seriesId],
    );
    return rows.map((r) => ({ sessionId: r.id, part: r.series_part, title: r.title, code: r.code, status: r.status }));
  }

  /** The series' latest evening that pairs can still join. */
  async openEvening(seriesId: string): Promise<SeriesEveningRow | null> {
    const open = (await this.evenings(seriesId)).filter((e) => e.status === 'lobby' || e.status === 'running');
    return open.at(-1) ?? null;
  }

  async pairsOfSeries(seriesId: string): Promise<EveningPairRow[]> {
    const rows = await this.db.query<{ id: string; session_id: string; series_pair_id: string | null }[]>(
      `SELECT p.id, p.session_id, p.series_pair_id FROM pairs p JOIN live_sessions l ON l.id = p.session_id WHERE l.series_id = $1 ORDER BY p.created_at`,
      [seriesId],
    );
    return rows.map((r) => ({ pairId: r.id, sessionId: r.session_id, seriesPairId: r.series_pair_id }));
  }

  async seriesPairOf(pairId: string): Promise<string | null> {
    const rows = await this.db.query<{ series_pair_id: string | null }[]>(`SELECT series_pair_id FROM pairs WHERE id = $1`, [pairId]);
    return rows[0]?.series_pair_id ?? null;
  }

  async seriesPair(seriesPairId: string): Promise<{ id: string; seriesId: string; rejoinCode: string } | null> {
    const rows = await this.db.query<{ id: string; series_id: string; rejoin_code: string }[]>(`SELECT id, series_id, rejoin_code FROM series_pairs WHERE id = $1`, [seriesPairId]);
    const r = rows[0];
    return r ? { id: r.id, seriesId: r.series_id, rejoinCode: r.rejoin_code } : null;
  }

  async seriesPairForCode(code: string): Promise<{ id: string; seriesId: string } | null> {
    const rows = await this.db.query<{ id: string; series_id: string }[]>(`SELECT id, series_id FROM series_pairs WHERE rejoin_code = $1`, [code]);
    const r = rows[0];
    return r ? { id: r.id, seriesId: r.series_id } : null;
  }

  /**
   * Gives every pair of the session that has none a series pair with its own rejoin
   * code. Pairs are enrolled on first need (attendance, handout, the next evening), so
   * joining stays exactly as it was.
   */
  async enrolPairs(sessionId: string, seriesId: string): Promise<void> {
    const rows = await this.db.query<{ id: string }[]>(`SELECT id FROM pairs WHERE session_id = $1 AND series_pair_id IS NULL`, [sessionId]);
    for (const { id } of rows) {
      for (let attempt = 0; attempt < 5; attempt++) {
        try {
          await this.db.transaction(async (tx) => {
            const seriesPairId = randomUUID();
            await tx.query(`INSERT INTO series_pairs (id, series_id, rejoin_code) VALUES ($1, $2, $3)`, [seriesPairId, seriesId, generateRejoinCode()]);
            const [, updated] = await tx.query<[unknown[], number]>(`UPDATE pairs SET series_pair_id = $2 WHERE id = $1 AND series_pair_id IS NULL`, [id, seriesPairId]);
            // Another request enrolled it first: drop ours.
            if (updated === 0) await tx.query(`DELETE FROM series_pairs WHERE id = $1`, [seriesPairId]);
          });
          break;
        } catch (error) {
          // A rejoin code drawn twice: draw again.
          if ((error as { driverError?: { code?: string } }).driverError?.code !== '23505') throw error;
        }
      }
    }
  }

  /** The series pair's place in one evening, if it has one. */
  async pairInEvening(sessionId: string, seriesPairId: string): Promise<string | null> {
    const rows = await this.db.query<{ id: string }[]>(`SELECT id FROM pairs WHERE session_id = $1 AND series_pair_id = $2`, [sessionId, seriesPairId]);
    return rows[0]?.id ?? null;
  }

  /** A new phone takes over the pair's place in an evening it already has (marked present, or rejoined before). */
  async replacePairToken(pairId: string, tokenHash: Buffer): Promise<void> {
    await this.db.query(`UPDATE pairs SET token_hash = $2 WHERE id = $1`, [pairId, tokenHash]);
  }

  async outcomes(seriesPairId: string): Promise<Map<string, CommitmentOutcome>> {
    const rows = await this.db.query<{ session_id: string; segment_id: string; outcome: CommitmentOutcome }[]>(
      `SELECT session_id, segment_id, outcome FROM commitment_outcomes WHERE series_pair_id = $1`,
      [seriesPairId],
    );
    return new Map(rows.map((r) => [`${r.session_id}/${r.segment_id}`, r.outcome]));
  }

  async setOutcome(seriesPairId: string, sessionId: string, segmentId: string, outcome: CommitmentOutcome): Promise<void> {
    await this.db.query(
      `INSERT INTO commitment_outcomes (series_pair_id, session_id, segment_id, outcome) VALUES ($1, $2, $3, $4)
       ON CONFLICT (series_pair_id, session_id, segment_id) DO UPDATE SET outcome = EXCLUDED.outcome, updated_at = now()`,
      [seriesPairId, sessionId, segmentId, outcome],
    );
  }
}
