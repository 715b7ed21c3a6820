import fs from 'node:fs';
import type { Browser } from 'playwright-core';
import type { ClientToServerEvents, CommandAck, ServerToClientEvents } from '@kindred/session';
import { io, type Socket } from 'socket.io-client';
import { LAPTOP, launchBrowser, newContext, PHONE, screenshot } from '../support/browser';
import { freshDatabaseEnv, startServerProcess, type ServerProcess } from '../support/server-process';

type DeviceSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/**
 * The handout page in Chromium against the production build: a session run over
 * sockets, then each pair's page on a phone shows its own answers and commitment (and
 * no other pair's), downloads the PDF, prints without its buttons, and a wrong token
 * shows nothing but an explanation.
 */
describe('handout page in the browser', () => {
  let browser: Browser;
  let server: ServerProcess;
  let db: Awaited<ReturnType<typeof freshDatabaseEnv>>;
  const sockets: DeviceSocket[] = [];
  const pairs: { pairId: string; pairToken: string; name: string; moment: string; promise: string }[] = [];
  let facilitatorCookie = '';

  async function post<T>(path: string, body: unknown, cookie?: string): Promise<{ body: T; cookie: string }> {
    const res = await fetch(server.url + path, { method: 'POST', headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) }, body: JSON.stringify(body) });
    if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
    return { body: (await res.json()) as T, cookie: res.headers.get('set-cookie')?.split(';')[0] ?? '' };
  }

  function connect(auth: Record<string, unknown>, cookie?: string): Promise<DeviceSocket> {
    const socket: DeviceSocket = io(server.url, { auth, transports: ['websocket'], extraHeaders: cookie ? { cookie } : undefined });
    sockets.push(socket);
    return new Promise((resolve, reject) => {
      socket.once('connect', () => resolve(socket));
      socket.once('connect_error', reject);
    });
  }

  async function send(socket: DeviceSocket, command: Record<string, unknown>): Promise<void> {
    const ack: CommandAck = await socket.timeout(5000).emitWithAck('command', command as never);
    if (!ack.ok) throw new Error(`${String(command.type)}: ${ack.code}`);
  }

  beforeAll(async () => {
    db = await freshDatabaseEnv();
    server = await startServerProcess(db.env, 3201);
    browser = await launchBrowser();

    const { cookie } = await post('/api/auth/signup', { email: `ana-${Date.now()}@example.org`, password: 'a long enough password', displayName: 'Ana López' });
    const session = (await post<{ id: string; code: string }>('/api/sessions', { title: 'Spring evening at Hillside', planId: 'taster', language: 'en', ageBand: 'teen' }, cookie)).body;
    facilitatorCookie = cookie;
    const facilitator = await connect({ role: 'facilitator', sessionId: session.id }, cookie);
    for (const [i, name] of ['The Okafors', 'Los Peñas', 'Team Müller'].entries()) {
      const joined = (await post<{ pairId: string; pairToken: string }>('/api/join', { code: session.code, pairName: name, members: { mother: `Mum ${i}`, son: `Son ${i}` } })).body;
      pairs.push({ ...joined, name, moment: `Our kitchen disaster number ${i}`, promise: `Pancakes on Sunday, week ${i}` });
    }
    const devices = await Promise.all(pairs.map((pair) => connect({ role: 'pair', pairToken: pair.pairToken, member: null })));
    await send(facilitator, { type: 'session.start' });
    await send(facilitator, { type: 'segment.goto', segmentId: 'shared-moments.reveal' });
    for (const [i, device] of devices.entries()) {
      await send(device, { type: 'answer.submit', segmentId: 'shared-moments.reveal', role: 'mother', answer: { type: 'text', text: pairs[i]!.moment } });
      await send(device, { type: 'answer.submit', segmentId: 'shared-moments.reveal', role: 'son', answer: { type: 'text', text: `${pairs[i]!.moment}, said the son` } });
      await send(device, { type: 'answer.reveal', segmentId: 'shared-moments.reveal' });
    }
    await send(facilitator, { type: 'segment.goto', segmentId: 'growing-conversations.commitment' });
    for (const [i, device] of devices.entries()) await send(device, { type: 'commitment.save', segmentId: 'growing-conversations.commitment', text: pairs[i]!.promise });
    await send(facilitator, { type: 'session.end' });
  });

  afterAll(async () => {
    for (const socket of sockets) socket.close();
    await browser?.close();
    await server?.stop();
    await db?.drop();
  });

  it("shows each pair its own handout on a phone, and nobody else's", async () => {
    for (const [i, pair] of pairs.entries()) {
      const page = await (await newContext(browser, PHONE, server.url)).newPage();
      await page.goto(`/handout/${pair.pairId}#t=${pair.pairToken}`);
      await page.getByTestId('handout').waitFor();
      const text = await page.getByTestId('handout').innerText();
      expect(text).toContain(pair.name);
      expect(text).toContain(pair.moment);
      expect(text).toContain(pair.promise);
      for (const other of pairs.filter((p) => p !== pair)) {
        expect(text).not.toContain(other.moment);
        expect(text).not.toContain(other.promise);
      }
      // Reads on a 360 px phone without sideways scrolling.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      if (i === 0) await screenshot(page, 'handout-1-phone');
      await page.context().close();
    }
  });

  it('downloads the PDF with the pair token and prints without its buttons', async () => {
    const pair = pairs[1]!;
    const context = await browser.newContext({ ...PHONE, baseURL: server.url, acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`/handout/${pair.pairId}#t=${pair.pairToken}`);
    await page.getByTestId('handout').waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('handout-download').click()]);
    expect(download.suggestedFilename()).toBe('kindred-handout-los-penas.pdf');
    const file = await download.path();
    expect(fs.readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');

    await page.emulateMedia({ media: 'print' });
    expect(await page.getByTestId('handout-download').isVisible()).toBe(false);
    expect(await page.getByTestId('handout-print').isVisible()).toBe(false);
    await screenshot(page, 'handout-2-print');
    await context.close();
  });

  it("gives the facilitator a pair's private text only once the pair shares it from its phone", async () => {
    const pair = pairs[2]!;
    const laptop = await newContext(browser, LAPTOP, server.url);
    const [name, value] = facilitatorCookie.split('=') as [string, string];
    await laptop.addCookies([{ name, value, url: server.url }]);
    const console = await laptop.newPage();
    await console.goto(`/handout/${pair.pairId}`);
    await console.getByTestId('handout-withheld').waitFor();
    let text = await console.getByTestId('handout').innerText();
    expect(text).toContain(pair.name);
    expect(text).not.toContain(pair.moment);
    expect(text).not.toContain(pair.promise);
    expect(await console.getByTestId('share-handout').count()).toBe(0);

    const phone = await (await newContext(browser, PHONE, server.url)).newPage();
    await phone.goto(`/handout/${pair.pairId}#t=${pair.pairToken}`);
    await phone.getByTestId('share-handout-toggle').click();
    await phone.getByRole('button', { name: 'Stop sharing' }).waitFor();
    await phone.getByTestId('share-handout').scrollIntoViewIfNeeded();
    await screenshot(phone, 'handout-3-shared');

    await console.reload();
    await console.getByTestId('handout').waitFor();
    text = await console.getByTestId('handout').innerText();
    expect(text).toContain(pair.moment);
    expect(text).toContain(pair.promise);
    expect(await console.getByTestId('handout-withheld').count()).toBe(0);

    // Withdrawn: private again.
    await phone.getByTestId('share-handout-toggle').click();
    await phone.getByRole('button', { name: 'Share our handout' }).waitFor();
    await console.reload();
    await console.getByTestId('handout-withheld').waitFor();
    expect(await console.getByTestId('handout').innerText()).not.toContain(pair.promise);
    await phone.context().close();
    await laptop.close();
  });

  it('shows a wrong token nothing but an explanation', async () => {
    const page = await (await newContext(browser, PHONE, server.url)).newPage();
    await page.goto(`/handout/${pairs[0]!.pairId}#t=${'x'.repeat(43)}`);
    await page.getByTestId('handout-error').waitFor();
    const text = await page.locator('body').innerText();
    expect(text).toMatch(/link doesn.t work/);
    expect(text).not.toContain(pairs[0]!.name);
    await page.context().close();
  });
});
