import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, LAPTOP, SCREENSHOT_DIR, screenshot, see } from '../support/browser';
import { freePort, freshDatabaseEnv, startServerProcess, type ServerProcess } from '../support/server-process';

/**
 * The first real room (issue 13): phones are not on localhost. The taster's room is
 * played twice, with PUBLIC_URL unset (the facilitator first opens Kindred on
 * localhost, is warned, and moves to the LAN address) and set; phones at 360×640 open
 * the address the lobby shows, one pair adds a second phone, and one phone loses its
 * network for 10 s while answering privately: the answer arrives, the banner goes. Every
 * phone screen is checked for cut-off text and with axe. Screenshots: test-output/screenshots/first-room-*.
 */

const SMALL_PHONE = { viewport: { width: 360, height: 640 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true } as const;
const PAIRS = [
  // 40 characters, the longest name allowed: it must wrap, not be cut off.
  { name: 'The Extraordinary Night Owls of Hillside', mother: 'Ana', son: 'Leo' },
  { name: 'Team Pancake', mother: 'Rosa', son: 'Sam' },
  { name: 'Blue Kites', mother: 'Mia', son: 'Noah' },
] as const;
const REVEAL = 'shared-moments.reveal';

/** The first address of this machine a phone on the same network could open, if it has one. */
function lanAddress(): string | null {
  const infos = Object.values(os.networkInterfaces()).flatMap((list) => list ?? []);
  return infos.find((info) => info.family === 'IPv4' && !info.internal)?.address ?? null;
}

/** Elements whose text is wider than their box and hidden or clipped (not scroll areas): cut-off text. */
async function cutOffText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    if (document.documentElement.scrollWidth > window.innerWidth + 1) found.push(`page scrolls sideways (${document.documentElement.scrollWidth}px)`);
    for (const element of Array.from(document.querySelectorAll<HTMLElement>('body *'))) {
      // Screen-reader-only text is 1 px wide on purpose.
      if (!element.innerText?.trim() || element.closest('svg, .visually-hidden')) continue;
      const style = getComputedStyle(element);
      if (style.overflowX === 'auto' || style.overflowX === 'scroll') continue;
      if (element.scrollWidth > element.clientWidth + 1 && element.clientWidth > 0) {
        found.push(`${element.tagName.toLowerCase()}.${element.className} "${element.innerText.slice(0, 40)}" ${element.scrollWidth}>${element.clientWidth}`);
      }
    }
    return found;
  });
}

/** Links and buttons smaller than 44×44 px, outside running text. */
async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>('header a, header button, nav a, main button, .btn'))
      .filter((element) => element.offsetParent !== null)
      .map((element) => ({ element, box: element.getBoundingClientRect() }))
      .filter(({ box }) => box.width < 44 || box.height < 44)
      .map(({ element, box }) => `${element.tagName.toLowerCase()} "${element.innerText.slice(0, 30)}" ${Math.round(box.width)}×${Math.round(box.height)}`),
  );
}

