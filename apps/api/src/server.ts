import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import express from 'express';
import type { DataSource } from 'typeorm';
import { AppModule } from './app.module';
import type { AppConfig } from './config/config';
import { ERROR_MESSAGES } from '@kindred/session';
import { createDataSource } from './database/data-source';
import { DatabaseHealth } from './database/database-health';
import { startEmbeddedPostgres, type EmbeddedPostgres } from './database/embedded-postgres';
import { ErrorFilter } from './http/error.filter';
import { serveOpenApi } from './http/openapi';
import { requestIds } from './http/request-id';
import { Lifecycle } from './lifecycle/lifecycle';
import { refuseInvalidText } from './http/text-guard';
import { JsonLogger } from './logging/json-logger';
import { KindredIoAdapter } from './realtime/io-adapter';
import { connectRedisFanout, type RedisFanout } from './realtime/redis-fanout';
import { Metrics } from './metrics/metrics';
import { listenUrls } from './public-address/listen-addresses';
import { sameOriginWrites } from './security/same-origin';
import { securityHeaders } from './security/web-headers';
import { ClusterChannel } from './sessions/cluster-channel';
import { serveWebApp } from './web/serve-web-app';

export class StartupError extends Error {}

export interface RunningServer {
  app: NestExpressApplication;
  url: string;
  /** Every address the server answers on, LAN ones first (what a phone can open). */
  urls: string[];
  port: number;
  dataSource: DataSource;
  logger: JsonLogger;
  /** Stops at once (tests, a failed start). */
  stop(): Promise<void>;
  /**
   * SIGTERM: stop taking sockets and commands, let the ones in flight finish (or answer
   * them `server/unavailable`), send the devices off to reconnect elsewhere, then stop,
   * all within `graceMs`.
   */
  shutdown(graceMs: number): Promise<void>;
}

function describeDbUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}:${u.port || 5432}${u.pathname}`;
  } catch {
    return 'the DATABASE_URL given';
  }
}

/**
 * Connects to the database, runs migrations and opens it, or explains why not.
 * Migrations run on a connection without the query timeout (an index build may take
 * a while); the app's pool then fails fast. The embedded database gets one connection
 * (see createDataSource) and no timeouts: it lives in this process.
 */
async function openDatabase(config: AppConfig): Promise<{ dataSource: DataSource; embedded: EmbeddedPostgres | null }> {
  const embedded = config.databaseUrl ? null : await startEmbeddedPostgres(config.dataDir);
  const url = config.databaseUrl ?? embedded!.url;
  const migrator = createDataSource({ url, poolSize: 1, timeoutMs: null });
  try {
    await migrator.initialize();
  } catch (error) {
    await embedded?.stop();
    throw new StartupError(`Cannot reach the database at ${describeDbUrl(url)}: ${(error as Error).message}`);
  }
  try {
    await migrator.runMigrations({ transaction: 'each' });
  } catch (error) {
    await migrator.destroy();
    await embedded?.stop();
    throw new StartupError(`Database migrations failed: ${(error as Error).message}`);
  }
  await migrator.destroy();
  const dataSource = createDataSource({ url, poolSize: embedded ? 1 : 20, timeoutMs: embedded ? null : config.databaseTimeoutMs });
  try {
    await dataSource.initialize();
  } catch (error) {
    await embedded?.stop();
    throw new StartupError(`Cannot reach the database at ${describeDbUrl(url)}: ${(error as Error).message}`);
  }
  return { dataSource, embedded };
}

/** Starts the whole server: database, migrations, HTTP, sockets, the web app. */
export async function startServer(config: AppConfig, logger = new JsonLogger(config.logLevel)): Promise<RunningServer> {
  const { dataSource, embedded } = await openDatabase(config);
  let fanout: RedisFanout | null = null;
  if (config.redisUrl) {
    try {
      fanout = await connectRedisFanout(config.redisUrl, logger);
    } catch (error) {
      await dataSource.destroy();
      await embedded?.stop();
      throw new StartupError(`Cannot reach Redis at REDIS_URL: ${(error as Error).message}`);
    }
  }
  const app = await NestFactory.create<NestExpressApplication>(AppModule.register(config, dataSource, logger), {
    logger,
    bodyParser: false,
  });
  // Only the configured proxies' X-Forwarded-For is believed (see TRUST_PROXY).
  app.set('trust proxy', config.trustProxy);
  app.disable('x-powered-by');
  const lifecycle = app.get(Lifecycle);
  if (fanout) app.get(ClusterChannel).useLink(fanout);
  app.use(requestIds(logger));
  app.use(securityHeaders({ hsts: config.secureCookies }));
  app.use(sameOriginWrites(config.allowedOrigins));
  const database = app.get(DatabaseHealth);
  app.use((req: express.Request, res: express.Response, next: express.NextFunction) => {
    // Stopping, or the database is known to be away: answer at once instead of after a timeout.
    if ((lifecycle.draining && !req.path.startsWith('/health')) || (!database.available && req.path.startsWith('/api/'))) {
      res.status(503).set({ 'Retry-After': '1', Connection: 'close' }).json({ code: 'server/unavailable', message: ERROR_MESSAGES['server/unavailable'] });
      return;
    }
    const done = lifecycle.begin(() => undefined);
    res.once('close', done);
    next();
  });
  app.use(express.json({ limit: '64kb' }));
  app.use(refuseInvalidText);
  app.useGlobalFilters(new ErrorFilter(logger, database));
  const metrics = app.get(Metrics);
  app.useWebSocketAdapter(
    new KindredIoAdapter(app, config, (io) => {
      fanout?.install(io);
      metrics.instrument(io);
    }),
  );
  serveOpenApi(app);
  const servesWeb = serveWebApp(app, config.webDistDir);

  try {
    await app.listen(config.port, config.host);
  } catch (error) {
    await app.close();
    await fanout?.close();
    await dataSource.destroy().catch(() => undefined);
    await embedded?.stop();
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      throw new StartupError(`Port ${config.port} is already in use. Stop the other program or set PORT to a free port.`);
    }
    throw error;
  }
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const urls = listenUrls(config.host, port).all;
  const url = urls.at(-1) ?? `http://localhost:${port}`;
  logger.event('info', 'server started', { urls, publicUrl: config.publicUrl, database: config.databaseUrl ? 'postgres' : 'embedded', redis: fanout !== null, webApp: servesWeb });

  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await app.close();
    await fanout?.close();
    if (dataSource.isInitialized) await dataSource.destroy();
    await embedded?.stop();
  };
  return {
    app,
    url,
    urls,
    port,
    dataSource,
    logger,
    stop,
    async shutdown(graceMs) {
      const deadline = Date.now() + graceMs;
      const startedAt = Date.now();
      lifecycle.startDraining();
      // No new sockets or HTTP connections; open ones carry on.
      app.getHttpServer().close();
      // Leave time at the end to answer the rest, close sockets and the database.
      const finished = await lifecycle.settled(deadline - Math.min(2500, graceMs / 4));
      const abandoned = finished ? 0 : lifecycle.abandonInFlight();
      logger.event('info', 'drained', { ms: Date.now() - startedAt, abandoned });
      await stop();
    },
  };
}
