import { ref, type Ref } from 'vue';
import type { CommandInput } from '@kindred/session';
import { useErrorText } from '../i18n/useErrorText';
import type { CommandResult } from './useSessionSocket';

export interface CommandRunner {
  busy: Readonly<Ref<boolean>>;
  /** A readable reason for the last refusal, '' when the last command went through. */
  error: Ref<string>;
  run: (command: CommandInput) => Promise<boolean>;
}

/** Sends a command, tracks that it's in flight and turns a refusal into a sentence. */
export function useCommand(send: (command: CommandInput) => Promise<CommandResult>): CommandRunner {
  const busy = ref(false);
  const error = ref('');
  const errorText = useErrorText();

  async function run(command: CommandInput): Promise<boolean> {
    busy.value = true;
    error.value = '';
    try {
      const result = await send(command);
      if (!result.ok) error.value = errorText(result);
      return result.ok;
    } finally {
      busy.value = false;
    }
  }

  return { busy, error, run };
}
