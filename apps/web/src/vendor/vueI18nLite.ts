import { computed, inject, shallowRef, type App, type InjectionKey, type Ref } from 'vue';

/*
 * The part of vue-i18n's Composition API this app uses, in about 1.5 KB instead of
 * vue-i18n's ~10 KB (brotli) on every phone. vite.config.ts points `vue-i18n` here for
 * the build and the unit tests; types still come from vue-i18n, so code is written
 * against vue-i18n's API and `t('...')` keys stay typed. Behaviour follows vue-i18n 11
 * for what is here: `t` (named values, plural index with implicit `n`/`count`, default
 * message, per-call locale), `te`, `tm`, `rt`, `d`, `n`, a reactive `locale`, fallback
 * through the language part and `fallbackLocale`, `setLocaleMessage` /
 * `mergeLocaleMessage` (for messages loaded later), vue-i18n's default plural rule or
 * `pluralRules`. Messages are compiled by the `messageCompiler` the app passes
 * (src/i18n/compileMessage.ts). Anything else (legacy mode, local scopes, `<i18n-t>`)
 * throws or is absent: add it here, or drop the alias, if the app starts to need it.
 */

type Messages = Record<string, unknown>;
type Named = Record<string, unknown>;
type Formats = Record<string, Record<string, object>>;
type MessageContext = {
  named(key: string): unknown;
  list(index: number): unknown;
  plural(forms: unknown[]): unknown;
  values: Named;
};
type MessageFunction = (ctx: MessageContext) => unknown;
type PluralRule = (choice: number, choicesLength: number) => number;

export interface LiteI18nOptions {
  legacy?: boolean;
  locale?: string;
  fallbackLocale?: string | string[] | false;
  messages?: Record<string, Messages>;
  datetimeFormats?: Formats;
  numberFormats?: Formats;
  messageCompiler?: (source: string, context: { locale: string; key: string }) => MessageFunction;
  pluralRules?: Record<string, PluralRule>;
  missingWarn?: boolean;
  fallbackWarn?: boolean;
}

