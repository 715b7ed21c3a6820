import { fileURLToPath } from 'node:url';
import { constants as zlibConstants } from 'node:zlib';
import vue from '@vitejs/plugin-vue';
import type { Plugin } from 'vite';
import { compression, defineAlgorithm } from 'vite-plugin-compression2';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('.', import.meta.url));
const lib = (path: string) => fileURLToPath(new URL(`../../libs/${path}`, import.meta.url));
const api = 'http://localhost:3000';
const libSource = /[\\/]libs[\\/](session|content)[\\/]src[\\/]/;

/**
 * The libs are plain data and functions: tell the bundler so. Without this, importing
 * one helper from `@kindred/session` would keep its zod schemas (and zod) in the
 * phone's bundle, because the lib's package.json doesn't declare `sideEffects`.
 */
const pureLibs: Plugin = {
  name: 'kindred:pure-libs',
  transform(code, id) {
    return libSource.test(id) ? { code, map: null, moduleSideEffects: false } : null;
  },
};

/**
 * vue-i18n's API as far as the app uses it, in a fraction of its size (see the file).
 * Types still come from vue-i18n. Unit tests run against the same module.
 */
const vueI18nLite = fileURLToPath(new URL('./src/vendor/vueI18nLite.ts', import.meta.url));

/**
 * Brotli and gzip copies of every text asset, written next to it at build time (the
 * strongest settings: paid once per build, not per request). The API
 * (apps/api/src/web/serve-web-app.ts) and the nginx example send them with
 * Content-Encoding; scripts/bundle-size.mjs holds each route to its budget.
 */
const precompressed = compression({
  include: /\.(js|css|html|svg|json|webmanifest)$/,
  exclude: /[\\/]\.vite[\\/]/,
  algorithms: [defineAlgorithm('gzip', { level: 9 }), defineAlgorithm('brotliCompress', { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11 } })],
  logLevel: 'silent',
});

export default defineConfig({
  root,
  plugins: [vue(), pureLibs, precompressed],
  resolve: {
    alias: [
      { find: '@kindred/session', replacement: lib('session/src/index.ts') },
      { find: '@kindred/content', replacement: lib('content/src/index.ts') },
      { find: /^vue-i18n$/, replacement: vueI18nLite },
    ],
  },
  define: {
    // Smaller runtime: no Options API, no devtools in production.
    __VUE_OPTIONS_API__: 'false',
    __VUE_PROD_DEVTOOLS__: 'false',
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    manifest: true,
    target: 'es2022',
    // Every browser the app supports preloads modules natively.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        codeSplitting: {
          // Libraries every surface needs travel as one chunk: fewer requests and
          // better compression than the many small shared chunks of the default.
          groups: [
            {
              name: 'vendor',
              test: /node_modules[\\/](@vue|vue|vue-router|pinia|socket\.io-client|engine\.io-client|socket\.io-parser|engine\.io-parser|@socket\.io)[\\/]/,
            },
          ],
        },
      },
    },
  },
  server: {
    proxy: {
      '/api': api,
      '/health': api,
      '/socket.io': { target: api, ws: true },
    },
  },
  test: {
    root,
    environment: 'happy-dom',
    include: ['src/**/*.test.ts'],
  },
});
