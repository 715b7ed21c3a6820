// The cluster tests need the production build, a real PostgreSQL (DATABASE_URL), a
// Redis and nginx. Locally, missing ones skip it with a note; in CI (CI set) that is a failure.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';

const redis = new URL(process.env.KINDRED_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379/5');
const redisUp = await new Promise((resolve) => {
  const socket = net.connect(Number(redis.port || 6379), redis.hostname);
  socket.once('connect', () => (socket.end(), resolve(true)));
  socket.once('error', () => resolve(false));
});
const nginx = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
const missing = [
  !process.env.DATABASE_URL && 'DATABASE_URL',
  !redisUp && `Redis at ${redis.host}`,
  !fs.existsSync(nginx) && `nginx at ${nginx} (apt-get install -y nginx)`,
].filter(Boolean);
if (missing.length > 0) {
  const note = `Cluster test needs ${missing.join(' and ')}.`;
  if (process.env.CI) {
    console.error(`${note} Failing because CI is set.`);
    process.exit(1);
  }
  console.log(`Cluster test skipped: ${note}`);
  process.exit(0);
}
if (!fs.existsSync('apps/api/dist/main.js')) {
  console.error('The cluster test runs the production build: run `npm run build` first.');
  process.exit(1);
}
const result = spawnSync('npx', ['jest', '-c', 'test/jest.cluster.config.js', '--runInBand', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(result.status ?? 1);
