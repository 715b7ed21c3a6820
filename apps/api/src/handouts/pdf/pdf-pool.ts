import path from 'node:path';
import { HttpStatus, Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { Piscina } from 'piscina';
import { AppConfigToken } from '../../config/config-token';
import type { AppConfig } from '../../config/config';
import { ApiError } from '../../http/api-error';
import type { PdfHandout, PdfOptions } from './handout-pdf';
import type { PdfJob } from './pdf-worker';

/** Requests waiting for a free worker, over all credentials; beyond it new ones are refused. */
export const PDF_QUEUE_LIMIT = 64;
/** A worker with nothing to do for this long exits: an idle server holds no PDFKit heap. */
const IDLE_WORKER_MS = 30_000;

/** Who asks for a PDF: a pair (its id) or a facilitator (their id). Limits count per key. */
export type PdfRequester = `pair:${string}` | `facilitator:${string}`;

/**
 * Renders handout PDFs in worker threads, so twenty pairs downloading at once don't
 * delay anyone's live updates (docs/benchmarks.md "PDFs off the event loop").
 *
 * Bounded three ways: at most `pdfWorkers` render at once, at most PDF_QUEUE_LIMIT wait,
 * and one requester may have at most `pdfRendersPerRequester` in the pool (rendering or
 * waiting). Over either limit the request is refused with `handout/busy` (429) at once,
 * rather than queued behind a pair that taps "Download" over and over.
 */
@Injectable()
export class PdfRenderPool implements OnApplicationShutdown {
  /** null: PDF_WORKERS=0, render on the event loop (the old way, kept to compare against). */
  private readonly pool: Piscina<PdfJob, Uint8Array> | null;
  private readonly inPool = new Map<PdfRequester, number>();
  private readonly perRequester: number;

  constructor(@Inject(AppConfigToken) config: Pick<AppConfig, 'pdfWorkers' | 'pdfRendersPerRequester'>) {
    this.perRequester = config.pdfRendersPerRequester;
    this.pool = config.pdfWorkers === 0 ? null : new Piscina<PdfJob, Uint8Array>({ ...workerScript(), minThreads: 0, maxThreads: config.pdfWorkers, idleTimeout: IDLE_WORKER_MS, maxQueue: PDF_QUEUE_LIMIT });
  }

  async render(requester: PdfRequester, handouts: PdfHandout[], options: PdfOptions): Promise<Buffer> {
    const held = this.inPool.get(requester) ?? 0;
    if (held >= this.perRequester) throw busy('Your PDF is still being made. Please wait for it before asking again.');
    if (this.pool && this.pool.queueSize >= PDF_QUEUE_LIMIT) throw busy('Many PDFs are being made right now. Please try again in a moment.');
    this.inPool.set(requester, held + 1);
    try {
      // Loaded only here: with workers, the server's own thread never holds PDFKit.
      if (!this.pool) return await (await import('./handout-pdf')).renderHandoutsPdf(handouts, options);
      const bytes = await this.pool.run({ handouts, options });
      return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    } finally {
      const left = (this.inPool.get(requester) ?? 1) - 1;
      // Delete rather than keep zeros: one entry per requester ever seen would only grow.
      if (left <= 0) this.inPool.delete(requester);
      else this.inPool.set(requester, left);
    }
  }

  /** Requesters with a PDF rendering or waiting (ended work leaves no entry). */
  get requesters(): number {
    return this.inPool.size;
  }

  async onApplicationShutdown(): Promise<void> {
    await this.pool?.destroy();
  }
}

function busy(message: string): ApiError {
  return new ApiError('handout/busy', message, HttpStatus.TOO_MANY_REQUESTS);
}

/**
 * The worker's file: the compiled pdf-worker.js next to this file in a build; under the
 * test runner (TypeScript sources) the .ts file, loaded through tsx with the workspace's
 * path aliases.
 */
function workerScript(): { filename: string; execArgv?: string[]; env?: NodeJS.ProcessEnv } {
  const fromSource = path.extname(__filename) === '.ts';
  const filename = path.join(__dirname, `pdf-worker${fromSource ? '.ts' : '.js'}`);
  if (!fromSource) return { filename };
  const tsconfig = path.resolve(__dirname, '../../../../../tsconfig.base.json');
  return { filename, execArgv: ['--import', 'tsx'], env: { ...process.env, TSX_TSCONFIG_PATH: tsconfig } };
}
