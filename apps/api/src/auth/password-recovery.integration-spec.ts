import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { PassThrough } from 'node:stream';
import { SMTPServer } from 'smtp-server';
import { passwordResetLink } from '@kindred/session';
import { aFacilitator, aSession, facilitatorDevice, type SignedInFacilitator } from '../test-support/builders';
import { HttpClient } from '../test-support/clients';
import { bootTestServer, type TestServer } from '../test-support/test-server';
import { run, type CliContext } from '../cli/commands/reset-password';

const PUBLIC_URL = 'https://kindred.example.org';

/** A real SMTP server on a free port, keeping every message it is given. */
async function startMailbox(): Promise<{ port: number; messages: { to: string[]; raw: string }[]; close(): Promise<void> }> {
  const messages: { to: string[]; raw: string }[] = [];
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      let raw = '';
      stream.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
      stream.on('end', () => {
        messages.push({ to: session.envelope.rcptTo.map((r) => r.address), raw });
        callback();
      });
    },
  });
  smtp.listen(0, '127.0.0.1');
  await once(smtp.server, 'listening');
  const port = (smtp.server.address() as AddressInfo).port;
  return { port, messages, close: () => new Promise((resolve) => smtp.close(() => resolve())) };
}

/** The reset token in a mail's link (quoted-printable soft breaks undone). */
function tokenIn(raw: string): string {
  const body = raw.replace(/=\r?\n/g, '').replace(/=3D/g, '=');
  const match = /https:\/\/kindred\.example\.org\/reset-password#t=([A-Za-z0-9_-]+)/.exec(body);
  if (!match) throw new Error(`no reset link in:\n${body}`);
  return match[1]!;
}

