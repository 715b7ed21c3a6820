import fs from 'node:fs';
import { randomBytes } from 'node:crypto';
import { createDataSource } from '../database/data-source';
import { adminQuery, stateFilePath, withDatabase } from './test-database';

/** Migrates one template database that every integration test file copies. */
export default async function globalSetup(): Promise<void> {
  process.env.KINDRED_IT_STATE = stateFilePath();
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) return; // each file will use its own embedded database
  const template = `kindred_tpl_${randomBytes(6).toString('hex')}`;
  await adminQuery(serverUrl, `CREATE DATABASE ${template}`);
  const dataSource = createDataSource({ url: withDatabase(serverUrl, template), poolSize: 1, timeoutMs: null });
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  await dataSource.destroy();
  fs.writeFileSync(process.env.KINDRED_IT_STATE, JSON.stringify({ serverUrl, template }));
}
