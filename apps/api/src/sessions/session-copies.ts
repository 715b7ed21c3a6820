import { Injectable } from '@nestjs/common';
import { CreateSessionBody } from '@kindred/session';
import type { Facilitator } from '../auth/auth.service';
import { SessionSettingsStore, type SessionSettings } from './session-settings-store';
import { SessionsService, type CreateSessionInput, type SessionSummary } from './sessions.service';

type Created = SessionSummary & { projectorToken: string };

/**
 * Creating a session remembers its settings, so "Duplicate" can start another exactly like
 * it in one click: same plan and customization, language, age band, resources box, timer
 * mode, group size, retention and safeguarding contact; a new code, no pairs, no date.
 */
@Injectable()
export class SessionCopies {
  constructor(
    private readonly sessions: SessionsService,
    private readonly settings: SessionSettingsStore,
  ) {}

  async create(facilitator: Facilitator, input: CreateSessionInput): Promise<Created> {
    const created = await this.sessions.create(facilitator, input);
    const { title: _title, scheduledFor: _date, ...settings } = input;
    await this.settings.save(created.id, settings);
    return created;
  }

  async duplicate(facilitator: Facilitator, sessionId: string, title: string | undefined): Promise<Created> {
    const row = await this.sessions.ownedRow(facilitator, sessionId);
    const saved = await this.settings.find(row.id);
    // Older sessions kept only what live_sessions holds.
    const settings: Partial<SessionSettings> =
      saved && typeof saved === 'object'
        ? (saved)
        : { planId: row.planId, language: row.language, ageBand: row.ageBand, privateRetentionDays: row.privateRetentionDays };
    // Checked again with today's rules: a setting that is no longer valid is refused, not copied.
    const input = CreateSessionBody.parse({ ...settings, title: title ?? row.title });
    return this.create(facilitator, input);
  }
}
