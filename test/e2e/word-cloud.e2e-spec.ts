import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { io, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, CommandAck, ServerToClientEvents } from '@kindred/session';
import { launchBrowser, LAPTOP, newContext, screenshot } from '../support/browser';
import { freshDatabaseEnv, startServerProcess, type ServerProcess } from '../support/server-process';

/**
 * The word cloud of an open-text poll, in Chromium against the production build: the
 * facilitator drives the console, the projector runs at 1280×720, and pairs vote from
 * socket clients (the phone's vote form has its own tests). With fewer than k = 3
 * answers the projector shows no cloud; with more it shows one, the room's words sized
 * by use, with the same words as a list for screen readers.
 */

const PROJECTOR = { viewport: { width: 1280, height: 720 } } as const;
// The evening's check-in: one word (or a few, up to 30 characters) for how each arrives.
const POLL = 'opening.check-in';

type PairSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

describe('word cloud in the browser', () => {
  let browser: Browser;
  let server: ServerProcess;
  let db: Awaited<ReturnType<typeof freshDatabaseEnv>>;
  let console_: Page;
  const sockets: PairSocket[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    db = await freshDatabaseEnv();
    server = await startServerProcess(db.env);
    browser = await launchBrowser();
    console_ = await (await newContext(browser, LAPTOP, server.url)).newPage();
    console_.on('pageerror', (error) => pageErrors.push(error.message));
    await console_.goto('/facilitate');
    await console_.getByTestId('mode-signup').click();
    await console_.getByTestId('auth-name').fill('Grace Facilitator');
    await console_.getByTestId('auth-email').fill(`grace-${Date.now()}@example.org`);
    await console_.getByTestId('auth-password').fill('a long enough password for grace');
    await console_.getByTestId('auth-submit').click();
    await console_.getByTestId('new-session').first().waitFor();
  });
  afterAll(async () => {
    for (const socket of sockets) socket.disconnect();
    await browser?.close();
    await server?.stop();
    await db?.drop();
  });

  /** Creates a session of the plan holding the open-text poll, from the signed-in console page. */
  async function newSession(title: string): Promise<{ id: string; code: string; projectorUrl: string }> {
    return console_.evaluate(async (sessionTitle) => {
      const post = async (url: string, body: unknown) => {
        const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
        if (!res.ok) throw new Error(`${url}: ${res.status} ${await res.text()}`);
        return res.json() as Promise<Record<string, string>>;
      };
      const session = await post('/api/sessions', { title: sessionTitle, planId: 'evening-3', language: 'en', ageBand: 'teen' });
      const link = await post(`/api/sessions/${session['id']}/projector-link`, {});
      return { id: session['id']!, code: session['code']!, projectorUrl: `/screen/${session['id']}#t=${link['projectorToken']}` };
    }, title);
  }

  async function joinPair(code: string, pairName: string): Promise<PairSocket> {
    const res = await fetch(`${server.url}/api/join`, { method: 'POST', headers: { 'content-type': 'application/json', origin: server.url }, body: JSON.stringify({ code, pairName, members: {} }) });
    expect(res.status).toBe(201);
    const { pairToken } = (await res.json()) as { pairToken: string };
    const socket: PairSocket = io(server.url, { auth: { role: 'pair', pairToken, member: null }, transports: ['websocket'] });
    sockets.push(socket);
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', () => resolve());
      socket.once('connect_error', reject);
    });
    return socket;
  }

  async function vote(socket: PairSocket, role: 'mother' | 'son', text: string): Promise<void> {
    const ack: CommandAck = await socket.timeout(5000).emitWithAck('command', { type: 'vote.cast', pollId: POLL, role, choice: { type: 'openText', text } });
    expect(ack).toMatchObject({ ok: true });
  }

  async function openConsoleAt(sessionId: string, inLobby: () => Promise<void> = () => Promise.resolve()): Promise<void> {
    await console_.goto(`/facilitate/sessions/${sessionId}`);
    await console_.getByTestId('start-session').waitFor();
    await inLobby();
    await console_.getByTestId('start-session').click();
    await console_.getByTestId(`rail-${POLL}`).click();
    await console_.getByTestId('poll-open').click();
    await console_.getByTestId('poll-status').filter({ hasText: 'Open' }).waitFor();
  }

  async function projectorFor(url: string): Promise<Page> {
    const page = await (await newContext(browser, PROJECTOR as unknown as typeof LAPTOP, server.url)).newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(url);
    return page;
  }

  async function axe(page: Page): Promise<string[]> {
    const result = await new AxeBuilder({ page }).analyze();
    return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`);
  }

  it('shows no cloud with fewer than 3 answers, even once revealed', async () => {
    const session = await newSession('Small room, Tuesday');
    const projector = await projectorFor(session.projectorUrl);
    const pair = await joinPair(session.code, 'The Night Owls');
    await openConsoleAt(session.id, async () => {
      // The lobby warns before the first poll that one pair can't make a group of 3.
      await console_.getByTestId('small-room').filter({ hasText: 'With 1 pair, some poll results stay hidden: a result shows once at least 3 have answered.' }).waitFor();
      await screenshot(console_, 'word-cloud-0-console-lobby-small-room');
    });
    await vote(pair, 'mother', 'Patience and laughter');
    await vote(pair, 'son', 'Laughter');
    await console_.getByTestId('poll-reveal').click();
    await projector.getByTestId('results-not-enough').waitFor();
    expect(await projector.getByTestId('word-cloud').count()).toBe(0);
    expect(await projector.locator('main').innerText()).not.toMatch(/laughter/i);
    await screenshot(projector, 'word-cloud-1-projector-two-answers');
  });

  it('shows the room its words as a cloud once at least 3 answered, on the projector and in the console', async () => {
    const session = await newSession('Spring evening at the library');
    const projector = await projectorFor(session.projectorUrl);
    const pairs = [await joinPair(session.code, 'The Night Owls'), await joinPair(session.code, 'Team Pancake'), await joinPair(session.code, 'Blue Kites')];
    await openConsoleAt(session.id, async () => {
      await console_.getByTestId('pair-count').filter({ hasText: '3' }).waitFor();
      expect(await console_.getByTestId('small-room').count()).toBe(0);
    });
    const answers: [number, 'mother' | 'son', string][] = [
      [0, 'mother', 'Patience and listening'],
      [0, 'son', 'Cooking dinner'],
      [1, 'mother', 'Listening first'],
      [1, 'son', 'Patience! Mom listens too'],
      [2, 'mother', 'Really listening'],
      [2, 'son', 'Cooking'],
    ];
    // Two answers in: the poll is still open, the projector counts votes and shows no words.
    for (const [i, role, text] of answers.slice(0, 2)) await vote(pairs[i]!, role, text);
    await projector.getByTestId('screen-poll-open').filter({ hasText: '2 votes' }).waitFor();
    expect(await projector.getByTestId('word-cloud').count()).toBe(0);
    for (const [i, role, text] of answers.slice(2)) await vote(pairs[i]!, role, text);
    await console_.getByTestId('poll-count').filter({ hasText: '6 votes' }).waitFor();

    await console_.getByTestId('poll-close').click();
    const consoleCloud = console_.getByTestId('word-cloud');
    await consoleCloud.waitFor();
    expect(await projector.getByTestId('word-cloud').count()).toBe(0); // closed is not shown yet
    await screenshot(console_, 'word-cloud-2-console-closed');

    await console_.getByTestId('poll-reveal').click();
    await projector.getByTestId('word-cloud').waitFor();
    const words = await projector.getByTestId('cloud-word').allInnerTexts();
    expect(words).toEqual(expect.arrayContaining(['listening', 'patience', 'cooking']));
    // Stop words ("and", "to", "the") stay out; "listens" folds into "listening" only if it were its plural: it isn't.
    expect(words).not.toEqual(expect.arrayContaining(['and']));
    const list = await projector.getByTestId('word-list').locator('li').allInnerTexts();
    expect(list.slice(0, 3)).toEqual(['listening: 3 answers', 'cooking: 2 answers', 'patience: 2 answers']);
    // The most used word is drawn biggest.
    const size = (word: string) => projector.getByTestId('cloud-word').filter({ hasText: new RegExp(`^${word}$`) }).evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(await size('listening')).toBeGreaterThan(await size('dinner'));
    // Everything fits the 1280×720 screen: no scrolling on the projector.
    expect(await projector.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight + 1)).toBe(true);
    await screenshot(projector, 'word-cloud-3-projector-revealed');
    await screenshot(console_, 'word-cloud-4-console-revealed');
    expect(await axe(projector)).toEqual([]);
    expect(await axe(console_)).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
