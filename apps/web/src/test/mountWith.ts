import { mount, type ComponentMountingOptions } from '@vue/test-utils';
import { createPinia } from 'pinia';
import { ref } from 'vue';
import type { Component } from 'vue';
import { vi } from 'vitest';
import type { CommandInput } from '@kindred/session';
import { CONSOLE_CONTEXT } from '../facilitate/consoleContext';
import { createAppI18n } from '../i18n';
import enConsole from '../i18n/en.console';
import { PAIR_CONTEXT, type PairContext } from '../pair/pairContext';
import type { CommandResult } from '../realtime/useSessionSocket';

export interface MountExtras {
  clockOffsetMs?: number;
  /** What the fake server answers to every command. */
  reply?: (command: CommandInput) => CommandResult;
  /** More of the pair page's context (e.g. its credential, for the language switch). */
  pairContext?: Partial<PairContext>;
  /** Other locales' messages, merged before mounting (e.g. Spanish for a projector column). */
  messages?: Record<string, object>;
}

/** Mounts a component the way the app does: i18n, Pinia, and a fake command channel. */
export function mountWith<C extends Component>(component: C, options: ComponentMountingOptions<C> = {}, extras: MountExtras = {}) {
  const i18n = createAppI18n();
  i18n.global.mergeLocaleMessage('en', enConsole);
  for (const [locale, messages] of Object.entries(extras.messages ?? {})) i18n.global.mergeLocaleMessage(locale, messages);
  const send = vi.fn((command: CommandInput) => Promise.resolve(extras.reply?.(command) ?? { ok: true, seq: 11 }));
  const context = { send, clockOffsetMs: ref(extras.clockOffsetMs ?? 0) };
  const wrapper = mount(component, {
    ...options,
    global: {
      ...options.global,
      plugins: [...(options.global?.plugins ?? []), i18n, createPinia()],
      provide: { ...options.global?.provide, [PAIR_CONTEXT as symbol]: { ...context, ...extras.pairContext }, [CONSOLE_CONTEXT as symbol]: context },
    },
  });
  return { wrapper, send, context, i18n };
}
