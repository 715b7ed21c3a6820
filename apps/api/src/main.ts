import { ConfigError, loadConfig } from './config/config';
import { DataDirLockedError } from './database/embedded-postgres';
import { startServer, StartupError } from './server';

/** What the person starting Kindred reads: phones can't open localhost, so LAN addresses come first. */
function startBanner(urls: string[], publicUrl: string | null): string {
  const lines = ['', '  Kindred is running. Open it at:', ...urls.map((url) => `    ${url}`), ''];
  if (publicUrl) lines.push(`  Phones are sent to PUBLIC_URL: ${publicUrl}`);
  else if (urls.length > 1) lines.push(`  Phones are sent to the address you open it with: use ${urls[0]}, not localhost (or set PUBLIC_URL).`);
  else lines.push('  Phones are sent to the address you open it with (or set PUBLIC_URL).');
  return `${lines.join('\n')}\n\n`;
}

async function main(): Promise<void> {
  const config = loadConfig();
  const server = await startServer(config);
  process.stdout.write(startBanner(server.urls, config.publicUrl));
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    server.logger.event('info', 'shutting down', { signal, graceMs: config.shutdownGraceMs });
    // Whatever happens, the process is gone by the end of the grace time.
    setTimeout(() => process.exit(1), config.shutdownGraceMs).unref();
    server.shutdown(config.shutdownGraceMs).then(
      () => process.exit(0),
      (error: unknown) => {
        server.logger.event('error', 'shutdown failed', { error });
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  const known = error instanceof StartupError || error instanceof ConfigError || error instanceof DataDirLockedError;
  process.stderr.write(`Kindred could not start: ${known ? (error).message : String((error as Error)?.stack ?? error)}\n`);
  process.exit(1);
});
