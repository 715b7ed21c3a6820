import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser, LAPTOP, newContext, screenshot, see } from '../support/browser';
import { freshDatabaseEnv, startServerProcess, type ServerProcess } from '../support/server-process';

const REFUSED = path.resolve(__dirname, '../../libs/content/src/__fixtures__/plans/not-ok/unknown-topic.json');

/**
 * Plans that travel and Duplicate, through the console in Chromium against the production
 * build: export the taster with a change, import a broken file (refused, every problem
 * listed) and the exported one (opens with the change), create a session, duplicate it.
 */
describe('plan files and duplicating a session in the console', () => {
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

  it('exports, refuses, imports and duplicates', async () => {
    const context = await newContext(browser, LAPTOP, server.url);
    const console_ = await context.newPage();
    await console_.goto('/facilitate');
    await console_.getByTestId('mode-signup').click();
    await console_.getByTestId('auth-name').fill('Grace Facilitator');
    await console_.getByTestId('auth-email').fill(`grace-${Date.now()}@example.org`);
    await console_.getByTestId('auth-password').fill('a long enough password');
    await console_.getByTestId('auth-submit').click();
    await console_.getByTestId('new-session').first().click();
    await console_.getByTestId('plan-option').filter({ hasText: 'One-hour taster' }).click();

    // A broken file is refused whole, with its problem in words.
    await console_.getByTestId('import-plan-file').setInputFiles(REFUSED);
    await see(console_.getByTestId('plan-file-message'), 'unknown topic "feelings"');
    await screenshot(console_, 'plan-files-1-refused-laptop');

    // Export the taster with one segment switched off, then open that file.
    const topic = console_.getByTestId('plan-section').nth(1);
    await topic.locator('summary').click();
    await topic.locator('input[type="checkbox"]').first().uncheck();
    const download = console_.waitForEvent('download');
    await console_.getByTestId('export-plan').click();
    const file = path.join(await fs.promises.mkdtemp(path.join(os.tmpdir(), 'plan-')), 'taster.kindred-plan.json');
    await (await download).saveAs(file);
    expect(JSON.parse(await fs.promises.readFile(file, 'utf8'))).toMatchObject({ schemaVersion: 3, basedOn: 'taster' });
    await console_.getByTestId('plan-option').filter({ hasText: 'Booster' }).click();
    await console_.getByTestId('import-plan-file').setInputFiles(file);
    await see(console_.getByTestId('plan-file-message'), 'Opened');
    await expect(console_.getByTestId('plan-section').nth(1).locator('input[type="checkbox"]').first().isChecked()).resolves.toBe(false);
    await console_.getByTestId('plan-section').nth(1).locator('summary').click();
    await screenshot(console_, 'plan-files-2-imported-laptop');

    await console_.getByTestId('session-title-input').fill('Thursday group');
    await console_.getByTestId('create-session').click();
    await console_.getByTestId('join-code').first().waitFor();
    const firstCode = (await console_.getByTestId('join-code').first().innerText()).replace(/\s/g, '');

    await console_.goto('/facilitate');
    await console_.getByTestId('duplicate-session').first().click();
    await console_.getByTestId('join-code').first().waitFor();
    const copyCode = (await console_.getByTestId('join-code').first().innerText()).replace(/\s/g, '');
    expect(copyCode).not.toBe(firstCode);
    await console_.goto('/facilitate');
    await see(console_.getByTestId('session-item').first(), 'Thursday group (copy)');
    await screenshot(console_, 'plan-files-3-duplicated-laptop');
  });
});
