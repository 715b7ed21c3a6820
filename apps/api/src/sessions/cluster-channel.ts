import { Injectable } from '@nestjs/common';

/** Messages between API processes about sessions. */
export interface ClusterMessages {
  /** A process appended events to a session's log: others catch their caches up. */
  'kindred:changed': (sessionId: string, seq: number) => void;
  /** A process stored ballots: others reload that poll's ballots; the owner sends counts. */
  'kindred:ballots': (sessionId: string, pollId: string) => void;
  /** A process rewrote a session's log in place (retention purge): others rebuild their caches from it. */
  'kindred:rewritten': (sessionId: string) => void;
}

type MessageName = keyof ClusterMessages;

/** Checks a message's arguments as they arrive from another process. */
const argumentsAreValid: { [K in MessageName]: (args: unknown[]) => args is Parameters<ClusterMessages[K]> } = {
  'kindred:changed': (args): args is [string, number] => typeof args[0] === 'string' && typeof args[1] === 'number',
  'kindred:ballots': (args): args is [string, string] => typeof args[0] === 'string' && typeof args[1] === 'string',
  'kindred:rewritten': (args): args is [string] => typeof args[0] === 'string',
};

/** What carries the messages between processes: the realtime layer plugs in socket.io's server-side emits. */
export interface ClusterTransport {
  emit(event: string, ...args: unknown[]): void;
  on(event: string, listener: (...args: unknown[]) => void): void;
}

/**
 * How the session service tells other API processes what changed and hears what they
 * changed. It lives on the service's side; the transport is plugged in from outside
 * (realtime/socket-io-cluster-transport.ts), so the dependency points from realtime to
 * sessions. With one process nothing is plugged in and it is silent: there is nobody
 * to tell.
 */
@Injectable()
export class ClusterChannel {
  private transport: ClusterTransport | null = null;
  private readonly handlers: { [K in MessageName]?: ClusterMessages[K] } = {};

  connect(transport: ClusterTransport): void {
    this.transport = transport;
    for (const name of Object.keys(argumentsAreValid) as MessageName[]) {
      transport.on(name, (...args) => this.deliver(name, args));
    }
  }

  on<K extends MessageName>(event: K, handler: ClusterMessages[K]): void {
    this.handlers[event] = handler;
  }

  send<K extends MessageName>(event: K, ...args: Parameters<ClusterMessages[K]>): void {
    this.transport?.emit(event, ...args);
  }

  private deliver(name: MessageName, args: unknown[]): void {
    const handler = this.handlers[name] as ((...a: unknown[]) => void) | undefined;
    if (handler && argumentsAreValid[name](args)) handler(...args);
  }
}
