import type { Browser, Page } from 'playwright-core';
import { resolveAgenda, TASTER, type Agenda, type AgendaSegment } from '@kindred/content';
import type { PollResults } from '@kindred/session';
import { Facilitator, type BenchSession } from '../load/lib/kindred';
import { launchBrowser, LAPTOP, screenshot, see } from '../support/browser';
import { cutOffText, SMALL_PHONE } from '../support/layout';
import { freshDatabaseEnv, startServerProcess, type ServerProcess } from '../support/server-process';

/**
 * A taster in two languages, in Chromium against the production build (issue 15): an English
 * session; one pair joins on a Spanish phone (the browser's language picks Español on the join
 * page), two on English phones. The Spanish phone shows every step in Spanish (its own agenda
 * and strings) while the English ones stay English; polls count every pair's vote, whatever its
 * language; the facilitator puts the projector on "both" and it shows the two side by side.
 * On the 360×640 Spanish phone no text is cut off, on every kind of step (measured widths).
 * Screenshots: test-output/screenshots/spanish-*.
 */

jest.setTimeout(600_000);

const SPANISH_PAIR = 'Los Búhos de la Colina';
const ENGLISH_PAIRS = ['Team Pancake', 'Blue Kites'];

describe('a taster with one Spanish pair and two English pairs', () => {
  let browser: Browser;
  let server: ServerProcess;
  let db: Awaited<ReturnType<typeof freshDatabaseEnv>>;
  let session: BenchSession;
  let facilitator: Facilitator;
  const pageErrors: string[] = [];
  /** Cut-off text on the Spanish phone, per step. */
  const overflow: string[] = [];

  const spanish = resolveAgenda(TASTER, { language: 'es', ageBand: 'teen' });
  const english = resolveAgenda(TASTER, { language: 'en', ageBand: 'teen' });
  const segmentsOf = (agenda: Agenda) => agenda.sections.flatMap((section) => section.segments);

  beforeAll(async () => {
    db = await freshDatabaseEnv();
    server = await startServerProcess(db.env);
    browser = await launchBrowser();
    session = await createEnglishSession(server.url);
    facilitator = await Facilitator.connect(server.url, session);
  });
  afterAll(async () => {
    facilitator?.close();
    await browser?.close();
    await server?.stop();
    await db?.drop();
  });

  async function phone(locale: string): Promise<Page> {
    const context = await browser.newContext({ ...SMALL_PHONE, baseURL: server.url, locale });
    const page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(`${locale}: ${error.message}`));
    return page;
  }

  async function join(page: Page, name: string): Promise<void> {
    await page.goto(`/join/${session.code}`);
    await page.getByTestId('pair-name-input').fill(name);
    await page.getByTestId('join-submit').click();
    await page.getByTestId('pair-words').waitFor();
  }

  async function laterForWords(page: Page): Promise<void> {
    await page.getByTestId('pair-words-later').click();
    await page.getByTestId('pair-words').waitFor({ state: 'detached' });
  }

  /** Votes on a phone until its form is gone (a shared phone votes once per member in a poll by role). */
  async function voteAll(page: Page, word: string): Promise<void> {
    for (let turn = 0; turn < 2; turn++) {
      const form = page.locator('form.vote-form');
      if (!(await form.waitFor({ timeout: 5_000 }).then(() => true, () => false))) return;
      const voter = await form.locator('.voter').innerText().catch(() => '');
      const field = form.locator('[data-testid="vote-text"], [data-testid="vote-scale"], [data-testid="vote-option"]').first();
      await field.waitFor({ state: 'attached', timeout: 10_000 }).catch(async (error: unknown) => {
        await screenshot(page, 'spanish-failed-vote');
        throw new Error(`no vote field in ${await form.first().innerHTML().catch(() => '(gone)')}: ${String(error)}`);
      });
      // Choice inputs sit under their styled labels (opacity 0): check them directly.
      if ((await field.getAttribute('data-testid')) === 'vote-text') await field.fill(word);
      else await field.check({ force: true });
      await page.getByTestId('vote-submit').click();
      // One vote for the phone: the form goes. A shared phone in a poll by member: the next member's turn.
      if (!voter) {
        await form.waitFor({ state: 'detached' });
        return;
      }
      await page.waitForFunction((before) => !document.querySelector('form.vote-form') || (document.querySelector('form.vote-form .voter')?.textContent ?? before) !== before, voter);
    }
  }

  it('runs the whole taster: each phone in its language, polls counted across languages, the projector side by side', async () => {
    // ---- joining: the Spanish browser gets the join page in Spanish, Español chosen
    const spanishPhone = await phone('es-MX');
    await spanishPhone.goto(`/join/${session.code}`);
    await see(spanishPhone.getByTestId('join-session-title'), 'Spring evening');
    expect(await spanishPhone.getByTestId('language-es').getAttribute('aria-pressed')).toBe('true');
    expect(await spanishPhone.evaluate(() => document.documentElement.lang)).toBe('es');
    // The page's own words are Spanish too (the web's strings, not only the curriculum's).
    expect(await spanishPhone.getByTestId('join-submit').innerText()).not.toBe('Join');
    await screenshot(spanishPhone, 'spanish-01-phone-join');
    await spanishPhone.getByTestId('pair-name-input').fill(SPANISH_PAIR);
    await spanishPhone.getByTestId('join-submit').click();
    await spanishPhone.getByTestId('pair-words').waitFor();
    // The words card speaks Spanish (the agenda came in the phone's language) and offers the switch.
    await see(spanishPhone.getByTestId('pair-words'), spanish.forPairs!.screen.title);
    expect(await spanishPhone.getByTestId('language-es').getAttribute('aria-pressed')).toBe('true');
    expect(await cutOffText(spanishPhone)).toEqual([]);
    await screenshot(spanishPhone, 'spanish-02-phone-words-and-language');
    await laterForWords(spanishPhone);

    const englishPhones: Page[] = [];
    for (const name of ENGLISH_PAIRS) {
      const page = await phone('en-US');
      await join(page, name);
      await see(page.getByTestId('pair-words'), english.forPairs!.screen.title);
      await laterForWords(page);
      englishPhones.push(page);
    }
    await facilitator.until((f) => f.view?.languages?.es === 1 && f.view.languages.en === 2, 15_000, 'the language mix');

    // ---- the console: English (the session's language), the mix, and the projector on "both"
    const consoleContext = await browser.newContext({ ...LAPTOP, baseURL: server.url });
    const [cookieName, cookieValue] = session.cookie.split('=') as [string, string];
    await consoleContext.addCookies([{ name: cookieName, value: cookieValue, url: server.url }]);
    const consolePage = await consoleContext.newPage();
    consolePage.on('pageerror', (error) => pageErrors.push(`console: ${error.message}`));
    await consolePage.goto(`/facilitate/sessions/${session.id}`);
    await see(consolePage.getByTestId('language-mix'), 'English: 2 · Español: 1');
    await consolePage.getByTestId('projector-languages-both').click();
    await facilitator.until((f) => f.publicView?.projectorLanguages.join() === 'en,es', 10_000, 'projector languages');

    const projector = await (await browser.newContext({ viewport: { width: 1920, height: 1080 }, baseURL: server.url })).newPage();
    projector.on('pageerror', (error) => pageErrors.push(`projector: ${error.message}`));
    await projector.goto(`/screen/${session.id}#t=${session.projectorToken}`);
    // The lobby in both languages: the session's title (typed by the facilitator) under each language's welcome.
    await see(projector.locator('.lobby [lang="en"]'), 'Welcome');
    await projector.waitForFunction(() => !/welcome/i.test(document.querySelector('.lobby [lang="es"] .eyebrow-dark')?.textContent ?? 'welcome'));
    await screenshot(projector, 'spanish-03-projector-lobby');

    // ---- the evening, step by step
    await facilitator.must({ type: 'session.start' });
    const shotKinds = new Set<AgendaSegment['kind']>();
    const englishSegments = segmentsOf(english);
    for (const [index, segment] of segmentsOf(spanish).entries()) {
      const inEnglish = englishSegments[index]!;
      if (index > 0) await facilitator.must({ type: 'segment.goto', segmentId: segment.id });
      await see(spanishPhone.getByTestId('segment-title'), segment.title);
      for (const page of englishPhones) await see(page.getByTestId('segment-title'), inEnglish.title);
      await spanishPhone.locator('.step').first().waitFor();
      // Both languages on the projector, side by side.
      await see(projector.getByTestId('screen-column-es'), segment.title);
      await see(projector.getByTestId('screen-column-en'), inEnglish.title);

      if (segment.kind === 'poll') {
        await facilitator.must({ type: 'poll.open', pollId: segment.id });
        await voteAll(spanishPhone, 'cansado');
        for (const page of englishPhones) await voteAll(page, 'tired');
        // One vote per pair: 3; each member of the three pairs: 6.
        const expected = segment.voter === 'pair' ? 3 : 6;
        await facilitator.until((f) => f.publicView?.step.kind === 'poll' && f.publicView.step.ballotCount >= expected, 15_000, `ballots for ${segment.id}`);
        await facilitator.must({ type: 'poll.close', pollId: segment.id });
        await facilitator.must({ type: 'poll.reveal', pollId: segment.id });
        await facilitator.until((f) => f.publicView?.step.kind === 'poll' && f.publicView.step.results !== null, 10_000, 'results');
        const step = facilitator.publicView!.step as { ballotCount: number; results: PollResults };
        // Every pair's ballots are in one count, the Spanish pair's included.
        expect(step.ballotCount).toBe(expected);
        expect(shownBallots(step.results)).toBe(step.ballotCount);
        await spanishPhone.getByTestId('poll-results').waitFor();
        await projector.getByTestId('poll-results').first().waitFor();
      }

      overflow.push(...(await cutOffText(spanishPhone)).map((finding) => `${segment.id}: ${finding}`));
      if (!shotKinds.has(segment.kind)) {
        shotKinds.add(segment.kind);
        await screenshot(spanishPhone, `spanish-1${shotKinds.size}-phone-${segment.kind}`);
        await screenshot(projector, `spanish-2${shotKinds.size}-projector-${segment.kind}`);
      }
    }
    expect([...shotKinds].sort()).toEqual(['break', 'commitment', 'intro', 'pairTalk', 'poll', 'privateReveal']);
    expect(overflow).toEqual([]);

    // The Spanish phone spoke Spanish throughout (its strings, not just its agenda).
    expect(await spanishPhone.evaluate(() => document.documentElement.lang)).toBe('es');
    for (const page of englishPhones) expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await see(consolePage.locator('h1').first(), 'Spring evening');
    expect(await consolePage.evaluate(() => document.documentElement.lang)).toBe('en');

    // Back to one language on the projector.
    await consolePage.getByTestId('projector-languages-session').click();
    await projector.getByTestId('screen-side-by-side').waitFor({ state: 'detached' });

    await facilitator.must({ type: 'session.end' });
    await spanishPhone.getByTestId('pair-ended').waitFor();
    expect(await spanishPhone.getByTestId('pair-ended').innerText()).not.toContain('Thank you for taking part');
    await see(englishPhones[0]!.getByTestId('pair-ended'), 'Thank you for taking part');
    await screenshot(spanishPhone, 'spanish-30-phone-ended');
    expect(pageErrors).toEqual([]);
  });
});

/** Ballots in the shown groups of a poll's results (every group of this room is at least k). */
function shownBallots(results: PollResults): number {
  const groups = results.audience === 'everyone' ? [results.everyone] : results.combined ? [results.combined] : [results.mother, results.son];
  return groups.reduce((sum, group) => sum + (group.status === 'shown' ? group.tally.ballotCount : 0), 0);
}

/** A facilitator and an English session of the taster, small groups allowed (three pairs). */
async function createEnglishSession(baseUrl: string): Promise<BenchSession> {
  const signup = await fetch(`${baseUrl}/api/auth/signup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: `es-${Date.now()}@example.org`, password: 'a long test password', displayName: 'Facilitadora' }),
  });
  const cookie = signup.headers.get('set-cookie')?.split(';')[0];
  if (signup.status !== 201 || !cookie) throw new Error(`signup failed (${signup.status})`);
  const created = await fetch(`${baseUrl}/api/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ title: 'Spring evening', planId: 'taster', language: 'en', ageBand: 'teen', minGroupSize: 2 }),
  });
  if (created.status !== 201) throw new Error(`create session failed (${created.status}): ${await created.text()}`);
  return { ...((await created.json()) as { id: string; code: string; projectorToken: string }), cookie };
}
