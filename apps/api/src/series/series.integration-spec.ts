import type { EarlierCommitments, HandoutModel, RejoinResult, SeriesResult } from '@kindred/session';
import { aFacilitator, aPair, aSession, facilitatorDevice, pairDevice, type CreatedSession, type JoinedPair } from '../test-support/builders';
import { HttpClient, type DeviceClient } from '../test-support/clients';
import { bootTestServer, type TestServer } from '../test-support/test-server';

const COMMITMENT = 'growing-conversations.commitment';

describe('linked series: evenings, returning pairs, earlier commitments, attendance', () => {
  let server: TestServer;
  const open: DeviceClient[] = [];

  beforeAll(async () => {
    server = await bootTestServer();
  });
  afterAll(async () => {
    for (const device of open) device.close();
    await server.close();
  });

  const ok = async (d: DeviceClient, command: Record<string, unknown>) => expect(await d.send(command)).toMatchObject({ ok: true });
  const asPair = (token: string) => ({ authorization: `Bearer ${token}` });
  const http = () => new HttpClient(server.url);

  /** Evening 1 of the series plan: the pairs join, each saves its commitment, the evening ends. */
  async function firstEvening(names: string[], facilitator?: CreatedSession['facilitator']): Promise<{ session: CreatedSession; pairs: JoinedPair[] }> {
    const session = await aSession(server, { planId: 'evening-1', ...(facilitator ? { facilitator } : {}), body: { title: 'Spring series' } });
    const console = await facilitatorDevice(server, session);
    open.push(console);
    const pairs: JoinedPair[] = [];
    for (const name of names) pairs.push(await aPair(server, session.code, name));
    await ok(console, { type: 'session.start' });
    await ok(console, { type: 'segment.goto', segmentId: COMMITMENT });
    for (const pair of pairs) {
      const device = await pairDevice(server, pair);
      open.push(device);
      await ok(device, { type: 'commitment.save', segmentId: COMMITMENT, text: `${pair.name} will cook on Sunday` });
    }
    await ok(console, { type: 'session.end' });
    return { session, pairs };
  }

  async function nextEvening(session: CreatedSession): Promise<CreatedSession> {
    const res = await session.facilitator.http.post<{ id: string; code: string; projectorToken: string }>(`/api/sessions/${session.id}/series/next`, {});
    expect(res.status).toBe(201);
    return { ...res.body, facilitator: session.facilitator };
  }

  const handoutOf = (pairId: string, token: string) => http().request<HandoutModel>('GET', `/api/handouts/${pairId}`, undefined, asPair(token));
  const commitmentsOf = (token: string) => http().request<EarlierCommitments>('GET', '/api/series/commitments', undefined, asPair(token));

  it('brings pairs back as themselves (same phone, rejoin code), lets new pairs in, and counts who came when', async () => {
    const { session: evening1, pairs } = await firstEvening(['Night Owls', 'Kite Flyers', 'Early Birds']);
    const [owls, kites, birds] = pairs as [JoinedPair, JoinedPair, JoinedPair];

    // Evening 1's handout already carries the pair's rejoin code; the facilitator's copy doesn't.
    const kitesHandout = await handoutOf(kites.pairId, kites.pairToken);
    const rejoinCode = kitesHandout.body.series?.rejoinCode;
    expect(rejoinCode).toMatch(/^[A-Z2-9]{7}$/);
    expect((await evening1.facilitator.http.get<HandoutModel>(`/api/handouts/${kites.pairId}`)).body.series).toBeUndefined();

    const evening2 = await nextEvening(evening1);
    const summary = await evening1.facilitator.http.get<{ planId: string; title: string }>(`/api/sessions/${evening2.id}`);
    expect(summary.body).toMatchObject({ planId: 'evening-2', title: 'Spring series, evening 2' });

    // Same phone, no typing: its evening-1 credential finds the open evening and rejoins.
    const offer = await http().request('GET', '/api/series/rejoin', undefined, asPair(owls.pairToken));
    expect(offer.body).toEqual({ sessionId: evening2.id, title: 'Spring series, evening 2', pairName: 'Night Owls', part: 2 });
    const owlsBack = await http().request<RejoinResult>('POST', '/api/series/rejoin', {}, asPair(owls.pairToken));
    expect(owlsBack.status).toBe(201);
    expect(owlsBack.body).toMatchObject({ sessionId: evening2.id, pairName: 'Night Owls' });
    expect(owlsBack.body.pairId).not.toBe(owls.pairId);
    // Asking again from the new evening's credential changes nothing.
    expect(await http().request('POST', '/api/series/rejoin', {}, asPair(owlsBack.body.pairToken))).toMatchObject({ status: 404, body: { code: 'series/no-open-evening' } });

    // A new phone with the code from the handout, lower case with a dash as people type it.
    const typed = `${rejoinCode!.slice(0, 3).toLowerCase()}-${rejoinCode!.slice(3)}`;
    const kitesBack = await http().post<RejoinResult>('/api/series/rejoin', { code: typed });
    expect(kitesBack.status).toBe(201);
    expect(kitesBack.body).toMatchObject({ sessionId: evening2.id, pairName: 'Kite Flyers' });

    // A new pair joins evening 2 as usual.
    const newcomers = await aPair(server, evening2.code, 'Sea Otters');

    // The returning pairs see their own evening-1 commitment, and no one else's.
    const owlsView = await commitmentsOf(owlsBack.body.pairToken);
    expect(owlsView.body.evenings).toEqual([
      { sessionId: evening1.id, part: 1, title: 'Spring series', commitments: [{ segmentId: COMMITMENT, prompt: expect.any(String), text: 'Night Owls will cook on Sunday', outcome: null }] },
    ]);
    expect(JSON.stringify((await commitmentsOf(kitesBack.body.pairToken)).body)).toContain('Kite Flyers will cook');
    expect(JSON.stringify((await commitmentsOf(kitesBack.body.pairToken)).body)).not.toMatch(/Night Owls|Early Birds/);
    expect((await commitmentsOf(newcomers.pairToken)).body).toEqual({ evenings: [] });

    // The pair marks how it went; only its own view shows it.
    const marked = await http().request<EarlierCommitments>('POST', '/api/series/commitments/outcome', { sessionId: evening1.id, segmentId: COMMITMENT, outcome: 'partly' }, asPair(owlsBack.body.pairToken));
    expect(marked.status).toBe(200);
    expect(marked.body.evenings[0]!.commitments[0]!.outcome).toBe('partly');
    expect((await commitmentsOf(kitesBack.body.pairToken)).body.evenings[0]!.commitments[0]!.outcome).toBeNull();

    // The evening-2 handout covers the series; evening 1's stays available with the old credential.
    const owlsHandout2 = await handoutOf(owlsBack.body.pairId, owlsBack.body.pairToken);
    expect(owlsHandout2.body.series?.evenings.map((e) => [e.part, e.commitments.map((c) => [c.text, c.outcome])])).toEqual([
      [1, [['Night Owls will cook on Sunday', 'partly']]],
      [2, []],
    ]);
    expect((await handoutOf(owls.pairId, owls.pairToken)).status).toBe(200);

    // Attendance: by chosen name, per evening, with counts, and no private text anywhere.
    const series = await evening1.facilitator.http.get<SeriesResult>(`/api/sessions/${evening2.id}/series`);
    expect(series.body.series?.evenings.map((e) => [e.part, e.present, e.returning])).toEqual([
      [1, 3, 0],
      [2, 3, 2],
    ]);
    expect(Object.fromEntries(series.body.series!.pairs.map((p) => [p.name, p.attended]))).toEqual({
      'Night Owls': [true, true],
      'Kite Flyers': [true, true],
      'Early Birds': [true, false],
      'Sea Otters': [false, true],
    });
    const csv = await evening1.facilitator.http.get<string>(`/api/sessions/${evening2.id}/report.csv`);
    expect(csv.body).toContain('Series attendance: Spring series');
    expect(csv.body).toContain('Early Birds,present,,1');
    const attendanceCsv = await evening1.facilitator.http.get<string>(`/api/sessions/${evening2.id}/series/attendance.csv`);
    expect(attendanceCsv.body).toContain('Sea Otters,,present,1');
    // In a Spanish-speaking reader's language; a language Kindred doesn't ship is refused.
    const spanish = await evening1.facilitator.http.get<string>(`/api/sessions/${evening2.id}/series/attendance.csv?lang=es`);
    expect(spanish.body).toContain('Dúo,Encuentro 1,Encuentro 2');
    expect(spanish.body).toContain('Sea Otters,,presente,1');
    expect((await evening1.facilitator.http.get<string>(`/api/sessions/${evening2.id}/series/attendance.csv?lang=xx`)).status).toBe(400);
    const spanishReport = await evening1.facilitator.http.get<string>(`/api/sessions/${evening2.id}/report.csv?lang=es`);
    expect(spanishReport.body).toContain('Asistencia a la serie: Spring series');
    const report = await evening1.facilitator.http.get<unknown>(`/api/sessions/${evening2.id}/report.json`);
    for (const body of [JSON.stringify(series.body), csv.body, attendanceCsv.body, JSON.stringify(report.body)]) expect(body).not.toContain('cook on Sunday');
    expect(report.body).toMatchObject({ series: { evenings: [{ present: 3 }, { present: 3, returning: 2 }] } });

    // The facilitator marks the third pair present; attendance follows.
    const marked3 = await evening1.facilitator.http.post<SeriesResult>(`/api/sessions/${evening2.id}/series/present`, {
      seriesPairId: series.body.series!.pairs.find((p) => p.name === 'Early Birds')!.seriesPairId,
    });
    expect(marked3.body.series?.evenings[1]).toMatchObject({ present: 4, returning: 3 });
    // Its old phone then picks up the place the facilitator made, not a second one.
    const birdsBack = await http().request<RejoinResult>('POST', '/api/series/rejoin', {}, asPair(birds.pairToken));
    expect(birdsBack.body.pairName).toBe('Early Birds');
    expect((await evening1.facilitator.http.get<SeriesResult>(`/api/sessions/${evening2.id}/series`)).body.series?.evenings[1]?.present).toBe(4);
  });

  it("never lets a credential or rejoin code of another pair or series read someone else's commitments", async () => {
    const { session: evening1, pairs } = await firstEvening(['Lantern Makers', 'Chess Club']);
    const [lanterns, chess] = pairs as [JoinedPair, JoinedPair];
    const evening2 = await nextEvening(evening1);
    const lanternsBack = (await http().request<RejoinResult>('POST', '/api/series/rejoin', {}, asPair(lanterns.pairToken))).body;

    // Another facilitator's series, with its own evening 2 open.
    const other = await firstEvening(['Stargazers'], await aFacilitator(server));
    const stargazers = other.pairs[0]!;
    const otherEvening2 = await nextEvening(other.session);
    const stargazersCode = (await handoutOf(stargazers.pairId, stargazers.pairToken)).body.series!.rejoinCode;

    // The other series' code rejoins its own series only, never this one.
    const viaCode = await http().post<RejoinResult>('/api/series/rejoin', { code: stargazersCode });
    expect(viaCode.body.sessionId).toBe(otherEvening2.id);
    const strangerView = JSON.stringify((await commitmentsOf(viaCode.body.pairToken)).body);
    expect(strangerView).toContain('Stargazers will cook');
    expect(strangerView).not.toMatch(/Lantern|Chess/);

    // Another pair's credential of the same series sees its own text only.
    const chessView = JSON.stringify((await commitmentsOf(chess.pairToken)).body);
    expect(chessView).not.toContain('Lantern');
    // Its outcome can't be set on an evening that isn't one of its earlier ones.
    const foreign = await http().request('POST', '/api/series/commitments/outcome', { sessionId: other.session.id, segmentId: COMMITMENT, outcome: 'done' }, asPair(lanternsBack.pairToken));
    expect(foreign).toMatchObject({ status: 404, body: { code: 'series/not-earlier' } });
    expect(await server.dataSource.query(`SELECT * FROM commitment_outcomes WHERE session_id = $1`, [other.session.id])).toEqual([]);

    // A later evening's credential doesn't open another pair's earlier handout.
    expect((await handoutOf(chess.pairId, lanternsBack.pairToken)).status).toBe(401);
    // Nonsense and wrong codes are refused, and braked like join codes.
    expect((await commitmentsOf('not-a-real-token-but-long-enough')).status).toBe(401);
    expect((await http().request('GET', '/api/series/commitments')).status).toBe(401);
    const wrong = await http().post('/api/series/rejoin', { code: 'AAAAAAA' });
    expect(wrong).toMatchObject({ status: 404, body: { code: 'series/code-unknown' } });

    // The facilitator of another series can't see or act on this one.
    const outsider = other.session.facilitator.http;
    expect((await outsider.get(`/api/sessions/${evening2.id}/series`)).status).toBe(404);
    expect((await outsider.post(`/api/sessions/${evening2.id}/series/next`, {})).status).toBe(404);

    // A pair removed from the open evening can't come back through its code.
    const console = await facilitatorDevice(server, evening2);
    open.push(console);
    await ok(console, { type: 'pair.remove', pairId: lanternsBack.pairId });
    const lanternsCode = (await handoutOf(lanterns.pairId, lanterns.pairToken)).body.series!.rejoinCode;
    expect(await http().post('/api/series/rejoin', { code: lanternsCode })).toMatchObject({ status: 403, body: { code: 'join/pair-removed' } });

    // After the evenings end there is nothing to rejoin.
    await ok(console, { type: 'session.end' });
    expect(await http().request('GET', '/api/series/rejoin', undefined, asPair(chess.pairToken))).toMatchObject({ status: 404, body: { code: 'series/no-open-evening' } });
  });
});
