import type { PublicAddress } from '@kindred/session';
import { HttpClient } from '../test-support/clients';
import { bootTestServer, type TestServer } from '../test-support/test-server';

describe('GET /api/config: the address phones use', () => {
  let servers: TestServer[] = [];
  afterAll(async () => {
    for (const server of servers) await server.close();
    servers = [];
  });

  it('says PUBLIC_URL when set, as an origin', async () => {
    const server = await bootTestServer({ PUBLIC_URL: 'https://kindred.example.org/' });
    servers.push(server);
    const res = await new HttpClient(server.url).get<PublicAddress>('/api/config');
    expect(res.status).toBe(200);
    expect(res.body.publicUrl).toBe('https://kindred.example.org');
  });

  it('says null without PUBLIC_URL; bound to loopback, no LAN address to offer', async () => {
    const server = await bootTestServer();
    servers.push(server);
    const res = await new HttpClient(server.url).get<PublicAddress>('/api/config');
    expect(res.body).toEqual({ publicUrl: null, lanUrls: [] });
    expect(server.urls).toEqual([server.url]);
  });
});
