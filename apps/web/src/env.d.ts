/// <reference types="vite/client" />

// For tools that read .ts files without Vue support (ESLint's type-aware rules);
// vue-tsc resolves the real components and never uses this.
declare module '*.vue' {
  import type { DefineComponent } from 'vue';
  const component: DefineComponent<object, object, unknown>;
  export default component;
}

declare const __VUE_PROD_DEVTOOLS__: boolean;
