import type { HandoutModel } from '../handout-model';
import { longDate, type HandoutLabels } from './handout-labels';
import { drawQr } from './pdf-qr';
import { COLORS } from './pdf-theme';
import { STYLES, type PageFlow, type TextStyle } from './page-flow';

const QR_SIZE = 86;
const QR_COLUMN = QR_SIZE + 18;

/** "Maria & Leo", or whichever of them gave a name. */
export function memberLine(members: HandoutModel['pair']['members']): string {
  return [members.mother, members.son].filter((name): name is string => !!name).join(' & ');
}

/**
 * The head of a handout's first page: a warm band across the top with the workshop,
 * the pair and the date, and (when the pair asked for it) a QR code back to the
 * handout page.
 */
export function titleBlock(flow: PageFlow, model: HandoutModel, labels: HandoutLabels, eyebrow: string, qrUrl: string | null): void {
  const width = flow.width - (qrUrl ? QR_COLUMN : 0);
  const { workshop, pair } = model;
  const members = memberLine(pair.members);
  const meta = [longDate(workshop.date, workshop.language), workshop.facilitatorName ? labels.withFacilitator(workshop.facilitatorName) : null]
    .filter(Boolean)
    .join(' · ');
  const lines: { text: string; style: TextStyle; after: number }[] = [
    { text: eyebrow.toUpperCase(), style: { ...STYLES.eyebrow, font: 'bold' }, after: 6 },
    { text: workshop.title, style: { font: 'heading', size: 24, lineGap: 1 }, after: 10 },
    { text: pair.name, style: { font: 'heading', size: 15, color: COLORS.primaryStrong }, after: 3 },
    ...(members ? [{ text: members, style: { font: 'body', size: 11.5 } as TextStyle, after: 8 }] : [{ text: '', style: STYLES.small, after: 5 }]),
    { text: meta, style: STYLES.soft, after: 2 },
    { text: workshop.planTitle, style: STYLES.small, after: 0 },
  ];
  const textHeight = lines.reduce((sum, line) => sum + (line.text ? flow.measure(line.text, line.style, { width }) : 0) + line.after, 0);
  // The band is the page's top edge, so its text may start above the usual margin.
  const top = flow.y - 16;
  flow.y = top;
  const bandBottom = top + Math.max(textHeight, qrUrl ? QR_SIZE + 26 : 0) + 22;
  flow.doc.save().rect(0, 0, flow.doc.page.width, bandBottom).fillColor(COLORS.band).fill().restore();
  flow.doc.save().rect(0, bandBottom, flow.doc.page.width, 3).fillColor(COLORS.primary).fill().restore();
  for (const line of lines) {
    if (line.text) flow.text(line.text, line.style, { width });
    flow.gap(line.after);
  }
  if (qrUrl) {
    const x = flow.left + flow.width - QR_SIZE;
    drawQr(flow.doc, qrUrl, x, top, QR_SIZE);
    flow.use({ ...STYLES.small, size: 7 });
    flow.doc.text(`${labels.scanToOpen}. ${labels.keepPrivate}`, x - 6, top + QR_SIZE + 4, { width: QR_SIZE + 12, align: 'center' });
  }
  flow.y = bandBottom + 22;
}
