import type { Actor, Command, CommandAck } from '@kindred/session';
import type { ExecuteOptions } from './live-session-ports';

/**
 * Group commit: a pair's high-rate commands (a room told "vote now", everyone typing
 * their answer) that arrive while the session's queue is busy are decided together, in
 * arrival order, written in one transaction and acknowledged only after it commits. A
 * burst then costs one WAL flush per group instead of one per command, and an
 * acknowledged vote is as durable as before.
 *
 * No timer: a group collects whatever arrives while the command ahead of it is being
 * committed, so a lone command waits for nothing.
 */
export const GROUPED_COMMANDS: ReadonlySet<Command['type']> = new Set(['vote.cast', 'answer.submit', 'commitment.save']);

/** A transaction this large stays well inside PostgreSQL's 65,535 bind parameters. */
export const MAX_GROUP_SIZE = 500;

export interface GroupedCommand {
  actor: Actor;
  command: Command;
  options: ExecuteOptions;
  resolve: (ack: CommandAck) => void;
  reject: (error: unknown) => void;
}

export interface CommandGroup {
  items: GroupedCommand[];
}

/** Only a pair's own commands join a group: no fence, no new credentials, no join rows. */
export function groupable(actor: Actor, command: Command, options: ExecuteOptions): boolean {
  return actor.kind === 'pair' && GROUPED_COMMANDS.has(command.type) && !options.newPair && !options.credentials && !options.consumeCodeHash;
}
