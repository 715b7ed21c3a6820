import { randomUUID } from 'node:crypto';
import type { CommandAck } from '@kindred/session';
import { segmentOfKind } from '../test-support/agenda-helpers';
import { aPair, aSession, facilitatorDevice, pairDevice } from '../test-support/builders';
import type { DeviceClient } from '../test-support/clients';
import { bootTestServer, type TestServer } from '../test-support/test-server';

/**
 * Close to the wire (issue #18): the facilitator's ack goes out before the views, a change
 * that leaves a pair's view as it was sends that pair nothing, and votes sent at once
 * are committed together yet each acknowledged one is stored exactly once.
 */
describe('the wire: only what changed, ack first, votes committed together', () => {
  let server: TestServer;
  const open: DeviceClient[] = [];
  const track = <T extends DeviceClient>(d: T) => (open.push(d), d);

  beforeAll(async () => {
    server = await bootTestServer();
  });
  afterAll(async () => {
    for (const d of open.splice(0)) d.close();
    await server?.close();
  });

  /** A round trip on the device's socket: anything the server sent before has arrived. */
  const settle = (d: DeviceClient) => d.socket.timeout(5000).emitWithAck('clock.sync', Date.now());
  /** Frames carrying the pair's own view: alone, or with the public view (a step change). */
  const pairFrames = (d: DeviceClient) => d.received.filter((line) => line.startsWith('view.pair ') || line.startsWith('view.update ')).length;
  /** The frames a device got that carry views of `seq` (`"seq":N` first in every view). */
  const framesOf = (d: DeviceClient, seq: number) => d.received.filter((line) => line.startsWith('view.') && line.includes(`{"seq":${seq},`)).map((line) => line.slice(0, line.indexOf(' ')));

  it('acks the facilitator first; a step sends only the public view; a pair view goes only to the pair whose view changed', async () => {
    const session = await aSession(server, { planId: 'full-workshop' });
    const facilitator = track(await facilitatorDevice(server, session));
    const first = track(await pairDevice(server, await aPair(server, session.code, 'The Okafors')));
    const second = track(await pairDevice(server, await aPair(server, session.code, 'The Lindqvists')));
    expect(await facilitator.send({ type: 'session.start' })).toMatchObject({ ok: true });
    await facilitator.until((c) => c.agenda !== null);
    const reveal = segmentOfKind(facilitator.agenda!, 'privateReveal', (s) => s.answer.type === 'text');
    const talk = segmentOfKind(facilitator.agenda!, 'pairTalk');

    // The order the facilitator's socket saw things in.
    const seen: string[] = [];
    facilitator.socket.on('view.public', (v: { seq: number }) => seen.push(`view ${v.seq}`));
    // Recorded in the ack callback itself (an awaited promise would resume after frames read in the same chunk).
    const ack = await new Promise<CommandAck>((resolve) =>
      facilitator.socket.emit('command', { type: 'segment.goto', segmentId: reveal.id }, (res: CommandAck) => {
        if (res.ok) seen.push(`ack ${res.seq}`);
        resolve(res);
      }),
    );
    if (!ack.ok) throw new Error(ack.message);
    await facilitator.until(() => seen.includes(`view ${ack.seq}`), 5000, 'the view of the step');
    expect(seen.indexOf(`ack ${ack.seq}`)).toBeLessThan(seen.indexOf(`view ${ack.seq}`));
    // The step opens every phone's answer box through the public view alone: no pair's own view changed.
    await Promise.all([settle(first), settle(second), settle(facilitator)]);
    for (const d of [first, second]) {
      expect(framesOf(d, ack.seq)).toEqual(['view.public']);
      expect(d.publicView?.position?.segmentId).toBe(reveal.id);
    }
    expect(framesOf(facilitator, ack.seq)).toEqual(expect.arrayContaining(['view.public']));

    // A timer nudge changes the public view only.
    await Promise.all([settle(first), settle(second)]);
    const before = [pairFrames(first), pairFrames(second)];
    const nudge = await facilitator.send({ type: 'timer.adjust', segmentId: reveal.id, deltaMs: 60_000 });
    if (!nudge.ok) throw new Error(nudge.message);
    for (const d of [first, second]) await d.until((x) => (x.publicView?.seq ?? 0) >= nudge.seq, 5000, 'the nudged timer');
    await Promise.all([settle(first), settle(second)]);
    expect([pairFrames(first), pairFrames(second)]).toEqual(before);

    // One pair's answer changes that pair's view, not the other's.
    const answered = await first.send({ type: 'answer.submit', segmentId: reveal.id, role: 'son', answer: { type: 'text', text: 'We cook on Sundays' } });
    if (!answered.ok) throw new Error(answered.message);
    await first.until((x) => x.pairView?.privateAnswers.some((a) => a.segmentId === reveal.id && a.son.answered), 5000, 'the answer shown');
    // The answering pair gets its own view and the room's new count in one frame.
    await settle(first);
    expect(framesOf(first, answered.seq)).toEqual(['view.update']);
    await settle(second);
    expect(pairFrames(second)).toBe(before[1]);
    // The other pair still hears the public side of it (the room's answer count), alone.
    await second.until((x) => (x.publicView?.seq ?? 0) >= answered.seq, 5000, 'the public view after the answer');
    expect(framesOf(second, answered.seq)).toEqual(['view.public']);
    expect(second.received.join('\n')).not.toContain('We cook on Sundays');

    // Leaving the step changes no pair's view either, the one that answered included: the public view says it all.
    const beforeLeaving = [pairFrames(first), pairFrames(second)];
    const leave = await facilitator.send({ type: 'segment.goto', segmentId: talk.id });
    if (!leave.ok) throw new Error(leave.message);
    for (const d of [first, second]) await d.until((x) => (x.publicView?.seq ?? 0) >= leave.seq, 5000, 'the public view after the step');
    await Promise.all([settle(first), settle(second)]);
    expect([pairFrames(first), pairFrames(second)]).toEqual(beforeLeaving);
  }, 60_000);

  it("sends the console's pair list only when a pair's row changed; a console holding another list gets it again", async () => {
    const session = await aSession(server, { planId: 'full-workshop' });
    const facilitator = track(await facilitatorDevice(server, session));
    const phone = track(await pairDevice(server, await aPair(server, session.code, 'The Okafors')));
    await facilitator.until((c) => c.agenda !== null && c.facilitatorView?.pairs.length === 1, 5000, 'the pair listed');
    const talk = segmentOfKind(facilitator.agenda!, 'pairTalk');
    const reveal = segmentOfKind(facilitator.agenda!, 'privateReveal', (s) => s.answer.type === 'text');
    /** The console frames carrying `seq`, by event. */
    const consoleFrames = (seq: number) => framesOf(facilitator, seq).filter((event) => event.startsWith('view.facilitator'));
    const step = async (segmentId: string) => {
      const ack = await facilitator.send({ type: 'segment.goto', segmentId });
      if (!ack.ok) throw new Error(ack.message);
      await facilitator.until((c) => c.facilitatorView?.seq === ack.seq, 5000, 'the console view of the step');
      return ack.seq;
    };

    // A step changes no pair's row: the console gets the room without the list, and keeps its list.
    expect(await facilitator.send({ type: 'session.start' })).toMatchObject({ ok: true });
    await facilitator.until((c) => c.facilitatorView?.phase === 'running', 5000, 'running');
    const listed = facilitator.facilitatorView!;
    const toTalk = await step(talk.id);
    expect(consoleFrames(toTalk)).toEqual(['view.facilitatorRoom']);
    const roomLine = facilitator.received.find((line) => line.startsWith('view.facilitatorRoom ') && line.includes(`{"seq":${toTalk},`));
    expect(roomLine).not.toContain('The Okafors');
    expect(facilitator.facilitatorView).toMatchObject({ seq: toTalk, position: { segmentId: talk.id }, rosterId: listed.rosterId });
    expect(facilitator.facilitatorView!.pairs.map((p) => p.name)).toEqual(['The Okafors']);

    // An answer changes that pair's row (its progress): the whole view goes out, with a new list id.
    await step(reveal.id);
    const answered = await phone.send({ type: 'answer.submit', segmentId: reveal.id, role: 'son', answer: { type: 'text', text: 'Saturday football' } });
    if (!answered.ok) throw new Error(answered.message);
    await facilitator.until((c) => (c.facilitatorView?.seq ?? 0) >= answered.seq, 5000, 'the console view of the answer');
    expect(consoleFrames(answered.seq)).toEqual(['view.facilitator']);
    expect(facilitator.facilitatorView!.rosterId).not.toBe(listed.rosterId);
    expect(facilitator.received.join('\n')).not.toContain('Saturday football');

    // A console whose list is another one (say it connected to another process) asks, and gets the whole view.
    facilitator.facilitatorView = { ...facilitator.facilitatorView!, rosterId: 'another list', pairs: [] };
    const back = await step(talk.id);
    expect(consoleFrames(back)).toEqual(['view.facilitatorRoom', 'view.facilitator']);
    expect(facilitator.facilitatorView.pairs.map((p) => p.name)).toEqual(['The Okafors']);
  }, 60_000);

  it('commits votes sent at once together: every ack ok, each ballot stored once, retries absorbed', async () => {
    const session = await aSession(server, { planId: 'full-workshop' });
    const facilitator = track(await facilitatorDevice(server, session));
    const pairs = await Promise.all(Array.from({ length: 30 }, (_, i) => aPair(server, session.code, `Pair ${i + 1}`)));
    const phones = await Promise.all(pairs.map((p) => pairDevice(server, p).then(track)));
    await facilitator.until((c) => c.agenda !== null);
    const poll = segmentOfKind(facilitator.agenda!, 'poll', (p) => p.poll.type === 'single' && p.audience === 'byRole');
    if (poll.poll.type !== 'single') throw new Error('unreachable');
    const options = poll.poll.options.map((o) => o.id);
    for (const command of [{ type: 'session.start' }, { type: 'segment.goto', segmentId: poll.id }, { type: 'poll.open', pollId: poll.id }] as const) {
      expect(await facilitator.send(command)).toMatchObject({ ok: true });
    }
    const vote = (phone: DeviceClient, role: 'mother' | 'son', optionId: string, commandId: string) =>
      phone.send({ type: 'vote.cast', pollId: poll.id, role, choice: { type: 'single', optionId }, commandId }, 30_000);

    // Every mother and son at once; every fifth pair's mother also changes her mind in the same burst.
    const sends = phones.flatMap((phone, i) => {
      const first = vote(phone, 'mother', options[0]!, randomUUID());
      const son = randomUUID();
      const list = [first, vote(phone, 'son', options[1]!, son), vote(phone, 'son', options[1]!, son)];
      if (i % 5 === 0) list.push(vote(phone, 'mother', options[2]!, randomUUID()));
      return list;
    });
    const acks = await Promise.all(sends);
    expect(acks.filter((a) => !a.ok)).toEqual([]);

    const rows = await server.dataSource.query<{ role: string; choice: { optionId: string }; n: number }[]>(
      `SELECT role, choice, count(*)::int AS n FROM ballots WHERE session_id = $1 AND poll_id = $2 GROUP BY role, choice ORDER BY role, choice->>'optionId'`,
      [session.id, poll.id],
    );
    const counts = Object.fromEntries(rows.map((r) => [`${r.role} ${r.choice.optionId}`, r.n]));
    expect(counts).toEqual({ [`mother ${options[0]}`]: 24, [`mother ${options[2]}`]: 6, [`son ${options[1]}`]: 30 });
    // Each device's own view says its votes are in.
    for (const phone of phones) await phone.until((d) => d.pairView?.ballot?.voters.every((v) => v.voted), 5000, 'own ballots shown');
    // The counts everyone sees (coalesced) reach the stored number.
    await facilitator.until((f) => f.publicView?.step.kind === 'poll' && f.publicView.step.ballotCount === 60, 5000, '60 ballots counted');
  }, 90_000);
});
