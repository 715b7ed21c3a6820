import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import express from 'express';
import type { DataSource } from 'typeorm';
import { AppModule } from './app.module';
import type { AppConfig } from './config/config';
import { createDataSource } from './database/data-source';
import { startEmbeddedPostgres, type EmbeddedPostgres } from './database/embedded-postgres';
import { ErrorFilter } from './http/error.filter';
import { serveOpenApi } from './http/openapi';
import { requestIds } from './http/request-id';
import { refuseInvalidText } from './http/text-guard';
import { JsonLogger } from './logging/json-logger';
import { KindredIoAdapter } from './realtime/io-adapter';
import { connectRedisFanout, type RedisFanout } from './realtime/redis-fanout';
import { sameOriginWrites } from './security/same-origin';
import { securityHeaders } from './security/web-headers';
import { serveWebApp } from './web/serve-web-app';

export class StartupError extends Error {}

export interface RunningServer {
  app: NestExpressApplication;
  url: string;
  port: number;
  dataSource: DataSource;
  logger: JsonLogger;
  stop(): Promise<void>;
}

function describeDbUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}:${u.port || 5432}${u.pathname}`;
  } catch {
    return 'the DATABASE_URL given';
  }
}

/** Connects to the database, runs migrations and opens it, or explains why not. */
async function openDatabase(config: AppConfig): Promise<{ dataSource: DataSource; embedded: EmbeddedPostgres | null }> {
  const embedded = config.databaseUrl ? null : await startEmbeddedPostgres(config.dataDir);
  const url = config.databaseUrl ?? embedded!.url;
  const dataSource = createDataSource({ url, poolSize: embedded ? 4 : 20 });
  try {
    await dataSource.initialize();
  } catch (error) {
    await embedded?.stop();
    throw new StartupError(`Cannot reach the database at ${describeDbUrl(url)}: ${(error as Error).message}`);
  }
  try {
    await dataSource.runMigrations({ transaction: 'each' });
  } catch (error) {
    await dataSource.destroy();
    await embedded?.stop();
    throw new StartupError(`Database migrations failed: ${(error as Error).message}`);
  }
  return { dataSource, embedded };
}

/** Starts the whole server: database, migrations, HTTP, sockets, the web app. */
export async function startServer(config: AppConfig, logger = new JsonLogger(config.logLevel)): Promise<RunningServer> {
  const { dataSource, embedded } = await openDatabase(config);
  let fanout: RedisFanout | null = null;
  if (config.redisUrl) {
    try {
      fanout = await connectRedisFanout(config.redisUrl);
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
  app.use(requestIds(logger));
  app.use(securityHeaders({ hsts: config.secureCookies }));
  app.use(sameOriginWrites(config.allowedOrigins));
  app.use(express.json({ limit: '64kb' }));
  app.use(refuseInvalidText);
  app.useGlobalFilters(new ErrorFilter(logger));
  app.useWebSocketAdapter(new KindredIoAdapter(app, config, (io) => fanout?.install(io)));
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
  const url = `http://localhost:${port}`;
  logger.event('info', 'server started', { url, database: config.databaseUrl ? 'postgres' : 'embedded', redis: fanout !== null, webApp: servesWeb });

  let stopped = false;
  return {
    app,
    url,
    port,
    dataSource,
    logger,
    async stop() {
      if (stopped) return;
      stopped = true;
      await app.close();
      await fanout?.close();
      if (dataSource.isInitialized) await dataSource.destroy();
      await embedded?.stop();
    },
  };
}
