import fs from 'node:fs';
import { resolveHandout } from '@kindred/content';
import type { ApiError } from '../../http/api-error';
import type { HandoutModel } from '../handout-model';
import { renderHandoutsPdf, type PdfOptions } from './handout-pdf';
import { PdfRenderPool } from './pdf-pool';

/*
 * The worker pool that renders handout PDFs off the event loop (real worker threads,
 * no database). Integration tier: the workers load the TypeScript sources through tsx.
 */

function model(pairName: string): HandoutModel {
  return {
    pairId: 'p1',
    sessionId: 's1',
    workshop: { title: 'Evening at Peñalara School', planTitle: 'Evening series, part 1', date: '2030-05-14', facilitatorName: 'Ana Müller', language: 'en', phase: 'ended' },
    pair: { name: pairName, members: { mother: 'Zoë', son: 'José' } },
    topics: [
      {
        sectionId: 'topic-1',
        topicNumber: 1,
        title: 'Feelings at home',
        summary: 'What we do when a day went wrong.',
        keyIdeas: ['A feeling is not a problem to fix.'],
        answers: [{ segmentId: 't1.reveal', title: 'A moment', question: { mother: 'Yours?', son: 'Yours?' }, revealed: true, mother: 'The walk by the río', son: 'Football' }],
        commitments: [{ segmentId: 't1.commitment', prompt: 'This week we will…', text: 'Cook together on Sunday' }],
        polls: [],
        takeHome: ['One question at dinner.'],
      },
    ],
    closing: resolveHandout({ language: 'en', ageBand: 'teen' }),
    retention: { days: 14, deleteAt: null, deleted: true },
    sharing: { sharedWithFacilitator: false, privateTextWithheld: false },
  };
}

const options: PdfOptions = { title: 'Evening: The Hassans', bundle: false, createdAt: new Date('2030-05-14T18:00:00Z') };

describe('PdfRenderPool', () => {
  const pool = new PdfRenderPool({ pdfWorkers: 2, pdfRendersPerRequester: 2 });
  afterAll(() => pool.onApplicationShutdown());

  it('renders in a worker exactly the bytes the in-process renderer makes', async () => {
    const handouts = [{ model: model('The Hassans'), qrUrl: 'https://kindred.example/handout/p1#t=abc' }];
    const [inProcess, pooled] = await Promise.all([renderHandoutsPdf(handouts, options), pool.render('pair:p1', handouts, options)]);
    expect(pooled.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(Buffer.isBuffer(pooled)).toBe(true);
    expect(pooled.equals(inProcess)).toBe(true);
  });

  it('refuses a requester over its limit with handout/busy, others still get theirs, and forgets it when done', async () => {
    const handouts = [{ model: model('The Okafors'), qrUrl: null }];
    const mine = [1, 2, 3].map(() => pool.render('pair:p2', handouts, options).then(() => 'ok' as const, (error: ApiError) => error));
    const someoneElse = pool.render('facilitator:f1', handouts, options);
    const results = await Promise.all(mine);
    expect(results.filter((r) => r === 'ok')).toHaveLength(2);
    const refused = results.find((r) => r !== 'ok') as ApiError;
    expect(refused.code).toBe('handout/busy');
    expect(refused.getStatus()).toBe(429);
    await expect(someoneElse).resolves.toBeInstanceOf(Buffer);
    expect(pool.requesters).toBe(0);
    // Once its PDFs are done, the same pair may ask again.
    await expect(pool.render('pair:p2', handouts, options)).resolves.toBeInstanceOf(Buffer);
  });

  // Linux only (per-thread nice values through /proc); elsewhere the workers keep the process's priority.
  const onLinux = fs.existsSync('/proc/thread-self') ? it : it.skip;
  onLinux('renders at the lowest CPU priority, leaving the server thread at its own', async () => {
    await pool.render('pair:p3', [{ model: model('The Lees'), qrUrl: null }], options);
    // Field 19 of /proc/<pid>/task/<tid>/stat is the thread's nice value (after the command in parentheses).
    const niceOf = (tid: string) => Number(fs.readFileSync(`/proc/self/task/${tid}/stat`, 'utf8').split(') ')[1]!.split(' ')[16]);
    const threads = fs.readdirSync('/proc/self/task');
    // Idle workers stay for 30 s, so the one that just rendered is still there.
    expect(threads.some((tid) => niceOf(tid) === 19)).toBe(true);
    expect(niceOf(String(process.pid))).toBe(0);
  });
});
