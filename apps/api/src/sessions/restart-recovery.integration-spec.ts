import type { PollSegment } from '@kindred/content';
import { segmentOfKind } from '../test-support/agenda-helpers';
import { aPair, aSession, facilitatorDevice, pairDevice } from '../test-support/builders';
import type { DeviceClient } from '../test-support/clients';
import { bootTestServer, type TestServer } from '../test-support/test-server';

describe('a server restart in the middle of a session', () => {
  let server: TestServer;
  const devices: DeviceClient[] = [];

  beforeAll(async () => {
    server = await bootTestServer();
  });
  afterAll(async () => {
    for (const d of devices) d.close();
    await server.close();
  });

  it('loses no vote, keeps the running timer and resyncs every device without anyone acting', async () => {
    const session = await aSession(server, { planId: 'full-workshop' });
    const facilitator = await facilitatorDevice(server, session);
    devices.push(facilitator);
    const pairs = [];
    for (const name of ['Rivera', 'Chen', 'Novak', 'Adeyemi']) {
      const pair = await aPair(server, session.code, name);
      const device = await pairDevice(server, pair);
      devices.push(device);
      pairs.push({ pair, device });
    }
    await facilitator.send({ type: 'session.start' });
    await facilitator.until((f) => f.agenda !== null && f.facilitatorView?.phase === 'running');
    const poll = segmentOfKind(facilitator.agenda!, 'poll', (p: PollSegment) => p.poll.type === 'single' && p.audience === 'byRole');
    if (poll.poll.type !== 'single') throw new Error('unreachable');
    await facilitator.send({ type: 'segment.goto', segmentId: poll.id });
    await facilitator.send({ type: 'poll.open', pollId: poll.id });
    await facilitator.send({ type: 'timer.start', segmentId: poll.id });
    for (const { device } of pairs.slice(0, 3)) {
      expect(await device.send({ type: 'vote.cast', pollId: poll.id, role: 'mother', choice: { type: 'single', optionId: poll.poll.options[1]!.id } })).toMatchObject({
        ok: true,
      });
    }
    await facilitator.until((f) => f.facilitatorView?.timer.status === 'running');
    const before = facilitator.facilitatorView!;
    const endsAt = before.timer.status === 'running' ? before.timer.endsAt : 0;

    server = await server.restart();

    // Devices reconnect by themselves and receive the current views.
    for (const d of devices) await d.until((c) => c.socket.connected, 10_000, 'reconnect');
    await facilitator.until((f) => f.facilitatorView?.polls.find((p) => p.pollId === poll.id)?.ballotCount === 3, 10_000, 'ballots after restart');
    const after = facilitator.facilitatorView!;
    expect(after.seq).toBe(before.seq);
    expect(after.timer).toEqual({ status: 'running', durationMs: before.timer.durationMs, endsAt });
    for (const { device } of pairs) await device.until((d) => d.publicView?.position?.segmentId === poll.id, 10_000, 'pair resynced');

    // The poll is still open: the fourth pair votes after the restart.
    expect(await pairs[3]!.device.send({ type: 'vote.cast', pollId: poll.id, role: 'son', choice: { type: 'single', optionId: poll.poll.options[0]!.id } })).toMatchObject({
      ok: true,
    });
    await facilitator.until((f) => f.facilitatorView?.polls.find((p) => p.pollId === poll.id)?.ballotCount === 4, 5000, 'fourth ballot');

    // The re-armed timer still fires: shorten it to a second and wait for the expiry.
    await facilitator.send({ type: 'timer.adjust', segmentId: poll.id, deltaMs: -(endsAt - Date.now() - 1000) });
    await facilitator.until((f) => f.facilitatorView?.timer.status === 'expired', 8000, 'timer expiry');
  });
});
