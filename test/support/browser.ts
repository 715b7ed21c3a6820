import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';

export const SCREENSHOT_DIR = path.resolve(__dirname, '../../test-output/screenshots');

/** Debian's Chromium, headless, with the flags this sandbox needs (no network beyond loopback). Playwright gives each launch a fresh profile. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export const PHONE = { viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true } as const;
export const LAPTOP = { viewport: { width: 1280, height: 800 } } as const;

export async function newContext(browser: Browser, device: typeof PHONE | typeof LAPTOP, baseURL: string): Promise<BrowserContext> {
  return browser.newContext({ ...device, baseURL });
}

export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}

/** Waits until the locator's text contains (or matches) the expectation; returns the text. */
export async function see(locator: Locator, expected: string | RegExp, timeout = 15_000): Promise<string> {
  const deadline = Date.now() + timeout;
  let last = '(not found)';
  for (;;) {
    try {
      last = await locator.innerText({ timeout: 1_000 });
    } catch {
      // not there yet
    }
    // innerText applies CSS text-transform (eyebrows are upper case), so strings compare case-insensitively.
    if (typeof expected === 'string' ? last.toLowerCase().includes(expected.toLowerCase()) : expected.test(last)) return last;
    if (Date.now() > deadline) throw new Error(`Expected ${String(locator)} to show ${String(expected)}; it showed ${JSON.stringify(last)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
