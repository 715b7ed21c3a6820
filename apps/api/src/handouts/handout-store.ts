import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** The handful of reads and the one rewrite handouts need beyond SessionStore. */
@Injectable()
export class HandoutStore {
  constructor(private readonly db: DataSource) {}

  async facilitatorName(facilitatorId: string): Promise<string> {
    const rows = await this.db.query<{ display_name: string }[]>(`SELECT display_name FROM facilitators WHERE id = $1`, [facilitatorId]);
    return rows[0]?.display_name ?? '';
  }

  async sessionIdForPair(pairId: string): Promise<string | null> {
    const rows = await this.db.query<{ session_id: string }[]>(`SELECT session_id FROM pairs WHERE id = $1`, [pairId]);
    return rows[0]?.session_id ?? null;
  }

  async privateAnswersPurgedAt(sessionId: string): Promise<Date | null> {
    const rows = await this.db.query<{ private_answers_purged_at: Date | null }[]>(`SELECT private_answers_purged_at FROM live_sessions WHERE id = $1`, [
      sessionId,
    ]);
    return rows[0]?.private_answers_purged_at ?? null;
  }

  /** Ended sessions whose retention period ran out and whose private answers are still there. */
  async sessionsDueForPurge(now: Date): Promise<string[]> {
    const rows = await this.db.query<{ id: string }[]>(
      `SELECT id FROM live_sessions
        WHERE private_retention_days IS NOT NULL AND private_answers_purged_at IS NULL AND ended_at IS NOT NULL
          AND ended_at + private_retention_days * interval '1 day' <= $1
        ORDER BY ended_at`,
      [now],
    );
    return rows.map((row) => row.id);
  }

  /**
   * Blanks every private answer of a session where it lives: the payloads of its
   * PrivateAnswerSubmitted events. The events stay (the log still says who answered
   * and when, so counts and replay hold); their text is gone. Marked `redacted`, and
   * the session stamped, in one transaction. False when another process did it first.
   */
  async redactPrivateAnswers(sessionId: string, now: Date): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      // TypeORM answers an UPDATE with [rows, affected row count].
      const [, claimed] = await tx.query<[unknown[], number]>(
        `UPDATE live_sessions SET private_answers_purged_at = $2 WHERE id = $1 AND private_answers_purged_at IS NULL`,
        [sessionId, now],
      );
      if (claimed === 0) return false;
      await tx.query(
        `UPDATE session_events
            SET payload = jsonb_set(
                  payload,
                  '{answer}',
                  CASE WHEN payload->'answer'->>'type' = 'choice' THEN '{"type":"choice","optionId":""}'::jsonb ELSE '{"type":"text","text":""}'::jsonb END
                ) || '{"redacted":true}'::jsonb
          WHERE session_id = $1 AND type = 'PrivateAnswerSubmitted'`,
        [sessionId],
      );
      return true;
    });
  }
}
