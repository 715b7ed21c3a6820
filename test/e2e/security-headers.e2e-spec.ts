import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, LAPTOP, newContext, PHONE, screenshot } from '../support/browser';
import { freshDatabaseEnv, startServerProcess, type ServerProcess } from '../support/server-process';

/**
 * The production build under its Content-Security-Policy, in real Chromium: every
 * surface loads with zero policy violations (so the policy is strict *and* fits the
 * app), and the console refuses to render inside another site's frame.
 */
describe('security headers in the browser', () => {
  let browser: Browser;
  let server: ServerProcess;
  let db: Awaited<ReturnType<typeof freshDatabaseEnv>>;
  const violations: string[] = [];

  /** Records CSP violations from both the console and the DOM event. */
  async function watched(context: BrowserContext): Promise<Page> {
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
      });
    });
    const page = await context.newPage();
    page.on('console', (msg) => {
      const text = msg.text();
      if (/Content Security Policy|CSP violation/i.test(text)) violations.push(`${page.url()}: ${text}`);
    });
    return page;
  }

  beforeAll(async () => {
    db = await freshDatabaseEnv();
    server = await startServerProcess(db.env);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await db?.drop();
  });

  it('loads the console, pair view, projector and handout with no CSP violation', async () => {
    const laptop = await newContext(browser, LAPTOP, server.url);
    const console_ = await watched(laptop);
    await console_.goto('/facilitate');
    await console_.getByTestId('mode-signup').click();
    await console_.getByTestId('auth-name').fill('Grace Facilitator');
    await console_.getByTestId('auth-email').fill(`grace-${Date.now()}@example.org`);
    await console_.getByTestId('auth-password').fill('1234567890');
    await console_.getByTestId('auth-submit').click();
    // The weak password is refused with its reason, shown in the form.
    await console_.getByText(/too easy to guess/).first().waitFor();
    await console_.getByTestId('auth-password').fill('a long enough password');
    await console_.getByTestId('auth-submit').click();
    await console_.getByTestId('new-session').first().click();
    await console_.getByTestId('plan-option').first().click();
    await console_.getByTestId('session-title-input').fill('Spring evening at Hillside');
    await console_.getByTestId('create-session').click();
    const code = (await console_.getByTestId('join-code').first().innerText()).replace(/\s/g, '');
    await console_.getByTestId('qr-code').first().waitFor();
    const sessionId = /sessions\/([0-9a-f-]+)/.exec(console_.url())![1]!;

    // The projector, from a fresh projector link made by the console's cookie.
    const cookies = await laptop.cookies();
    const sid = cookies.find((c) => c.name === 'kindred_sid')!.value;
    const link = await fetch(`${server.url}/api/sessions/${sessionId}/projector-link`, { method: 'POST', headers: { cookie: `kindred_sid=${sid}` } });
    const { projectorToken } = (await link.json()) as { projectorToken: string };
    const projector = await watched(await newContext(browser, LAPTOP, server.url));
    await projector.goto(`/screen/${sessionId}#t=${projectorToken}`);
    await projector.getByTestId('qr-code').first().waitFor();

    // A pair joins with a name another pair already uses and is told which name it got.
    const taken = await fetch(`${server.url}/api/join`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code, pairName: 'The Okafors' }),
    });
    expect(taken.status).toBe(201);
    const phone = await watched(await newContext(browser, PHONE, server.url));
    await phone.goto(`/join/${code}`);
    await phone.getByTestId('pair-name-input').fill('the  okafors');
    await phone.getByTestId('join-submit').click();
    await expect(phone.getByTestId('join-given-name').innerText()).resolves.toBe('the okafors 2');
    await screenshot(phone, 'join-renamed-phone');
    await phone.getByTestId('join-continue').click();
    await phone.getByTestId('waiting-room').waitFor();
    await expect(phone.getByTestId('pair-name').innerText()).resolves.toBe('the okafors 2');
    await console_.getByTestId('pair-item-name').filter({ hasText: 'the okafors 2' }).waitFor();
    await console_.getByTestId('start-session').click();
    await phone.getByTestId('topic-title').waitFor({ timeout: 10_000 });
    await screenshot(console_, 'csp-console-laptop');

    // The credentials the join page saved on the phone (nested JSON in localStorage).
    const credentials = (await phone.evaluate(() => JSON.stringify(localStorage))).replace(/\\/g, '');
    const pairId = /"pairId":"([0-9a-f-]+)"/.exec(credentials)![1]!;
    const pairToken = /"pairToken":"([^"]+)"/.exec(credentials)![1]!;
    const handout = await watched(await newContext(browser, PHONE, server.url));
    await handout.goto(`/handout/${pairId}#t=${pairToken}`);
    await handout.getByTestId('handout').waitFor();

    const docs = await watched(await newContext(browser, LAPTOP, server.url));
    await docs.goto('/api/docs');
    await docs.locator('.swagger-ui .info').first().waitFor();

    expect(violations).toEqual([]);

    // The watch is real: an injected inline script and an injected style attribute are blocked and reported.
    await handout.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__injected = true';
      document.body.append(script);
      document.body.insertAdjacentHTML('beforeend', '<p style="color: red">injected</p>');
    });
    await new Promise((r) => setTimeout(r, 300));
    expect(violations.join('\n')).toMatch(/script-src/);
    expect(violations.join('\n')).toMatch(/style-src-attr/);
    expect(await handout.evaluate(() => (window as unknown as { __injected?: boolean }).__injected ?? false)).toBe(false);
  });

  it('does not render the console inside another site', async () => {
    const evil = http.createServer((_req, res) => {
      res.setHeader('content-type', 'text/html');
      res.end(`<!doctype html><title>evil</title><iframe id="victim" src="${server.url}/facilitate" width="800" height="600"></iframe>`);
    });
    await new Promise<void>((resolve) => evil.listen(0, '127.0.0.1', resolve));
    try {
      const page = await (await newContext(browser, LAPTOP, `http://127.0.0.1:${(evil.address() as AddressInfo).port}`)).newPage();
      const blocked = new Promise<string>((resolve) => page.on('console', (msg) => /frame-ancestors|X-Frame-Options/i.test(msg.text()) && resolve(msg.text())));
      await page.goto('/');
      await expect(blocked).resolves.toMatch(/frame-ancestors 'none'|X-Frame-Options/);
      const frame = page.frames().find((f) => f !== page.mainFrame());
      const rendered = await frame?.evaluate(() => document.querySelector('#app')?.childElementCount ?? 0).catch(() => 0);
      expect(rendered ?? 0).toBe(0);
    } finally {
      evil.close();
    }
  });
});
