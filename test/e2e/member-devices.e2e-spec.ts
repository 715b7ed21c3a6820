import fs from 'node:fs';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Locator, Page } from 'playwright-core';
import type { ClientToServerEvents, CommandAck, ServerToClientEvents } from '@kindred/session';
import { io, type Socket } from 'socket.io-client';
import { launchBrowser, PHONE, SCREENSHOT_DIR } from '../support/browser';
import { freshDatabaseEnv, startServerProcess, type ServerProcess } from '../support/server-process';

type DeviceSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** The smallest phone screen the pair view must fit, dialogs included. */
const SMALL_PHONE = { ...PHONE, viewport: { width: 360, height: 640 } } as const;
const REVEAL = 'shared-moments.reveal';
const ANA = 'Ana keeps the ticket from the ferry ride in her wallet';
const LEO = 'Leo still laughs about the seagull that stole the chips';

/**
 * One pair on two phones in Chromium against the production build: the first phone
 * adds the son's phone with the dialog's short code typed at /join, then each phone
 * shows only its own member's question, neither can reveal alone, and the reveal comes
 * when both confirmed. The facilitator drives the session over a socket. Screenshots
 * at 360×640 are kept in test-output/screenshots/member-devices-*.
 */
describe('a pair on two phones in the browser', () => {
  let browser: Browser;
  let server: ServerProcess;
  let db: Awaited<ReturnType<typeof freshDatabaseEnv>>;
  let facilitator: DeviceSocket;
  const sockets: DeviceSocket[] = [];
  const errors: string[] = [];
  const axeFindings: string[] = [];
  /** Socket frames each phone received: the other member's unrevealed words must never be among them. */
  const frames = new Map<Page, string[]>();
  let shot = 0;

  async function post<T>(url: string, body: unknown, cookie?: string): Promise<{ body: T; cookie: string }> {
    const res = await fetch(server.url + url, { method: 'POST', headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) }, body: JSON.stringify(body) });
    if (!res.ok) throw new Error(`${url}: ${res.status} ${await res.text()}`);
    return { body: (await res.json()) as T, cookie: res.headers.get('set-cookie')?.split(';')[0] ?? '' };
  }

  async function send(socket: DeviceSocket, command: Record<string, unknown>): Promise<void> {
    const ack: CommandAck = await socket.timeout(5000).emitWithAck('command', command as never);
    if (!ack.ok) throw new Error(`${String(command.type)}: ${ack.code}`);
  }

  async function phone(label: string): Promise<Page> {
    const page = await (await browser.newContext({ ...SMALL_PHONE, baseURL: server.url })).newPage();
    page.on('pageerror', (error) => errors.push(`${label}: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`${label}: ${message.text()}`);
    });
    const received: string[] = [];
    frames.set(page, received);
    page.on('websocket', (ws) => ws.on('framereceived', ({ payload }) => received.push(typeof payload === 'string' ? payload : payload.toString('utf8'))));
    return page;
  }

  /** A 360×640 screenshot of what the phone shows (not the full page: what fits is the point), then axe. */
  async function capture(page: Page, what: string): Promise<void> {
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, `member-devices-${String(++shot).padStart(2, '0')}-${what}.png`) });
    const result = await new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).analyze();
    for (const v of result.violations) if (v.impact === 'serious' || v.impact === 'critical') axeFindings.push(`${what}: ${v.id} on ${v.nodes[0]?.target.join(' ')}`);
  }

  async function see(locator: Locator, expected: string, timeout = 15_000): Promise<void> {
    const deadline = Date.now() + timeout;
    let last = '(not found)';
    for (;;) {
      last = await locator.innerText({ timeout: 1_000 }).catch(() => last);
      if (last.toLowerCase().includes(expected.toLowerCase())) return;
      if (Date.now() > deadline) throw new Error(`Expected ${String(locator)} to show ${JSON.stringify(expected)}; it showed ${JSON.stringify(last)}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  /** Fully inside a 360×640 screen without scrolling. */
  async function expectOnScreen(locator: Locator): Promise<void> {
    const box = await locator.boundingBox();
    expect(box).not.toBeNull();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y + box!.height).toBeLessThanOrEqual(640);
    expect(box!.x + box!.width).toBeLessThanOrEqual(360);
  }

  beforeAll(async () => {
    fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
    for (const file of fs.readdirSync(SCREENSHOT_DIR)) if (file.startsWith('member-devices-')) fs.rmSync(path.join(SCREENSHOT_DIR, file));
    db = await freshDatabaseEnv();
    server = await startServerProcess(db.env, 3203);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    for (const socket of sockets) socket.close();
    await browser?.close();
    await server?.stop();
    await db?.drop();
  });

  it('adds the son’s phone with a typed code; each phone asks only its own question; the reveal needs both', async () => {
    const { cookie } = await post('/api/auth/signup', { email: `noor-${Date.now()}@example.org`, password: 'a long enough password', displayName: 'Noor' });
    const session = (await post<{ id: string; code: string }>('/api/sessions', { title: 'Two phones evening', planId: 'taster', language: 'en', ageBand: 'teen' }, cookie)).body;
    facilitator = io(server.url, { auth: { role: 'facilitator', sessionId: session.id }, transports: ['websocket'], extraHeaders: { cookie } });
    sockets.push(facilitator);
    await new Promise<void>((resolve, reject) => {
      facilitator.once('connect', () => resolve());
      facilitator.once('connect_error', reject);
    });

    // Ana's phone joins the usual way.
    const ana = await phone('ana');
    await ana.goto(`/join/${session.code}`);
    await ana.getByTestId('pair-name-input').fill('The Ferry Folk');
    await ana.getByTestId('mother-name-input').fill('Ana');
    await ana.getByTestId('son-name-input').fill('Leo');
    await ana.getByTestId('join-submit').click();
    await ana.getByTestId('waiting-room').waitFor();

    // "Add our second device": who takes the new phone, then QR, link and short code.
    await ana.getByTestId('second-device').click();
    const dialog = ana.getByTestId('second-device-dialog');
    await see(dialog, 'Who will use the other phone?');
    await capture(ana, 'dialog-who');
    await expectOnScreen(dialog.getByTestId('device-done'));
    await dialog.getByTestId('device-for-son').click();
    await dialog.getByTestId('device-code').waitFor();
    const shownCode = await dialog.getByTestId('device-code').innerText();
    expect(shownCode).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    const link = await dialog.getByTestId('device-link').inputValue();
    expect(link).toBe(`${server.url}/join#d=${shownCode.replace('-', '')}`);
    await expect(dialog.getByRole('img', { name: 'QR code for Leo’s phone' }).count()).resolves.toBe(1);
    await capture(ana, 'dialog-code');
    await expectOnScreen(dialog.getByTestId('device-done'));

    // Leo types the code at /join on his own phone.
    const leo = await phone('leo');
    await leo.goto('/join');
    await leo.getByTestId('join-code-input').fill(shownCode.toLowerCase());
    await leo.getByTestId('join-code-submit').click();
    await leo.getByTestId('waiting-room').waitFor();
    await see(leo.getByTestId('device-note'), 'This phone is for Leo.');
    // Ana's phone learns it is hers now: the dialog and "Add our second device" are gone.
    await see(ana.getByTestId('device-note'), 'This phone is for Ana.', 20_000);
    for (const page of [ana, leo]) {
      expect(await page.getByTestId('second-device').count()).toBe(0);
      expect(await page.getByTestId('second-device-dialog').count()).toBe(0);
      await page.getByTestId('pair-phones').waitFor();
    }
    await capture(leo, 'leo-waiting-room');

    await send(facilitator, { type: 'session.start' });
    await send(facilitator, { type: 'segment.goto', segmentId: REVEAL });

    // Each phone asks only its own member's question.
    await see(ana.getByTestId('step-private'), 'Question for Ana');
    await see(leo.getByTestId('step-private'), 'Question for Leo');
    await see(ana.getByTestId('step-private'), 'with your son');
    await see(leo.getByTestId('step-private'), 'with Mom');
    expect(await ana.getByTestId('private-turn-son').count()).toBe(0);
    expect(await ana.getByTestId('step-private').innerText()).not.toContain('Question for Leo');
    expect(await leo.getByTestId('step-private').innerText()).not.toContain('Question for Ana');
    await capture(ana, 'ana-question');
    await capture(leo, 'leo-question');

    await ana.getByTestId('answer-text').fill(ANA);
    await ana.getByTestId('answer-submit').click();
    await see(ana.getByTestId('private-waiting'), 'Waiting for Leo to answer');
    await leo.getByTestId('answer-text').fill(LEO);
    await leo.getByTestId('answer-submit').click();
    await see(leo.getByTestId('private-reveal'), 'I’m ready to reveal');
    await see(ana.getByTestId('private-reveal'), 'I’m ready to reveal');

    // Ana alone can't reveal: her tap only says she's ready.
    await ana.getByTestId('private-reveal').click();
    await see(ana.getByTestId('private-confirmed'), 'Waiting for Leo to tap');
    await see(leo.getByTestId('private-other-ready'), 'Ana is ready to reveal.');
    await capture(ana, 'ana-ready-waiting');
    await capture(leo, 'leo-sees-ana-ready');
    expect(await ana.locator('body').innerText()).not.toContain(LEO);
    expect(await leo.locator('body').innerText()).not.toContain(ANA);

    await leo.getByTestId('private-reveal').click();
    for (const page of [ana, leo]) {
      await see(page.getByTestId('step-private'), 'Here are your answers');
      expect(await page.getByTestId('revealed-mother').innerText()).toBe(ANA);
      expect(await page.getByTestId('revealed-son').innerText()).toBe(LEO);
    }
    await capture(ana, 'ana-revealed');

    // Until the reveal, no frame to a phone carried the other member's words.
    const beforeReveal = (page: Page, words: string) => {
      const all = frames.get(page)!;
      const firstRevealed = all.findIndex((frame) => frame.includes('"revealed":true'));
      return all.slice(0, firstRevealed === -1 ? all.length : firstRevealed).some((frame) => frame.includes(words));
    };
    expect(beforeReveal(ana, LEO)).toBe(false);
    expect(beforeReveal(leo, ANA)).toBe(false);
    expect(axeFindings).toEqual([]);
    expect(errors).toEqual([]);
  });
});
