import { afterEach, describe, expect, it, vi } from 'vitest';
import { mountWith } from '../test/mountWith';
import SignInPanel from './SignInPanel.vue';

function jsonResponse(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

describe('SignInPanel', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('shows each sign-up problem beside its field, in form order, in an announced summary', async () => {
    const fetchMock = vi.fn();
    vi.stubGlobal('fetch', fetchMock);
    const { wrapper } = mountWith(SignInPanel, { attachTo: document.body });
    await wrapper.get('[data-testid="mode-signup"]').trigger('click');
    await wrapper.get('[data-testid="auth-email"]').setValue('maria.example.org');
    await wrapper.get('[data-testid="auth-password"]').setValue('short');
    await wrapper.get('form').trigger('submit');

    const summary = wrapper.get('[data-testid="auth-field-errors"]');
    expect(summary.attributes('role')).toBe('alert');
    expect(summary.findAll('li').map((li) => li.text())).toEqual([
      'Enter your name.',
      'That does not look like an email address. Please check it.',
      'Use at least 10 characters for your password.',
    ]);
    expect(summary.text()).not.toMatch(/displayName|email:|password:/);
    const name = wrapper.get('[data-testid="auth-name"]');
    expect(name.attributes('aria-invalid')).toBe('true');
    expect(name.attributes('aria-describedby')).toBe('auth-name-error');
    expect(wrapper.get('[data-testid="auth-password"]').attributes('aria-describedby')).toBe('auth-password-hint auth-password-error');
    expect(document.activeElement).toBe(name.element);
    expect(fetchMock).not.toHaveBeenCalled();
    wrapper.unmount();
  });

  it('puts the server’s per-field problems beside the fields too', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.resolve(jsonResponse(400, { code: 'payload/invalid', message: 'email: Enter a valid email address', fields: [{ field: 'email', message: 'Enter a valid email address' }] }))),
    );
    const { wrapper } = mountWith(SignInPanel);
    await wrapper.get('[data-testid="auth-email"]').setValue('maria@example.org');
    await wrapper.get('[data-testid="auth-password"]').setValue('anything at all');
    await wrapper.get('form').trigger('submit');
    await vi.waitFor(() => expect(wrapper.find('[data-testid="auth-email-error"]').exists()).toBe(true));
    expect(wrapper.get('[data-testid="auth-email-error"]').text()).toBe('Enter a valid email address');
    expect(wrapper.find('[data-testid="auth-error"]').exists()).toBe(false);
  });
});
