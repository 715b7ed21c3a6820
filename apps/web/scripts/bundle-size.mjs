#!/usr/bin/env node
// The JavaScript a phone downloads to open each route, compressed, against a budget per
// route: the entry chunk, the route's chunks and every chunk they import statically.
// Chunks loaded on demand (error texts; the QR code library; poll results; other
// surfaces) are not counted. Neither are the chunks a route starts fetching beside the
// socket's handshake, which nothing shows before the socket's first view (the pair's
// step screens and waiting room; the console's lobby and run of show): they are listed
// in BESIDE_HANDSHAKE and reported next to each route ("then"), so the figure a phone
// waits for before its first view is there too.
//
// Each budgeted route has a budget per encoding. Brotli is what a phone receives over
// HTTPS (a server with a public name); browsers offer `br` only on secure origins, so a
// phone that opens the server's plain-http:// LAN address gets gzip. The brotli budgets
// are issue #18's targets: 60 KiB for the pair route and 75 for the live console. The
// gzip budgets sit just above the figures of 6 December 2026, evening (pair 65.5 KiB,
// console 78.0), so they can only shrink.
//
// Usage:
//   node apps/web/scripts/bundle-size.mjs [--json] [--dist path/to/dist]
//     measures the .gz/.br files the build wrote (apps/web/vite.config.ts).
//   node apps/web/scripts/bundle-size.mjs --url http://host:port [--dist ...]
//     fetches the same files over HTTP, the way a phone does, once offering
//     `gzip, deflate, br` and once `gzip, deflate`, and counts the bytes that arrive. Fails
//     if a file that has a compressed copy arrives uncompressed, if a hashed asset is not
//     cached as immutable, or if index.html may be cached without revalidation.
import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** KiB of compressed JavaScript per route and encoding (entry + route chunks + static imports). */
const BUDGETS_KIB = { pair: { br: 60, gzip: 66 }, console: { br: 75, gzip: 78.5 } };
const ROUTES = {
  pair: ['src/pair/PairPage.vue'],
  join: ['src/join/JoinPage.vue'],
  // The live console: the console's layout, the session page a facilitator runs and the
  // console's strings (loaded before the route renders, see src/router).
  console: ['src/facilitate/ConsoleLayout.vue', 'src/facilitate/SessionPage.vue', 'src/i18n/en.console.ts'],
  screen: ['src/screen/ScreenPage.vue', 'src/i18n/en.console.ts'],
};
/**
 * Chunks (by name) a route's code starts importing as soon as it runs, beside the socket's
 * handshake, with what they import: not in the budget, reported beside it.
 */
const BESIDE_HANDSHAKE = {
  pair: ['SegmentScreen', 'WaitingRoom'],
  console: ['livePanels', 'PollPreview'],
};

const webRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const dist = option('--dist') ? path.resolve(option('--dist')) : path.join(webRoot, 'dist');
const baseUrl = option('--url');
const asJson = args.includes('--json');
const manifestPath = path.join(dist, '.vite', 'manifest.json');

if (!fs.existsSync(manifestPath)) {
  console.error(`No build manifest at ${path.relative(process.cwd(), manifestPath)}. Build first: npx vite build --config apps/web/vite.config.ts`);
  process.exit(2);
}

/** @type {Record<string, { file: string; isEntry?: boolean; imports?: string[] }>} */
const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));
const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry);
if (!entryKey || Object.values(ROUTES).flat().some((key) => !manifest[key])) {
  console.error('The manifest lacks the entry or a route chunk named in bundle-size.mjs ROUTES.');
  process.exit(2);
}

function staticClosureKeys(keys) {
  const seen = new Set();
  const stack = [...keys];
  while (stack.length > 0) {
    const key = stack.pop();
    if (seen.has(key) || !manifest[key]) continue;
    seen.add(key);
    stack.push(...(manifest[key].imports ?? []));
  }
  return seen;
}

function staticClosure(keys) {
  return [...staticClosureKeys(keys)].map((key) => manifest[key].file);
}

/** The files of the BESIDE_HANDSHAKE chunks a route reaches by dynamic imports, and their static imports, minus what the route counts already. */
function besideHandshake(name, keys) {
  const wanted = new Set(BESIDE_HANDSHAKE[name] ?? []);
  const counted = staticClosureKeys([entryKey, ...keys]);
  const found = new Set();
  const stack = [...counted];
  const visited = new Set();
  while (stack.length > 0) {
    const key = stack.pop();
    if (visited.has(key)) continue;
    visited.add(key);
    for (const dynamic of manifest[key]?.dynamicImports ?? []) {
      if (wanted.has(manifest[dynamic]?.name)) {
        found.add(dynamic);
        stack.push(dynamic);
      }
    }
  }
  const missing = [...wanted].filter((chunkName) => ![...found].some((key) => manifest[key].name === chunkName));
  if (missing.length > 0) {
    console.error(`BESIDE_HANDSHAKE names chunks the ${name} route does not import on demand: ${missing.join(', ')}`);
    process.exit(2);
  }
  return [...staticClosureKeys([...found])].filter((key) => !counted.has(key)).map((key) => manifest[key].file);
}

/** Size on disk of the file, its .gz and its .br (the build skips a copy that would not be smaller). */
function fromDisk(file) {
  const full = path.join(dist, file);
  const raw = fs.statSync(full).size;
  const copy = (ext) => (fs.existsSync(full + ext) ? fs.statSync(full + ext).size : null);
  const gzip = copy('.gz');
  const br = copy('.br');
  if (gzip === null && raw > 1024) throw new Error(`${file} has no .gz copy: is the compression plugin in vite.config.ts?`);
  return { file, raw, gzip: gzip ?? raw, br: br ?? gzip ?? raw, precompressed: gzip !== null };
}

