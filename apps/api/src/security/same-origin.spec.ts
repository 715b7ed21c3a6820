import { writeAllowed } from './same-origin';

const req = (headers: Record<string, string>) => ({ headers: { host: 'kindred.example:3000', ...headers } });

describe('writeAllowed', () => {
  it('lets our own pages, listed origins and non-browser clients write', () => {
    expect(writeAllowed(req({ origin: 'http://kindred.example:3000' }), [])).toBe(true);
    expect(writeAllowed(req({ origin: 'http://localhost:5173' }), ['http://localhost:5173'])).toBe(true);
    expect(writeAllowed(req({}), [])).toBe(true);
    expect(writeAllowed(req({ 'sec-fetch-site': 'same-origin' }), [])).toBe(true);
    expect(writeAllowed(req({ 'sec-fetch-site': 'none' }), [])).toBe(true);
  });

  it('refuses another port of the same host, another site, an opaque origin and cross-site fetches without Origin', () => {
    expect(writeAllowed(req({ origin: 'http://kindred.example:4000', 'sec-fetch-site': 'same-site' }), [])).toBe(false);
    expect(writeAllowed(req({ origin: 'https://evil.example' }), [])).toBe(false);
    expect(writeAllowed(req({ origin: 'null' }), [])).toBe(false);
    expect(writeAllowed(req({ 'sec-fetch-site': 'cross-site' }), [])).toBe(false);
    expect(writeAllowed(req({ 'sec-fetch-site': 'same-site' }), [])).toBe(false);
  });
});
