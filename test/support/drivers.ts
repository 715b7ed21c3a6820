import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { freePort } from './server-process';

/**
 * What a browser test needs from a phone, over two engines: Chromium through
 * playwright-core, and WebKit (Safari's engine) through a W3C WebDriver server
 * (Debian's WebKitWebDriver driving MiniBrowser). Elements are found by `data-testid`.
 */
export interface PhoneDriver {
  readonly engine: 'chromium' | 'webkit';
  goto(url: string): Promise<void>;
  click(testId: string): Promise<void>;
  /** Clicks the first element matching a CSS selector (radio inputs have no test id of their own). */
  clickCss(selector: string): Promise<void>;
  fill(testId: string, value: string): Promise<void>;
  /** Waits until the element shows the text (case-insensitive), returns what it showed. */
  waitForText(testId: string, expected: string, timeoutMs?: number): Promise<string>;
  /** The page's layout viewport width in CSS pixels (what media queries see). */
  viewportWidth(): Promise<number>;
  close(): Promise<void>;
}

const byTestId = (testId: string) => `[data-testid="${testId}"]`;

async function poll<T>(what: string, timeoutMs: number, attempt: () => Promise<T | null>): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: Error | null = null;
  for (;;) {
    try {
      const value = await attempt();
      if (value !== null) return value;
    } catch (error) {
      last = error instanceof Error ? error : new Error(JSON.stringify(error));
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}${last ? `: ${last.message}` : ''}`);
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
}

export class PlaywrightPhone implements PhoneDriver {
  readonly engine = 'chromium';
  private constructor(private readonly page: Page) {}

  static async open(browser: Browser, viewport = { width: 360, height: 640 }): Promise<PlaywrightPhone> {
    const context = await browser.newContext({ viewport, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
    return new PlaywrightPhone(await context.newPage());
  }

  async goto(url: string): Promise<void> {
    await this.page.goto(url);
  }
  async click(testId: string): Promise<void> {
    await this.page.locator(byTestId(testId)).first().click();
  }
  async clickCss(selector: string): Promise<void> {
    await this.page.locator(selector).first().click();
  }
  async fill(testId: string, value: string): Promise<void> {
    await this.page.locator(byTestId(testId)).first().fill(value);
  }
  waitForText(testId: string, expected: string, timeoutMs = 15_000): Promise<string> {
    return poll(`"${expected}" in ${testId}`, timeoutMs, async () => {
      const text = await this.page.locator(byTestId(testId)).first().innerText({ timeout: 1_000 });
      return text.toLowerCase().includes(expected.toLowerCase()) ? text : null;
    });
  }
  viewportWidth(): Promise<number> {
    return this.page.evaluate(() => window.innerWidth);
  }
  async close(): Promise<void> {
    await this.page.context().close();
  }
}

/** The W3C element reference key. */
const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

/** A WebDriver server for WebKitGTK, under a virtual X display. */
export class WebKitDriverServer {
  private constructor(
    private readonly child: ChildProcess,
    readonly url: string,
    private readonly configHome: string,
  ) {}

  static available(): boolean {
    return fs.existsSync('/usr/bin/WebKitWebDriver') && fs.existsSync('/usr/bin/xvfb-run') && miniBrowser() !== null;
  }

  static async start(): Promise<WebKitDriverServer> {
    const port = await freePort();
    // MiniBrowser's toolbar (GTK 3) gives its window a minimum width of 447 px, wider than a
    // phone. A GTK style sheet for this run only lets the browser chrome shrink, so the window,
    // and with it the page's layout viewport, can be 360 px. Web content is not styled by GTK.
    const configHome = fs.mkdtempSync(path.join(os.tmpdir(), 'kindred-webkit-'));
    fs.mkdirSync(path.join(configHome, 'gtk-3.0'));
    fs.writeFileSync(path.join(configHome, 'gtk-3.0', 'gtk.css'), '* { min-width: 0; min-height: 0; padding: 0; margin: 0; }\n');
    const child = spawn('xvfb-run', ['-a', 'WebKitWebDriver', `--port=${port}`], { stdio: 'ignore', detached: true, env: { ...process.env, XDG_CONFIG_HOME: configHome } });
    const url = `http://127.0.0.1:${port}`;
    await poll('WebKitWebDriver', 20_000, async () => ((await fetch(`${url}/status`)).ok ? true : null));
    return new WebKitDriverServer(child, url, configHome);
  }

  async stop(): Promise<void> {
    // xvfb-run starts Xvfb and the driver in its own process group: end the group.
    if (this.child.pid) process.kill(-this.child.pid, 'SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 300));
    fs.rmSync(this.configHome, { recursive: true, force: true });
  }
}

