import { afterEach, describe, expect, it } from 'vitest';
import { createAppI18n, loadConsoleMessages, showAppIn } from '.';
import { pickLocale, SUPPORTED_LOCALES } from './switchLocale';

describe('choosing a locale', () => {
  it('offers English and Spanish, the languages Kindred ships', () => {
    expect(SUPPORTED_LOCALES).toEqual(['en', 'es']);
  });

  it('takes the first shipped language by its base tag', () => {
    expect(pickLocale('es-MX')).toBe('es');
    expect(pickLocale('fr-FR', 'es-419', 'en')).toBe('es');
    expect(pickLocale('fr', undefined, null)).toBeNull();
    expect(pickLocale('EN-us')).toBe('en');
  });
});

describe('switching the app', () => {
  afterEach(() => {
    document.documentElement.lang = '';
  });

  it('fetches the Spanish phone messages only when a device switches, then follows with <html lang>', async () => {
    const { global } = createAppI18n();
    expect(Object.keys(global.getLocaleMessage('es'))).toEqual([]);
    await showAppIn(global, 'es-MX');
    expect(global.locale.value).toBe('es');
    expect(document.documentElement.lang).toBe('es');
    expect(Object.keys(global.getLocaleMessage('es'))).toContain('pair');
    // A phone never needs the console's strings.
    expect(global.getLocaleMessage('es')).not.toHaveProperty('run');
  });

  it('falls back to English for a language Kindred does not ship', async () => {
    const { global } = createAppI18n();
    await showAppIn(global, 'es');
    await showAppIn(global, 'fr');
    expect(global.locale.value).toBe('en');
    expect(document.documentElement.lang).toBe('en');
  });

  it('lets the latest switch win when an earlier one is still loading', async () => {
    const { global } = createAppI18n();
    const slow = showAppIn(global, 'es');
    const fast = showAppIn(global, 'en');
    await Promise.all([slow, fast]);
    expect(global.locale.value).toBe('en');
  });

  it('loads the console strings of the language the console switches to', async () => {
    const { global } = createAppI18n();
    await loadConsoleMessages(global);
    expect(global.getLocaleMessage('en')).toHaveProperty('run');
    await showAppIn(global, 'es');
    expect(global.getLocaleMessage('es')).toHaveProperty('run');
    expect(global.getLocaleMessage('es')).toHaveProperty('pair');
  });
});