/** vue-i18n's default: two forms are "one | many", three are "zero | one | many". */
function pluralDefault(choice: number, choicesLength: number): number {
  const abs = Math.abs(choice);
  if (choicesLength === 2) return abs ? (abs > 1 ? 1 : 0) : 1;
  return abs ? Math.min(abs, 2) : 0;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function deepMerge(target: Messages, source: Messages): Messages {
  const merged: Messages = { ...target };
  for (const [key, value] of Object.entries(source)) {
    const existing = merged[key];
    merged[key] = isPlainObject(value) && isPlainObject(existing) ? deepMerge(existing, value) : value;
  }
  return merged;
}

/** A key is a path through nested objects (`pair.waiting.title`), or a literal key that holds dots. */
function resolve(messages: Messages | undefined, key: string): unknown {
  if (!messages) return undefined;
  if (key in messages) return messages[key];
  let node: unknown = messages;
  for (const part of key.split('.')) {
    if (!isPlainObject(node) || !(part in node)) return undefined;
    node = node[part];
  }
  return node;
}

export function createI18n(options: LiteI18nOptions = {}) {
  if (options.legacy !== false) throw new Error('vueI18nLite supports only `legacy: false` (the Composition API).');
  const locale = shallowRef(options.locale ?? 'en');
  const fallbackLocale = shallowRef(options.fallbackLocale ?? false);
  const messages = shallowRef<Record<string, Messages>>({ ...options.messages });
  const datetimeFormats = shallowRef<Formats>({ ...options.datetimeFormats });
  const numberFormats = shallowRef<Formats>({ ...options.numberFormats });
  const compiled = new Map<string, MessageFunction>();

  /** The locale itself, its language ("es" for "es-MX"), then the fallbacks, each once. */
  function chain(first: string): string[] {
    const fallbacks = fallbackLocale.value === false ? [] : ([] as string[]).concat(fallbackLocale.value);
    return [...new Set([first, first.split('-')[0] ?? first, ...fallbacks])];
  }

  function compile(source: unknown, key: string, inLocale: string): MessageFunction | null {
    if (typeof source === 'function') return source as MessageFunction;
    if (typeof source !== 'string') return null;
    let fn = compiled.get(source);
    if (!fn) {
      fn = options.messageCompiler ? options.messageCompiler(source, { locale: inLocale, key }) : () => source;
      compiled.set(source, fn);
    }
    return fn;
  }

  function render(fn: MessageFunction, inLocale: string, named: Named, list: unknown[], plural: number | undefined): string {
    const choice = plural ?? -1;
    const rule = options.pluralRules?.[inLocale] ?? pluralDefault;
    const values = plural === undefined ? named : { n: plural, count: plural, ...named };
    const ctx: MessageContext = {
      named: (name) => values[name],
      list: (index) => list[index],
      plural: (forms) => forms[rule(choice, forms.length)] ?? forms[forms.length - 1],
      values,
    };
    return String(fn(ctx));
  }

  function t(key: string, ...args: unknown[]): string {
    let named: Named = {};
    let list: unknown[] = [];
    let plural: number | undefined;
    let defaultMessage: string | undefined;
    let requested = locale.value;
    for (const arg of args) {
      if (typeof arg === 'number') plural = arg;
      else if (typeof arg === 'string') defaultMessage = arg;
      else if (Array.isArray(arg)) list = arg;
      else if (isPlainObject(arg) && arg === args[0]) named = arg;
      else if (isPlainObject(arg)) {
        if (typeof arg.plural === 'number') plural = arg.plural;
        if (typeof arg.default === 'string') defaultMessage = arg.default;
        else if (arg.default === true) defaultMessage = key;
        if (typeof arg.locale === 'string') requested = arg.locale;
      }
    }
    for (const inLocale of chain(requested)) {
      const fn = compile(resolve(messages.value[inLocale], key), key, inLocale);
      if (fn) return render(fn, inLocale, named, list, plural);
    }
    if (defaultMessage !== undefined) {
      const fn = compile(defaultMessage, key, requested);
      return fn ? render(fn, requested, named, list, plural) : defaultMessage;
    }
    return key;
  }

  /** As vue-i18n 11: through the fallbacks, unless a locale is named. */
  function te(key: string, inLocale?: string): boolean {
    return (inLocale === undefined ? chain(locale.value) : [inLocale]).some((each) => {
      const value = resolve(messages.value[each], key);
      return typeof value === 'string' || typeof value === 'function';
    });
  }

  function tm(key: string): unknown {
    for (const inLocale of chain(locale.value)) {
      const value = resolve(messages.value[inLocale], key);
      if (value !== undefined) return value;
    }
    return {};
  }

  function rt(message: unknown, ...args: unknown[]): string {
    const fn = compile(message, '', locale.value);
    if (!fn) return '';
    const named = args.find(isPlainObject) ?? {};
    const plural = args.find((arg): arg is number => typeof arg === 'number');
    return render(fn, locale.value, named, args.find(Array.isArray) ?? [], plural);
  }

  /** `d(value)`, `d(value, 'short')`, `d(value, 'short', 'es')` or `d(value, { key, locale, ...Intl options })`. */
  function format(formats: Formats, make: (inLocale: string, format: object) => { format(value: never): string }, value: unknown, keyOrOptions?: unknown, localeArg?: unknown): string {
    let key: string | undefined;
    let overrides: Record<string, unknown> = {};
    let requested = typeof localeArg === 'string' ? localeArg : locale.value;
    if (typeof keyOrOptions === 'string') key = keyOrOptions;
    else if (isPlainObject(keyOrOptions)) {
      const { key: optionKey, locale: optionLocale, ...rest } = keyOrOptions;
      if (typeof optionKey === 'string') key = optionKey;
      if (typeof optionLocale === 'string') requested = optionLocale;
      overrides = rest;
    }
    if (key === undefined) return make(requested, overrides).format(value as never);
    for (const inLocale of chain(requested)) {
      const found = formats[inLocale]?.[key];
      if (found) return make(inLocale, { ...found, ...overrides }).format(value as never);
    }
    return '';
  }

  const d = (value: number | Date | string, keyOrOptions?: unknown, localeArg?: unknown): string =>
    format(datetimeFormats.value, (inLocale, f) => new Intl.DateTimeFormat(inLocale, f), typeof value === 'string' ? new Date(value) : value, keyOrOptions, localeArg);
  const n = (value: number, keyOrOptions?: unknown, localeArg?: unknown): string =>
    format(numberFormats.value, (inLocale, f) => new Intl.NumberFormat(inLocale, f), value, keyOrOptions, localeArg);

  const global = {
    locale: locale as Ref<string>,
    fallbackLocale,
    messages,
    datetimeFormats,
    numberFormats,
    availableLocales: computed(() => Object.keys(messages.value).sort()),
    t,
    te,
    tm,
    rt,
    d,
    n,
    getLocaleMessage: (inLocale: string): Messages => messages.value[inLocale] ?? {},
    setLocaleMessage(inLocale: string, message: Messages): void {
      messages.value = { ...messages.value, [inLocale]: message };
    },
    mergeLocaleMessage(inLocale: string, message: Messages): void {
      messages.value = { ...messages.value, [inLocale]: deepMerge(messages.value[inLocale] ?? {}, message) };
    },
    getDateTimeFormat: (inLocale: string) => datetimeFormats.value[inLocale] ?? {},
    setDateTimeFormat(inLocale: string, formats: Record<string, object>): void {
      datetimeFormats.value = { ...datetimeFormats.value, [inLocale]: formats };
    },
    mergeDateTimeFormat(inLocale: string, formats: Record<string, object>): void {
      datetimeFormats.value = { ...datetimeFormats.value, [inLocale]: { ...datetimeFormats.value[inLocale], ...formats } };
    },
  };

  const i18n = {
    mode: 'composition' as const,
    global,
    install(app: App): void {
      app.provide(I18N, global);
      Object.assign(app.config.globalProperties, { $t: t, $te: te, $tm: tm, $rt: rt, $d: d, $n: n });
    },
  };
  return i18n;
}

export type LiteComposer = ReturnType<typeof createI18n>['global'];
const I18N: InjectionKey<LiteComposer> = Symbol('kindred-i18n');

/** The global composer (the app has no local scopes; vue-i18n returns the global one for these calls too). */
export function useI18n(options: { useScope?: 'global' | 'local' } & Record<string, unknown> = {}): LiteComposer {
  const { useScope = 'global', ...rest } = options;
  if (useScope !== 'global' || Object.keys(rest).length > 0) throw new Error('vueI18nLite supports only the global scope: useI18n() or useI18n({ useScope: "global" }).');
  const composer = inject(I18N, null);
  if (!composer) throw new Error('useI18n() needs the i18n plugin installed on the app (app.use(i18n)).');
  return composer;
}
