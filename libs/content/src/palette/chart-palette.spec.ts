import { differenceCiede2000, filterDeficiencyDeuter, filterDeficiencyProt, filterDeficiencyTrit, converter, parse, wcagContrast, type Color } from 'culori';
import { CHART_PALETTE } from './chart-palette';

// Colour-vision deficiencies simulated with Machado, Oliveira & Fernandes (2009) at full
// severity (culori's filters); the distance is CIEDE2000 in the simulated colours.
const colour = (hex: string): Color => {
  const parsed = parse(hex);
  if (!parsed) throw new Error(`not a colour: ${hex}`);
  return parsed;
};
const SIMULATIONS: Record<string, (hex: string) => Color> = {
  'typical vision': (hex) => colour(hex),
  protanopia: (hex) => filterDeficiencyProt(1)(colour(hex)),
  deuteranopia: (hex) => filterDeficiencyDeuter(1)(colour(hex)),
  tritanopia: (hex) => filterDeficiencyTrit(1)(colour(hex)),
};
const distance = differenceCiede2000();
const lab = converter('lab');
/** Two colours read as different at a glance from about this far apart (ΔE2000). */
const MIN_DELTA_E = 20;
/** Greyscale print: lightness (CIE L*) must differ by at least this much. */
const MIN_LIGHTNESS_GAP = 20;
/** WCAG 1.4.11: a bar against what it sits on. */
const MIN_CONTRAST = 3;

describe.each(Object.entries(CHART_PALETTE))('the %s chart palette', (_name, palette) => {
  it.each(Object.entries(SIMULATIONS))('keeps mothers and sons apart with %s', (_vision, simulate) => {
    expect(distance(simulate(palette.mother), simulate(palette.son))).toBeGreaterThanOrEqual(MIN_DELTA_E);
  });

  it('keeps mothers and sons apart in greyscale print', () => {
    const gap = Math.abs(lab(palette.mother)!.l - lab(palette.son)!.l);
    expect(gap).toBeGreaterThanOrEqual(MIN_LIGHTNESS_GAP);
  });

  it.each(['mother', 'son', 'everyone'] as const)('shows the %s bars against their background', (series) => {
    expect(wcagContrast(palette[series], palette.background)).toBeGreaterThanOrEqual(MIN_CONTRAST);
  });
});

describe('the check itself', () => {
  it('fails the old berry-and-navy pair, which only hue told apart', () => {
    const old = { mother: '#9a3a62', son: '#2c628c' };
    expect(distance(SIMULATIONS['protanopia']!(old.mother), SIMULATIONS['protanopia']!(old.son))).toBeLessThan(MIN_DELTA_E);
    expect(Math.abs(lab(old.mother)!.l - lab(old.son)!.l)).toBeLessThan(MIN_LIGHTNESS_GAP);
  });
});
