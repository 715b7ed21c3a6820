import type { CommandPayload } from '../protocol/socket-events';
import { CommandOutbox, randomCommandId, type OutboxStatus } from './command-outbox';

/** A server that remembers command ids, as the real one does, behind a switchable network. */
class FakeLink {
  online = true;
  sent: CommandPayload[] = [];
  applied = new Set<string>();
  answers: Array<'ok' | 'unavailable' | 'silent'> = [];
  isOnline = () => this.online;
  emit = async (payload: CommandPayload): Promise<unknown> => {
    this.sent.push(payload);
    await Promise.resolve();
    const answer = this.answers.shift() ?? 'ok';
    if (answer === 'silent') throw new Error('timeout');
    if (answer === 'unavailable') return { ok: false, code: 'server/unavailable', message: 'Saving paused' };
    this.applied.add(payload.commandId!);
    return { ok: true, seq: this.applied.size };
  };
}

const vote = { type: 'vote.cast', pollId: 'p1', choice: { type: 'single', optionId: 'a' } } as const;
const submit = { type: 'answer.reveal', segmentId: 's1' } as const;

describe('CommandOutbox', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('gives every command its own UUID', async () => {
    const link = new FakeLink();
    const outbox = new CommandOutbox(link);
    await outbox.send(vote);
    await outbox.send(vote);
    const [a, b] = link.sent.map((p) => p.commandId);
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(a).not.toBe(b);
    expect(randomCommandId()).not.toBe(randomCommandId());
  });

  it('keeps commands made offline and sends them once, in order, on reconnection', async () => {
    const link = new FakeLink();
    link.online = false;
    const statuses: OutboxStatus[] = [];
    const outbox = new CommandOutbox(link, { onStatus: (s) => statuses.push(s) });
    const held: string[] = [];
    const first = outbox.send(vote, { onHeld: (why) => held.push(why) });
    const second = outbox.send(submit);
    await jest.advanceTimersByTimeAsync(10_000);
    expect(link.sent).toHaveLength(0);
    expect(held).toEqual(['offline']);
    expect(outbox.status).toEqual({ waiting: 2, held: 'offline' });

    link.online = true;
    outbox.resume();
    await expect(first).resolves.toEqual({ ok: true, seq: 1 });
    await expect(second).resolves.toEqual({ ok: true, seq: 2 });
    expect(link.sent.map((p) => p.type)).toEqual(['vote.cast', 'answer.reveal']);
    expect(outbox.status).toEqual({ waiting: 0, held: null });
    expect(statuses.some((s) => s.held === 'offline')).toBe(true);
  });

  it('retries with the same id while the server answers server/unavailable', async () => {
    const link = new FakeLink();
    link.answers = ['unavailable', 'unavailable', 'ok'];
    const outbox = new CommandOutbox(link, { retryDelaysMs: [1000, 2000] });
    const held: string[] = [];
    const result = outbox.send(vote, { onHeld: (why) => held.push(why) });
    await jest.advanceTimersByTimeAsync(0);
    expect(outbox.status.held).toBe('unavailable');
    await jest.advanceTimersByTimeAsync(3000);
    await expect(result).resolves.toEqual({ ok: true, seq: 1 });
    expect(link.sent).toHaveLength(3);
    expect(new Set(link.sent.map((p) => p.commandId)).size).toBe(1);
    expect(held).toEqual(['unavailable']);
  });

  it('resends a command whose ack was lost with the same id, and gives up after a few silent tries', async () => {
    const link = new FakeLink();
    link.answers = ['silent', 'ok'];
    const outbox = new CommandOutbox(link);
    await expect(outbox.send(vote)).resolves.toMatchObject({ ok: true });
    expect(link.sent[0]!.commandId).toBe(link.sent[1]!.commandId);

    link.answers = ['silent', 'silent', 'silent'];
    await expect(outbox.send(vote)).resolves.toMatchObject({ ok: false, code: 'client/timeout' });
  });

  it('passes a refusal through and stops', async () => {
    const link = new FakeLink();
    link.emit = () => Promise.resolve({ ok: false, code: 'session/poll-closed', message: 'closed' });
    const outbox = new CommandOutbox(link);
    await expect(outbox.send(vote)).resolves.toEqual({ ok: false, code: 'session/poll-closed', message: 'closed' });
    expect(outbox.status.waiting).toBe(0);
  });

  it('answers everything still waiting when the page closes', async () => {
    const link = new FakeLink();
    link.online = false;
    const outbox = new CommandOutbox(link);
    const waiting = outbox.send(vote);
    outbox.close();
    await expect(waiting).resolves.toMatchObject({ ok: false, code: 'client/closed' });
  });
});
