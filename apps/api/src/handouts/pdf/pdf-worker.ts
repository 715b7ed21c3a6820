// Runs in a worker thread of PdfRenderPool (pdf-pool.ts): PDFKit's layout and
// compression are synchronous CPU work that would otherwise stall every live session
// sharing the server's event loop.
import { renderHandoutsPdf, type PdfHandout, type PdfOptions } from './handout-pdf';

export interface PdfJob {
  handouts: PdfHandout[];
  options: PdfOptions;
}

export default async function renderPdfJob(job: PdfJob): Promise<Uint8Array> {
  return renderHandoutsPdf(job.handouts, job.options);
}
