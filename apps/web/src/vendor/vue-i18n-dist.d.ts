// The real vue-i18n by its file, past the alias in vite.config.ts (used by vueI18nLite.test.ts).
declare module 'vue-i18n/dist/vue-i18n.mjs' {
  export * from 'vue-i18n';
}
