// Keeps the Dockerfile and compose.yaml honest on a machine that can't build images.
// Always (fast, part of `npm run lint`): the Dockerfile's stages run the README's build
// and start commands, the runtime stage is non-root with production dependencies only,
// compose.yaml parses and gives the API only variables the config module reads.
// With KINDRED_CONTAINER_BUILD=1 (slow: two `npm ci` from the registry): runs each
// stage's RUN commands in a clean copy of the repository (`git archive HEAD`), lays
// out the runtime stage's files as its COPY lines say, starts its CMD on the embedded
// database and checks /health/ready and the web app.
import assert from 'node:assert/strict';
import { execSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const read = (file) => fs.readFileSync(path.join(root, file), 'utf8');

/** The Dockerfile as stages of instructions (continuation lines joined, comments dropped). */
function parseDockerfile(text) {
  const lines = text.replace(/\\\n/g, ' ').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
  const stages = [];
  for (const line of lines) {
    const [, op, rest] = /^(\w+)\s+(.*)$/.exec(line);
    if (op === 'FROM') stages.push({ name: /\bAS\s+(\S+)/i.exec(rest)?.[1], from: rest.split(/\s+/)[0], steps: [] });
    else stages.at(-1).steps.push({ op, args: rest });
  }
  return stages;
}

const stages = parseDockerfile(read('Dockerfile'));
const stage = (name) => stages.find((s) => s.name === name);
const runs = (s) => s.steps.filter((x) => x.op === 'RUN').map((x) => x.args);
const pkg = JSON.parse(read('package.json'));
const [buildCommand, startCommand] = pkg.scripts.start.split(' && ');

/** Every environment variable the config module reads (`env.NAME`). */
const configVars = new Set([...read('apps/api/src/config/config.ts').matchAll(/\benv\.([A-Z][A-Z0-9_]*)/g)].map((m) => m[1]));

test('the build stage runs the README\'s build, the runtime stage its start command', () => {
  assert.match(read('README.md'), /npm install && npm start/);
  assert.equal(buildCommand, 'npm run build');
  assert.deepEqual(runs(stage('build')).map((r) => r.split(' ').slice(0, 2).join(' ')), ['npm ci', 'npm run']);
  assert.equal(runs(stage('build')).at(-1), buildCommand);
  const cmd = JSON.parse(stage('runtime').steps.find((x) => x.op === 'CMD').args);
  assert.equal(cmd.join(' '), startCommand);
});

test('the runtime stage: production dependencies only, non-root, the built web app inside', () => {
  const runtime = stage('runtime');
  assert.match(runs(stage('deps')).join('\n'), /^npm ci --omit=dev\b/m);
  const copies = runtime.steps.filter((x) => x.op === 'COPY').map((x) => x.args);
  assert.ok(copies.includes('--from=deps /app/node_modules node_modules'));
  assert.ok(!copies.some((c) => /--from=build \/app\/node_modules/.test(c)), 'no dev node_modules from the build stage');
  assert.ok(copies.includes('--from=build /app/apps/web/dist apps/web/dist'), 'the API serves the built web app');
  const userAt = runtime.steps.findIndex((x) => x.op === 'USER');
  assert.ok(userAt > 0 && runtime.steps[userAt].args !== 'root' && userAt < runtime.steps.findIndex((x) => x.op === 'CMD'));
  for (const x of runtime.steps.filter((s) => s.op === 'ENV')) {
    for (const [, name] of x.args.matchAll(/([A-Z_]+)=/g)) assert.ok(name === 'NODE_ENV' || configVars.has(name), `${name} is not a setting`);
  }
  // Every workspace package's manifest reaches both npm ci stages.
  for (const ws of ['apps/api', 'apps/web', 'libs/content', 'libs/session']) {
    for (const name of ['build', 'deps']) assert.ok(stage(name).steps.some((x) => x.op === 'COPY' && x.args === `${ws}/package.json ${ws}/`), `${name} copies ${ws}/package.json`);
  }
});

test('compose.yaml parses and gives the API processes only settings the config module reads', () => {
  const compose = parseYaml(read('compose.yaml'), { merge: true });
  assert.deepEqual(Object.keys(compose.services).sort(), ['api1', 'api2', 'db', 'nginx', 'redis']);
  for (const name of ['api1', 'api2']) {
    const env = Object.keys(compose.services[name].environment);
    assert.ok(env.length >= 5);
    for (const key of env) assert.ok(configVars.has(key), `${name}: ${key} is not read by apps/api/src/config/config.ts`);
    for (const needed of ['DATABASE_URL', 'REDIS_URL', 'TRUST_PROXY', 'METRICS_TOKEN']) assert.ok(env.includes(needed), `${name} sets ${needed}`);
    assert.equal(compose.services[name].build, '.');
  }
  const nginx = read(compose.services.nginx.volumes[0].split(':')[0].replace(/^\.\//, ''));
  assert.match(nginx, /server api1:3000/);
  assert.match(nginx, /server api2:3000/);
  assert.match(nginx, /proxy_set_header Upgrade \$http_upgrade/);
});

test('the README settings table lists every setting the config module reads', () => {
  const readme = read('README.md');
  for (const name of configVars) {
    if (name === 'KINDRED_WEB_DIST') continue; // for tests and packagers, not operators
    assert.match(readme, new RegExp(`^\\| \`${name}\` \\|`, 'm'), `${name} is missing from the README's settings table`);
  }
});

test('building and starting the image\'s stages in a clean copy', { skip: process.env.KINDRED_CONTAINER_BUILD !== '1' && 'set KINDRED_CONTAINER_BUILD=1 (runs two npm ci)', timeout: 60 * 60_000 }, async () => {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'kindred-container-'));
  const sh = (cmd, cwd) => execSync(cmd, { cwd, stdio: 'inherit', env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' } });
  try {
    // build: the whole repository as committed (what `COPY . .` sees, without .dockerignore's folders).
    const build = path.join(work, 'build');
    fs.mkdirSync(build);
    sh(`git -C ${JSON.stringify(root)} archive HEAD | tar -x -C ${JSON.stringify(build)}`);
    for (const cmd of runs(stage('build'))) sh(cmd, build);
    // deps: only the manifests, then its RUN.
    const deps = path.join(work, 'deps');
    for (const x of stage('deps').steps.filter((s) => s.op === 'COPY')) {
      const [from, to] = x.args.split(/\s+/);
      const files = from === 'package.json' ? ['package.json', 'package-lock.json'] : [from];
      for (const f of files) fs.cpSync(path.join(build, f), path.join(deps, to.endsWith('/') ? path.join(to, path.basename(f)) : f));
    }
    for (const cmd of runs(stage('deps'))) sh(cmd, deps);
    // runtime: exactly what its COPY lines bring.
    const app = path.join(work, 'runtime');
    for (const x of stage('runtime').steps.filter((s) => s.op === 'COPY')) {
      const [, from, src, dest] = /^--from=(\w+) \/app\/(\S+) (\S+)$/.exec(x.args);
      const base = from === 'deps' ? deps : build;
      const target = dest === './' ? path.join(app, path.basename(src)) : dest.endsWith('/') ? path.join(app, dest, path.basename(src)) : path.join(app, dest);
      fs.cpSync(path.join(base, src), target, { recursive: true, verbatimSymlinks: true });
    }
    const cmd = JSON.parse(stage('runtime').steps.find((s) => s.op === 'CMD').args);
    const port = 30000 + Math.floor(Math.random() * 20000);
    const server = spawn(cmd[0], cmd.slice(1), { cwd: app, env: { PATH: process.env.PATH, NODE_ENV: 'production', HOST: '127.0.0.1', PORT: String(port), KINDRED_DATA_DIR: path.join(work, 'data') }, stdio: 'inherit' });
    try {
      // Generous: a first start creates the embedded database (slow on a busy machine).
      let ready = null;
      for (const deadline = Date.now() + 10 * 60_000; Date.now() < deadline && !ready?.ok; ) {
        await new Promise((r) => setTimeout(r, 1000));
        ready = await fetch(`http://127.0.0.1:${port}/health/ready`, { signal: AbortSignal.timeout(5000) }).catch(() => null);
      }
      assert.equal(ready?.status, 200);
      const page = await fetch(`http://127.0.0.1:${port}/`, { signal: AbortSignal.timeout(30_000) });
      assert.match(await page.text(), /<div id="app"/);
    } finally {
      server.kill('SIGTERM');
    }
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
});
