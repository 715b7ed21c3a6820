import type { Browser, Page } from 'playwright-core';
import type { ClientToServerEvents, CommandAck, ServerToClientEvents } from '@kindred/session';
import { io, type Socket } from 'socket.io-client';
import { LAPTOP, launchBrowser, PHONE, screenshot, see } from '../support/browser';
import { freshDatabaseEnv, startServerProcess, type ServerProcess } from '../support/server-process';

type DeviceSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

const COMMITMENT = 'growing-conversations.commitment';
const PROMISES: Record<string, string> = {
  'Night Owls': 'Stargazing on the roof every Friday',
  'Kite Flyers': 'Fly the red kite at the beach on Sunday',
  'Early Birds': 'Breakfast together before school twice a week',
};

/**
 * A two-evening series in Chromium against the production build. Three pairs join
 * evening 1 and write their commitments; the facilitator starts evening 2 from the
 * console; Night Owls come back on the same phone without typing, Kite Flyers on a new
 * phone with the rejoin code from their handout, Sea Otters join new. At the look back,
 * each returning phone shows its own evening-1 commitment and no one else's, and the
 * console's attendance shows exactly who came when. Screenshots: test-output/screenshots/series-*.
 */
describe('a two-evening series in the browser', () => {
  let browser: Browser;
  let server: ServerProcess;
  let db: Awaited<ReturnType<typeof freshDatabaseEnv>>;
  const sockets: DeviceSocket[] = [];
  const errors: string[] = [];

  async function post<T>(url: string, body: unknown, cookie?: string): Promise<{ body: T; cookie: string }> {
    const res = await fetch(server.url + url, { method: 'POST', headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) }, body: JSON.stringify(body) });
    if (!res.ok) throw new Error(`${url}: ${res.status} ${await res.text()}`);
    return { body: (await res.json()) as T, cookie: res.headers.get('set-cookie')?.split(';')[0] ?? '' };
  }

  async function console_(sessionId: string, cookie: string): Promise<DeviceSocket> {
    const socket: DeviceSocket = io(server.url, { auth: { role: 'facilitator', sessionId }, transports: ['websocket'], extraHeaders: { cookie } });
    sockets.push(socket);
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', () => resolve());
      socket.once('connect_error', reject);
    });
    return socket;
  }

  async function send(socket: DeviceSocket, command: Record<string, unknown>): Promise<void> {
    const ack: CommandAck = await socket.timeout(5000).emitWithAck('command', command as never);
    if (!ack.ok) throw new Error(`${String(command.type)}: ${ack.code}`);
  }

  async function phone(label: string): Promise<Page> {
    const page = await (await browser.newContext({ ...PHONE, baseURL: server.url })).newPage();
    page.on('pageerror', (error) => errors.push(`${label}: ${error.message}`));
    return page;
  }

  async function joinAsNewPair(page: Page, code: string, name: string): Promise<void> {
    await page.goto(`/join/${code}`);
    await page.getByTestId('pair-name-input').fill(name);
    await page.getByTestId('join-submit').click();
    await page.getByTestId('waiting-room').waitFor();
  }

  beforeAll(async () => {
    db = await freshDatabaseEnv();
    server = await startServerProcess(db.env);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    for (const socket of sockets) socket.close();
    await browser?.close();
    await server?.stop();
    await db?.drop();
  });

  it('brings pairs back as themselves, shows each its own commitments, and counts who came when', async () => {
    const { cookie } = await post('/api/auth/signup', { email: `amara-${Date.now()}@example.org`, password: 'a long enough password', displayName: 'Amara' });
    const evening1 = (await post<{ id: string; code: string }>('/api/sessions', { title: 'Hillside spring series', planId: 'evening-1', language: 'en', ageBand: 'teen' }, cookie)).body;
    const facilitator1 = await console_(evening1.id, cookie);

    // Evening 1: three pairs join on their phones and write their commitment.
    const phones: Record<string, Page> = {};
    for (const name of Object.keys(PROMISES)) {
      phones[name] = await phone(name);
      await joinAsNewPair(phones[name], evening1.code, name);
    }
    await send(facilitator1, { type: 'session.start' });
    await send(facilitator1, { type: 'segment.goto', segmentId: COMMITMENT });
    for (const [name, text] of Object.entries(PROMISES)) {
      const page = phones[name]!;
      await page.getByTestId('commitment-text').fill(text);
      await page.getByTestId('commitment-save').click();
      await see(page.getByTestId('commitment-saved'), text);
    }
    await send(facilitator1, { type: 'session.end' });

    // Kite Flyers' handout carries their rejoin code.
    const kites = phones['Kite Flyers']!;
    await kites.getByTestId('handout-link').click();
    const rejoinCode = (await kites.getByTestId('handout-rejoin-code').innerText()).trim();
    expect(rejoinCode).toMatch(/^[A-Z2-9]{7}$/);
    await screenshot(kites, 'series-01-evening1-handout');

    // The facilitator starts evening 2 from evening 1's console.
    const laptop = await (await browser.newContext({ ...LAPTOP, baseURL: server.url })).newPage();
    laptop.on('pageerror', (error) => errors.push(`console: ${error.message}`));
    const [name, value] = cookie.split('=') as [string, string];
    await laptop.context().addCookies([{ name, value, url: server.url }]);
    await laptop.goto(`/facilitate/sessions/${evening1.id}`);
    await see(laptop.getByTestId('series-panel'), 'Start the next evening');
    await screenshot(laptop, 'series-02-evening1-console');
    await laptop.getByTestId('series-next').click();
    await laptop.waitForURL((url) => !url.pathname.endsWith(evening1.id) && url.pathname.includes('/facilitate/sessions/'));
    const evening2Id = new URL(laptop.url()).pathname.split('/').pop()!;
    const evening2 = (await (await fetch(`${server.url}/api/sessions/${evening2Id}`, { headers: { cookie } })).json()) as { code: string; title: string; planId: string };
    expect(evening2).toMatchObject({ planId: 'evening-2', title: 'Hillside spring series, evening 2' });

    // Night Owls: the same phone, no typing: /join offers "Join as Night Owls".
    const owls = phones['Night Owls']!;
    await owls.goto('/join');
    await see(owls.getByTestId('rejoin-offer'), 'Night Owls');
    await screenshot(owls, 'series-03-same-phone-offer');
    await owls.getByTestId('rejoin-here').click();
    await owls.getByTestId('waiting-room').waitFor();

    // Kite Flyers: a new phone, with the code from the handout.
    const kitesNew = await phone('Kite Flyers, new phone');
    await kitesNew.goto('/join');
    await kitesNew.getByTestId('join-code-input').fill(rejoinCode.toLowerCase());
    await kitesNew.getByTestId('join-code-submit').click();
    await kitesNew.getByTestId('waiting-room').waitFor();

    // Early Birds stay home; Sea Otters join evening 2 new.
    const otters = await phone('Sea Otters');
    await joinAsNewPair(otters, evening2.code, 'Sea Otters');

    // The look back at last week: each returning pair sees its own commitment, no one else's.
    const facilitator2 = await console_(evening2Id, cookie);
    await send(facilitator2, { type: 'session.start' });
    await send(facilitator2, { type: 'segment.goto', segmentId: 'review.talk' });
    await see(owls.getByTestId('earlier-commitments'), PROMISES['Night Owls']!);
    await see(kitesNew.getByTestId('earlier-commitments'), PROMISES['Kite Flyers']!);
    for (const [page, own] of [[owls, 'Night Owls'], [kitesNew, 'Kite Flyers']] as const) {
      const shown = await page.getByTestId('earlier-commitments').innerText();
      for (const [other, text] of Object.entries(PROMISES)) if (other !== own) expect(shown).not.toContain(text);
    }
    await see(otters.getByTestId('step-pair-talk'), 'How did it go?');
    expect(await otters.getByTestId('earlier-commitments').count()).toBe(0);
    // Night Owls say how it went.
    await owls.getByTestId('outcome-partly').click();
    await owls.locator('[data-testid="outcome-partly"][aria-pressed="true"]').waitFor();
    await screenshot(owls, 'series-04-look-back');
    await screenshot(otters, 'series-05-new-pair-look-back');

    // Attendance on the console: by name, per evening, with counts, and no private text.
    const table = laptop.getByTestId('series-attendance');
    await see(table, 'Sea Otters');
    const rows = await table.getByTestId('series-pair-row').evaluateAll((trs) =>
      trs.map((tr) => [tr.querySelector('th')!.textContent.trim(), ...[...tr.querySelectorAll('td')].map((td) => (td.textContent ?? '').trim())]),
    );
    expect(Object.fromEntries(rows.map(([pair, e1, e2, total]) => [pair, [e1, e2, total]]))).toEqual({
      'Night Owls': ['✓', '✓', '2'],
      'Kite Flyers': ['✓', '✓', '2'],
      'Early Birds': ['✓', 'Mark present', '1'],
      'Sea Otters': ['–', '✓', '1'],
    });
    await see(laptop.getByTestId('series-count').nth(0), '3 (0 back)');
    await see(laptop.getByTestId('series-count').nth(1), '3 (2 back)');
    // What was delivered, evening by evening: each evening's fidelity record side by side.
    // Evening 1 opened its first segment and the commitment (the rest skipped); evening 2 is under way.
    const delivered = laptop.getByTestId('series-fidelity');
    await see(delivered, 'Segments run');
    const run = (await delivered.getByTestId('fidelity-segmentsRun').locator('td').allInnerTexts()).map(Number);
    const skipped = (await delivered.getByTestId('fidelity-segmentsSkipped').locator('td').allInnerTexts()).map(Number);
    expect(run).toHaveLength(2);
    expect(run[0]).toBe(2);
    expect(skipped[0]).toBeGreaterThan(0);
    expect(Number.isInteger(run[1])).toBe(true);
    const consoleText = await laptop.locator('body').innerText();
    for (const text of Object.values(PROMISES)) expect(consoleText).not.toContain(text);
    await screenshot(laptop, 'series-06-evening2-console');

    // The evening-2 handout covers the series, with how it went.
    await send(facilitator2, { type: 'session.end' });
    await owls.getByTestId('handout-link').click();
    await see(owls.getByTestId('handout-series'), PROMISES['Night Owls']!);
    await see(owls.getByTestId('handout-series'), 'Partly');
    await screenshot(owls, 'series-07-evening2-handout');

    expect(errors).toEqual([]);
    // Seven browser contexts on a shared two-core machine: generous, the waits inside are what assert.
  }, 300_000);
});
