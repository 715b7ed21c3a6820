import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { CreateSessionInput } from './sessions.service';

/** What "Duplicate" copies: every creation setting except the title and the date. */
export type SessionSettings = Omit<CreateSessionInput, 'title' | 'scheduledFor'>;

/** The settings each session was created with (table session_settings). */
@Injectable()
export class SessionSettingsStore {
  constructor(private readonly db: DataSource) {}

  async save(sessionId: string, settings: SessionSettings): Promise<void> {
    await this.db.query(`INSERT INTO session_settings (session_id, settings) VALUES ($1, $2)`, [sessionId, JSON.stringify(settings)]);
  }

  /** Null for a session made before settings were kept. */
  async find(sessionId: string): Promise<unknown> {
    const rows = await this.db.query<{ settings: unknown }[]>(`SELECT settings FROM session_settings WHERE session_id = $1`, [sessionId]);
    const settings = rows[0]?.settings ?? null;
    // PGlite and node-postgres both parse jsonb; a driver that hands back text is read too.
    return typeof settings === 'string' ? (JSON.parse(settings) as unknown) : settings;
  }
}
