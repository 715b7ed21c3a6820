import type { Browser } from 'playwright-core';
import { launchBrowser, LAPTOP, newContext, PHONE, screenshot } from '../support/browser';
import { freshDatabaseEnv, startServerProcess, type ServerProcess } from '../support/server-process';

/**
 * The foundation's slice through every layer, in real Chromium against the production
 * build and a real database: a facilitator creates a session, a phone joins with the
 * code, the facilitator sees the pair arrive, starts, and the phone shows topic 1.
 */
describe('thin slice in the browser', () => {
  let browser: Browser;
  let server: ServerProcess;
  let db: Awaited<ReturnType<typeof freshDatabaseEnv>>;

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

  it('joins a pair by code and shows it the first topic', async () => {
    const console = await (await newContext(browser, LAPTOP, server.url)).newPage();
    await console.goto('/facilitate');
    await console.getByTestId('mode-signup').click();
    await console.getByTestId('auth-name').fill('Grace Facilitator');
    await console.getByTestId('auth-email').fill(`grace-${Date.now()}@example.org`);
    await console.getByTestId('auth-password').fill('a long enough password');
    await console.getByTestId('auth-submit').click();
    await console.getByTestId('new-session').first().click();
    await console.getByTestId('plan-option').first().waitFor();
    await screenshot(console, 'slice-1-plan-picker-laptop');
    await console.getByTestId('plan-option').first().click();
    await console.getByTestId('session-title-input').fill('Spring evening at Hillside');
    await console.getByTestId('create-session').click();
    const codeText = (await console.getByTestId('join-code').first().innerText()).replace(/\s/g, '');
    expect(codeText).toMatch(/^[A-Z2-9]{6}$/);
    await console.getByTestId('qr-code').first().waitFor();
    await screenshot(console, 'slice-2-lobby-laptop');

    const phone = await (await newContext(browser, PHONE, server.url)).newPage();
    await phone.goto('/join');
    await phone.getByTestId('join-code-input').fill('WRONG9');
    await phone.getByTestId('join-code-submit').click();
    // The error region is there (empty) before the answer comes: wait for the message itself.
    await phone.getByTestId('join-error').filter({ hasText: /can’t find a workshop with that code/i }).first().waitFor({ timeout: 10_000 });
    await phone.getByTestId('join-code-input').fill(codeText.toLowerCase());
    await phone.getByTestId('join-code-submit').click();
    await expect(phone.getByTestId('join-session-title').innerText()).resolves.toBe('Spring evening at Hillside');
    await phone.getByTestId('pair-name-input').fill('The Okafors');
    await phone.getByTestId('join-submit').click();
    await phone.getByTestId('waiting-room').waitFor();
    await screenshot(phone, 'slice-3-waiting-room-phone');

    await console.getByTestId('pair-item-name').filter({ hasText: 'The Okafors' }).waitFor();
    await console.getByTestId('start-session').click();

    const topicTitle = phone.getByTestId('topic-title');
    await topicTitle.waitFor({ timeout: 10_000 });
    await expect(topicTitle.innerText()).resolves.toMatch(/\w{3,}/);
    // Every plan opens with the welcome, for the whole room, before topic 1.
    await expect(phone.getByTestId('topic-progress').innerText()).resolves.toMatch(/all together/i);
    await screenshot(phone, 'slice-4-first-topic-phone');

    // A refresh brings the pair straight back to the same screen.
    await phone.reload();
    await phone.getByTestId('topic-title').waitFor({ timeout: 10_000 });
    await expect(phone.getByTestId('pair-name').innerText()).resolves.toBe('The Okafors');
  });
});
