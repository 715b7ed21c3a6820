import { describe, expect, it } from 'vitest';
import { defineComponent, h } from 'vue';
import { ApiError } from '../api/http';
import { mountWith } from '../test/mountWith';
import es from './es';
import { useErrorText } from './useErrorText';

/** Shows the text of `error` the way a screen does. */
const ErrorLine = defineComponent({
  props: { error: { type: null, required: true } },
  setup(props) {
    const errorText = useErrorText();
    return () => h('p', errorText(props.error));
  },
});

describe('useErrorText', () => {
  it('brings the English error texts, which the app starts without (en.errors.ts)', () => {
    const { wrapper, i18n } = mountWith(ErrorLine, { props: { error: new ApiError(409, 'join/room-locked', 'server words') } });
    expect(wrapper.text()).toBe('The room is closed to new pairs. Ask the facilitator to open it.');
    expect(i18n.global.te('errors.generic')).toBe(true);
    // The connection banner's text was there from the start and stays.
    expect(i18n.global.t('errors.server/unavailable')).toBe('Saving paused, we’ll retry.');
  });

  it('speaks the locale the app shows (Spanish keeps its error texts in es.ts)', () => {
    const { wrapper, i18n } = mountWith(ErrorLine, { props: { error: new ApiError(409, 'join/room-locked', 'server words') } }, { messages: { es } });
    i18n.global.locale.value = 'es';
    return wrapper.vm.$nextTick().then(() => expect(wrapper.text()).toBe(es.errors['join/room-locked']));
  });

  it('starts without them: a fresh i18n does not know an error code until useErrorText is used', () => {
    const { i18n } = mountWith({ render: () => h('p') });
    expect(i18n.global.te('errors.join/room-locked')).toBe(false);
  });
});
