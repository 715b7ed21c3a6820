import { aPair, aSession, facilitatorDevice } from '../test-support/builders';
import { bootTestServer, type TestServer } from '../test-support/test-server';

/*
 * A facilitator creates a session, removes a pair, downloads the report and ends the
 * session: each is one audit_log row and one `"audit": true` log line, naming ids
 * only, never the title, the join code, pair names or the email.
 */

interface AuditRow {
  action: string;
  actor_kind: string;
  actor_id: string | null;
  session_id: string | null;
  details: Record<string, unknown>;
}

describe('the audit trail', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await bootTestServer();
  });

  afterAll(async () => {
    await server?.close();
  });

  it('records who created, removed, downloaded and ended, with no private text', async () => {
    const title = 'Hillside Tuesday group';
    const session = await aSession(server, { body: { title } });
    const pair = await aPair(server, session.code, 'The Night Owls');
    const facilitator = await facilitatorDevice(server, session);
    try {
      expect(await facilitator.send({ type: 'session.start' })).toMatchObject({ ok: true });
      expect(await facilitator.send({ type: 'pair.remove', pairId: pair.pairId })).toMatchObject({ ok: true });
      expect(await facilitator.send({ type: 'session.end' })).toMatchObject({ ok: true });
    } finally {
      facilitator.close();
    }
    expect((await session.facilitator.http.get(`/api/sessions/${session.id}/report.csv`)).status).toBe(200);

    const who = { actor_kind: 'facilitator', actor_id: session.facilitator.id, session_id: session.id };
    const expected = [
      { action: 'session.created', ...who, details: {} },
      { action: 'pair.removed', ...who, details: { pairId: pair.pairId } },
      { action: 'session.ended', ...who, details: expect.objectContaining({ reason: 'facilitator' }) },
      { action: 'handouts.downloaded', ...who, details: { format: 'report.csv' } },
    ];
    // Written after the answer went out: wait for the last one.
    let rows: AuditRow[] = [];
    for (let i = 0; i < 50 && rows.length < expected.length; i++) {
      rows = await server.dataSource.query<AuditRow[]>(`SELECT action, actor_kind, actor_id, session_id, details FROM audit_log WHERE session_id = $1 ORDER BY at, action`, [session.id]);
      if (rows.length < expected.length) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(rows).toEqual(expected);

    const lines = server.logLines.filter((line) => line.includes('"audit":true'));
    expect(lines.map((line) => (JSON.parse(line) as { action: string }).action)).toEqual(expect.arrayContaining(expected.map((e) => e.action)));
    for (const text of [...lines, JSON.stringify(rows)]) {
      for (const secret of [title, session.code, 'The Night Owls', 'Maria', 'Leo', session.facilitator.email]) expect(text).not.toContain(secret);
    }
  });
});
