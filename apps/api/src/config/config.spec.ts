import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  it('defaults to port 3000 and the embedded database in .kindred/data', () => {
    const config = loadConfig({}, '/srv/kindred');
    expect(config).toMatchObject({ port: 3000, databaseUrl: null, dataDir: '/srv/kindred/.kindred/data', redisUrl: null, allowedOrigins: [] });
  });

  it('reads the environment', () => {
    const config = loadConfig({ PORT: '8080', DATABASE_URL: 'postgres://db/k', ALLOWED_ORIGINS: 'https://a.org, https://b.org', KINDRED_DATA_DIR: '/data' }, '/x');
    expect(config).toMatchObject({ port: 8080, databaseUrl: 'postgres://db/k', allowedOrigins: ['https://a.org', 'https://b.org'], dataDir: '/data' });
  });

  it('defaults the database timeout to 3 s and the shutdown grace to 10 s, and reads both', () => {
    expect(loadConfig({})).toMatchObject({ databaseTimeoutMs: 3000, shutdownGraceMs: 10_000 });
    expect(loadConfig({ DATABASE_TIMEOUT_MS: '1500', SHUTDOWN_GRACE_MS: '0' })).toMatchObject({ databaseTimeoutMs: 1500, shutdownGraceMs: 0 });
    expect(() => loadConfig({ SHUTDOWN_GRACE_MS: '10s' })).toThrow(/SHUTDOWN_GRACE_MS/);
    expect(() => loadConfig({ DATABASE_TIMEOUT_MS: '5' })).toThrow(/DATABASE_TIMEOUT_MS/);
  });

  it('explains a bad value', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(ConfigError);
    expect(() => loadConfig({ LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL/);
    expect(() => loadConfig({ SESSION_IDLE_HOURS: '0' })).toThrow(/SESSION_IDLE_HOURS/);
    expect(() => loadConfig({ SESSION_IDLE_HOURS: 'soon' })).toThrow(/SESSION_IDLE_HOURS/);
    expect(() => loadConfig({ PUBLIC_URL: 'kindred.example.org' })).toThrow(/PUBLIC_URL/);
    expect(() => loadConfig({ PUBLIC_URL: 'https://kindred.example.org/app' })).toThrow(ConfigError);
  });

  it('ends idle sessions after 12 hours unless told otherwise', () => {
    expect(loadConfig({}).sessionIdleMs).toBe(12 * 60 * 60 * 1000);
    expect(loadConfig({ SESSION_IDLE_HOURS: '1.5' }).sessionIdleMs).toBe(90 * 60 * 1000);
  });

  it('reads PUBLIC_URL as the origin phones use', () => {
    expect(loadConfig({}).publicUrl).toBeNull();
    expect(loadConfig({ PUBLIC_URL: 'https://Kindred.example.org/' }).publicUrl).toBe('https://kindred.example.org');
  });
});

describe('loadConfig: hardening settings', () => {
  it('trusts forwarded addresses only from listed proxies, never from any hop', () => {
    expect(loadConfig({}).trustProxy).toEqual(['loopback']);
    expect(loadConfig({ TRUST_PROXY: 'false' }).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.5, 10.0.1.0/24' }).trustProxy).toEqual(['10.0.0.5', '10.0.1.0/24']);
    expect(() => loadConfig({ TRUST_PROXY: 'true' })).toThrow(/TRUST_PROXY/);
    expect(() => loadConfig({ TRUST_PROXY: '2' })).toThrow(/TRUST_PROXY/);
  });

  it('reads the caps and refuses nonsense', () => {
    expect(loadConfig({})).toMatchObject({ maxPairsPerSession: 150, maxSocketsPerCredential: 4 });
    expect(loadConfig({ MAX_PAIRS_PER_SESSION: '200' }).maxPairsPerSession).toBe(200);
    expect(() => loadConfig({ MAX_SOCKETS_PER_CREDENTIAL: '0' })).toThrow(/MAX_SOCKETS_PER_CREDENTIAL/);
  });

  it('turns metrics on only with a token long enough not to guess', () => {
    expect(loadConfig({}).metricsToken).toBeNull();
    expect(loadConfig({ METRICS_TOKEN: '' }).metricsToken).toBeNull();
    expect(loadConfig({ METRICS_TOKEN: '0123456789abcdef' }).metricsToken).toBe('0123456789abcdef');
    expect(() => loadConfig({ METRICS_TOKEN: 'short' })).toThrow(/METRICS_TOKEN/);
  });

  it('sends mail only with SMTP_URL, and only with PUBLIC_URL to build the links on', () => {
    expect(loadConfig({}).smtpUrl).toBeNull();
    expect(loadConfig({}).mailFrom).toBe('Kindred <kindred@localhost>');
    expect(loadConfig({ SMTP_URL: 'smtp://mail.example.org:587', PUBLIC_URL: 'https://kindred.example.org' }).smtpUrl).toBe('smtp://mail.example.org:587');
    expect(() => loadConfig({ SMTP_URL: 'smtp://mail.example.org:587' })).toThrow(/SMTP_URL needs PUBLIC_URL/);
    expect(() => loadConfig({ SMTP_URL: 'http://mail.example.org', PUBLIC_URL: 'https://kindred.example.org' })).toThrow(/smtp:\/\//);
  });
});
