import { networkInterfaces, type NetworkInterfaceInfo } from 'node:os';

type Interfaces = NodeJS.Dict<NetworkInterfaceInfo[]>;

const WILDCARDS = new Set(['0.0.0.0', '::', '']);

function urlFor(address: string, port: number): string {
  return address.includes(':') ? `http://[${address}]:${port}` : `http://${address}:${port}`;
}

/**
 * Every address this server answers on, the ones a phone on the same network can
 * open first (IPv4 LAN, then IPv6 LAN), `localhost` last. Bound to one address:
 * that one only.
 */
export function listenUrls(host: string, port: number, interfaces: Interfaces = networkInterfaces()): { lan: string[]; all: string[] } {
  if (!WILDCARDS.has(host)) {
    const only = urlFor(host, port);
    const loopback = host === 'localhost' || host.startsWith('127.') || host === '::1';
    return { lan: loopback ? [] : [only], all: [only] };
  }
  const ipv6 = host === '::';
  const infos = Object.values(interfaces).flatMap((list) => list ?? []);
  const external = infos.filter((info) => !info.internal && !(info.family === 'IPv6' && info.address.startsWith('fe80')));
  const lan = [
    ...external.filter((info) => info.family === 'IPv4'),
    ...(ipv6 ? external.filter((info) => info.family === 'IPv6') : []),
  ].map((info) => urlFor(info.address, port));
  return { lan, all: [...lan, `http://localhost:${port}`] };
}
