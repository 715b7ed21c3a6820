import { Injectable } from '@nestjs/common';
import { SHIPPED_LANGUAGES, type Agenda, type AgendaSegment } from '@kindred/content';
import { CustomizationSchema } from '@kindred/session';
import { z } from 'zod';
import { PlanCatalogue } from '../plans/plan-catalogue';
import { JsonLogger } from '../logging/json-logger';
import { localHelpOf, withLocalHelp } from './local-help';
import { SessionEventBus, type LiveSessionReadModel } from './session-events';
import { SessionSettingsStore } from './session-settings-store';
import { SessionStore } from './session-store';

/** What a session's agenda is made from, read from its settings row (which holds more: ignored). Older sessions: the plan alone. */
const Recipe = z.object({ planId: z.string().min(1), customization: CustomizationSchema.optional() });

/**
 * A session's agenda in every shipped language. The engine runs one agenda (the session's
 * language, snapshotted at creation); devices may read another: the same plan,
 * customization, age band and local help resolved again in that language, so ids,
 * durations and option ids are the snapshot's and only texts differ. When that can't be
 * done (a plan that no longer exists, a content change that moved a segment) the
 * language falls back to the snapshot, whose `language` then says so.
 *
 * Cached for open sessions only: an ended session's entry goes when the session leaves the
 * live cache (`session.released`), so memory holds what is live.
 */
@Injectable()
export class SessionAgendas {
  private readonly cache = new Map<string, Promise<ReadonlyMap<string, Agenda>>>();

  constructor(
    private readonly settings: SessionSettingsStore,
    private readonly store: SessionStore,
    private readonly plans: PlanCatalogue,
    private readonly logger: JsonLogger,
    events: SessionEventBus,
  ) {
    events.subscribe((event) => {
      if (event.type === 'session.released') this.cache.delete(event.session.id);
      if (event.type === 'session.deleted') this.cache.delete(event.sessionId);
    });
  }

  /** How many sessions' agendas this process holds (for tests and metrics). */
  get cachedCount(): number {
    return this.cache.size;
  }

  /** The agenda in `language` (the snapshot for the session's own, or when that language can't be resolved). */
  async agendaIn(session: LiveSessionReadModel, language: string): Promise<Agenda> {
    return (await this.byLanguage(session)).get(language) ?? session.state.agenda;
  }

  /** One agenda per shipped language, the session's own first. */
  async every(session: LiveSessionReadModel): Promise<Agenda[]> {
    const all = await this.byLanguage(session);
    const own = session.state.agenda.language;
    return [own, ...SHIPPED_LANGUAGES.filter((language) => language !== own)].map((language) => all.get(language) ?? session.state.agenda);
  }

  /**
   * Every language's agenda by language. An ended session's are resolved again on each
   * call: a caller reading several documents of one ended session calls this once.
   */
  byLanguage(session: LiveSessionReadModel): Promise<ReadonlyMap<string, Agenda>> {
    const cached = this.cache.get(session.id);
    if (cached) return cached;
    const resolving = this.resolve(session);
    // An ended session is read for one request at a time (handouts, reports): not kept.
    if (session.state.phase !== 'ended') {
      this.cache.set(session.id, resolving);
      resolving.catch(() => this.cache.get(session.id) === resolving && this.cache.delete(session.id));
    }
    return resolving;
  }

  private async resolve(session: LiveSessionReadModel): Promise<ReadonlyMap<string, Agenda>> {
    const snapshot = session.state.agenda;
    const agendas = new Map<string, Agenda>([[snapshot.language, snapshot]]);
    const others = SHIPPED_LANGUAGES.filter((language) => language !== snapshot.language);
    if (others.length === 0) return agendas;
    const recipe = await this.recipe(session.id);
    for (const language of others) {
      const translated = recipe ? this.translate(recipe, snapshot, language) : null;
      if (translated) agendas.set(language, translated);
      else this.logger.event('warn', 'agenda not translatable, devices get the session language', { sessionId: session.id, language });
    }
    return agendas;
  }

  private async recipe(sessionId: string): Promise<RecipeValues | null> {
    const saved = Recipe.safeParse(await this.settings.find(sessionId));
    if (saved.success) return saved.data;
    const row = await this.store.findById(sessionId);
    return row ? { planId: row.planId } : null;
  }

  private translate(recipe: RecipeValues, snapshot: Agenda, language: string): Agenda | null {
    try {
      const plan = this.plans.customize(recipe.planId, recipe.customization);
      const agenda = withLocalHelp(this.plans.agenda(plan, language, snapshot.ageBand), localHelpOf(snapshot));
      return shapeOf(agenda) === shapeOf(snapshot) ? agenda : null;
    } catch {
      return null;
    }
  }
}

type RecipeValues = z.output<typeof Recipe>;

/** Everything but the texts: ids, kinds, durations, option ids, poll shapes. Two agendas with one shape run as one. */
function shapeOf(agenda: Agenda): string {
  return JSON.stringify([
    agenda.planId,
    agenda.ageBand,
    agenda.totalSec,
    agenda.sections.map((section) => [section.id, section.kind, section.topicNumber, section.segments.map(segmentShape)]),
  ]);
}

function segmentShape(segment: AgendaSegment): unknown {
  const base = [segment.id, segment.kind, segment.durationSec];
  switch (segment.kind) {
    case 'privateReveal':
      return [...base, segment.answer.type === 'choice' ? segment.answer.options.map((option) => option.id) : segment.answer.maxLength];
    case 'poll':
      return [...base, segment.audience, segment.voter, segment.poll.type, 'options' in segment.poll ? segment.poll.options.map((option) => option.id) : null, segment.poll.type === 'multiple' ? segment.poll.maxChoices : null];
    default:
      return base;
  }
}
