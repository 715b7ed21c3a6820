import { describe, expect, it } from 'vitest';
import { createAppI18n } from '../i18n';
import { addErrorTexts } from '../i18n/useErrorText';
import { failureText } from './errors';
import { ApiError } from './http';

const i18n = createAppI18n();
addErrorTexts(i18n.global);
const translate = (code: string) => (i18n.global.te(`errors.${code}`) ? i18n.global.t(`errors.${code}`) : null);
const text = (error: unknown) => failureText(error, translate, i18n.global.t('errors.generic'));

describe('one failure text for one code', () => {
  it('reads the same whether the code came over HTTP, in a command ack or in a refused handshake', () => {
    const http = new ApiError(404, 'session/not-found', 'server words A');
    const ack = { ok: false, code: 'session/not-found', message: 'server words B' };
    const refusal = { code: 'session/not-found', message: 'server words C' };
    expect(text(http)).toBe('This session does not exist.');
    expect(text(ack)).toBe(text(http));
    expect(text(refusal)).toBe(text(http));
  });

  it('uses the shared default for a declared code the web has no wording for, not the server’s words', () => {
    expect(text({ code: 'plan/not-found', message: 'There is no plan "x".' })).toBe('There is no such plan.');
    expect(text({ code: 'timer/not-due', message: 'whatever' })).toBe('The timer has not run out yet.');
  });

  it('shows the server’s words for a validation failure, which name the field', () => {
    expect(text(new ApiError(400, 'payload/invalid', 'title: Give the session a title'))).toBe('title: Give the session a title');
  });

  it('falls back to the server’s message only for a code this page does not know, then to a generic line', () => {
    expect(text({ code: 'future/thing', message: 'Something new happened.' })).toBe('Something new happened.');
    expect(text(new Error(''))).toBe(i18n.global.t('errors.generic'));
  });
});
