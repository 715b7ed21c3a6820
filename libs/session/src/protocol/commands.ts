import { z } from 'zod';
import { CARER_PRESETS, PAIR_AGE_BANDS } from '@kindred/content';
import { LIMITS } from './limits';
import { rejection, type Rejection } from './errors';
import { languageSchema, projectorLanguagesSchema } from './language';
import { longText, nameText, normalizeName, safeText } from './text';

const id = safeText(LIMITS.id).pipe(z.string().min(1));
const role = z.enum(['mother', 'son']);
const pairName = nameText(LIMITS.pairName);
const memberName = z
  .string()
  // An empty name (after normalizing) means "stay anonymous".
  .transform((name) => (normalizeName(name) === '' ? '' : name))
  .pipe(z.union([z.literal(''), nameText(LIMITS.memberName)]))
  .transform((name) => (name === '' ? null : name))
  .nullable();

export const memberNamesSchema = z.strictObject({
  mother: memberName.optional().transform((name) => name ?? null),
  son: memberName.optional().transform((name) => name ?? null),
});

export const privateAnswerSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('text'), text: longText(LIMITS.answerText) }),
  z.strictObject({ type: z.literal('choice'), optionId: id }),
]);

export const voteChoiceSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('single'), optionId: id }),
  z.strictObject({ type: z.literal('multiple'), optionIds: z.array(id).min(1).max(LIMITS.maxOptionIds) }),
  z.strictObject({ type: z.literal('scale'), value: z.int().min(1).max(5) }),
  z.strictObject({ type: z.literal('openText'), text: longText(LIMITS.openText) }),
]);

const command = <T extends string, S extends z.ZodRawShape>(type: T, shape: S) =>
  z.strictObject({ type: z.literal(type), ...shape });

const timerDelta = z
  .int()
  .min(-LIMITS.maxTimerDeltaMs)
  .max(LIMITS.maxTimerDeltaMs)
  .refine((delta) => delta !== 0, 'must not be zero');

// ---- facilitator ----
export const sessionStartSchema = command('session.start', { segmentId: id.optional() });
export const sessionEndSchema = command('session.end', {});
export const sessionLockSchema = command('session.lock', {});
export const sessionUnlockSchema = command('session.unlock', {});
export const pairRemoveSchema = command('pair.remove', { pairId: id });
export const segmentGotoSchema = command('segment.goto', { segmentId: id });
export const timerStartSchema = command('timer.start', { segmentId: id });
export const timerPauseSchema = command('timer.pause', { segmentId: id });
export const timerResumeSchema = command('timer.resume', { segmentId: id });
export const timerAdjustSchema = command('timer.adjust', { segmentId: id, deltaMs: timerDelta });
export const timerResetSchema = command('timer.reset', { segmentId: id });
export const pollOpenSchema = command('poll.open', { pollId: id });
export const pollCloseSchema = command('poll.close', { pollId: id });
export const pollRevealSchema = command('poll.reveal', { pollId: id });
export const pollHideAnswerSchema = command('poll.hideAnswer', { pollId: id, answerId: id });
export const revealEndSchema = command('reveal.end', { segmentId: id });
/**
 * The facilitator's short note on how a topic went (fidelity record); an empty note
 * clears it. Also accepted after the session ended, when notes are often written.
 */
export const topicNoteSchema = command('topic.note', { sectionId: id, note: safeText(LIMITS.topicNote * 2).transform((text) => text.normalize('NFC').trim()).pipe(z.string().max(LIMITS.topicNote)) });
/** Lets a removed pair back in (its old credential works again). */
export const pairReadmitSchema = command('pair.readmit', { pairId: id });
/** Which language the projector shows: one, or two side by side (it receives every shipped language's agenda). */
export const sessionSetProjectorLanguagesSchema = command('session.setProjectorLanguages', { languages: projectorLanguagesSchema });

// ---- pair ----
/** `language`: the one the pair joined in (its device's), recorded as the pair's; absent: the session's. */
export const pairJoinSchema = command('pair.join', { name: pairName, members: memberNamesSchema, language: languageSchema.optional() });
/** A pair renames itself; the facilitator may rename any pair (to fix an unkind name) by giving `pairId`. */
export const pairRenameSchema = command('pair.rename', { name: pairName, pairId: id.optional() });
export const pairSetMembersSchema = command('pair.setMembers', { members: memberNamesSchema });
export const answerSubmitSchema = command('answer.submit', { segmentId: id, role, answer: privateAnswerSchema });
export const answerRevealSchema = command('answer.reveal', { segmentId: id });
/** `role` is required from a shared device voting in a per-member poll; a member's own device may omit it. */
export const voteCastSchema = command('vote.cast', { pollId: id, role: role.optional(), choice: voteChoiceSchema });
export const commitmentSaveSchema = command('commitment.save', { segmentId: id, text: longText(LIMITS.commitmentText) });
/**
 * The pair's own words: how its screens and handout name the carer (a preset the
 * curriculum translates, or a first name it types) and the son's age band. Only the
 * pair itself sets them; no other pair ever sees them.
 */
export const pairWordsSchema = z.strictObject({
  carer: z.union([z.strictObject({ preset: z.enum(CARER_PRESETS) }), z.strictObject({ name: nameText(LIMITS.carerName) })]),
  ageBand: z.enum(PAIR_AGE_BANDS),
});
export const pairSetWordsSchema = command('pair.setWords', { words: pairWordsSchema });
/**
 * A device switches language: recorded as the pair's language (its printed handout's),
 * and the server sends `session.agenda` in it to that socket only, so the two phones
 * of a split pair may differ. Also accepted after the session ended.
 */
