import { COLORS } from './pdf-theme';
import { STYLES, type PageFlow, type TextStyle } from './page-flow';

/* Small building blocks of the handout page, each able to say how tall it will be. */

const BULLET_INDENT = 14;
const ITEM_GAP = 3;

export function bulletsHeight(flow: PageFlow, items: readonly string[], style: TextStyle = STYLES.body): number {
  return items.reduce((sum, item) => sum + flow.measure(item, style, { width: flow.width - BULLET_INDENT }) + ITEM_GAP, 0);
}

/** A list with round bullets in the accent colour. */
export function bullets(flow: PageFlow, items: readonly string[], color: string = COLORS.primary, style: TextStyle = STYLES.body): void {
  for (const item of items) {
    flow.keepTogether(flow.measure(item, style, { width: flow.width - BULLET_INDENT }));
    const top = flow.y;
    flow.doc.save().circle(flow.left + 3.5, top + style.size * 0.55, 2.2).fillColor(color).fill().restore();
    flow.text(item, style, { x: flow.left + BULLET_INDENT, width: flow.width - BULLET_INDENT });
    flow.gap(ITEM_GAP);
  }
}

/** Take-home activities as empty boxes to tick at home. */
export function checklist(flow: PageFlow, items: readonly string[]): void {
  const indent = BULLET_INDENT + 6;
  for (const item of items) {
    flow.keepTogether(flow.measure(item, STYLES.body, { width: flow.width - indent }));
    const top = flow.y;
    flow.doc.save().roundedRect(flow.left, top + 1.5, 10, 10, 2).lineWidth(1).strokeColor(COLORS.primary).stroke().restore();
    flow.text(item, STYLES.body, { x: flow.left + indent, width: flow.width - indent });
    flow.gap(ITEM_GAP + 1);
  }
}

export function subheadingHeight(flow: PageFlow, text: string): number {
  return flow.measure(text, STYLES.subheading) + 5;
}

export function subheading(flow: PageFlow, text: string): void {
  flow.text(text, STYLES.subheading);
  flow.gap(5);
}

interface BoxColors {
  fill: string;
  accent: string;
}

const BOX_PAD = 10;
const BOX_ACCENT = 3.5;

/** Height of a tinted box holding lines of text, padding included. */
export function boxHeight(flow: PageFlow, lines: readonly { text: string; style: TextStyle }[]): number {
  const inner = flow.width - 2 * BOX_PAD - BOX_ACCENT;
  return lines.reduce((sum, line) => sum + flow.measure(line.text, line.style, { width: inner }) + 3, 2 * BOX_PAD - 3);
}

/** A tinted box with an accent bar on the left; never split across pages. */
export function box(flow: PageFlow, lines: readonly { text: string; style: TextStyle }[], colors: BoxColors): void {
  const height = boxHeight(flow, lines);
  flow.keepTogether(height);
  const top = flow.y;
  flow.doc.save().roundedRect(flow.left, top, flow.width, height, 6).fillColor(colors.fill).fill().restore();
  // The accent bar is clipped to the box's rounded corners.
  flow.doc.save().roundedRect(flow.left, top, flow.width, height, 6).clip().rect(flow.left, top, BOX_ACCENT, height).fillColor(colors.accent).fill().restore();
  flow.y = top + BOX_PAD;
  const x = flow.left + BOX_ACCENT + BOX_PAD;
  const width = flow.width - 2 * BOX_PAD - BOX_ACCENT;
  for (const line of lines) {
    flow.text(line.text, line.style, { x, width });
    flow.gap(3);
  }
  flow.y = top + height;
}
