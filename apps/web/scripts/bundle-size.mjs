#!/usr/bin/env node
// Prints the gzipped size of the JavaScript a phone downloads to open the pair view:
// the entry chunk, the pair route's chunk, and every chunk they import statically.
// Chunks loaded on demand (the QR code library, other surfaces) are not counted.
// Usage: node apps/web/scripts/bundle-size.mjs [--max-kb 80] [--json] [--dist path/to/dist]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

const webRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const distArg = args.includes('--dist') ? args[args.indexOf('--dist') + 1] : undefined;
const dist = distArg ? path.resolve(distArg) : path.join(webRoot, 'dist');
const manifestPath = path.join(dist, '.vite', 'manifest.json');
const maxKb = Number(args[args.indexOf('--max-kb') + 1]) || 80;
const asJson = args.includes('--json');

if (!fs.existsSync(manifestPath)) {
  console.error(`No build manifest at ${path.relative(process.cwd(), manifestPath)}. Build first: npx vite build --config apps/web/vite.config.ts`);
  process.exit(2);
}

/** @type {Record<string, { file: string; src?: string; isEntry?: boolean; imports?: string[]; dynamicImports?: string[] }>} */
const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));

function staticClosure(keys) {
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

const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry);
const routeKeys = {
  pair: 'src/pair/PairPage.vue',
  join: 'src/join/JoinPage.vue',
  console: 'src/facilitate/ConsoleLayout.vue',
  screen: 'src/screen/ScreenPage.vue',
};
if (!entryKey || !manifest[routeKeys.pair]) {
  console.error('The manifest has no entry or no pair route chunk (src/pair/PairPage.vue).');
  process.exit(2);
}

function measure(keys) {
  const chunks = [...staticClosure(keys)].map((key) => {
    const file = manifest[key].file;
    const bytes = fs.readFileSync(path.join(dist, file));
    return { file, raw: bytes.length, gzip: zlib.gzipSync(bytes, { level: 9 }).length };
  });
  chunks.sort((a, b) => b.gzip - a.gzip);
  const gzip = chunks.reduce((sum, chunk) => sum + chunk.gzip, 0);
  const raw = chunks.reduce((sum, chunk) => sum + chunk.raw, 0);
  return { chunks, gzip, raw };
}

const kb = (bytes) => (bytes / 1024).toFixed(1);
const results = Object.fromEntries(Object.entries(routeKeys).map(([name, key]) => [name, manifest[key] ? measure([entryKey, key]) : null]));
const pair = results.pair;

if (asJson) {
  console.log(JSON.stringify({ maxKb, routes: results }, null, 2));
} else {
  console.log(`Pair route JavaScript: ${kb(pair.gzip)} KB gzipped (${kb(pair.raw)} KB raw), budget ${maxKb} KB`);
  for (const chunk of pair.chunks) console.log(`  ${chunk.file.padEnd(44)} ${kb(chunk.gzip).padStart(6)} KB gz`);
  for (const [name, result] of Object.entries(results)) {
    if (name !== 'pair' && result) console.log(`${name} route: ${kb(result.gzip)} KB gzipped`);
  }
}
if (pair.gzip > maxKb * 1024) {
  console.error(`Over budget by ${kb(pair.gzip - maxKb * 1024)} KB.`);
  process.exit(1);
}
