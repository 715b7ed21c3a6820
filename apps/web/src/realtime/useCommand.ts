import { ref, type Ref } from 'vue';
import type { CommandInput, OutboxHold } from '@kindred/session';
import { useErrorText } from '../i18n/useErrorText';
import type { CommandSender } from './useSessionSocket';

export interface CommandRunner {
  busy: Readonly<Ref<boolean>>;
  /** A readable reason for the last refusal, '' when the last command went through. */
  error: Ref<string>;
  /** Set while the last command is kept for later: offline, or the server can't save right now. */
  held: Readonly<Ref<OutboxHold | null>>;
  run: (command: CommandInput) => Promise<boolean>;
}

/** Sends a command, tracks that it's in flight (or kept for later) and turns a refusal into a sentence. */
export function useCommand(send: CommandSender): CommandRunner {
  const busy = ref(false);
  const error = ref('');
  const held = ref<OutboxHold | null>(null);
  const errorText = useErrorText();

  async function run(command: CommandInput): Promise<boolean> {
    busy.value = true;
    error.value = '';
    held.value = null;
    try {
      const result = await send(command, { onHeld: (why) => (held.value = why) });
      if (!result.ok) error.value = errorText(result);
      return result.ok;
    } finally {
      busy.value = false;
      held.value = null;
    }
  }

  return { busy, error, held, run };
}
