import { inject, type InjectionKey, type Ref } from 'vue';
import type { CommandSender } from '../realtime/useSessionSocket';

export interface ConsoleContext {
  send: CommandSender;
  clockOffsetMs: Readonly<Ref<number>>;
}

export const CONSOLE_CONTEXT: InjectionKey<ConsoleContext> = Symbol('console-context');

export function useConsoleContext(): ConsoleContext {
  const context = inject(CONSOLE_CONTEXT, null);
  if (!context) throw new Error('useConsoleContext() needs a SessionPage (or a test) to provide CONSOLE_CONTEXT.');
  return context;
}
