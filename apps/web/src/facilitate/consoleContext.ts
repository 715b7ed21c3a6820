import { inject, type InjectionKey, type Ref } from 'vue';
import type { CommandInput } from '@kindred/session';
import type { CommandResult } from '../realtime/useSessionSocket';

export interface ConsoleContext {
  send: (command: CommandInput) => Promise<CommandResult>;
  clockOffsetMs: Readonly<Ref<number>>;
}

export const CONSOLE_CONTEXT: InjectionKey<ConsoleContext> = Symbol('console-context');

export function useConsoleContext(): ConsoleContext {
  const context = inject(CONSOLE_CONTEXT, null);
  if (!context) throw new Error('useConsoleContext() needs a SessionPage (or a test) to provide CONSOLE_CONTEXT.');
  return context;
}
