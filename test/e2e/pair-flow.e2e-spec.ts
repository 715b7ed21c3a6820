import type { Browser } from 'playwright-core';
import { createSession, Facilitator, type BenchSession } from '../load/lib/kindred';
import { launchBrowser } from '../support/browser';
import { PlaywrightPhone, WebDriverPhone, WebKitDriverServer, type PhoneDriver } from '../support/drivers';
import { freshDatabaseEnv, startServerProcess, type ServerProcess } from '../support/server-process';

/**
 * The pair flow on one 360×640 phone, written once and run in Chromium (playwright-core)
 * and in WebKit, Safari's engine (WebKitWebDriver + MiniBrowser under xvfb-run): join,
 * lobby, a private answer from each member and their reveal, a vote from each, and a
 * reconnection (the page reloads and resumes where the room is). The facilitator is a
 * socket.io client. WebKit needs `apt-get install -y webkit2gtk-driver xvfb`; without it
 * the WebKit half is skipped locally and fails in CI.
 */

const REVEAL = 'shared-moments.reveal';
const POLL = 'emotional-needs.poll';

async function pairFlow(phone: PhoneDriver, baseUrl: string, session: BenchSession, facilitator: Facilitator, pairName: string): Promise<void> {
  await phone.goto(`${baseUrl}/join/${session.code}`);
  expect(await phone.viewportWidth()).toBe(360); // a small phone's layout viewport, in both engines
  await phone.fill('pair-name-input', pairName);
  await phone.fill('mother-name-input', 'Ana');
  await phone.fill('son-name-input', 'Leo');
  await phone.click('join-submit');
  await phone.waitForText('waiting-welcome', 'Welcome, Ana and Leo!');
  await phone.waitForText('pair-name', pairName);

  await facilitator.must({ type: 'session.start' });
  await facilitator.must({ type: 'segment.goto', segmentId: REVEAL });
  await phone.waitForText('step-private', 'Each of you answers in secret');
  for (const [role, text] of [['mother', `Ana in ${phone.engine}: the lighthouse picnic`], ['son', `Leo in ${phone.engine}: the umbrella race`]] as const) {
    await phone.click(`private-turn-${role}`);
    await phone.click('private-ready');
    await phone.fill('answer-text', text);
    await phone.click('answer-submit');
    if (role === 'mother') await phone.waitForText('private-turn-mother', 'Answered');
  }
  await phone.waitForText('step-private', 'You both answered!');
  await phone.click('private-reveal');
  await phone.waitForText('revealed-mother', `Ana in ${phone.engine}: the lighthouse picnic`);
  await phone.waitForText('revealed-son', `Leo in ${phone.engine}: the umbrella race`);

  await facilitator.must({ type: 'segment.goto', segmentId: POLL });
  await facilitator.must({ type: 'poll.open', pollId: POLL });
  for (const voter of ['Ana', 'Leo']) {
    await phone.waitForText('step-poll', `${voter} votes`);
    await phone.clickCss('form.vote-form label');
    await phone.click('vote-submit');
  }
  await phone.waitForText('poll-voted', 'Your vote is in');

  // A reconnection: the page starts over from its saved credentials and finds the room where it is.
  await phone.goto(`${baseUrl}/`);
  await phone.goto(`${baseUrl}/pair/${encodeURIComponent(session.id)}`);
  await phone.waitForText('poll-voted', 'Your vote is in');
  await facilitator.must({ type: 'poll.close', pollId: POLL });
  await facilitator.must({ type: 'poll.reveal', pollId: POLL });
  await phone.waitForText('step-poll', 'answers');
}

describe('the pair flow in Chromium and WebKit', () => {
  let server: ServerProcess;
  let db: Awaited<ReturnType<typeof freshDatabaseEnv>>;

  beforeAll(async () => {
    db = await freshDatabaseEnv();
    server = await startServerProcess(db.env);
  });
  afterAll(async () => {
    await server?.stop();
    await db?.drop();
  });

  async function run(open: () => Promise<PhoneDriver>, pairName: string): Promise<void> {
    // Each engine gets its own session: split poll results need no other pairs to show this pair's flow.
    const session = await createSession(server.url, 'taster');
    const facilitator = await Facilitator.connect(server.url, session);
    const phone = await open();
    try {
      await pairFlow(phone, server.url, session, facilitator, pairName);
    } finally {
      await phone.close();
      facilitator.socket.disconnect();
    }
  }

  it('runs in Chromium', async () => {
    let browser: Browser | null = null;
    try {
      browser = await launchBrowser();
      const opened = browser;
      await run(() => PlaywrightPhone.open(opened), 'Chromium Owls');
    } finally {
      await browser?.close();
    }
  });

  const webkit = WebKitDriverServer.available() || process.env.CI ? it : it.skip;
  webkit('runs in WebKit (Safari’s engine)', async () => {
    const driver = await WebKitDriverServer.start();
    try {
      await run(() => WebDriverPhone.open(driver), 'WebKit Owls');
    } finally {
      await driver.stop();
    }
  });
});
