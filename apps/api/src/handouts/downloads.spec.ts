import type { Request } from 'express';
import { fileSlug, handoutPageUrl } from './downloads';

describe('downloads', () => {
  it('makes ASCII file names from any pair or session name', () => {
    expect(fileSlug('Los Peñas & Zoë!')).toBe('los-penas-zoe');
    expect(fileSlug('“”')).toBe('kindred');
  });

  it('puts the pair token in the fragment of the handout page link', () => {
    const req = { protocol: 'https', get: (name: string) => (name === 'host' ? 'kindred.example.org' : undefined) } as unknown as Request;
    expect(handoutPageUrl(req, 'p-1', 'a+b/c')).toBe('https://kindred.example.org/handout/p-1#t=a%2Bb%2Fc');
  });
});
