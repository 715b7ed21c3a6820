// Proves the boundary rules bite: run with `node --test tools/eslint/` (part of `npm run lint`).
// Each case lints a would-be file inside the real workspace, so imports are resolved the
// way the real lint resolves them (tsconfig paths, workspace packages, relative paths).
import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { ESLint } from 'eslint';
import boundaries from 'eslint-plugin-boundaries';
import tseslint from 'typescript-eslint';
import { boundariesConfig } from './boundaries.mjs';

const root = path.resolve(import.meta.dirname, '../..');
const { settings, rules } = boundariesConfig(root);

const eslint = new ESLint({
  cwd: root,
  overrideConfigFile: true,
  overrideConfig: [{ files: ['**/*.ts'], languageOptions: { parser: tseslint.parser }, plugins: { boundaries }, settings, rules }],
});

async function problems(file, code) {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return result.messages.map((m) => m.message);
}

test('content importing the engine fails (type:content may not import type:engine)', async () => {
  const messages = await problems('libs/content/src/bad.ts', `import { decide } from '@kindred/session';\nexport { decide };\n`);
  assert.equal(messages.length, 1, messages.join('\n'));
  assert.match(messages[0], /libs\/content .*may not import session/);
  assert.equal((await problems('libs/content/src/bad.ts', `export * from '../../session/src/engine/decide/decide';\n`)).length, 1);
});

test('the web reaching into the engine’s src/ fails, by package subpath or by relative path', async () => {
  for (const source of ['@kindred/session/src/engine/evolve', '../../../libs/session/src/engine/evolve']) {
    const messages = await problems('apps/web/src/bad.ts', `import { evolve } from '${source}';\nexport { evolve };\n`);
    assert.equal(messages.length, 1, `${source}: ${messages.join('\n')}`);
    assert.match(messages[0], /only through its entry point/, source);
  }
});

test('the system tests reaching into API internals fail; its test-support door passes', async () => {
  const bad = await problems('test/e2e/bad.ts', `import { SessionStore } from '../../apps/api/src/sessions/session-store';\nexport { SessionStore };\n`);
  assert.equal(bad.length, 1, bad.join('\n'));
  assert.match(bad[0], /test .*may not import api/);
  assert.deepEqual(await problems('test/e2e/ok.ts', `import { connectDevice } from '../../apps/api/src/test-support/clients';\nexport { connectDevice };\n`), []);
});

test('a lib importing an app, or a framework, fails', async () => {
  assert.match((await problems('libs/session/src/bad.ts', `import { AppModule } from '../../../apps/api/src/app.module';\nexport { AppModule };\n`))[0] ?? '', /may not import api/);
  for (const pkg of ['@nestjs/common', 'typeorm', 'socket.io', 'vue']) {
    const messages = await problems('libs/session/src/bad.ts', `import x from '${pkg}';\nexport default x;\n`);
    assert.match(messages[0] ?? '', /keep frameworks out/, pkg);
  }
});

test('one app importing the other fails', async () => {
  assert.equal((await problems('apps/api/src/bad.ts', `import '../../web/src/main';\n`)).length, 1);
  assert.equal((await problems('apps/web/src/bad.ts', `import { startServer } from '../../api/src/server';\nexport { startServer };\n`)).length, 1);
});

test('allowed imports pass', async () => {
  assert.deepEqual(await problems('libs/session/src/ok.ts', `import type { Agenda } from '@kindred/content';\nimport { z } from 'zod';\nexport type { Agenda };\nexport { z };\n`), []);
  assert.deepEqual(await problems('apps/api/src/ok.ts', `import { decide } from '@kindred/session';\nimport '@nestjs/common';\nimport './sessions/session-store';\nexport { decide };\n`), []);
  assert.deepEqual(await problems('apps/web/src/stores/ok.test.ts', `import { anAgenda } from '../test/builders';\nexport { anAgenda };\n`), []);
  assert.deepEqual(await problems('apps/web/src/ok.ts', `import { io } from 'socket.io-client';\nimport '@kindred/session';\nexport { io };\n`), []);
});
