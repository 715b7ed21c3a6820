import fs from 'node:fs';
import path from 'node:path';

/*
 * The handout's look on paper: the web app's warm palette, DejaVu fonts (embedded,
 * so ñ, é, ü and curly quotes print on any machine) and A4 with generous margins.
 */

const FONT_DIR = path.dirname(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'));

export const FONT_FILES = {
  body: 'DejaVuSans.ttf',
  bold: 'DejaVuSans-Bold.ttf',
  italic: 'DejaVuSans-Oblique.ttf',
  heading: 'DejaVuSerif-Bold.ttf',
  serifItalic: 'DejaVuSerif-Italic.ttf',
} as const;

export type FontName = keyof typeof FONT_FILES;

let fontCache: Record<FontName, Buffer> | null = null;

/** The font files, read once per process. */
export function fontData(): Record<FontName, Buffer> {
  fontCache ??= Object.fromEntries(Object.entries(FONT_FILES).map(([name, file]) => [name, fs.readFileSync(path.join(FONT_DIR, file))])) as Record<
    FontName,
    Buffer
  >;
  return fontCache;
}

export const BODY_FONT_PATH = path.join(FONT_DIR, FONT_FILES.body);

export const COLORS = {
  ink: '#2b2530',
  inkSoft: '#5a5160',
  line: '#e3d8cb',
  band: '#f1e9df',
  primary: '#a3432a',
  primaryStrong: '#86341f',
  primarySoft: '#f7e4db',
  mother: '#9a3a62',
  motherSoft: '#f6e2ea',
  son: '#2c628c',
  sonSoft: '#e0ecf5',
  everyone: '#3f6b4f',
  everyoneSoft: '#e2f0e6',
  noticeSoft: '#fbefd3',
  notice: '#7d5300',
} as const;

export const PAGE = {
  size: 'A4',
  margin: 56,
  /** Space kept under the text for the footer line. */
  footerGap: 30,
} as const;

export const SIZES = {
  title: 24,
  topic: 17,
  subheading: 11.5,
  body: 10.5,
  small: 9,
  tiny: 7.5,
} as const;
