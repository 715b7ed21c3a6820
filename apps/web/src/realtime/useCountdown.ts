import { onScopeDispose, ref, watch, type Ref } from 'vue';
import type { TimerState } from '@kindred/session';
import { msUntilNextTick } from '../components/timer';

export interface Countdown {
  /** Server time as of the last tick; re-evaluated exactly when the shown second changes. */
  serverNow: Readonly<Ref<number>>;
}

/** Ticks on the timer's second boundaries, in server time (local clock + offset). */
export function useCountdown(timer: Readonly<Ref<TimerState | null | undefined>>, clockOffsetMs: Readonly<Ref<number>>): Countdown {
  const serverNow = ref(Date.now() + clockOffsetMs.value);
  let handle: ReturnType<typeof setTimeout> | undefined;

  function schedule(): void {
    if (handle !== undefined) clearTimeout(handle);
    handle = undefined;
    serverNow.value = Date.now() + clockOffsetMs.value;
    const current = timer.value;
    if (!current) return;
    const wait = msUntilNextTick(current, serverNow.value);
    if (wait !== null) handle = setTimeout(schedule, wait);
  }

  watch([timer, clockOffsetMs], schedule, { immediate: true });
  onScopeDispose(() => {
    if (handle !== undefined) clearTimeout(handle);
  });
  return { serverNow };
}
