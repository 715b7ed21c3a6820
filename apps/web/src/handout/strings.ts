import { computed, type ComputedRef } from 'vue';
import { useI18n } from 'vue-i18n';
import { handoutLabels, type HandoutLabels } from '@kindred/content';

/*
 * The handout page's words: the one handout catalogue in libs/content (labels/), shared
 * with the PDF, so the page and the PDF never say a thing two ways.
 */
export type HandoutStrings = HandoutLabels;

export function handoutStrings(locale: string): HandoutStrings {
  return handoutLabels(locale);
}

export function useHandoutStrings(): ComputedRef<HandoutStrings> {
  const { locale } = useI18n({ useScope: 'global' });
  return computed(() => handoutStrings(locale.value));
}
