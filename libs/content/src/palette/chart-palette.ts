/**
 * The poll charts' colours, said once for the web (phone, console, projector) and the PDF.
 *
 * Why these: mothers and sons must stay apart for people with protan, deutan or tritan
 * colour vision and on a greyscale print, so the two differ in lightness as well as hue
 * (a dark berry beside a mid blue on light paper; a pale pink beside a mid blue on the
 * projector's dark stage). chart-palette.spec.ts simulates each deficiency (Machado 2009)
 * and checks the distance. Colour is never the only cue either: every bar has a text
 * label, and sons' bars carry stripes (SON_PATTERN) so a photocopy still tells them apart.
 */
export interface ChartColours {
  /** What the bars sit on; the checks measure contrast against it. */
  background: string;
  mother: string;
  son: string;
  /** A poll answered by everyone together: one series, no pair to tell apart. */
  everyone: string;
}

export const CHART_PALETTE = {
  /** Phones, the console and paper. */
  light: { background: '#fffaf3', mother: '#8e2c5a', son: '#3a8fd0', everyone: '#3f6b4f' },
  /** The projector's dark stage. */
  dark: { background: '#221d26', mother: '#f4b3cf', son: '#2f86d6', everyone: '#8fc4a0' },
} as const satisfies Record<'light' | 'dark', ChartColours>;

export type ChartSeries = 'mother' | 'son' | 'everyone';

/** Sons' bars are striped (angle in degrees, stripe and gap width in px/pt): the non-colour cue. */
export const SON_PATTERN = { angle: 45, stripe: 3, gap: 3, ink: 'rgba(255,255,255,0.55)' } as const;
