import { watchEffect, type MaybeRefOrGetter, toValue } from 'vue';

export function useDocumentTitle(title: MaybeRefOrGetter<string | null | undefined>): void {
  watchEffect(() => {
    const value = toValue(title);
    document.title = value ? `${value} · Kindred` : 'Kindred';
  });
}
