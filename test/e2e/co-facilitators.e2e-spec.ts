import type { Browser, Page } from 'playwright-core';
import { launchBrowser, LAPTOP, newContext, screenshot, see } from '../support/browser';
import { freshDatabaseEnv, startServerProcess, type ServerProcess } from '../support/server-process';

/**
 * Two facilitators in two browsers (issue 16): the owner invites a colleague with a
 * one-time link from the console, the colleague signs up from it and runs the
 * session, the owner's console names who moved it on; after the end, the fidelity
 * record with a note. The sign-in page without SMTP says whom to ask.
 * Screenshots: test-output/screenshots/team-*.
 */
describe('co-facilitators in the browser', () => {
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

  async function signUp(page: Page, name: string): Promise<void> {
    await page.getByTestId('mode-signup').click();
    await page.getByTestId('auth-name').fill(name);
    await page.getByTestId('auth-email').fill(`${name.split(' ')[0]!.toLowerCase()}-${Date.now()}@example.org`);
    await page.getByTestId('auth-password').fill('a long enough password');
    await page.getByTestId('auth-submit').click();
  }

  it('lets an invited colleague run the console while the owner’s follows', async () => {
    const owner = await (await newContext(browser, LAPTOP, server.url)).newPage();
    await owner.goto('/facilitate');
    // Without SMTP_URL, "Forgot your password?" says to ask whoever runs the server.
    await owner.getByTestId('forgot-open').click();
    await see(owner.getByTestId('forgot-ask-operator'), /Ask the person who runs the server/);
    await screenshot(owner, 'team-1-forgot-without-smtp');
    await owner.getByTestId('forgot-back').click();

    await signUp(owner, 'Ana Owner');
    await owner.getByTestId('new-session').first().click();
    await owner.getByTestId('plan-option').first().click();
    await owner.getByTestId('session-title-input').fill('Thursday at the parish hall');
    await owner.getByTestId('create-session').click();
    await owner.getByTestId('team-invite').click();
    const link = await owner.getByTestId('team-invite-link').inputValue();
    expect(link).toMatch(new RegExp(`^${server.url}/invite#t=[A-Za-z0-9_-]{40,}$`));
    await screenshot(owner, 'team-2-owner-invites');

    const colleague = await (await newContext(browser, LAPTOP, server.url)).newPage();
    await colleague.goto(link);
    await signUp(colleague, 'Sam Colleague');
    await see(colleague.getByTestId('invite-lead'), 'Ana Owner invites you to run “Thursday at the parish hall” with them.');
    await screenshot(colleague, 'team-3-colleague-accepts');
    await colleague.getByTestId('invite-accept').click();
    await see(colleague.getByTestId('console-session-title'), 'Thursday at the parish hall');
    await see(colleague.getByTestId('team-owner'), 'Ana Owner (owner)');

    await colleague.getByTestId('start-session').click();
    await see(owner.getByTestId('activity-line').first(), 'Sam Colleague started the session');
    await colleague.getByTestId('segment-next').click();
    await see(owner.getByTestId('activity-line').first(), /^Sam Colleague moved to “.+”$/);
    await colleague.getByTestId('topic-note-input').fill('Started ten minutes late, the room was cold');
    await colleague.getByTestId('topic-note-save').click();
    await see(owner.getByTestId('activity-line').first(), /^Sam Colleague wrote a note on “.+”$/);
    await owner.getByTestId('team-member').filter({ hasText: 'Sam Colleague' }).waitFor();
    await screenshot(owner, 'team-4-owner-follows');
    await screenshot(colleague, 'team-5-colleague-drives');
    // Only the owner can delete: the colleague never sees the button.
    expect(await colleague.getByTestId('team-invite').count()).toBe(0);

    await colleague.getByTestId('end-session').click();
    await colleague.getByTestId('end-session-confirm').click();
    await owner.getByTestId('fidelity-record').waitFor({ timeout: 15_000 });
    await see(owner.getByTestId('fidelity-summary'), /\d+ steps delivered, \d+ skipped/);
    const notes = await owner.getByTestId('topic-note-input').evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
    expect(notes.filter((note) => note !== '')).toEqual(['Started ten minutes late, the room was cold']);
    expect(await colleague.getByTestId('delete-session').count()).toBe(0);
    await owner.getByTestId('delete-session').waitFor();
    await screenshot(owner, 'team-6-fidelity-record');
  });
});