function playTheRoom(mode: 'PUBLIC_URL unset' | 'PUBLIC_URL set'): void {
  describe(`the first room, ${mode}`, () => {
    const tag = mode === 'PUBLIC_URL set' ? 'set' : 'unset';
    let browser: Browser;
    let server: ServerProcess;
    let db: Awaited<ReturnType<typeof freshDatabaseEnv>>;
    let port: number;
    /** The origin phones must be sent to. */
    let phoneOrigin: string;
    let facilitatorOrigin: string;
    const problems: string[] = [];
    let shot = 0;

    async function check(page: Page, what: string, options: { phone: boolean } = { phone: true }): Promise<void> {
      await screenshot(page, `first-room-${tag}-${String(++shot).padStart(2, '0')}-${what}`);
      const axe = await new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).analyze();
      for (const violation of axe.violations) {
        if (violation.impact === 'serious' || violation.impact === 'critical') problems.push(`${what}: axe ${violation.id} on ${violation.nodes[0]?.target.join(' ')}`);
      }
      if (options.phone) {
        for (const cut of await cutOffText(page)) problems.push(`${what}: cut off ${cut}`);
        for (const small of await smallTargets(page)) problems.push(`${what}: small target ${small}`);
      }
    }

    beforeAll(async () => {
      fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
      for (const file of fs.readdirSync(SCREENSHOT_DIR)) if (file.startsWith(`first-room-${tag}-`)) fs.rmSync(path.join(SCREENSHOT_DIR, file));
      port = await freePort();
      const lan = lanAddress();
      // Set: an address other than the one the facilitator uses (127.0.0.2 reaches the same server).
      const env: Record<string, string> = { HOST: '0.0.0.0' };
      if (mode === 'PUBLIC_URL set') env.PUBLIC_URL = `http://127.0.0.2:${port}`;
      db = await freshDatabaseEnv();
      server = await startServerProcess({ ...db.env, ...env }, port);
      facilitatorOrigin = mode === 'PUBLIC_URL set' ? `http://127.0.0.1:${port}` : `http://localhost:${port}`;
      phoneOrigin = mode === 'PUBLIC_URL set' ? `http://127.0.0.2:${port}` : lan ? `http://${lan}:${port}` : facilitatorOrigin;
      browser = await launchBrowser();
    });

    afterAll(async () => {
      await browser?.close();
      await server?.stop();
      await db?.drop();
    });

    it('sends phones to the address the lobby shows; a 10 s network loss loses nothing and leaves no banner', async () => {
      // The server says where it can be reached, LAN addresses before localhost.
      const printed = server.output();
      const lan = lanAddress();
      if (lan) expect(printed.indexOf(`http://${lan}:${port}`)).toBeLessThan(printed.indexOf(`http://localhost:${port}`));
      expect(printed).toContain(`http://localhost:${port}`);

      const laptop = await browser.newContext({ ...LAPTOP });
      const console_ = await laptop.newPage();
      const signUp = async (email: string) => {
        await console_.getByTestId('auth-email').waitFor();
        await console_.getByTestId('mode-signup').click();
        await console_.getByTestId('auth-name').fill('Maya Facilitator');
        await console_.getByTestId('auth-email').fill(email);
        await console_.getByTestId('auth-password').fill('correct horse battery staple');
        await console_.getByTestId('auth-submit').click();
        await see(console_.getByTestId('facilitator-name'), 'Maya Facilitator');
      };
      const email = `maya-${tag}-${Date.now()}@example.org`;
      await console_.goto(`${facilitatorOrigin}/facilitate`);
      await signUp(email);
      await console_.getByTestId('new-session').first().click();
      await console_.getByTestId('plan-option').filter({ hasText: 'One-hour taster' }).click();
      await console_.getByTestId('session-title-input').fill('Spring workshop at the library');
      await console_.getByTestId('create-session').click();
      await console_.getByTestId('join-code').first().waitFor();
      const code = (await console_.getByTestId('join-code').first().innerText()).replace(/\s/g, '');

      if (mode === 'PUBLIC_URL unset') {
        // Opened on localhost: the lobby says phones can't follow, and offers the LAN address.
        const warning = console_.getByTestId('loopback-warning');
        await see(warning, 'Phones can’t reach localhost');
        await check(console_, 'console-lobby-localhost-warning', { phone: false });
        if (lan) {
          await see(warning, `open Kindred at ${phoneOrigin} on this laptop, or set PUBLIC_URL`);
          await console_.getByTestId('open-on-lan').click();
          await console_.waitForURL(`${phoneOrigin}/**`);
          // A new address is a new cookie: sign in again, and the same session opens.
          await console_.getByTestId('auth-email').waitFor();
          await console_.getByTestId('auth-email').fill(email);
          await console_.getByTestId('auth-password').fill('correct horse battery staple');
          await console_.getByTestId('auth-submit').click();
          await console_.getByTestId('join-code').first().waitFor();
        }
      }

      await see(console_.getByTestId('join-url'), `${phoneOrigin.replace(/^http:\/\//, '')}/join`);
      expect(await console_.getByTestId('loopback-warning').count()).toBe(0);
      const qrLabel = (await console_.getByTestId('qr-code').first().getAttribute('aria-label')) ?? '';
      expect(qrLabel).toContain(`${phoneOrigin}/join/${code}`);
      await check(console_, 'console-lobby', { phone: false });

      // The projector's link and its join card use the same address.
      await console_.getByTestId('projector-link-create').click();
      const projectorUrl = (await console_.getByTestId('projector-link').getAttribute('href')) ?? '';
      expect(projectorUrl.startsWith(`${phoneOrigin}/screen/`)).toBe(true);
      const projector = await (await browser.newContext({ ...LAPTOP })).newPage();
      await projector.goto(projectorUrl);
      await see(projector.getByTestId('join-url'), `${phoneOrigin.replace(/^http:\/\//, '')}/join`);

      // Three pairs join on 360×640 phones from the link the lobby's QR code holds.
      const phones: { page: Page; context: BrowserContext }[] = [];
      for (const pair of PAIRS) {
        const context = await browser.newContext({ ...SMALL_PHONE });
        const page = await context.newPage();
        await page.goto(`${phoneOrigin}/join/${code}`);
        await page.getByTestId('pair-name-input').fill(pair.name);
        await page.getByTestId('mother-name-input').fill(pair.mother);
        await page.getByTestId('son-name-input').fill(pair.son);
        await page.getByTestId('join-submit').click();
        await page.getByTestId('waiting-room').waitFor();
        await see(page.getByTestId('pair-name'), pair.name);
        phones.push({ page, context });
      }
      const [owls, pancake, kites] = phones as [(typeof phones)[0], (typeof phones)[0], (typeof phones)[0]];
      await check(owls.page, 'phone-waiting-room-long-name');

      // The Night Owls add Leo's phone from the second-device dialog; its link is on the public address too.
      await owls.page.getByTestId('second-device').click();
      const dialog = owls.page.getByTestId('second-device-dialog');
      await dialog.waitFor();
      await check(owls.page, 'phone-second-device-dialog');
      await owls.page.keyboard.press('Escape');
      const saved = await owls.page.evaluate(() => localStorage.getItem('kindred.pairs.v1'));
      const credentials = Object.values(JSON.parse(saved ?? '{}') as Record<string, { sessionId: string; pairToken: string }>)[0]!;
      const leo = await (await browser.newContext({ ...SMALL_PHONE })).newPage();
      await leo.goto(`${phoneOrigin}/pair/${encodeURIComponent(credentials.sessionId)}#${new URLSearchParams({ t: credentials.pairToken, m: 'son' }).toString()}`);
      await leo.getByTestId('waiting-room').waitFor();

      await console_.getByTestId('start-session').click();
      await console_.getByTestId(`rail-${REVEAL}`).click();
      for (const { page } of phones) await see(page.getByTestId('step-private'), 'Each of you answers in secret');

      // Team Pancake's phone loses its network for 10 s right as Rosa answers.
      const answer = async (page: Page, role: 'mother' | 'son', text: string) => {
        await page.getByTestId(`private-turn-${role}`).click();
        await page.getByTestId('private-ready').click();
        await page.getByTestId('answer-text').fill(text);
        await page.getByTestId('answer-submit').click();
      };
      await pancake.context.setOffline(true);
      await answer(pancake.page, 'mother', 'Rosa smiles about the pancake stuck to the ceiling');
      await see(pancake.page.getByTestId('connection-banner'), 'Saved, will send when you’re back online');
      const banner = await pancake.page.getByTestId('connection-banner').boundingBox();
      expect(banner?.y ?? -1).toBeGreaterThanOrEqual(0); // in view, inside the sticky header
      await check(pancake.page, 'phone-offline-saved');
      await new Promise((resolve) => setTimeout(resolve, 10_000));
      await pancake.context.setOffline(false);
      await pancake.page.getByTestId('connection-banner').waitFor({ state: 'detached', timeout: 10_000 });
      await see(pancake.page.getByTestId('private-turn-mother'), 'Answered');
      await see(console_.getByTestId('private-answered'), '1 / 3');
      await answer(pancake.page, 'son', 'Sam smiles about the snowman with carrot ears');
      await see(pancake.page.getByTestId('step-private'), 'You both answered!');
      await pancake.page.getByTestId('private-reveal').click();
      await see(pancake.page.getByTestId('revealed-mother'), 'Rosa smiles about the pancake stuck to the ceiling');
      await see(pancake.page.getByTestId('revealed-son'), 'Sam smiles about the snowman with carrot ears');
      expect(await pancake.page.getByTestId('connection-banner').count()).toBe(0);
      await check(pancake.page, 'phone-revealed-after-offline');
      expect(server.output()).not.toContain('Rosa smiles'); // private text never reaches the log

      for (const [page, name] of [[owls.page, 'Ana'], [kites.page, 'Mia']] as const) {
        await answer(page, 'mother', `${name} remembers the lighthouse`);
      }
      await check(kites.page, 'phone-private-pass-the-phone');
      await check(leo, 'phone-leo-own-device');
      await check(projector, 'projector-private', { phone: false });

      expect(problems).toEqual([]);
    });
  });
}

playTheRoom('PUBLIC_URL unset');
playTheRoom('PUBLIC_URL set');