export const pairSetLanguageSchema = command('pair.setLanguage', { language: languageSchema });
/** The pair shares its handout with the facilitator (for printing), or withdraws that; also after the session ended. */
export const handoutShareSchema = command('handout.share', { shared: z.boolean() });

// ---- pair devices (made by the server's device routes, never accepted from a socket) ----
/**
 * A device of the pair lets another device in for `role`, holding credential
 * `credential`. From the shared device this splits the pair and the shared device
 * becomes the other member's, holding `keep`; from a member's device it replaces the
 * other member's device (a lost phone). Credential ids are made by the server.
 */
export const devicesAddSchema = command('devices.add', { role, credential: id, keep: id.optional() });
/** A member asks to go back to one shared device; when both asked, the asking device gets `credential`. */
export const devicesMergeSchema = command('devices.merge', { credential: id });

// ---- system ----
/** Sent by the server's scheduler when the timer's `endsAt` has passed. */
export const timerExpireSchema = command('timer.expire', { segmentId: id });

export const commandSchema = z.discriminatedUnion('type', [
  sessionStartSchema,
  sessionEndSchema,
  sessionLockSchema,
  sessionUnlockSchema,
  pairRemoveSchema,
  segmentGotoSchema,
  timerStartSchema,
  timerPauseSchema,
  timerResumeSchema,
  timerAdjustSchema,
  timerResetSchema,
  pollOpenSchema,
  pollCloseSchema,
  pollRevealSchema,
  pollHideAnswerSchema,
  revealEndSchema,
  pairJoinSchema,
  pairRenameSchema,
  pairSetMembersSchema,
  pairSetWordsSchema,
  answerSubmitSchema,
  answerRevealSchema,
  voteCastSchema,
  commitmentSaveSchema,
  devicesAddSchema,
  devicesMergeSchema,
  timerExpireSchema,
  handoutShareSchema,
  pairReadmitSchema,
  topicNoteSchema,
  pairSetLanguageSchema,
  sessionSetProjectorLanguagesSchema,
]);

/** A validated command (what the engine receives). */
export type Command = z.output<typeof commandSchema>;
/** What a client may send (before trimming and defaulting). */
export type CommandInput = z.input<typeof commandSchema>;
export type CommandType = Command['type'];
export type CommandOf<T extends CommandType> = Extract<Command, { type: T }>;

export const COMMAND_TYPES: readonly CommandType[] = commandSchema.options.map((option) => option.shape.type.value);

/** Who may send each command; the engine enforces it, clients use it to hide buttons. */
export const COMMAND_SENDERS = {
  'session.start': 'facilitator',
  // The server ends sessions left idle (see the API's idle sweep) with the same command.
  'session.end': 'facilitatorOrSystem',
  'session.lock': 'facilitator',
  'session.unlock': 'facilitator',
  'pair.remove': 'facilitator',
  'segment.goto': 'facilitator',
  'timer.start': 'facilitator',
  'timer.pause': 'facilitator',
  'timer.resume': 'facilitator',
  'timer.adjust': 'facilitator',
  'timer.reset': 'facilitator',
  'poll.open': 'facilitator',
  'poll.close': 'facilitator',
  'poll.reveal': 'facilitator',
  'poll.hideAnswer': 'facilitator',
  'reveal.end': 'facilitator',
  'pair.join': 'pair',
  'pair.rename': 'pairOrFacilitator',
  'pair.setMembers': 'pair',
  'pair.setWords': 'pair',
  'answer.submit': 'pair',
  'answer.reveal': 'pair',
  'vote.cast': 'pair',
  'commitment.save': 'pair',
  'devices.add': 'pair',
  'devices.merge': 'pair',
  'timer.expire': 'system',
  'handout.share': 'pair',
  'pair.readmit': 'facilitator',
  'topic.note': 'facilitator',
  'pair.setLanguage': 'pair',
  'session.setProjectorLanguages': 'facilitator',
} as const satisfies Record<CommandType, 'facilitator' | 'facilitatorOrSystem' | 'pair' | 'pairOrFacilitator' | 'system'>;

/**
 * Commands only the server's HTTP routes issue, on behalf of an authenticated device:
 * they carry credential ids the server made, so a socket may never send them.
 */
export const SERVER_ISSUED_COMMANDS: ReadonlySet<CommandType> = new Set<CommandType>(['devices.add', 'devices.merge']);

export type ParseCommandResult = { ok: true; command: Command } | ({ ok: false } & Rejection);

/** Validates an untrusted payload; every message from a socket goes through this first. */
export function parseCommand(input: unknown): ParseCommandResult {
  const type = typeof input === 'object' && input !== null ? (input as { type?: unknown }).type : undefined;
  if (typeof type !== 'string' || !(COMMAND_TYPES as readonly string[]).includes(type)) {
    const shown = typeof type === 'string' ? `"${type.slice(0, 40)}"` : 'missing';
    return { ok: false, ...rejection('payload/unknown-command', `Unknown command type (${shown}).`) };
  }
  const parsed = commandSchema.safeParse(input);
  if (parsed.success) return { ok: true, command: parsed.data };
  const details = parsed.error.issues
    .slice(0, 5)
    .map((issue) => (issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ');
  return { ok: false, ...rejection('payload/invalid', `Invalid ${type}: ${details}`) };
}
