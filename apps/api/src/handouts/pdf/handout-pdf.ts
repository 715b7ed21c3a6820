import PDFDocument from 'pdfkit';
import type { HandoutModel } from '../handout-model';
import { labelsFor } from './handout-labels';
import { COLORS, PAGE, BODY_FONT_PATH } from './pdf-theme';
import { PAGE_MARGINS, PageFlow, STYLES } from './page-flow';
import { renderHandout } from './render-handout';

export interface PdfHandout {
  model: HandoutModel;
  /** The handout page with the pair's token, printed as a QR code; null leaves it out. */
  qrUrl: string | null;
}

/** The PDF's creation date: the workshop's day, so a handout's bytes depend only on its data. */
function workshopDate(isoDay: string | undefined): Date {
  const date = new Date(`${isoDay ?? ''}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? new Date(0) : date;
}

/**
 * Renders handouts into one PDF: a single pair's, or the facilitator's print bundle
 * where each handout starts on a new page and numbers its own pages.
 */
export function renderHandoutsPdf(handouts: readonly PdfHandout[], options: { title: string; bundle: boolean }): Promise<Buffer> {
  const first = handouts[0]?.model;
  const doc = new PDFDocument({
    size: PAGE.size,
    margins: PAGE_MARGINS,
    bufferPages: true,
    autoFirstPage: false,
    font: BODY_FONT_PATH,
    lang: first?.workshop.language ?? 'en',
    displayTitle: true,
    pdfVersion: '1.7',
    // Dated by the workshop, not the clock: the same data renders the same bytes (a restored backup included).
    info: { Title: options.title, Author: first?.workshop.facilitatorName || 'Kindred', Creator: 'Kindred', Producer: 'Kindred', CreationDate: workshopDate(first?.workshop.date) },
  });
  const done = collect(doc);
  const flow = new PageFlow(doc);
  const ranges: { start: number; end: number; footer: string; language: string }[] = [];
  for (const { model, qrUrl } of handouts) {
    doc.addPage();
    const start = doc.bufferedPageRange().count - 1;
    renderHandout(flow, model, { qrUrl, bundle: options.bundle });
    ranges.push({ start, end: doc.bufferedPageRange().count - 1, footer: `Kindred · ${model.workshop.title} · ${model.pair.name}`, language: model.workshop.language });
  }
  if (handouts.length === 0) doc.addPage();
  for (const range of ranges) writeFooters(flow, range);
  doc.end();
  return done;
}

/** "Kindred · workshop · pair" on the left, "Page 2 of 4" (within this handout) on the right. */
function writeFooters(flow: PageFlow, range: { start: number; end: number; footer: string; language: string }): void {
  const { doc } = flow;
  const labels = labelsFor(range.language);
  const total = range.end - range.start + 1;
  for (let page = range.start; page <= range.end; page++) {
    doc.switchToPage(page);
    const bottomMargin = doc.page.margins.bottom;
    // Text below the bottom margin would make PDFKit open a new page; lift the margin while writing.
    doc.page.margins.bottom = 0;
    const y = doc.page.height - PAGE.margin + 4;
    doc
      .save()
      .moveTo(flow.left, y - 8)
      .lineTo(flow.left + flow.width, y - 8)
      .lineWidth(0.5)
      .strokeColor(COLORS.line)
      .stroke()
      .restore();
    flow.use({ ...STYLES.small, size: 8 });
    doc.text(range.footer, flow.left, y, { width: flow.width * 0.75, lineBreak: false, ellipsis: true });
    doc.text(labels.page(page - range.start + 1, total), flow.left, y, { width: flow.width, align: 'right', lineBreak: false });
    doc.page.margins.bottom = bottomMargin;
  }
}

function collect(doc: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}
