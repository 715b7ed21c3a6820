import { CHART_PALETTE, SON_PATTERN } from '@kindred/content';
import type { ChartSize } from './usePollResults';

/**
 * The shared palette (checked for colour-vision deficiencies in libs/content) as CSS
 * custom properties on the chart, so every view paints from the same three colours.
 */
export function chartColourVars(size: ChartSize): Record<string, string> {
  const palette = size === 'screen' ? CHART_PALETTE.dark : CHART_PALETTE.light;
  const { angle, stripe, gap, ink } = SON_PATTERN;
  return {
    '--chart-mother': palette.mother,
    '--chart-son': palette.son,
    '--chart-everyone': palette.everyone,
    '--chart-son-pattern': `repeating-linear-gradient(${angle}deg, ${ink} 0 ${stripe}px, transparent ${stripe}px ${stripe + gap}px)`,
  };
}
