import { PDFParse } from 'pdf-parse';
import type { HandoutModel } from './handout-model';
import { PrivateAnswerRetention } from './private-answer-retention';
import { aPair, aSession, facilitatorDevice, pairDevice, type CreatedSession, type JoinedPair } from '../test-support/builders';
import { connectDevice, HttpClient, type DeviceClient } from '../test-support/clients';
import { bootSibling, bootTestServer, type TestServer } from '../test-support/test-server';

const DAY_MS = 24 * 60 * 60 * 1000;
const SECRET_MOTHER = 'I was scared on the first day of school';
const SECRET_SON = 'I liked building the treehouse with you';
const COMMITMENT = 'Breakfast together every Saturday';

describe('private-answer retention', () => {
  let server: TestServer;
  const open: DeviceClient[] = [];

  beforeAll(async () => {
    server = await bootTestServer();
  });
  afterAll(async () => {
    for (const device of open) device.close();
    await server.close();
  });

  /** A session with one revealed pair of text answers and a commitment, ended. */
  async function endedSession(privateRetentionDays: number | null, on: TestServer = server): Promise<{ session: CreatedSession; pair: JoinedPair; endedAt: Date }> {
    const server = on;
    const session = await aSession(server, { planId: 'taster', body: { privateRetentionDays } });
    const facilitator = await facilitatorDevice(server, session);
    const pair = await aPair(server, session.code, 'Treehouse Builders');
    const device = await pairDevice(server, pair);
    open.push(facilitator, device);
    const ok = async (d: DeviceClient, command: Record<string, unknown>) => expect(await d.send(command)).toMatchObject({ ok: true });
    await ok(facilitator, { type: 'session.start' });
    await ok(facilitator, { type: 'segment.goto', segmentId: 'shared-moments.reveal' });
    await ok(device, { type: 'answer.submit', segmentId: 'shared-moments.reveal', role: 'mother', answer: { type: 'text', text: SECRET_MOTHER } });
    await ok(device, { type: 'answer.submit', segmentId: 'shared-moments.reveal', role: 'son', answer: { type: 'text', text: SECRET_SON } });
    await ok(device, { type: 'answer.reveal', segmentId: 'shared-moments.reveal' });
    await ok(facilitator, { type: 'segment.goto', segmentId: 'shared-moments.commitment' });
    await ok(device, { type: 'commitment.save', segmentId: 'shared-moments.commitment', text: COMMITMENT });
    await ok(facilitator, { type: 'session.end' });
    const rows = await server.dataSource.query<{ ended_at: Date }[]>(`SELECT ended_at FROM live_sessions WHERE id = $1`, [session.id]);
    return { session, pair, endedAt: rows[0]!.ended_at };
  }

  const handoutOf = (pair: JoinedPair, from: TestServer = server) =>
    new HttpClient(from.url).request<HandoutModel>('GET', `/api/handouts/${pair.pairId}`, undefined, { authorization: `Bearer ${pair.pairToken}` });

  async function storedAnswers(sessionId: string): Promise<string> {
    return JSON.stringify(await server.dataSource.query(`SELECT payload FROM session_events WHERE session_id = $1 AND type = 'PrivateAnswerSubmitted'`, [sessionId]));
  }

  it('deletes private answers N days after the end, and the handout says so', async () => {
    const { session, pair, endedAt } = await endedSession(2);
    const kept = await endedSession(null);
    const retention = server.app.get(PrivateAnswerRetention);

    // A day early: nothing happens.
    expect(await retention.purgeExpiredPrivateAnswers(new Date(endedAt.getTime() + DAY_MS))).toEqual([]);
    expect((await handoutOf(pair)).body.topics.flatMap((t) => t.answers)).toEqual([expect.objectContaining({ mother: SECRET_MOTHER, son: SECRET_SON })]);

    const due = new Date(endedAt.getTime() + 2 * DAY_MS + 60_000);
    expect(await retention.purgeExpiredPrivateAnswers(due)).toEqual([session.id]);
    // The texts are gone from the only place they lived; the events stay, marked.
    const stored = await storedAnswers(session.id);
    expect(stored).not.toContain(SECRET_MOTHER);
    expect(stored).not.toContain(SECRET_SON);
    expect(stored).toContain('"redacted":true');
    expect(await storedAnswers(kept.session.id)).toContain(SECRET_MOTHER);

    // The cached live session was rebuilt: the handout no longer has them, and says why.
    const handout = (await handoutOf(pair)).body;
    expect(handout.retention).toMatchObject({ days: 2, deleted: true });
    expect(handout.topics.flatMap((t) => t.answers)).toEqual([]);
    expect(handout.topics.flatMap((t) => t.commitments).map((c) => c.text)).toEqual([COMMITMENT]);
    expect(JSON.stringify(handout)).not.toContain(SECRET_SON);

    const pdf = await fetch(`${server.url}/api/handouts/${pair.pairId}/pdf`, { headers: { authorization: `Bearer ${pair.pairToken}` } });
    const parser = new PDFParse({ data: new Uint8Array(await pdf.arrayBuffer()) });
    const text = (await parser.getText()).text.replace(/\s+/g, ' ');
    await parser.destroy();
    expect(text).toContain('Your private answers were deleted after 2 days, as the facilitator chose.');
    expect(text).not.toContain(SECRET_MOTHER);
    expect(text).toContain(COMMITMENT);

    // Once is enough; a restarted server rebuilds the redacted log.
    expect(await retention.purgeExpiredPrivateAnswers(new Date(due.getTime() + DAY_MS))).toEqual([]);
    server = await server.restart();
    expect(JSON.stringify((await handoutOf(pair)).body)).not.toContain(SECRET_MOTHER);
    expect((await handoutOf(kept.pair)).body.topics.flatMap((t) => t.answers)).toEqual([expect.objectContaining({ mother: SECRET_MOTHER })]);
  });

  it('reaches every process: another API process stops serving the purged text at once', async () => {
    const env = { REDIS_URL: process.env.KINDRED_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379/5' };
    const first = await bootTestServer(env);
    const second = await bootSibling(first, env);
    try {
      const { session, pair, endedAt } = await endedSession(1, first);
      // A phone on the second process sees its pair's texts: that process caches them.
      const pairView = async () => {
        const device = await connectDevice(second.url, { role: 'pair', pairToken: pair.pairToken, member: null });
        open.push(device);
        await device.until((d) => d.pairView !== null, 5000, 'pair view');
        device.close();
        return JSON.stringify(device.pairView);
      };
      expect(await pairView()).toContain(SECRET_MOTHER);

      expect(await first.app.get(PrivateAnswerRetention).purgeExpiredPrivateAnswers(new Date(endedAt.getTime() + DAY_MS + 60_000))).toEqual([session.id]);
      // The purge reaches it over the cluster channel: no restart needed.
      const deadline = Date.now() + 5000;
      let served = await pairView();
      while (served.includes(SECRET_MOTHER) && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        served = await pairView();
      }
      expect(served).not.toContain(SECRET_MOTHER);
      expect(served).not.toContain(SECRET_SON);
      expect(served).toContain(COMMITMENT);
    } finally {
      for (const device of open.splice(0)) device.close();
      await second.close();
      await first.close();
    }
  });
});
