import fs from 'node:fs';
import { adminQuery, stateFilePath, type TemplateState } from './test-database';

export default async function globalTeardown(): Promise<void> {
  const stateFile = stateFilePath();
  if (!fs.existsSync(stateFile)) return;
  const { serverUrl, template } = JSON.parse(fs.readFileSync(stateFile, 'utf8')) as TemplateState;
  fs.rmSync(stateFile, { force: true });
  await adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
}
