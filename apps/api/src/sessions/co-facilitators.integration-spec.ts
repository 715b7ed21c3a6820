import type { FacilitatorActivity } from '@kindred/session';
import { aFacilitator, aPair, aSession, facilitatorDevice, type CreatedSession, type SignedInFacilitator } from '../test-support/builders';
import { connectDevice, type DeviceClient } from '../test-support/clients';
import { bootTestServer, type TestServer } from '../test-support/test-server';

/**
 * Two facilitators, one session: the owner invites a colleague with a one-time link,
 * the colleague drives the console while the owner's stays in step, and only the owner
 * can delete the session or change who facilitates.
 */
describe('co-facilitators', () => {
  let server: TestServer;
  let session: CreatedSession;
  let owner: SignedInFacilitator;
  let colleague: SignedInFacilitator;
  let inviteToken: string;
  const devices: DeviceClient[] = [];

  beforeAll(async () => {
    server = await bootTestServer();
    owner = await aFacilitator(server, 'Ana Owner');
    session = await aSession(server, { facilitator: owner });
    colleague = await aFacilitator(server, 'Sam Colleague');
  });

  afterAll(async () => {
    for (const device of devices) device.close();
    await server.close();
  });

  const consoleOf = async (who: SignedInFacilitator): Promise<DeviceClient> => {
    const device = await connectDevice(server.url, { role: 'facilitator', sessionId: session.id }, who.http.cookieHeader);
    devices.push(device);
    return device;
  };

  it('lets a colleague in only through a one-time invite from the owner', async () => {
    // Before the invite, the session is not the colleague's: 404 over HTTP, refused on the socket.
    expect((await colleague.http.get(`/api/sessions/${session.id}`)).status).toBe(404);
    await expect(consoleOf(colleague)).rejects.toMatchObject({ data: { code: 'auth/forbidden' } });

    const invite = await owner.http.post<{ inviteToken: string }>(`/api/sessions/${session.id}/invites`);
    expect(invite.status).toBe(201);
    inviteToken = invite.body.inviteToken;

    const preview = await colleague.http.post<{ sessionTitle: string; invitedBy: string }>('/api/invites/preview', { token: inviteToken });
    expect(preview.body).toMatchObject({ sessionTitle: 'Tuesday evening at Hillside School', invitedBy: 'Ana Owner' });
    expect((await owner.http.post('/api/invites/accept', { token: inviteToken })).body).toMatchObject({ code: 'invite/own-session' });
    expect((await colleague.http.post('/api/invites/accept', { token: inviteToken })).body).toEqual({ sessionId: session.id });

    // Used once: nobody else gets in with it.
    const stranger = await aFacilitator(server, 'Stranger');
    const reused = await stranger.http.post<{ code: string; message: string }>('/api/invites/accept', { token: inviteToken });
    expect(reused.status).toBe(410);
    expect(reused.body).toMatchObject({ code: 'invite/used', message: expect.stringContaining('already been used') });
    expect((await stranger.http.get(`/api/sessions/${session.id}`)).status).toBe(404);

    const team = await colleague.http.get(`/api/sessions/${session.id}/team`);
    expect(team.body).toMatchObject({ you: 'co-facilitator', owner: { displayName: 'Ana Owner' }, coFacilitators: [{ displayName: 'Sam Colleague' }] });
    const listed = await colleague.http.get<{ sessions: { id: string; role: string }[] }>('/api/sessions');
    expect(listed.body.sessions).toEqual([expect.objectContaining({ id: session.id, role: 'co-facilitator' })]);
  });

  it('lets the co-facilitator drive while the owner’s console stays in step and names who did it', async () => {
    await aPair(server, session.code, 'Night Owls');
    const ownerConsole = await consoleOf(owner);
    const colleagueConsole = await consoleOf(colleague);
    const activity: FacilitatorActivity[] = [];
    ownerConsole.socket.on('facilitator.activity', (a) => activity.push(a));

    expect(await colleagueConsole.send({ type: 'session.start' })).toMatchObject({ ok: true });
    const second = ownerConsole.agenda!.sections[0]!.segments[1]!.id;
    const moved = await colleagueConsole.send({ type: 'segment.goto', segmentId: second });
    expect(moved).toMatchObject({ ok: true });
    const seq = moved.ok ? moved.seq : -1;
    // The owner interleaves a command of their own: the engine's seq orders both.
    expect(await ownerConsole.send({ type: 'session.lock' })).toMatchObject({ ok: true });

    for (const device of [ownerConsole, colleagueConsole]) {
      await device.until((d) => (d.facilitatorView?.seq ?? 0) > seq, 5000, 'the lock in both consoles');
    }
    expect(ownerConsole.facilitatorView).toMatchObject({ phase: 'running', locked: true, position: { segmentId: second } });
    expect(colleagueConsole.facilitatorView).toEqual(ownerConsole.facilitatorView);

    await ownerConsole.until(() => activity.length >= 3, 5000, 'three activity lines');
    expect(activity.map((a) => [a.displayName, a.command])).toEqual([
      ['Sam Colleague', 'session.start'],
      ['Sam Colleague', 'segment.goto'],
      ['Ana Owner', 'session.lock'],
    ]);
    expect(activity[1]).toMatchObject({ seq, target: second, facilitatorId: colleague.id });

    // Fidelity notes are facilitator commands: either may write them, both see them.
    const topic = ownerConsole.agenda!.sections[0]!.id;
    expect(await colleagueConsole.send({ type: 'topic.note', sectionId: topic, note: 'Started ten minutes late' })).toMatchObject({ ok: true });
    await ownerConsole.until((d) => d.facilitatorView?.topicNotes[topic] === 'Started ten minutes late', 5000, 'the note in the owner’s console');
  });

  it('keeps deleting the session and changing the team to the owner', async () => {
    const del = await colleague.http.request<{ code: string }>('DELETE', `/api/sessions/${session.id}`);
    expect(del.status).toBe(403);
    expect(del.body.code).toBe('session/owner-only');
    expect((await colleague.http.post<{ code: string }>(`/api/sessions/${session.id}/invites`)).body.code).toBe('session/owner-only');
    expect((await colleague.http.request<{ code: string }>('DELETE', `/api/sessions/${session.id}/team/${owner.id}`)).body.code).toBe('session/owner-only');
    // The co-facilitator reads the report and the fidelity record, like the owner.
    const fidelity = await colleague.http.get<{ topics: { note: string | null }[] }>(`/api/sessions/${session.id}/fidelity`);
    expect(fidelity.status).toBe(200);
    expect(fidelity.body.topics[0]?.note).toBe('Started ten minutes late');
    // An open session is ended before it is deleted, even by its owner.
    expect((await owner.http.request<{ code: string }>('DELETE', `/api/sessions/${session.id}`)).body.code).toBe('session/still-open');
  });

  it('cuts a removed co-facilitator’s console off at once, and their next command is refused', async () => {
    const colleagueConsole = await consoleOf(colleague);
    const disconnected = new Promise<void>((resolve) => colleagueConsole.socket.once('disconnect', () => resolve()));
    const removed = await owner.http.request('DELETE', `/api/sessions/${session.id}/team/${colleague.id}`);
    expect(removed.status).toBe(204);
    await disconnected;
    colleagueConsole.socket.io.opts.reconnection = false;
    await expect(consoleOf(colleague)).rejects.toMatchObject({ data: { code: 'auth/forbidden' } });
    expect((await colleague.http.get(`/api/sessions/${session.id}`)).status).toBe(404);
  });

  it('lets the owner delete the ended session with everything in it', async () => {
    const ownerConsole = await facilitatorDevice(server, session);
    devices.push(ownerConsole);
    expect(await ownerConsole.send({ type: 'session.end' })).toMatchObject({ ok: true });
    expect((await owner.http.request('DELETE', `/api/sessions/${session.id}`)).status).toBe(204);
    expect((await owner.http.get(`/api/sessions/${session.id}`)).status).toBe(404);
    const left = await server.dataSource.query<{ n: string }[]>(`SELECT count(*) AS n FROM session_events WHERE session_id = $1`, [session.id]);
    expect(Number(left[0]!.n)).toBe(0);
  });
});
