#!/usr/bin/env node
// `npx kindred …` / `npm run kindred -- …`: the operator's command (apps/api/src/cli).
// It runs the built API (`npm run build`), the same code the server runs.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const main = path.join(__dirname, '..', 'apps', 'api', 'dist', 'cli', 'main.js');
if (!fs.existsSync(main)) {
  process.stderr.write('kindred: the API is not built yet. Run `npm run build` first.\n');
  process.exit(1);
}
const { runCli } = require(main);
runCli(process.argv.slice(2), { env: process.env, cwd: process.cwd(), print: (line) => process.stdout.write(line + '\n') }).then(
  (code) => (process.exitCode = code),
  (error) => {
    process.stderr.write(`kindred: ${String((error && error.stack) || error)}\n`);
    process.exitCode = 1;
  },
);
