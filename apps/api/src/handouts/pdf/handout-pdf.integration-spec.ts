import { resolveHandout } from '@kindred/content';
import { PDFParse } from 'pdf-parse';
import type { HandoutModel, HandoutTopic } from '../handout-model';
import { renderHandoutsPdf } from './handout-pdf';

/*
 * Renders PDFs and reads their text back. In the integration tier only because
 * pdf-parse (pdf.js) loads its worker by dynamic import, which Jest allows only
 * with --experimental-vm-modules; no database is involved.
 */

function topic(n: number): HandoutTopic {
  return {
    sectionId: `topic-${n}`,
    topicNumber: n,
    title: `Topic title number ${n}`,
    summary: `Summary line of topic ${n}.`,
    keyIdeas: [`Key idea ${n}a: a feeling is not a problem to fix, it tells you something worth hearing.`, `Key idea ${n}b.`],
    answers: [
      { segmentId: `t${n}.reveal`, title: 'A moment I still smile about', question: { mother: 'Your moment?', son: 'Your moment?' }, revealed: true, mother: `Mother answer ${n} in the café`, son: null },
    ],
    commitments: [{ segmentId: `t${n}.commitment`, prompt: 'This week we will…', text: `Commitment ${n}: a walk by the río` }],
    polls: [
      {
        pollId: `t${n}.poll`,
        question: `Poll question ${n}?`,
        type: 'single',
        audience: 'byRole',
        groups: [
          { group: 'mother', status: 'shown', ballotCount: 4, bars: [{ label: 'Often', count: 3 }, { label: 'Rarely', count: 1 }], mean: null, answers: [], words: [] },
          { group: 'son', status: 'not-enough-answers', needed: 3 },
        ],
      },
    ],
    takeHome: [`Try at home ${n}: one question at dinner.`],
  };
}

function model(pairName: string, topics = 4): HandoutModel {
  return {
    pairId: 'p1',
    sessionId: 's1',
    workshop: { title: 'Evening at Peñalara School', planTitle: 'Evening series, part 1', date: '2030-05-14', facilitatorName: 'Ana Müller', language: 'en', phase: 'ended' },
    pair: { name: pairName, members: { mother: 'Zoë', son: 'José' } },
    topics: Array.from({ length: topics }, (_, i) => topic(i + 1)),
    closing: resolveHandout({ language: 'en', ageBand: 'teen' }),
    retention: { days: 14, deleteAt: null, deleted: true },
    sharing: { sharedWithFacilitator: false, privateTextWithheld: false },
  };
}

async function pages(pdf: Buffer): Promise<string[]> {
  const parser = new PDFParse({ data: new Uint8Array(pdf) });
  try {
    return (await parser.getText()).pages.map((page) => page.text.replace(/\s+/g, ' '));
  } finally {
    await parser.destroy();
  }
}

describe('renderHandoutsPdf', () => {
  it('writes real text with accents, numbered pages and the retention notice', async () => {
    const pdf = await renderHandoutsPdf([{ model: model('The Night Owls'), qrUrl: 'http://localhost/handout/p1#t=abc' }], { title: 'Handout', bundle: false });
    const text = await pages(pdf);
    const all = text.join(' ');
    for (const expected of ['Evening at Peñalara School', 'Zoë & José', 'with Ana Müller', 'Mother answer 1 in the café', 'Commitment 4: a walk by the río', 'Mothers · 4 answers', '3 · 75%']) {
      expect(all).toContain(expected);
    }
    expect(all).toContain('Your private answers were deleted after 14 days, as the facilitator chose.');
    expect(all).toContain('No answer this time');
    text.forEach((page, i) => expect(page).toContain(`Page ${i + 1} of ${text.length}`));
  });

  it('never leaves a topic heading at the foot of a page without its content', async () => {
    const text = await pages(await renderHandoutsPdf([{ model: model('Long Pair', 9), qrUrl: null }], { title: 'Handout', bundle: false }));
    expect(text.length).toBeGreaterThan(4);
    for (let n = 1; n <= 9; n++) {
      const page = text.find((p) => p.includes(`Topic title number ${n}`));
      expect(page).toContain(`Summary line of topic ${n}.`);
      expect(page).toContain(`Key idea ${n}a`);
    }
  });

  it('starts each handout of a bundle on a new page, numbering its own pages', async () => {
    const pdf = await renderHandoutsPdf(
      [
        { model: model('First Pair', 1), qrUrl: null },
        { model: model('Second Pair', 1), qrUrl: null },
      ],
      { title: 'Bundle', bundle: true },
    );
    const text = await pages(pdf);
    const starts = text.flatMap((page, i) => (page.trimStart().startsWith('KINDRED · HANDOUT') ? [i] : []));
    expect(starts).toHaveLength(2);
    expect(text[starts[0]!]).toContain('First Pair');
    expect(text[starts[1]!]).toContain('Second Pair');
    expect(text[starts[1]!]).toContain('Page 1 of');
    expect(text[starts[1]! - 1]).toContain('First Pair');
  });
});
