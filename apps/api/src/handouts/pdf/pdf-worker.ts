// Runs in a worker thread of PdfRenderPool (pdf-pool.ts): PDFKit's layout and
// compression are synchronous CPU work that would otherwise stall every live session
// sharing the server's event loop.
import { readlinkSync } from 'node:fs';
import { constants, setPriority } from 'node:os';
import { isMainThread } from 'node:worker_threads';
import { renderHandoutsPdf, type PdfHandout, type PdfOptions } from './handout-pdf';

export interface PdfJob {
  handouts: PdfHandout[];
  options: PdfOptions;
}

/**
 * A thread of its own is not enough on a small machine: with as many busy threads as
 * cores, the scheduler shares them evenly and the event loop waits its turn behind
 * PDFKit. On Linux a thread has its own nice value (setpriority on the thread's id), so
 * this thread takes the lowest priority: PDFs use the CPU the live sessions leave over.
 * Elsewhere (no /proc/thread-self) the thread keeps the process's priority.
 */
export function lowerThisThreadsPriority(): boolean {
  try {
    const threadId = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (!Number.isInteger(threadId) || threadId <= 0) return false;
    setPriority(threadId, constants.priority.PRIORITY_LOW);
    return true;
  } catch {
    return false;
  }
}

// Never the server's own thread (were this file ever loaded there).
if (!isMainThread) lowerThisThreadsPriority();

export default async function renderPdfJob(job: PdfJob): Promise<Uint8Array> {
  return renderHandoutsPdf(job.handouts, job.options);
}
