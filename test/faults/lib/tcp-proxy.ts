import net from 'node:net';

export type ProxyMode = 'pass' | 'cut' | 'blackhole';

interface Link {
  client: net.Socket;
  upstream: net.Socket | null;
}

/**
 * A TCP proxy of our own in front of a real PostgreSQL or Redis, to make the faults a
 * room's network makes:
 * - `cut()`: every connection is closed and new ones are refused (a restart, a cable);
 * - `blackhole()`: connections stay open but nothing goes through, and new ones are
 *   accepted and never answered (a dead switch, a hung server): only timeouts notice;
 * - `restore()`: traffic flows again; what waited in a blackhole is delivered, as TCP would.
 */
export class TcpProxy {
  private server: net.Server | null = null;
  private readonly links = new Set<Link>();
  private mode: ProxyMode = 'pass';
  /** Connections refused or cut, for the test's report. */
  cutConnections = 0;

  private constructor(
    readonly port: number,
    private readonly target: { host: string; port: number },
  ) {}

  static async start(target: { host: string; port: number }, port = 0): Promise<TcpProxy> {
    const proxy = new TcpProxy(port, target);
    await proxy.listen(port);
    return proxy;
  }

  /** `url` with its host and port replaced by this proxy's. */
  rewrite(url: string): string {
    const u = new URL(url);
    u.hostname = '127.0.0.1';
    u.port = String(this.port);
    return u.toString();
  }

  get state(): ProxyMode {
    return this.mode;
  }

  async cut(): Promise<void> {
    this.mode = 'cut';
    for (const link of this.links) this.drop(link);
    this.cutConnections += this.links.size;
    this.links.clear();
    // Closed listener: connection attempts are refused.
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
    this.server = null;
  }

  blackhole(): void {
    this.mode = 'blackhole';
    for (const link of this.links) {
      if (link.upstream) {
        link.client.unpipe(link.upstream);
        link.upstream.unpipe(link.client);
        link.upstream.pause();
      }
      link.client.pause();
    }
  }

  async restore(): Promise<void> {
    const was = this.mode;
    this.mode = 'pass';
    if (was === 'cut') await this.listen(this.port);
    if (was === 'blackhole') {
      for (const link of this.links) {
        if (link.upstream) this.join(link, link.upstream);
        else this.connectUpstream(link);
      }
    }
  }

  async close(): Promise<void> {
    for (const link of this.links) this.drop(link);
    this.links.clear();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
    this.server = null;
  }

  private async listen(port: number): Promise<void> {
    const server = net.createServer((client) => this.accept(client));
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => resolve());
    });
    (this as { port: number }).port = (server.address() as net.AddressInfo).port;
    this.server = server;
  }

  private accept(client: net.Socket): void {
    const link: Link = { client, upstream: null };
    this.links.add(link);
    client.on('error', () => this.drop(link));
    client.on('close', () => this.drop(link));
    if (this.mode === 'blackhole') {
      client.pause(); // accepted, never answered (until restore)
      return;
    }
    this.connectUpstream(link);
  }

  private connectUpstream(link: Link): void {
    const upstream = net.connect(this.target.port, this.target.host);
    link.upstream = upstream;
    upstream.on('error', () => this.drop(link));
    upstream.on('close', () => this.drop(link));
    this.join(link, upstream);
  }

  private join(link: Link, upstream: net.Socket): void {
    link.client.pipe(upstream);
    upstream.pipe(link.client);
  }

  private drop(link: Link): void {
    if (!this.links.delete(link) && link.client.destroyed) return;
    link.client.destroy();
    link.upstream?.destroy();
  }
}
