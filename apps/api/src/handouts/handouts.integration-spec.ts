import type { Agenda, MemberRole } from '@kindred/content';
import type { HandoutModel, PollGroupSummary } from './handout-model';
import type { SessionReport } from './session-report';
import { segmentOfKind } from '../test-support/agenda-helpers';
import { aFacilitator, aSession, facilitatorDevice, pairDevice, type CreatedSession, type JoinedPair } from '../test-support/builders';
import { HttpClient, type DeviceClient } from '../test-support/clients';
import { pdfText } from '../test-support/pdf-text';
import { bootTestServer, type TestServer } from '../test-support/test-server';

/*
 * A taster session run through the socket protocol with four pairs, then every
 * handout fetched as JSON and as PDF (text extracted), the print bundle and the report.
 */

const ROLES: readonly MemberRole[] = ['mother', 'son'];

interface PairFixture {
  pair: JoinedPair;
  device: DeviceClient;
  members: { mother: string; son: string };
  /** Text answers to the second topic's private question. */
  texts: Record<MemberRole, string>;
  commitments: [string, string];
}

const PAIRS = [
  { name: 'The Night Owls', members: { mother: 'Lucía', son: 'Mateo' } },
  { name: 'Pancake Crew', members: { mother: 'Zoë', son: 'Jürgen' } },
  { name: 'Trail Walkers', members: { mother: 'Amara', son: 'Kofi' } },
  { name: 'Quiet Readers', members: { mother: 'Ingrid', son: 'Nils' } },
] as const;

async function fetchRaw(server: TestServer, path: string, headers: Record<string, string>): Promise<{ status: number; type: string | null; body: Buffer }> {
  const res = await fetch(server.url + path, { headers });
  return { status: res.status, type: res.headers.get('content-type'), body: Buffer.from(await res.arrayBuffer()) };
}

const bearer = (fixture: PairFixture) => ({ authorization: `Bearer ${fixture.pair.pairToken}` });

