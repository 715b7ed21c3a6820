import type { NetworkInterfaceInfo } from 'node:os';
import { listenUrls } from './listen-addresses';

const nic = (address: string, family: 'IPv4' | 'IPv6', internal = false) => ({ address, family, internal }) as NetworkInterfaceInfo;
const interfaces = {
  lo: [nic('127.0.0.1', 'IPv4', true), nic('::1', 'IPv6', true)],
  wlan0: [nic('192.168.1.20', 'IPv4'), nic('fe80::1', 'IPv6'), nic('2001:db8::5', 'IPv6')],
  eth0: [nic('10.0.0.7', 'IPv4')],
};

describe('listenUrls', () => {
  it('lists LAN addresses first and localhost last when listening everywhere', () => {
    expect(listenUrls('0.0.0.0', 3000, interfaces)).toEqual({
      lan: ['http://192.168.1.20:3000', 'http://10.0.0.7:3000'],
      all: ['http://192.168.1.20:3000', 'http://10.0.0.7:3000', 'http://localhost:3000'],
    });
    expect(listenUrls('::', 80, interfaces).lan).toContain('http://[2001:db8::5]:80');
  });

  it('lists only the address it is bound to', () => {
    expect(listenUrls('127.0.0.1', 3000, interfaces)).toEqual({ lan: [], all: ['http://127.0.0.1:3000'] });
    expect(listenUrls('192.168.1.20', 3000, interfaces)).toEqual({ lan: ['http://192.168.1.20:3000'], all: ['http://192.168.1.20:3000'] });
  });
});
