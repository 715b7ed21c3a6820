import { deviceJoinLink, handoutLink, isLoopbackHost, joinLink, joinLinkForDisplay, normalizePublicUrl, projectorLink, PublicUrlError } from './links';

describe('links', () => {
  it('builds every link from the public origin, tokens in the fragment', () => {
    const origin = 'https://kindred.example.org';
    expect(joinLink(origin, 'AB3DE9')).toBe('https://kindred.example.org/join/AB3DE9');
    expect(joinLinkForDisplay('http://192.168.1.20:3000')).toBe('192.168.1.20:3000/join');
    expect(deviceJoinLink(origin, 'K7M2QX9P')).toBe('https://kindred.example.org/join#d=K7M2QX9P');
    expect(handoutLink(origin, 'p-1', 'a+b/c')).toBe('https://kindred.example.org/handout/p-1#t=a%2Bb%2Fc');
    expect(handoutLink(origin, 'p-1')).toBe('https://kindred.example.org/handout/p-1');
    expect(projectorLink(`${origin}/`, 's1', 'x')).toBe('https://kindred.example.org/screen/s1#t=x');
  });

  it('accepts PUBLIC_URL only as an origin', () => {
    expect(normalizePublicUrl('https://Kindred.Example.org/')).toBe('https://kindred.example.org');
    expect(normalizePublicUrl(' http://192.168.1.20:3000 ')).toBe('http://192.168.1.20:3000');
    expect(() => normalizePublicUrl('kindred.example.org')).toThrow(PublicUrlError);
    expect(() => normalizePublicUrl('ftp://kindred.example.org')).toThrow(/http/);
    expect(() => normalizePublicUrl('https://kindred.example.org/app')).toThrow(/no path/);
  });

  it('knows which hosts a phone cannot reach', () => {
    for (const host of ['localhost', '127.0.0.1', '127.1.2.3', '[::1]', 'app.localhost']) expect(isLoopbackHost(host)).toBe(true);
    for (const host of ['192.168.1.20', 'kindred.example.org', '10.0.0.2']) expect(isLoopbackHost(host)).toBe(false);
  });
});
