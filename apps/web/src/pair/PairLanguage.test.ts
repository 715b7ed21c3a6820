import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ref } from 'vue';
import { flushPromises } from '@vue/test-utils';
import { loadCredentials, saveCredentials, type PairCredentials } from '../join/pairCredentials';
import { mountWith } from '../test/mountWith';
import PairLanguage from './PairLanguage.vue';

const saved: PairCredentials = { sessionId: 's1', pairId: 'p1', pairToken: 'token-1', member: null, title: 'Spring', language: 'en', savedAt: 1 };

describe('the phone’s language switch', () => {
  beforeEach(() => {
    localStorage.clear();
    saveCredentials(saved);
  });
  afterEach(() => {
    document.documentElement.lang = '';
  });

  it('shows each language by its own name, the current one pressed', () => {
    const { wrapper } = mountWith(PairLanguage, {}, { pairContext: { credentials: ref(loadCredentials('s1')) } });
    expect(wrapper.get('[data-testid="language-en"]').text()).toBe('English');
    expect(wrapper.get('[data-testid="language-es"]').text()).toBe('Español');
    expect(wrapper.get('[data-testid="language-en"]').attributes('aria-pressed')).toBe('true');
    expect(wrapper.get('[data-testid="language-es"]').attributes('lang')).toBe('es');
  });

  it('switches the strings, remembers the language with the credential and tells the server', async () => {
    const credentials = ref(loadCredentials('s1'));
    const { wrapper, send, i18n } = mountWith(PairLanguage, {}, { pairContext: { credentials } });
    await wrapper.get('[data-testid="language-es"]').trigger('click');
    await flushPromises();
    expect(send).toHaveBeenCalledWith({ type: 'pair.setLanguage', language: 'es' });
    // Kept for the next connect (the handshake reads the page's credential) and the next visit.
    expect(credentials.value?.language).toBe('es');
    expect(loadCredentials('s1')).toEqual({ ...saved, language: 'es' });
    // The Spanish messages arrive by a dynamic import first.
    await vi.waitFor(() => expect(i18n.global.locale.value).toBe('es'));
    expect(document.documentElement.lang).toBe('es');
    expect(wrapper.get('[data-testid="language-es"]').attributes('aria-pressed')).toBe('true');
  });

  it('sends nothing when the language is already the one shown', async () => {
    const { wrapper, send } = mountWith(PairLanguage, {}, { pairContext: { credentials: ref(loadCredentials('s1')) } });
    await wrapper.get('[data-testid="language-en"]').trigger('click');
    await flushPromises();
    expect(send).not.toHaveBeenCalled();
    expect(loadCredentials('s1')?.language).toBe('en');
  });
});
