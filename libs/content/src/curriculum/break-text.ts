import type { Curriculum } from '../schema/curriculum';

export const BREAK_TEXT: Curriculum['breakText'] = {
  title: { en: 'Break' },
  script: {
    en: 'Time for a break. Stretch your legs, get a drink, use the bathroom. The timer is on the big screen and on your phones; please be back in your seats when it runs out.',
  },
  deviceText: { en: 'Break time. Stretch, grab a drink, and be back when the timer runs out.' },
};