function get(url, acceptEncoding) {
  const client = url.startsWith('https:') ? https : http;
  return new Promise((resolve, reject) => {
    const req = client.get(url, { headers: { 'accept-encoding': acceptEncoding } }, (res) => {
      let bytes = 0;
      res.on('data', (chunk) => (bytes += chunk.length));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, bytes }));
      res.on('error', reject);
    });
    req.on('error', reject);
  });
}

const problems = [];

async function overHttp(file) {
  const local = fromDisk(file);
  const url = new URL(file, baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`).href;
  const sent = {};
  for (const [name, accept, expected] of [
    ['br', 'gzip, deflate, br', 'br'],
    ['gzip', 'gzip, deflate', 'gzip'],
  ]) {
    const res = await get(url, accept);
    if (res.status !== 200) problems.push(`${file}: HTTP ${res.status}`);
    const encoding = res.headers['content-encoding'] ?? 'identity';
    if (local.precompressed && encoding !== expected && !(expected === 'br' && encoding === 'gzip' && local.br === local.gzip)) {
      problems.push(`${file}: offered "${accept}", got Content-Encoding ${encoding}`);
    }
    if (!/immutable/.test(res.headers['cache-control'] ?? '')) problems.push(`${file}: Cache-Control "${res.headers['cache-control']}" is not immutable`);
    if (local.precompressed && !/accept-encoding/i.test(res.headers.vary ?? '')) problems.push(`${file}: no Vary: Accept-Encoding`);
    sent[name] = res.bytes;
  }
  return { file, raw: local.raw, gzip: sent.gzip, br: sent.br };
}

async function checkIndexHtml() {
  for (const route of ['/', '/pair/00000000-0000-0000-0000-000000000000']) {
    const res = await get(new URL(route, baseUrl).href, 'gzip, deflate, br');
    const cache = res.headers['cache-control'] ?? '';
    if (res.status !== 200) problems.push(`${route}: HTTP ${res.status}`);
    if (!/no-cache|no-store|max-age=0/.test(cache)) problems.push(`${route} (index.html): Cache-Control "${cache}" lets it be reused without revalidation`);
    if (!res.headers['content-encoding']) problems.push(`${route} (index.html): sent uncompressed`);
  }
}

const measureFile = baseUrl ? overHttp : async (file) => fromDisk(file);
const sizes = new Map();
const beside = Object.fromEntries(Object.entries(ROUTES).map(([name, keys]) => [name, besideHandshake(name, keys)]));
const allFiles = Object.entries(ROUTES).flatMap(([name, keys]) => [...staticClosure([entryKey, ...keys]), ...beside[name]]);
for (const file of new Set(allFiles)) sizes.set(file, await measureFile(file));
if (baseUrl) await checkIndexHtml();

const results = Object.fromEntries(
  Object.entries(ROUTES).map(([name, keys]) => {
    const chunks = staticClosure([entryKey, ...keys]).map((file) => sizes.get(file));
    chunks.sort((a, b) => b.gzip - a.gzip);
    const sum = (field, list = chunks) => list.reduce((total, chunk) => total + chunk[field], 0);
    const after = beside[name].map((file) => sizes.get(file));
    const besideHandshake = { raw: sum('raw', after), gzip: sum('gzip', after), br: sum('br', after), files: beside[name] };
    return [name, { budgetKib: BUDGETS_KIB[name] ?? null, raw: sum('raw'), gzip: sum('gzip'), br: sum('br'), chunks, besideHandshake }];
  }),
);
for (const [name, result] of Object.entries(results)) {
  for (const [encoding, budget] of Object.entries(result.budgetKib ?? {})) {
    if (result[encoding] > budget * 1024) {
      problems.push(`${name} route: ${kib(result[encoding])} KiB ${encoding}, over its budget of ${budget} KiB by ${kib(result[encoding] - budget * 1024)} KiB`);
    }
  }
}

function kib(bytes) {
  return (bytes / 1024).toFixed(1);
}

if (asJson) {
  console.log(JSON.stringify({ source: baseUrl ?? 'disk', routes: results, problems }, null, 2));
} else {
  console.log(`JavaScript per route, compressed (${baseUrl ? `bytes received from ${baseUrl}` : 'build output'}):`);
  for (const [name, result] of Object.entries(results)) {
    const budget = result.budgetKib === null ? '' : `, budget ${result.budgetKib.gzip} KiB gzip / ${result.budgetKib.br} KiB brotli`;
    console.log(`  ${name.padEnd(8)} gzip ${kib(result.gzip).padStart(6)} KiB   brotli ${kib(result.br).padStart(6)} KiB   raw ${kib(result.raw).padStart(6)} KiB${budget}`);
    const then = result.besideHandshake;
    if (then.files.length > 0) console.log(`  ${''.padEnd(8)} then, beside the socket's handshake: gzip ${kib(then.gzip)} KiB, brotli ${kib(then.br)} KiB (${then.files.length} chunks, not in the budget)`);
  }
  console.log('Pair route chunks:');
  for (const chunk of results.pair.chunks) console.log(`  ${chunk.file.padEnd(44)} gzip ${kib(chunk.gzip).padStart(6)} KiB  brotli ${kib(chunk.br).padStart(6)} KiB`);
}
if (problems.length > 0) {
  for (const problem of problems) console.error(`FAIL ${problem}`);
  process.exit(1);
}
