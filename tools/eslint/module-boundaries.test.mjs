// Proves the boundary rule bites: run with `node --test tools/eslint/` (part of `npm run lint`).
import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import kindred from './module-boundaries.mjs';

const root = path.resolve(import.meta.dirname, '../..');

const eslint = new ESLint({
  cwd: root,
  overrideConfigFile: true,
  overrideConfig: [
    {
      files: ['**/*.ts'],
      languageOptions: { parser: tseslint.parser },
      plugins: { kindred },
      rules: { 'kindred/module-boundaries': 'error' },
    },
  ],
});

async function problems(file, code) {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return result.messages.map((m) => m.message);
}

test('a lib importing an app fails', async () => {
  const messages = await problems('libs/session/src/bad.ts', `import { AppModule } from '../../../apps/api/src/app.module';\n`);
  assert.equal(messages.length, 1);
  assert.match(messages[0], /@kindred\/session \(scope:shared\) may not import @kindred\/api \(scope:api\)/);
});

test('a lib importing an app by package name fails', async () => {
  const messages = await problems('libs/content/src/bad.ts', `export * from '@kindred/web';\n`);
  assert.match(messages[0] ?? '', /may not import @kindred\/web/);
});

test('a lib importing a framework fails', async () => {
  for (const pkg of ['@nestjs/common', 'typeorm', 'socket.io', 'vue']) {
    const messages = await problems('libs/session/src/bad.ts', `import x from '${pkg}';\nexport default x;\n`);
    assert.match(messages[0] ?? '', /keep frameworks out/, pkg);
  }
});

test('one app importing the other fails', async () => {
  assert.equal((await problems('apps/api/src/bad.ts', `import '@kindred/web';\n`)).length, 1);
  assert.equal((await problems('apps/web/src/bad.ts', `import { startServer } from '../../api/src/server';\n`)).length, 1);
});

test('allowed imports pass', async () => {
  assert.deepEqual(await problems('libs/session/src/ok.ts', `import type { Agenda } from '@kindred/content';\nimport { z } from 'zod';\n`), []);
  assert.deepEqual(await problems('apps/api/src/ok.ts', `import { decide } from '@kindred/session';\nimport '@nestjs/common';\n`), []);
  assert.deepEqual(await problems('apps/web/src/ok.ts', `import { io } from 'socket.io-client';\nimport '@kindred/session';\n`), []);
});