async function until(predicate: () => boolean, what: string, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('account recovery', () => {
  let server: TestServer;
  let mailbox: Awaited<ReturnType<typeof startMailbox>>;
  let account: SignedInFacilitator;

  beforeAll(async () => {
    mailbox = await startMailbox();
    server = await bootTestServer({ SMTP_URL: `smtp://127.0.0.1:${mailbox.port}`, PUBLIC_URL, MAIL_FROM: 'Kindred <noreply@example.org>' });
    account = await aFacilitator(server, 'Rosa');
  });

  afterAll(async () => {
    await server.close();
    await mailbox.close();
  });

  it('emails a single-use link built on the public address, and answers the same for an unknown email', async () => {
    const anon = new HttpClient(server.url);
    expect((await anon.get('/api/auth/recovery')).body).toEqual({ byEmail: true });
    const unknown = await anon.post('/api/auth/forgot', { email: 'nobody-here@example.org' });
    const known = await anon.post('/api/auth/forgot', { email: account.email.toUpperCase() });
    expect(unknown.status).toBe(202);
    expect(known).toEqual(unknown);
    await until(() => mailbox.messages.length >= 1, 'the reset mail');
    expect(mailbox.messages).toHaveLength(1);
    expect(mailbox.messages[0]!.to).toEqual([account.email]);
    expect(mailbox.messages[0]!.raw).toContain('noreply@example.org');
    const token = tokenIn(mailbox.messages[0]!.raw);
    // Only the hash is stored.
    const stored = await server.dataSource.query<{ token_hash: Buffer }[]>(`SELECT token_hash FROM password_resets`);
    expect(stored).toHaveLength(1);
    expect(stored[0]!.token_hash.toString('hex')).not.toContain(Buffer.from(token).toString('hex'));
    expect(server.logLines.join('\n')).not.toContain(token);
    expect(passwordResetLink(PUBLIC_URL, token)).toBe(`${PUBLIC_URL}/reset-password#t=${token}`);

    // A weak password is refused and the link still works.
    const weak = await anon.post<{ code: string }>('/api/auth/reset', { token, password: 'password123' });
    expect(weak.body.code).toBe('payload/invalid');

    // The new password signs this browser in and ends every other sign-in, sockets included.
    const session = await aSession(server, { facilitator: account });
    const openConsole = await facilitatorDevice(server, session);
    openConsole.socket.io.opts.reconnection = false;
    const cutOff = new Promise<void>((resolve) => openConsole.socket.once('disconnect', () => resolve()));
    const reset = await anon.post<{ facilitator: { id: string } }>('/api/auth/reset', { token, password: 'lantern orchard velvet 42' });
    expect(reset.status).toBe(200);
    expect(reset.body.facilitator.id).toBe(account.id);
    await cutOff;
    expect((await account.http.get('/api/auth/me')).status).toBe(401);
    expect((await anon.get('/api/auth/me')).status).toBe(200);
    const again = new HttpClient(server.url);
    expect((await again.post('/api/auth/signin', { email: account.email, password: 'lantern orchard velvet 42' })).status).toBe(200);

    // Used once: refused with a clear message.
    const reused = await new HttpClient(server.url).post<{ code: string; message: string }>('/api/auth/reset', { token, password: 'another quiet meadow 7' });
    expect(reused.status).toBe(410);
    expect(reused.body).toEqual({ code: 'auth/reset-used', message: expect.stringContaining('already been used') });
  });

  it('refuses an expired link with a clear message', async () => {
    const before = mailbox.messages.length;
    await new HttpClient(server.url).post('/api/auth/forgot', { email: account.email });
    await until(() => mailbox.messages.length > before, 'the second reset mail');
    const token = tokenIn(mailbox.messages.at(-1)!.raw);
    // An hour and a bit later.
    await server.dataSource.query(`UPDATE password_resets SET expires_at = now() - interval '1 minute' WHERE used_at IS NULL`);
    const expired = await new HttpClient(server.url).post<{ code: string; message: string }>('/api/auth/reset', { token, password: 'lantern orchard velvet 99' });
    expect(expired.status).toBe(410);
    expect(expired.body).toEqual({ code: 'auth/reset-expired', message: expect.stringContaining('expired (links last one hour)') });
    const bogus = await new HttpClient(server.url).post<{ code: string }>('/api/auth/reset', { token: 'x'.repeat(43), password: 'lantern orchard velvet 99' });
    expect(bogus.status).toBe(404);
    expect(bogus.body.code).toBe('auth/reset-invalid');
  });

  describe('kindred reset-password', () => {
    const cli = (stdin = '') => {
      const out: string[] = [];
      const err: string[] = [];
      const input = Object.assign(new PassThrough(), { isTTY: false });
      input.end(stdin);
      const ctx: CliContext = {
        database: () => Promise.resolve(server.dataSource),
        stdout: Object.assign(new PassThrough(), { write: (s: string) => out.push(s) > 0 }),
        stderr: Object.assign(new PassThrough(), { write: (s: string) => err.push(s) > 0 }),
        stdin: input,
      };
      return { ctx, out, err };
    };

    it('prints a strong generated password that signs in, and ends the account’s other sign-ins', async () => {
      const holder = await aFacilitator(server, 'Imani');
      const { ctx, out } = cli();
      expect(await run([holder.email], ctx)).toBe(0);
      const password = /Password: (\S+)/.exec(out.join(''))?.[1];
      expect(password).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){5}$/);
      expect(out.join('')).toContain('1 sign-in ended');
      expect((await holder.http.get('/api/auth/me')).status).toBe(401);
      expect((await new HttpClient(server.url).post('/api/auth/signin', { email: holder.email, password })).status).toBe(200);
    });

    it('takes a chosen password from --password or typed in, checked like sign-up', async () => {
      const holder = await aFacilitator(server, 'Noor');
      const weak = cli();
      expect(await run([holder.email, '--password', 'qwertyuiop'], weak.ctx)).toBe(1);
      expect(weak.err.join('')).toContain('too easy to guess');
      expect((await holder.http.get('/api/auth/me')).status).toBe(200);

      const typed = cli('harbour lantern quietly 8\n');
      expect(await run([holder.email, '--prompt'], typed.ctx)).toBe(0);
      expect(typed.out.join('')).not.toContain('harbour');
      expect((await new HttpClient(server.url).post('/api/auth/signin', { email: holder.email, password: 'harbour lantern quietly 8' })).status).toBe(200);
    });

    it('says so when no account uses the email, and shows usage for wrong arguments', async () => {
      const none = cli();
      expect(await run(['ghost@example.org'], none.ctx)).toBe(1);
      expect(none.err.join('')).toContain('No facilitator account uses ghost@example.org');
      const wrong = cli();
      expect(await run([], wrong.ctx)).toBe(2);
      expect(wrong.err.join('')).toContain('kindred reset-password EMAIL');
    });
  });
});

describe('account recovery without SMTP', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await bootTestServer();
  });
  afterAll(() => server.close());

  it('tells the sign-in page to ask whoever runs the server', async () => {
    const anon = new HttpClient(server.url);
    expect((await anon.get('/api/auth/recovery')).body).toEqual({ byEmail: false });
    const forgot = await anon.post<{ code: string; message: string }>('/api/auth/forgot', { email: 'someone@example.org' });
    expect(forgot.status).toBe(404);
    expect(forgot.body).toMatchObject({ code: 'auth/recovery-unavailable', message: expect.stringContaining('person who runs the server') });
  });
});
