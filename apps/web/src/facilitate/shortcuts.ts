export type ShortcutAction = 'next' | 'previous' | 'timer' | 'addMinute' | 'notes' | 'safety';

/** Keys a facilitator (or a presentation clicker, which sends PageUp/PageDown) can use. */
export function shortcutFor(event: Pick<KeyboardEvent, 'key' | 'altKey' | 'ctrlKey' | 'metaKey'>): ShortcutAction | null {
  if (event.altKey || event.ctrlKey || event.metaKey) return null;
  switch (event.key) {
    case 'n':
    case 'N':
    case 'PageDown':
      return 'next';
    case 'p':
    case 'P':
    case 'PageUp':
      return 'previous';
    case 't':
    case 'T':
      return 'timer';
    case '+':
      return 'addMinute';
    case 'i':
    case 'I':
      return 'notes';
    case 's':
    case 'S':
      return 'safety';
    default:
      return null;
  }
}

export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}
