import type { Actor, Command, CommandAck } from '@kindred/session';
import type { LiveSessionReadModel } from './session-events';
import type { NewCredential, NewPairRow } from './session-store';

export interface ExecuteOptions {
  commandId?: string | null;
  newPair?: NewPairRow;
  /** Credentials the command may let in; only those its events name are stored. */
  credentials?: readonly NewCredential[];
  /** A one-time phone code the command uses up (if it changes anything). */
  consumeCodeHash?: Buffer;
}

/**
 * The narrow read side of the session service that transports (the socket gateway,
 * socket auth) depend on, instead of the service class and its cache entries.
 */
export abstract class LiveSessionReader {
  /** The cached session, loaded from the log on first use; null if it doesn't exist. */
  abstract get(sessionId: string): Promise<LiveSessionReadModel | null>;
  /** The session, caught up with what other processes wrote (a no-op with one process). */
  abstract fresh(sessionId: string): Promise<LiveSessionReadModel | null>;
}

/** The write side: decide and apply one command, resolving with the ack the device receives. */
export abstract class SessionCommandRunner {
  abstract execute(sessionId: string, actor: Actor, command: Command, options?: ExecuteOptions): Promise<CommandAck>;
}
