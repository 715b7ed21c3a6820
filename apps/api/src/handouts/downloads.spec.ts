import type { Request } from 'express';
import { fileSlug, publicOrigin } from './downloads';

describe('downloads', () => {
  it('makes ASCII file names from any pair or session name', () => {
    expect(fileSlug('Los Peñas & Zoë!')).toBe('los-penas-zoe');
    expect(fileSlug('“”')).toBe('kindred');
  });

  it('builds links on PUBLIC_URL, else on the address the request used', () => {
    const req = { protocol: 'http', get: (name: string) => (name === 'host' ? '192.168.1.20:3000' : undefined) } as unknown as Request;
    expect(publicOrigin(null, req)).toBe('http://192.168.1.20:3000');
    expect(publicOrigin('https://kindred.example.org', req)).toBe('https://kindred.example.org');
  });
});
