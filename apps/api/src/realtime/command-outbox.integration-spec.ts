import { CommandOutbox, type CommandPayload, type OutboxTransport } from '@kindred/session';
import { aPair, aSession, facilitatorDevice, pairDevice } from '../test-support/builders';
import type { DeviceClient } from '../test-support/clients';
import { bootTestServer, type TestServer } from '../test-support/test-server';

const SEGMENT = 'shared-moments.reveal';

/**
 * The web app's outbox (`CommandOutbox`, what `useSessionSocket` sends every command
 * through) against the real server: lost acks, offline periods and `server/unavailable`
 * answers make it send a command again with the same `commandId`; the server must
 * apply it once.
 */
describe('commands retried with the same commandId', () => {
  let server: TestServer;
  const open: DeviceClient[] = [];

  beforeAll(async () => {
    server = await bootTestServer();
  });
  afterAll(async () => {
    for (const device of open) device.close();
    await server.close();
  });

  /** The web app's transport over a real socket, with switches for what the network does to it. */
  interface PhoneLink {
    online: boolean;
    loseAcks: number;
    unavailable: number;
    sent: CommandPayload[];
    transport: OutboxTransport;
  }

  function phoneLink(device: DeviceClient): PhoneLink {
    const link: PhoneLink = {
      online: true,
      /** Deliver the next N commands, then drop their acks (the server has applied them). */
      loseAcks: 0,
      /** Deliver the next N commands, then report `server/unavailable` as a struggling server would. */
      unavailable: 0,
      sent: [] as CommandPayload[],
      transport: {
        isOnline: () => link.online && device.socket.connected,
        emit: async (payload: CommandPayload): Promise<unknown> => {
          link.sent.push(payload);
          const ack: unknown = await device.socket.timeout(5000).emitWithAck('command', payload);
          if (link.loseAcks > 0) {
            link.loseAcks--;
            throw new Error('operation has timed out');
          }
          if (link.unavailable > 0) {
            link.unavailable--;
            return { ok: false, code: 'server/unavailable', message: "Saving paused, we'll retry" };
          }
          return ack;
        },
      },
    };
    return link;
  }

  async function startedSession() {
    const session = await aSession(server, { planId: 'taster' });
    const facilitator = await facilitatorDevice(server, session);
    const pair = await aPair(server, session.code, 'Retry Pair');
    const device = await pairDevice(server, pair);
    open.push(facilitator, device);
    expect(await facilitator.send({ type: 'session.start' })).toMatchObject({ ok: true });
    expect(await facilitator.send({ type: 'segment.goto', segmentId: SEGMENT })).toMatchObject({ ok: true });
    return { session, pair, device };
  }

  const eventsOf = (sessionId: string, type: string) =>
    server.dataSource.query<{ command_id: string | null }[]>(`SELECT command_id FROM session_events WHERE session_id = $1 AND type = $2`, [sessionId, type]);

  it('applies an answer once when its ack is lost and it is sent again', async () => {
    const { session, device } = await startedSession();
    const link = phoneLink(device);
    const outbox = new CommandOutbox(link.transport);
    link.loseAcks = 1;
    const result = await outbox.send({ type: 'answer.submit', segmentId: SEGMENT, role: 'mother', answer: { type: 'text', text: 'The lake, at dawn' } });
    expect(result).toMatchObject({ ok: true });
    expect(link.sent).toHaveLength(2);
    expect(link.sent[1]!.commandId).toBe(link.sent[0]!.commandId);
    const stored = await eventsOf(session.id, 'PrivateAnswerSubmitted');
    expect(stored).toEqual([{ command_id: link.sent[0]!.commandId }]);
  });

  it('answers a retried reveal with ok, not "already revealed", and reveals once', async () => {
    const { session, device } = await startedSession();
    const link = phoneLink(device);
    const outbox = new CommandOutbox(link.transport);
    for (const role of ['mother', 'son'] as const) {
      expect(await outbox.send({ type: 'answer.submit', segmentId: SEGMENT, role, answer: { type: 'text', text: `${role} answer` } })).toMatchObject({ ok: true });
    }
    link.unavailable = 1;
    expect(await outbox.send({ type: 'answer.reveal', segmentId: SEGMENT })).toMatchObject({ ok: true });
    expect(link.sent.filter((p) => p.type === 'answer.reveal')).toHaveLength(2);
    expect(await eventsOf(session.id, 'PrivateAnswersRevealed')).toHaveLength(1);
    await device.until((d) => d.pairView?.privateAnswers.some((a) => a.revealed), 5000, 'the reveal');
  });

  it('keeps commands made offline and sends them once, in order, after reconnecting', async () => {
    const { session, device } = await startedSession();
    const link = phoneLink(device);
    const outbox = new CommandOutbox(link.transport);
    link.online = false;
    device.socket.disconnect();
    const mother = outbox.send({ type: 'answer.submit', segmentId: SEGMENT, role: 'mother', answer: { type: 'text', text: 'offline one' } });
    const son = outbox.send({ type: 'answer.submit', segmentId: SEGMENT, role: 'son', answer: { type: 'text', text: 'offline two' } });
    await new Promise((r) => setTimeout(r, 300));
    expect(link.sent).toHaveLength(0);
    expect(outbox.status).toEqual({ waiting: 2, held: 'offline' });

    device.socket.connect();
    await device.connected();
    link.online = true;
    link.loseAcks = 1; // and the first ack after reconnecting gets lost too
    outbox.resume();
    expect(await mother).toMatchObject({ ok: true });
    expect(await son).toMatchObject({ ok: true });
    expect(link.sent.map((p) => p.commandId)).toEqual([link.sent[0]!.commandId, link.sent[0]!.commandId, link.sent[2]!.commandId]);
    expect(await eventsOf(session.id, 'PrivateAnswerSubmitted')).toHaveLength(2);
  });
});
