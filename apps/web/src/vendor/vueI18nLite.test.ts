import { describe, expect, it } from 'vitest';
import { defineComponent, h, nextTick } from 'vue';
import { mount } from '@vue/test-utils';
// The real library, past the alias in vite.config.ts (which maps only the bare `vue-i18n`).
import { createI18n as createReal } from 'vue-i18n/dist/vue-i18n.mjs';
import { compileMessage } from '../i18n/compileMessage';
import { createI18n as createLite, useI18n as useLite } from './vueI18nLite';

const messages = {
  en: {
    plain: 'Hello',
    named: 'Hello {name}, you are {age}',
    two: 'one pair | {n} pairs',
    three: 'no pairs | one pair | {count} pairs',
    twoNamed: '{who} has one vote | {who} has {n} votes',
    nested: { deeper: { key: 'Deep' } },
    'dotted.key': 'Flat key with a dot',
    onlyEnglish: 'Only in English',
  },
  es: { plain: 'Hola', named: 'Hola {name}, tienes {age}', two: 'un dúo | {n} dúos' },
};
const datetimeFormats = {
  en: { short: { year: 'numeric', month: 'short', day: 'numeric' }, time: { hour: '2-digit', minute: '2-digit', timeZone: 'UTC' } },
} as const;
const options = { legacy: false, locale: 'en', fallbackLocale: 'en', messages, datetimeFormats, messageCompiler: compileMessage, missingWarn: false, fallbackWarn: false } as const;

type Composer = { t: (...args: unknown[]) => string; te: (...args: unknown[]) => boolean; d: (...args: unknown[]) => string; locale: { value: string } };
const both = (): [Composer, Composer] => [
  createReal(options as never).global as unknown as Composer,
  createLite(options as never).global as unknown as Composer,
];

// Each call, made on vue-i18n and on the lite module, must give the same text.
const calls: [string, ...unknown[]][] = [
  ['plain'],
  ['named', { name: 'Ana', age: 9 }],
  ['two', 0],
  ['two', 1],
  ['two', 2],
  ['two', 7],
  ['three', 0],
  ['three', 1],
  ['three', 5],
  ['three', { count: 4 }, 4],
  ['twoNamed', { who: 'Mom' }, 1],
  ['twoNamed', { who: 'Mom' }, 3],
  ['twoNamed', { who: 'Mom' }, { plural: 3 }],
  ['two'],
  ['nested.deeper.key'],
  ['dotted.key'],
  ['missing.key'],
  ['missing.key', 'A default'],
  ['missing.key', { x: 1 }, { default: 'Default {x}' }],
  ['plain', {}, { locale: 'es' }],
];

/** Shows `t('later')` through useI18n called with `scope`. */
const Probe = defineComponent({
  props: { scope: { type: Object, required: true } },
  setup(props) {
    const { t } = useLite(props.scope);
    return () => h('p', t('later'));
  },
});

describe('vueI18nLite, against vue-i18n', () => {
  it.each(calls)('t(%j, ...) reads the same', (key, ...args) => {
    const [vueI18n, lite] = both();
    expect(lite.t(key, ...args)).toBe(vueI18n.t(key, ...args));
  });

  it('falls back to the fallback locale, te too unless a locale is named', () => {
    for (const composer of both()) {
      composer.locale.value = 'es';
      expect([composer.t('plain'), composer.t('two', 3), composer.t('onlyEnglish')]).toEqual(['Hola', '3 dúos', 'Only in English']);
      expect([composer.te('plain'), composer.te('onlyEnglish'), composer.te('onlyEnglish', 'es'), composer.te('onlyEnglish', 'en'), composer.te('nested')]).toEqual([true, true, false, true, false]);
    }
  });

  it('formats dates as vue-i18n does, by named format', () => {
    const when = Date.UTC(2026, 11, 6, 13, 5);
    const [vueI18n, lite] = both();
    for (const args of [[when, 'time'], [new Date(when), 'short'], [when, { key: 'time' }]] as const) {
      expect(lite.d(...args)).toBe(vueI18n.d(...args));
    }
  });

  it('re-renders a component when messages are merged in or the locale changes', async () => {
    const i18n = createLite(options as never);
    const wrapper = mount(Probe, { props: { scope: {} }, global: { plugins: [i18n] } });
    expect(wrapper.text()).toBe('later');
    i18n.global.mergeLocaleMessage('en', { later: 'Loaded later' });
    await nextTick();
    expect(wrapper.text()).toBe('Loaded later');
    i18n.global.mergeLocaleMessage('es', { later: 'Cargado después' });
    i18n.global.locale.value = 'es';
    await nextTick();
    expect(wrapper.text()).toBe('Cargado después');
  });

  it('refuses what it does not implement rather than misbehave', () => {
    expect(() => createLite({ ...options, legacy: true } as never)).toThrow(/legacy/);
    const i18n = createLite(options as never);
    expect(() => mount(Probe, { props: { scope: { messages: {} } }, global: { plugins: [i18n] } })).toThrow(/global scope/);
  });
});
