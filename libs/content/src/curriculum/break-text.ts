import type { Curriculum } from '../schema/curriculum';

export const BREAK_TEXT: Curriculum['breakText'] = {
  title: { en: 'Break', es: 'Descanso' },
  script: {
    en: 'Time for a break. Stretch your legs, get a drink, use the bathroom. The timer is on the big screen and on your phones; please be back in your seats when it runs out.',
    es: 'Hora de un descanso. Estiren las piernas, tomen algo, vayan al baño. El temporizador está en la pantalla grande y en sus teléfonos; por favor, vuelvan a sus lugares cuando se acabe el tiempo.',
  },
  deviceText: {
    en: 'Break time. Stretch, grab a drink, and be back when the timer runs out.',
    es: 'Descanso. Estírate, toma algo y vuelve cuando se acabe el tiempo.',
  },
};
