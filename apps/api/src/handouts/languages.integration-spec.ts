import { handoutLabels, resolveAgenda, TASTER, type HandoutLabels } from '@kindred/content';
import type { HandoutModel } from './handout-model';
import type { SessionReport } from './session-report';
import { HandoutsService } from './handouts.service';
import { aSession, facilitatorDevice, pairDevice, type CreatedSession, type JoinedPair } from '../test-support/builders';
import { HttpClient, type DeviceClient } from '../test-support/clients';
import { pdfText } from '../test-support/pdf-text';
import { bootTestServer, type TestServer } from '../test-support/test-server';
import { SessionStore } from '../sessions/session-store';

/*
 * Documents in the reader's language: a pair's handout page and PDF follow `?lang=`
 * (default: the pair's language, then the session's), the facilitator's print bundle
 * prints each pair in its own, and report.csv takes `?lang=` and `?tz=`.
 */

async function fetchRaw(server: TestServer, path: string, headers: Record<string, string>): Promise<{ status: number; type: string | null; body: Buffer }> {
  const res = await fetch(server.url + path, { headers });
  return { status: res.status, type: res.headers.get('content-type'), body: Buffer.from(await res.arrayBuffer()) };
}

/** Words with Spanish letters (á é í ó ú ü ñ ¿ ¡) in a text: what a PDF must not mangle. */
const accented = (text: string): string[] => text.match(/[^\s,.;:()"]*[áéíóúüñÁÉÍÓÚÜÑ¿¡][^\s,.;:()"]*/g) ?? [];

