import type { Browser, Page } from 'playwright-core';
import { createSession, Facilitator, type BenchSession } from '../load/lib/kindred';
import { launchBrowser, LAPTOP, newContext, PHONE, screenshot, see } from '../support/browser';
import { freshDatabaseEnv, startServerProcess, type ServerProcess } from '../support/server-process';

/**
 * Each pair its own words, in Chromium against the production build: one pair picks
 * "Gran" and an adult son, another keeps "Mom" (and the session's teen band). Both
 * phones then show the same step in their own words, while the projector uses the
 * neutral "grown-up" and never either pair's word. The facilitator (a socket client)
 * sees only the age mix.
 */

const REVEAL = 'boundaries.reveal';
const TALK = 'boundaries.talk';

describe('each pair its own words', () => {
  let browser: Browser;
  let server: ServerProcess;
  let db: Awaited<ReturnType<typeof freshDatabaseEnv>>;
  let session: BenchSession;
  let facilitator: Facilitator;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    db = await freshDatabaseEnv();
    server = await startServerProcess(db.env);
    browser = await launchBrowser();
    session = await createSession(server.url, 'full-workshop');
    facilitator = await Facilitator.connect(server.url, session);
  });
  afterAll(async () => {
    facilitator?.close();
    await browser?.close();
    await server?.stop();
    await db?.drop();
  });

  async function phoneJoins(pairName: string): Promise<Page> {
    const page = await (await newContext(browser, PHONE, server.url)).newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(`/join/${session.code}`);
    await page.getByTestId('pair-name-input').fill(pairName);
    await page.getByTestId('join-submit').click();
    await page.getByTestId('pair-words').waitFor();
    return page;
  }

  it('lets one pair choose Gran and an adult son while another keeps Mom, and speaks to each in its words', async () => {
    const gran = await phoneJoins('Gran and Tom');
    const owls = await phoneJoins('The Owls');
    await screenshot(gran, 'pair-words-0-phone-first-screen');

    await gran.getByTestId('carer-gran').check();
    await gran.getByTestId('age-adult').check();
    await gran.getByTestId('pair-words-save').click();
    await gran.getByTestId('pair-words').waitFor({ state: 'detached' });
    await gran.getByTestId('waiting-room').waitFor();
    await owls.getByTestId('pair-words-later').click();
    await owls.getByTestId('pair-words').waitFor({ state: 'detached' });

    // The console sees how old the sons are, not what they call their grown-ups.
    await facilitator.until((f) => f.view?.ageBands?.adult === 1 && f.view.ageBands.unset === 1, 10_000, 'the age mix');
    expect(JSON.stringify(facilitator.view)).not.toContain('gran');

    const projector = await (await newContext(browser, LAPTOP, server.url)).newPage();
    projector.on('pageerror', (error) => pageErrors.push(error.message));
    await projector.goto(`/screen/${session.id}#t=${session.projectorToken}`);

    await facilitator.must({ type: 'session.start' });
    await facilitator.must({ type: 'segment.goto', segmentId: REVEAL });
    await see(gran.getByTestId('step-private'), 'Gran: what would you do?');
    await see(gran.getByTestId('private-turn-mother'), 'Gran’s turn');
    await see(owls.getByTestId('step-private'), 'Mom: what would you do?');
    // The son's turn on each phone: his question names his own grown-up, in his own age band.
    for (const phone of [gran, owls]) {
      await phone.getByTestId('private-turn-son').click();
      await phone.getByTestId('private-ready').click();
    }
    await see(gran.locator('main'), 'What do you want Gran to do?');
    await see(gran.locator('main'), 'quitting your job');
    await see(owls.locator('main'), 'What do you want Mom to do?');
    await see(owls.locator('main'), 'school project');
    await see(projector.locator('main'), 'Guide or step back?');
    const onProjector = await projector.locator('main').innerText();
    expect(onProjector).not.toMatch(/\bGran\b|\bMom\b|\{carer\}/);
    await screenshot(gran, 'pair-words-1-phone-gran-adult');
    await screenshot(owls, 'pair-words-2-phone-mom-teen');
    await screenshot(projector, 'pair-words-3-projector');

    // A pair talk: the adult pair gets the bonus prompt as part of the talk, the teen pair as a finished-early extra.
    await facilitator.must({ type: 'segment.goto', segmentId: TALK });
    await see(gran.getByTestId('talk-bonus'), 'There is time for this one too:');
    await see(owls.getByTestId('talk-bonus'), 'Finished early?');

    // Changing the words later, on the phone: the Owls now say Auntie and a 14-year-old.
    await owls.getByTestId('pair-words-open').click();
    await owls.getByTestId('carer-own').check();
    await owls.getByTestId('carer-own-name').fill('Auntie Jo');
    await owls.getByTestId('age-14-17').check();
    await owls.getByTestId('pair-words-save').click();
    await facilitator.must({ type: 'segment.goto', segmentId: REVEAL });
    await see(owls.getByTestId('step-private'), 'Auntie Jo: what would you do?');
    await owls.getByTestId('private-turn-son').click();
    await owls.getByTestId('private-ready').click();
    await see(owls.locator('main'), 'What do you want Auntie Jo to do?');
    await screenshot(owls, 'pair-words-4-phone-changed-later');
    expect(pageErrors).toEqual([]);
  });
});
