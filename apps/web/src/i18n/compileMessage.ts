import type { MessageCompiler, MessageContext, MessageFunction } from 'vue-i18n';

/**
 * A tiny compiler for the message syntax this app uses: `{name}` placeholders and
 * ` | `-separated plural forms. Passing it to vue-i18n lets the build drop vue-i18n's
 * full message compiler (`__INTLIFY_DROP_MESSAGE_COMPILER__`), which keeps the
 * phone's bundle small. Linked messages and list interpolation are not supported.
 */
type Part = string | { name: string };

export function parseMessage(source: string): Part[][] {
  return source.split(/\s+\|\s+/).map((form) => {
    const parts: Part[] = [];
    const pattern = /\{\s*([A-Za-z_][\w]*)\s*\}/g;
    let last = 0;
    for (let match = pattern.exec(form); match !== null; match = pattern.exec(form)) {
      if (match.index > last) parts.push(form.slice(last, match.index));
      parts.push({ name: match[1] ?? '' });
      last = match.index + match[0].length;
    }
    if (last < form.length) parts.push(form.slice(last));
    return parts;
  });
}

function display(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return value === null || value === undefined ? '' : JSON.stringify(value);
}

function render(ctx: MessageContext<string>, parts: Part[]): string {
  return parts.map((part) => (typeof part === 'string' ? part : display(ctx.named(part.name)))).join('');
}

export const compileMessage: MessageCompiler = (source) => {
  const forms = typeof source === 'string' ? parseMessage(source) : [[]];
  const first = forms[0] ?? [];
  const fn: MessageFunction<string> =
    forms.length === 1
      ? (ctx: MessageContext<string>) => render(ctx, first)
      : (ctx: MessageContext<string>) => ctx.plural(forms.map((parts) => render(ctx, parts)));
  return fn;
};
