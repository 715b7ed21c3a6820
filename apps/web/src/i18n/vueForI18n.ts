/*
 * What vue-i18n needs from Vue, as named exports only. vue-i18n also does
 * `import * as Vue from 'vue'` to probe for an internal; a namespace import like that
 * stops the bundler from dropping any unused part of Vue (~10 KB gzipped on phones).
 * vite.config.ts points vue-i18n's `vue` import here. Add a name if vue-i18n grows.
 */
export {
  Fragment,
  Text,
  computed,
  createVNode,
  defineComponent,
  effectScope,
  getCurrentInstance,
  h,
  inject,
  isRef,
  onMounted,
  onUnmounted,
  ref,
  shallowRef,
  watch,
} from 'vue';