function miniBrowser(): string | null {
  for (const version of ['4.1', '4.0', '6.0']) {
    const candidate = `/usr/lib/x86_64-linux-gnu/webkit2gtk-${version}/MiniBrowser`;
    if (fs.existsSync(candidate)) return candidate;
  }
  return null;
}

export class WebDriverPhone implements PhoneDriver {
  readonly engine = 'webkit';
  private constructor(
    private readonly base: string,
    private readonly session: string,
  ) {}

  static async open(server: WebKitDriverServer, viewport = { width: 360, height: 640 }): Promise<WebDriverPhone> {
    const created = await call<{ sessionId: string }>(server.url, 'POST', '/session', {
      capabilities: { alwaysMatch: { 'webkitgtk:browserOptions': { binary: miniBrowser(), args: ['--automation'] } } },
    });
    const phone = new WebDriverPhone(server.url, created.sessionId);
    await phone.cmd('POST', '/window/rect', { width: viewport.width, height: viewport.height });
    return phone;
  }

  private cmd<T = unknown>(method: string, path: string, body?: unknown): Promise<T> {
    return call<T>(this.base, method, `/session/${this.session}${path}`, body);
  }

  private async find(css: string): Promise<string> {
    const found = await this.cmd<Record<string, string>>('POST', '/element', { using: 'css selector', value: css });
    return found[ELEMENT]!;
  }

  async goto(url: string): Promise<void> {
    await this.cmd('POST', '/url', { url });
  }
  async click(testId: string): Promise<void> {
    await this.clickCss(byTestId(testId));
  }
  async clickCss(selector: string): Promise<void> {
    await poll(`click ${selector}`, 10_000, async () => {
      await this.cmd('POST', `/element/${await this.find(selector)}/click`, {});
      return true;
    });
  }
  async fill(testId: string, value: string): Promise<void> {
    await poll(`fill ${testId}`, 10_000, async () => {
      const element = await this.find(byTestId(testId));
      await this.cmd('POST', `/element/${element}/clear`, {});
      await this.cmd('POST', `/element/${element}/value`, { text: value });
      return true;
    });
  }
  waitForText(testId: string, expected: string, timeoutMs = 15_000): Promise<string> {
    return poll(`"${expected}" in ${testId}`, timeoutMs, async () => {
      const text = await this.cmd<string>('GET', `/element/${await this.find(byTestId(testId))}/text`);
      return text.toLowerCase().includes(expected.toLowerCase()) ? text : null;
    });
  }
  viewportWidth(): Promise<number> {
    return this.cmd<number>('POST', '/execute/sync', { script: 'return window.innerWidth', args: [] });
  }
  async close(): Promise<void> {
    await call(this.base, 'DELETE', `/session/${this.session}`).catch(() => undefined);
  }
}

/** One W3C WebDriver call; a WebDriver error becomes an exception with its message. */
async function call<T>(base: string, method: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = (await res.json()) as { value: T & { error?: string; message?: string } };
  if (!res.ok) throw new Error(`${method} ${path}: ${json.value.error ?? res.status} ${json.value.message ?? ''}`);
  return json.value;
}
