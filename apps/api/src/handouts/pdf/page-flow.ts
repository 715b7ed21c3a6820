import { BODY_FONT_PATH, COLORS, PAGE, fontData, type FontName } from './pdf-theme';

export interface TextStyle {
  font: FontName;
  size: number;
  color?: string;
  lineGap?: number;
}

export const STYLES = {
  body: { font: 'body', size: 10.5, lineGap: 2.5 },
  soft: { font: 'body', size: 10, color: COLORS.inkSoft, lineGap: 2 },
  small: { font: 'body', size: 9, color: COLORS.inkSoft, lineGap: 1.5 },
  note: { font: 'italic', size: 9.5, color: COLORS.inkSoft, lineGap: 1.5 },
  label: { font: 'bold', size: 9.5 },
  subheading: { font: 'bold', size: 11.5, color: COLORS.primaryStrong },
  topic: { font: 'heading', size: 17, lineGap: 1 },
  eyebrow: { font: 'bold', size: 8.5, color: COLORS.primary },
} as const satisfies Record<string, TextStyle>;

/** Where something is drawn: by default the full text column. */
export interface Placement {
  x?: number;
  width?: number;
}

/**
 * A thin layer over PDFKit that knows the text column and can measure before it
 * draws, so a block that must stay whole (a heading with its first lines, a boxed
 * commitment, a poll's bars) moves to the next page instead of splitting.
 */
export class PageFlow {
  /**
   * The document opens with the body font by its path (so no standard Helvetica is
   * embedded). PDFKit caches fonts by the key they were first selected with and, for
   * a second key naming the same font, parses the file again on every selection: so
   * the body font is always selected by that path, never by an alias.
   */
  constructor(readonly doc: PDFKit.PDFDocument) {
    for (const [name, data] of Object.entries(fontData())) if (name !== 'body') doc.registerFont(name, data);
  }

  private fontKey(name: FontName): string {
    return name === 'body' ? BODY_FONT_PATH : name;
  }

  get left(): number {
    return this.doc.page.margins.left;
  }

  get width(): number {
    return this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right;
  }

  /** The lowest y text may reach on this page (the footer lives below it). */
  get bottom(): number {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }

  get y(): number {
    return this.doc.y;
  }

  set y(value: number) {
    this.doc.y = value;
  }

  gap(points: number): void {
    this.doc.y += points;
  }

  room(): number {
    return this.bottom - this.doc.y;
  }

  /** Starts a new page unless `height` still fits under the current position. */
  keepTogether(height: number): void {
    // A block taller than a page can't be kept whole; let it flow.
    if (height > this.bottom - this.doc.page.margins.top) return;
    if (this.doc.y + height > this.bottom) this.doc.addPage();
  }

  use(style: TextStyle): void {
    this.doc
      .font(this.fontKey(style.font))
      .fontSize(style.size)
      .fillColor(style.color ?? COLORS.ink);
  }

  measure(text: string, style: TextStyle, place: Placement = {}): number {
    this.use(style);
    return this.doc.heightOfString(text, { width: place.width ?? this.width, lineGap: style.lineGap ?? 0 });
  }

  /** Draws text at the current y and moves below it. */
  text(text: string, style: TextStyle, place: Placement = {}): void {
    this.use(style);
    this.doc.text(text, place.x ?? this.left, this.doc.y, { width: place.width ?? this.width, lineGap: style.lineGap ?? 0 });
  }

  rule(color: string = COLORS.line, thickness = 0.75): void {
    const y = this.doc.y;
    this.doc
      .save()
      .moveTo(this.left, y)
      .lineTo(this.left + this.width, y)
      .lineWidth(thickness)
      .strokeColor(color)
      .stroke()
      .restore();
  }
}

export const PAGE_MARGINS = { top: PAGE.margin, left: PAGE.margin, right: PAGE.margin, bottom: PAGE.margin + PAGE.footerGap };
