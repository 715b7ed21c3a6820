import { inject, type InjectionKey, type Ref } from 'vue';
import type { PairCredentials } from '../join/pairCredentials';
import type { CommandSender } from '../realtime/useSessionSocket';

/** What segment screens need from the page: a way to send commands and the clock offset. */
export interface PairContext {
  send: CommandSender;
  clockOffsetMs: Readonly<Ref<number>>;
  /** For the language switch: the credential the device's language is kept with (and read at every connect). */
  credentials?: Ref<PairCredentials | null>;
}

export const PAIR_CONTEXT: InjectionKey<PairContext> = Symbol('pair-context');

export function usePairContext(): PairContext {
  const context = inject(PAIR_CONTEXT, null);
  if (!context) throw new Error('usePairContext() needs a PairPage (or a test) to provide PAIR_CONTEXT.');
  return context;
}
