import { onScopeDispose, ref, type Ref } from 'vue';

/** Server time, refreshed every `intervalMs` (for elapsed-time figures, not the countdown). */
export function useServerNow(clockOffsetMs: Readonly<Ref<number>>, intervalMs = 1000): Readonly<Ref<number>> {
  const now = ref(Date.now() + clockOffsetMs.value);
  const handle = setInterval(() => {
    now.value = Date.now() + clockOffsetMs.value;
  }, intervalMs);
  onScopeDispose(() => clearInterval(handle));
  return now;
}