describe('handouts and the session report', () => {
  let server: TestServer;
  let session: CreatedSession;
  let facilitator: DeviceClient;
  const LOCAL_RESOURCE = 'Hillside School pastoral team, room 12, Mondays after school';
  const LOCAL_CONTACT = 'Jo Baker, venue safeguarding lead';
  let agenda: Agenda;
  const fixtures: PairFixture[] = [];
  /** The scale poll: mothers' values (4 ballots) and sons' (2, under k). */
  const scaleVotes: Record<MemberRole, number[]> = { mother: [5, 4, 4, 2], son: [3, 5] };

  beforeAll(async () => {
    server = await bootTestServer();
    // The taster with the commitments of topics 1 and 2 switched back on (it ships with one).
    const customization = { disabledSegments: ['emotional-needs.deeper', 'shared-moments.deeper', 'growing-conversations.deeper'] };
    const localHelp = { localResources: [LOCAL_RESOURCE], safeguardingContact: LOCAL_CONTACT };
    session = await aSession(server, { planId: 'taster', body: { privateRetentionDays: 30, customization, ...localHelp } });
    facilitator = await facilitatorDevice(server, session);
    for (const [i, { name, members }] of PAIRS.entries()) {
      const joined = await new HttpClient(server.url).post<{ pairId: string; pairToken: string; sessionId: string }>('/api/join', { code: session.code, pairName: name, members });
      expect(joined.status).toBe(201);
      const pair = { ...joined.body, name };
      fixtures.push({
        pair,
        device: await pairDevice(server, pair),
        members,
        texts: { mother: `${members.mother} loves our Sunday walk ${i}`, son: `${members.son} wants more football in the park ${i}` },
        commitments: [`${name} will cook paella with ñora on Friday`, `${name} will have a phone-free breakfast ${i}`],
      });
    }
    await runSession();
  });

  afterAll(async () => {
    for (const fixture of fixtures) fixture.device.close();
    facilitator?.close();
    await server.close();
  });

  async function ok(device: DeviceClient, command: Record<string, unknown>): Promise<void> {
    expect(await device.send(command)).toMatchObject({ ok: true });
  }

  async function runSession(): Promise<void> {
    await ok(facilitator, { type: 'session.start' });
    await facilitator.until((f) => f.agenda !== null);
    agenda = facilitator.agenda!;

    // Topic 1: a private choice question, revealed by all but the last pair.
    const choice = segmentOfKind(agenda, 'privateReveal', (s) => s.id === 'emotional-needs.reveal');
    if (choice.answer.type !== 'choice') throw new Error('expected a choice question');
    const options = choice.answer.options;
    await ok(facilitator, { type: 'segment.goto', segmentId: choice.id });
    for (const [i, { device }] of fixtures.entries()) {
      for (const [r, role] of ROLES.entries()) {
        await ok(device, { type: 'answer.submit', segmentId: choice.id, role, answer: { type: 'choice', optionId: options[(i + r) % options.length]!.id } });
      }
      if (i < 3) await ok(device, { type: 'answer.reveal', segmentId: choice.id });
    }

    // Topic 1: a scale poll split by role; four mothers vote (>= k), two sons (< k).
    const scale = segmentOfKind(agenda, 'poll', (p) => p.id === 'emotional-needs.poll');
    await ok(facilitator, { type: 'segment.goto', segmentId: scale.id });
    await ok(facilitator, { type: 'poll.open', pollId: scale.id });
    for (const role of ROLES) {
      for (const [i, value] of scaleVotes[role].entries()) await ok(fixtures[i]!.device, { type: 'vote.cast', pollId: scale.id, role, choice: { type: 'scale', value } });
    }
    await ok(facilitator, { type: 'poll.close', pollId: scale.id });
    await ok(facilitator, { type: 'poll.reveal', pollId: scale.id });

    await saveCommitments('emotional-needs.commitment', 0);

    // Topic 2: private text answers, all revealed; a multiple-choice poll, one ballot per pair.
    const text = segmentOfKind(agenda, 'privateReveal', (s) => s.id === 'shared-moments.reveal');
    await ok(facilitator, { type: 'segment.goto', segmentId: text.id });
    for (const fixture of fixtures) {
      for (const role of ROLES) await ok(fixture.device, { type: 'answer.submit', segmentId: text.id, role, answer: { type: 'text', text: fixture.texts[role] } });
      await ok(fixture.device, { type: 'answer.reveal', segmentId: text.id });
    }
    const multiple = segmentOfKind(agenda, 'poll', (p) => p.id === 'shared-moments.poll');
    if (multiple.poll.type !== 'multiple') throw new Error('expected a multiple-choice poll');
    const [o1, o2] = multiple.poll.options;
    await ok(facilitator, { type: 'segment.goto', segmentId: multiple.id });
    await ok(facilitator, { type: 'poll.open', pollId: multiple.id });
    const picks = [[o1!.id, o2!.id], [o1!.id], [o2!.id]];
    for (const [i, optionIds] of picks.entries()) await ok(fixtures[i]!.device, { type: 'vote.cast', pollId: multiple.id, choice: { type: 'multiple', optionIds } });
    await ok(facilitator, { type: 'poll.close', pollId: multiple.id });
    await ok(facilitator, { type: 'poll.reveal', pollId: multiple.id });

    await saveCommitments('shared-moments.commitment', 1);
    await ok(facilitator, { type: 'session.end' });
  }

  async function saveCommitments(segmentId: string, index: 0 | 1): Promise<void> {
    await ok(facilitator, { type: 'segment.goto', segmentId });
    for (const fixture of fixtures) await ok(fixture.device, { type: 'commitment.save', segmentId, text: fixture.commitments[index] });
  }

  /** Every private string a pair produced: its texts, commitments and member names. */
  const privateStrings = (fixture: PairFixture) => [...Object.values(fixture.texts), ...fixture.commitments, fixture.members.mother, fixture.members.son];

  const group = (groups: PollGroupSummary[] | null | undefined, name: string) => groups?.find((g) => g.group === name);

  it("lists the facilitator's local help first on every handout, and keeps the safeguarding contact on the console", async () => {
    for (const fixture of fixtures) {
      const res = await new HttpClient(server.url).request<HandoutModel>('GET', `/api/handouts/${fixture.pair.pairId}`, undefined, bearer(fixture));
      expect(res.body.closing.resources.items[0]).toBe(LOCAL_RESOURCE);
      expect(res.body.closing.resources.items.length).toBeGreaterThan(1); // the kinds of help follow
      expect(JSON.stringify(res.body)).not.toContain(LOCAL_CONTACT);
      expect(JSON.stringify(fixture.device.agenda)).not.toContain(LOCAL_CONTACT);
      expect(fixture.device.agenda?.guide).toBeUndefined();
    }
    expect(facilitator.agenda?.guide?.contact).toBe(LOCAL_CONTACT);
  });

  it("gives each pair its own answers and commitments, and nobody else's", async () => {
    for (const fixture of fixtures) {
      const res = await new HttpClient(server.url).request<HandoutModel>('GET', `/api/handouts/${fixture.pair.pairId}`, undefined, bearer(fixture));
      expect(res.status).toBe(200);
      const handout = res.body;
      // A pair that never chose its words is called by the default, 'Mom'.
      expect(handout.pair).toEqual({ name: fixture.pair.name, members: fixture.members, carer: 'Mom' });
      expect(handout.workshop).toMatchObject({ title: 'Tuesday evening at Hillside School', facilitatorName: 'Facilitator', phase: 'ended' });
      // Only the topics the session visited: the third was never reached.
      expect(handout.topics.map((t) => t.sectionId)).toEqual(['emotional-needs', 'shared-moments']);
      const [first, second] = handout.topics as [HandoutModel['topics'][number], HandoutModel['topics'][number]];
      expect(first.keyIdeas.length).toBeGreaterThan(0);
      expect(first.takeHome.length).toBeGreaterThan(0);
      expect(first.commitments.map((c) => c.text)).toEqual([fixture.commitments[0]]);
      expect(second.commitments.map((c) => c.text)).toEqual([fixture.commitments[1]]);
      expect(second.answers).toEqual([expect.objectContaining({ revealed: true, mother: fixture.texts.mother, son: fixture.texts.son })]);
      const json = JSON.stringify(handout);
      for (const other of fixtures.filter((f) => f !== fixture)) for (const secret of privateStrings(other)) expect(json).not.toContain(secret);
      expect(handout.retention).toMatchObject({ days: 30, deleted: false });
    }
    // The last pair never revealed its choice answers: the handout says so and shows neither.
    const last = await new HttpClient(server.url).request<HandoutModel>('GET', `/api/handouts/${fixtures[3]!.pair.pairId}`, undefined, bearer(fixtures[3]!));
    expect(last.body.topics[0]!.answers).toEqual([expect.objectContaining({ revealed: false, mother: null, son: null })]);
  });

  it('shows poll figures that match the ballots, under the k rule', async () => {
    const res = await new HttpClient(server.url).request<HandoutModel>('GET', `/api/handouts/${fixtures[0]!.pair.pairId}`, undefined, bearer(fixtures[0]!));
    const [scale] = res.body.topics[0]!.polls;
    const mothers = group(scale?.groups, 'mother');
    expect(mothers).toMatchObject({ status: 'shown', ballotCount: 4, mean: 3.75 });
    const counts = mothers?.status === 'shown' ? mothers.bars.map((bar) => bar.count) : [];
    expect(counts).toEqual([0, 1, 0, 2, 1]);
    // Two sons voted: fewer than k = 3, so nothing of theirs is shown.
    expect(group(scale?.groups, 'son')).toEqual({ group: 'son', status: 'not-enough-answers', needed: 3 });

    const [multiple] = res.body.topics[1]!.polls;
    const everyone = group(multiple?.groups, 'everyone');
    expect(everyone).toMatchObject({ status: 'shown', ballotCount: 3 });
    expect(everyone?.status === 'shown' && everyone.bars.slice(0, 2).map((bar) => bar.count)).toEqual([2, 2]);
    expect(everyone?.status === 'shown' && everyone.bars.slice(2).every((bar) => bar.count === 0)).toBe(true);
  });

  it('makes a PDF per pair with real text: its own answers and commitments only', async () => {
    for (const fixture of fixtures) {
      const res = await fetchRaw(server, `/api/handouts/${fixture.pair.pairId}/pdf`, bearer(fixture));
      expect(res.status).toBe(200);
      expect(res.type).toBe('application/pdf');
      expect(res.body.subarray(0, 5).toString()).toBe('%PDF-');
      expect(res.body.toString('latin1')).toContain('DejaVuSans');
      const { text } = await pdfText(res.body);
      for (const own of privateStrings(fixture)) expect(text).toContain(own);
      for (const other of fixtures.filter((f) => f !== fixture)) for (const secret of privateStrings(other)) expect(text).not.toContain(secret);
      expect(text).toContain('Mothers · 4 answers');
      expect(text).toContain('Not shown: fewer than 3 answers');
      expect(text).toContain('Everyone · 3 answers');
      expect(text).toContain('Average 3.75');
      expect(text).toContain('Keeping the bond going');
      expect(text).toContain('as the facilitator chose');
    }
  });

  it('gives a wrong token nothing, and another facilitator a 404', async () => {
    const target = fixtures[0]!;
    const anon = new HttpClient(server.url);
    for (const headers of [{ authorization: `Bearer ${'x'.repeat(43)}` }, bearer(fixtures[1]!), { authorization: 'Bearer' }, {}]) {
      const res = await anon.request<Record<string, unknown>>('GET', `/api/handouts/${target.pair.pairId}`, undefined, headers);
      expect(res.status).toBe(401);
      expect(res.body).toEqual({ code: 'handout/unauthorized', message: expect.any(String) });
      const pdf = await fetchRaw(server, `/api/handouts/${target.pair.pairId}/pdf`, headers);
      expect(pdf.status).toBe(401);
      expect(pdf.body.toString()).not.toContain('%PDF');
    }
    const intruder = await aFacilitator(server, 'Someone else');
    for (const path of [`/api/handouts/${target.pair.pairId}`, `/api/handouts/${target.pair.pairId}/pdf`]) {
      expect(await intruder.http.get(path)).toMatchObject({ status: 404, body: { code: 'handout/not-found' } });
    }
    for (const path of ['handouts.pdf', 'report.json', 'report.csv']) {
      expect((await intruder.http.get(`/api/sessions/${session.id}/${path}`)).status).toBe(404);
      expect((await anon.get(`/api/sessions/${session.id}/${path}`)).status).toBe(401);
    }
    // The session's own facilitator may open any of its handouts: the shared parts, no private text unless the pair shared.
    const own = await session.facilitator.http.get<HandoutModel>(`/api/handouts/${target.pair.pairId}`);
    expect(own.status).toBe(200);
    expect(own.body.pair.name).toBe(target.pair.name);
    expect(own.body.sharing.privateTextWithheld).toBe(own.body.sharing.sharedWithFacilitator === false);
    expect((await session.facilitator.http.get('/api/handouts/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await session.facilitator.http.get('/api/handouts/not-a-uuid')).status).toBe(404);
  });

  /** What only the pair may decide to show the facilitator: its answers' texts and its commitments. */
  const pairText = (fixture: PairFixture) => [...Object.values(fixture.texts), ...fixture.commitments];

  it("gives the facilitator the shared parts only, until a pair shares its handout from its own device", async () => {
    const target = fixtures[1]!;
    const before = await session.facilitator.http.get<HandoutModel>(`/api/handouts/${target.pair.pairId}`);
    expect(before.status).toBe(200);
    expect(before.body.sharing).toEqual({ sharedWithFacilitator: false, privateTextWithheld: true });
    expect(before.body.topics[0]!.keyIdeas.length).toBeGreaterThan(0);
    expect(before.body.topics[0]!.polls.length).toBeGreaterThan(0);
    for (const secret of pairText(target)) expect(JSON.stringify(before.body)).not.toContain(secret);
    // The facilitator can't consent for the pair.
    expect(await session.facilitator.http.post(`/api/handouts/${target.pair.pairId}/share`, { shared: true })).toMatchObject({ status: 403, body: { code: 'auth/forbidden' } });
    const shared = await new HttpClient(server.url).request<HandoutModel>('POST', `/api/handouts/${target.pair.pairId}/share`, { shared: true }, bearer(target));
    expect(shared.status).toBe(200);
    expect(shared.body.sharing).toEqual({ sharedWithFacilitator: true, privateTextWithheld: false });
    const after = await session.facilitator.http.get<HandoutModel>(`/api/handouts/${target.pair.pairId}`);
    expect(after.body.sharing.privateTextWithheld).toBe(false);
    expect(after.body.topics[1]!.commitments.map((c) => c.text)).toEqual([target.commitments[1]]);
    // Withdrawn: private again.
    await new HttpClient(server.url).request('POST', `/api/handouts/${target.pair.pairId}/share`, { shared: false }, bearer(target));
    const withdrawn = await session.facilitator.http.get<HandoutModel>(`/api/handouts/${target.pair.pairId}`);
    for (const secret of pairText(target)) expect(JSON.stringify(withdrawn.body)).not.toContain(secret);
    const bad = await new HttpClient(server.url).request('POST', `/api/handouts/${target.pair.pairId}/share`, { shared: 'yes' }, bearer(target));
    expect(bad).toMatchObject({ status: 400, body: { code: 'payload/invalid' } });
  });

  it('bundles every handout in one PDF, each on a new page, with private text only for pairs that shared', async () => {
    // One pair shares over HTTP (its handout page), one from its phone over the socket, after the end.
    await new HttpClient(server.url).request('POST', `/api/handouts/${fixtures[0]!.pair.pairId}/share`, { shared: true }, bearer(fixtures[0]!));
    expect(await fixtures[2]!.device.send({ type: 'handout.share', shared: true })).toMatchObject({ ok: true });
    const res = await fetchRaw(server, `/api/sessions/${session.id}/handouts.pdf`, { cookie: session.facilitator.http.cookieHeader! });
    expect(res.status).toBe(200);
    expect(res.type).toBe('application/pdf');
    const { text, pages } = await pdfText(res.body);
    const firstPages = pages.filter((page) => page.trimStart().startsWith('KINDRED · HANDOUT'));
    expect(firstPages).toHaveLength(fixtures.length);
    for (const [i, fixture] of fixtures.entries()) {
      expect(firstPages[i]).toContain(fixture.pair.name);
      if (i === 0 || i === 2) expect(firstPages[i]).toContain(fixture.commitments[0]);
      else for (const secret of pairText(fixture)) expect(text).not.toContain(secret);
    }
    expect(text).toContain('this copy has the shared parts only');
    const console = await session.facilitator.http.get<HandoutModel>(`/api/handouts/${fixtures[2]!.pair.pairId}`);
    expect(console.body.topics[1]!.answers).toEqual([expect.objectContaining({ mother: fixtures[2]!.texts.mother })]);
  });

  it('reports attendance, planned against actual time from the events, and every poll under k', async () => {
    const res = await session.facilitator.http.get<SessionReport>(`/api/sessions/${session.id}/report.json`);
    expect(res.status).toBe(200);
    const report = res.body;
    expect(report.attendance.pairs.map((p) => p.name)).toEqual(PAIRS.map((p) => p.name));
    expect(report.attendance.pairs.every((p) => !p.removed && p.commitments === 2)).toBe(true);

    // Actual time per segment, recomputed from the log: a visit runs from its SegmentEntered to the next one (or SessionEnded).
    const rows = await server.dataSource.query<{ payload: { type: string; segmentId?: string; at: number } }[]>(
      `SELECT payload FROM session_events WHERE session_id = $1 AND type IN ('SegmentEntered', 'SessionEnded') ORDER BY seq`,
      [session.id],
    );
    const expected = new Map<string, number>();
    rows.forEach(({ payload }, i) => {
      const next = rows[i + 1]?.payload;
      if (payload.type === 'SegmentEntered' && next) expected.set(payload.segmentId!, (expected.get(payload.segmentId!) ?? 0) + (next.at - payload.at));
    });
    expect(expected.size).toBeGreaterThanOrEqual(7);
    for (const segment of report.timing.segments) {
      expect(segment.actualMs).toBe(expected.get(segment.segmentId) ?? 0);
      expect(segment.plannedMs).toBe(agenda.sections.flatMap((s) => s.segments).find((s) => s.id === segment.segmentId)!.durationSec * 1000);
    }

    const polls = new Map(report.polls.map((poll) => [poll.pollId, poll]));
    expect(group(polls.get('emotional-needs.poll')?.groups, 'mother')).toMatchObject({ status: 'shown', ballotCount: 4 });
    expect(group(polls.get('emotional-needs.poll')?.groups, 'son')).toMatchObject({ status: 'not-enough-answers' });
    expect(polls.get('growing-conversations.poll')).toMatchObject({ status: 'draft', groups: null });
    expect(JSON.stringify(report)).not.toContain(fixtures[0]!.texts.mother);
  });

  it('exports the report as CSV a spreadsheet opens', async () => {
    const whole = await fetchRaw(server, `/api/sessions/${session.id}/report.csv`, { cookie: session.facilitator.http.cookieHeader! });
    expect(whole.status).toBe(200);
    expect(whole.type).toContain('text/csv');
    const text = whole.body.toString('utf8');
    for (const { name } of PAIRS) expect(text).toContain(name);
    expect(text).toContain('Zoë');
    expect(text).toContain('Not shown: fewer than 3 answers');
    const timing = await fetchRaw(server, `/api/sessions/${session.id}/report.csv?part=timing`, { cookie: session.facilitator.http.cookieHeader! });
    expect(timing.status).toBe(200);
    expect(timing.body.toString('utf8').split('\r\n')[0]).toBe('\uFEFFTopic,Segment,Kind,Planned,Actual,Difference,Visits,Actual (seconds)');
    const bad = await session.facilitator.http.get(`/api/sessions/${session.id}/report.csv?part=secrets`);
    expect(bad).toMatchObject({ status: 400, body: { code: 'payload/invalid' } });
  });
});