describe('documents in the reader\'s language', () => {
  let server: TestServer;
  let session: CreatedSession;
  let console: DeviceClient;
  const devices: DeviceClient[] = [];
  let osos: JoinedPair;
  let owls: JoinedPair;
  const OSOS_COMMITMENT = '¿Cocinamos juntos el sábado? ¡Sí: arroz con leche y una canción de Íñigo!';
  const OWLS_COMMITMENT = 'We will walk the dog together on Sundays.';
  const topicId = 'growing-conversations';
  const cookie = () => ({ cookie: session.facilitator.http.cookieHeader! });
  const bearer = (pair: JoinedPair) => ({ authorization: `Bearer ${pair.pairToken}` });

  beforeAll(async () => {
    server = await bootTestServer();
    session = await aSession(server, { planId: 'taster' });
    console = await facilitatorDevice(server, session);
    devices.push(console);
    const http = new HttpClient(server.url);
    const join = async (pairName: string, members: Record<string, string>, language?: string) => {
      const res = await http.post<JoinedPair>('/api/join', { code: session.code, pairName, members, ...(language ? { language } : {}) });
      expect(res.status).toBe(201);
      return { ...res.body, name: pairName };
    };
    osos = await join('Los Niños de Peñalara', { mother: 'Begoña', son: 'Íñigo' }, 'es');
    owls = await join('Night Owls', { mother: 'Grace', son: 'Tom' });
    const phones = [await pairDevice(server, osos), await pairDevice(server, owls)];
    devices.push(...phones);
    await console.until((c) => c.agenda !== null && c.facilitatorView?.pairCount === 2, 5000, 'two pairs');
    const commitment = `${topicId}.commitment`;
    for (const command of [{ type: 'session.start' }, { type: 'segment.goto', segmentId: commitment }]) expect(await console.send(command)).toMatchObject({ ok: true });
    expect(await phones[0]!.send({ type: 'commitment.save', segmentId: commitment, text: OSOS_COMMITMENT })).toMatchObject({ ok: true });
    expect(await phones[1]!.send({ type: 'commitment.save', segmentId: commitment, text: OWLS_COMMITMENT })).toMatchObject({ ok: true });
    expect(await console.send({ type: 'session.end' })).toMatchObject({ ok: true });
  });

  afterAll(async () => {
    for (const device of devices) device.close();
    await server.close();
  });

  const topicTitle = (language: string) => resolveAgenda(TASTER, { language, ageBand: 'teen' }).sections.find((s) => s.id === topicId)!.title;

  it('gives the handout page in the pair\'s language by default, and in the one asked for with ?lang=', async () => {
    const http = new HttpClient(server.url);
    const read = async (pair: JoinedPair, query = '') => {
      const res = await http.request<HandoutModel>('GET', `/api/handouts/${pair.pairId}${query}`, undefined, bearer(pair));
      expect(res.status).toBe(200);
      return res.body;
    };
    const spanish = await read(osos);
    expect(spanish.workshop.language).toBe('es');
    expect(spanish.topics.map((t) => [t.sectionId, t.title])).toEqual([[topicId, topicTitle('es')]]);
    expect(spanish.topics[0]!.commitments).toEqual([expect.objectContaining({ text: OSOS_COMMITMENT })]);
    expect((await read(osos, '?lang=en')).workshop.language).toBe('en');
    expect((await read(owls)).workshop.language).toBe('en');
    const asked = await read(owls, '?lang=es');
    expect(asked.workshop.language).toBe('es');
    expect(asked.topics.map((t) => t.title)).toEqual([topicTitle('es')]);
    // The facilitator reading a pair's page gets it in the pair's language too.
    const console = await session.facilitator.http.get<HandoutModel>(`/api/handouts/${osos.pairId}`);
    expect(console.body.workshop.language).toBe('es');
  });

  it('refuses a language it does not ship, or any other query, with payload/invalid', async () => {
    for (const query of ['?lang=fr', '?lang=es-MX', '?lang=', '?lang=es&lang=en', '?lang[x]=es', '?debug=1']) {
      for (const suffix of ['', '/pdf']) {
        const res = await fetchRaw(server, `/api/handouts/${osos.pairId}${suffix}${query}`, bearer(osos));
        expect({ query, suffix, status: res.status, code: (JSON.parse(res.body.toString('utf8')) as { code?: string }).code }).toEqual({ query, suffix, status: 400, code: 'payload/invalid' });
      }
    }
  });

  it('prints the PDF in the pair\'s language with every Spanish letter intact', async () => {
    const res = await fetchRaw(server, `/api/handouts/${osos.pairId}/pdf`, bearer(osos));
    expect(res.status).toBe(200);
    expect(res.type).toBe('application/pdf');
    // The document says which language it is in (screen readers pick their voice from it).
    expect(res.body.toString('latin1')).toContain('/Lang (es)');
    const text = (await pdfText(res.body)).text;
    const labels: HandoutLabels = handoutLabels('es');
    const printed = [labels.intro, labels.yourCommitment, labels.tryAtHome, labels.keyIdeas];
    for (const label of printed) expect(text).toContain(label);
    // Whatever accents the Spanish catalogue has, and the family's own words, come out as typed.
    for (const word of [...printed.flatMap(accented), ...accented(OSOS_COMMITMENT)]) expect(text).toContain(word);
    for (const own of ['Los Niños de Peñalara', 'Begoña', 'Íñigo', OSOS_COMMITMENT]) expect(text).toContain(own);
    expect(text).toContain(topicTitle('es'));

    const english = await fetchRaw(server, `/api/handouts/${osos.pairId}/pdf?lang=en`, bearer(osos));
    expect(english.body.toString('latin1')).toContain('/Lang (en)');
    const other = await fetchRaw(server, `/api/handouts/${owls.pairId}/pdf?lang=es`, bearer(owls));
    expect(other.body.toString('latin1')).toContain('/Lang (es)');
  });

  it('prints the facilitator\'s bundle with each pair in its own language', async () => {
    const row = await server.app.get(SessionStore).findById(session.id);
    const models = await server.app.get(HandoutsService).handoutsForSession(row!);
    expect(models.map((m) => [m.pair.name, m.workshop.language])).toEqual([
      ['Los Niños de Peñalara', 'es'],
      ['Night Owls', 'en'],
    ]);
    const res = await fetchRaw(server, `/api/sessions/${session.id}/handouts.pdf`, cookie());
    expect(res.status).toBe(200);
    const text = (await pdfText(res.body)).text;
    expect(text).toContain('Los Niños de Peñalara');
    // Nothing private in the facilitator's copy unless shared.
    expect(text).not.toContain(OSOS_COMMITMENT);
  });

  it('writes report.csv\'s times in the zone asked for (UTC by default), its words in the language asked for', async () => {
    const report = (await session.facilitator.http.get<SessionReport>(`/api/sessions/${session.id}/report.json`)).body;
    const joinedAt = report.attendance.pairs.map((p) => p.joinedAt);
    const inZone = (iso: string, timeZone: string) => new Date(iso).toLocaleString('sv-SE', { timeZone });

    const plain = await fetchRaw(server, `/api/sessions/${session.id}/report.csv?part=attendance`, cookie());
    expect(plain.status).toBe(200);
    const plainRows = plain.body.toString('utf8').split('\r\n');
    for (const [i, at] of joinedAt.entries()) expect(plainRows[i + 1]).toContain(`,${at.slice(0, 19).replace('T', ' ')},`);

    const zoned = await fetchRaw(server, `/api/sessions/${session.id}/report.csv?part=attendance&tz=Asia/Kathmandu`, cookie());
    const zonedRows = zoned.body.toString('utf8').split('\r\n');
    // Kathmandu is UTC+05:45: no server zone gets that by accident.
    for (const [i, at] of joinedAt.entries()) expect(zonedRows[i + 1]).toContain(`,${inZone(at, 'Asia/Kathmandu')},`);

    const spanish = await fetchRaw(server, `/api/sessions/${session.id}/report.csv?lang=es&tz=America/Mexico_City`, cookie());
    expect(spanish.status).toBe(200);
    const rows = spanish.body.toString('utf8').replace(/^\uFEFF/, '').split('\r\n');
    const started = new Intl.DateTimeFormat('es', { timeZone: 'America/Mexico_City', year: 'numeric', month: 'long', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZoneName: 'short' }).format(new Date(report.session.startedAt!));
    expect(rows.some((row) => row.endsWith(started) || row.endsWith(`"${started}"`))).toBe(true);
    expect(rows.some((row) => row.includes(topicTitle('es')))).toBe(true);
    for (const at of joinedAt) expect(rows.join('\n')).toContain(`,${inZone(at, 'America/Mexico_City')},`);
  });

  it('refuses an unknown zone or language for report.csv with payload/invalid', async () => {
    for (const query of ['tz=Mars/Olympus', 'tz=America/Mexico%20City', 'tz=../../etc/passwd', 'tz=', 'lang=xx', 'lang=es&tz=Nowhere', 'tz=UTC&tz=UTC']) {
      const res = await session.facilitator.http.get<{ code: string }>(`/api/sessions/${session.id}/report.csv?${query}`);
      expect({ query, status: res.status, code: res.body.code }).toEqual({ query, status: 400, code: 'payload/invalid' });
    }
  });
});
