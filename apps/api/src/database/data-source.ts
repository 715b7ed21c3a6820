import { DataSource } from 'typeorm';
import { MIGRATIONS } from './migrations';

export interface DataSourceOptions {
  url: string;
  /**
   * Connections in the pool. The embedded database must get exactly one: PGlite runs
   * one session, and two connections' statements would interleave in it (a lookup
   * answering "no row", `portal "" does not exist`).
   */
  poolSize: number;
  /**
   * Fail fast: opening a connection and each query give up after this long, so a
   * database that stops answering turns into `server/unavailable` instead of a hang.
   * Null: no limits (the embedded database, which lives in this process, and migrations).
   */
  timeoutMs: number | null;
}

/** The one DataSource shape used by the app, the tests and the migration CLI. */
export function createDataSource({ url, poolSize, timeoutMs }: DataSourceOptions): DataSource {
  const limits =
    timeoutMs === null
      ? {}
      : {
          connectionTimeoutMillis: timeoutMs,
          // Client side: a blackholed server never answers, so the server's own limit can't help.
          query_timeout: timeoutMs,
          // Server side: the statement stops using the database when we stop waiting for it.
          statement_timeout: timeoutMs,
          keepAlive: true,
        };
  return new DataSource({
    type: 'postgres',
    url,
    migrations: MIGRATIONS,
    migrationsRun: false,
    migrationsTableName: 'schema_migrations',
    synchronize: false,
    logging: false,
    extra: { max: poolSize, ...limits },
  });
}
