import { ref } from 'vue';

/**
 * Copies a link and says "Copied" for two seconds. Without a clipboard (a plain-HTTP LAN
 * address, or permission denied) nothing is claimed: the link stays on screen to select.
 */
export function useCopyLink() {
  const copied = ref(false);
  async function copy(text: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(text);
      copied.value = true;
      setTimeout(() => (copied.value = false), 2000);
    } catch {
      copied.value = false;
    }
  }
  return { copied, copy };
}
