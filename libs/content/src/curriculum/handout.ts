import type { Handout } from '../schema/handout';

/** The closing pages of every handout: the themes of the whole workshop. */
export const HANDOUT: Handout = {
  startHere: {
    title: { en: 'Start here', es: 'Empiecen aquí' },
    intro: {
      en: 'This page is for the fridge. It has what you agreed to try, and a line to note how it went. One small thing, tried for real, counts for more than a list of good plans.',
      es: 'Esta página es para pegarla en el refrigerador. Tiene lo que acordaron probar y una línea para anotar cómo les fue. Una cosa pequeña, probada de verdad, vale más que una lista de buenos planes.',
    },
    howDidItGo: { en: 'How did it go? (write it here after a week)', es: '¿Cómo les fue? (escríbanlo aquí después de una semana)' },
    keyPhrasesTitle: { en: 'Three phrases to keep', es: 'Tres frases para recordar' },
    keyPhrases: [
      { en: '"Do you want advice, or should I just listen?"', es: '"¿Quieres un consejo, o prefieres que solo te escuche?"' },
      { en: '"Thank you for telling me."', es: '"Gracias por contármelo."' },
      { en: '"I got that wrong. Can we try again?"', es: '"Me equivoqué. ¿Lo intentamos otra vez?"' },
    ],
  },
  resources: {
    title: { en: 'If you need more help', es: 'Si necesitan más ayuda' },
    intro: {
      en: 'Sometimes a conversation opens something bigger than one evening can hold. Asking for help is a strength. These are places to start:',
      es: 'A veces una conversación abre algo más grande de lo que cabe en una noche. Pedir ayuda es una fortaleza. Estos son lugares para empezar:',
    },
    defaults: [
      {
        en: 'Your son\'s school: his form tutor, the school counsellor or the pastoral team.',
        es: 'La escuela de su hijo: su maestro o maestra de grupo, la consejería escolar o el equipo de orientación.',
      },
      {
        en: 'Your family doctor, who can also point you to counselling for young people and for parents.',
        es: 'Su médico de familia, que también puede indicarles dónde recibir apoyo psicológico para jóvenes y para madres y padres.',
      },
      {
        en: 'Local family support services: ask your council or your community centre what is near you.',
        es: 'Los servicios locales de apoyo a las familias: pregunten en su municipio o en su centro comunitario qué hay cerca.',
      },
      {
        en: 'A crisis line for young people or for adults, open day and night; your facilitator can give you the local number.',
        es: 'Una línea de crisis para jóvenes o para personas adultas, abierta día y noche; quien facilita el taller les puede dar el número local.',
      },
      {
        en: 'If someone is in danger right now: call the emergency number.',
        es: 'Si alguien está en peligro ahora mismo: llamen al número de emergencias.',
      },
    ],
  },
  title: { en: 'Keeping the bond going', es: 'Mantener vivo el vínculo' },
  intro: {
    en: 'What you did today is not a one-off. The bond between a mother and her son is something you practice, like a sport or an instrument: a little, and often.',
    es: 'Lo que hicieron hoy no es algo de una sola vez. El vínculo entre una madre y su hijo se practica, como un deporte o un instrumento: un poco, y seguido.',
  },
  sections: [
    {
      id: 'small-gestures',
      title: { en: 'Small things beat big events', es: 'Las cosas pequeñas valen más que los grandes eventos' },
      tips: [
        {
          teen: {
            en: 'A note in a lunchbox or a message that says "thinking of you" can mean more than a big day out once a year.',
            es: 'Una nota en la lonchera o un mensaje que diga "pienso en ti" puede significar más que un gran paseo una vez al año.',
          },
          adult: {
            en: 'A message that says "thinking of you" can mean more than a big family party once a year.',
            es: 'Un mensaje que diga "pienso en ti" puede significar más que una gran fiesta familiar una vez al año.',
          },
        },
        {
          teen: {
            en: 'Notice the moments that already happen: the way to school, doing the dishes, the walk to the shop.',
            es: 'Fíjense en los momentos que ya tienen: el camino a la escuela, lavar los platos, ir a la tienda.',
          },
          adult: {
            en: 'Notice the moments that already happen: the drive from the station, doing the dishes, a quick call on the way home.',
            es: 'Fíjense en los momentos que ya tienen: el trayecto desde la estación, lavar los platos, una llamada rápida de camino a casa.',
          },
        },
        {
          en: 'An honest conversation, even a short one, is worth more than an expensive present.',
          es: 'Una conversación sincera, aunque sea corta, vale más que un regalo caro.',
        },
      ],
    },
    {
      id: 'one-on-one',
      title: { en: 'Time for just the two of you', es: 'Tiempo solo para ustedes dos' },
      tips: [
        {
          teen: {
            en: 'Set a regular time that is only yours: a weekly walk, a Saturday breakfast, the way to school.',
            es: 'Busquen un momento fijo que sea solo de ustedes: una caminata cada semana, un desayuno los sábados, el camino a la escuela.',
          },
          adult: {
            en: 'Set a regular time that is only yours: a Sunday call, a monthly lunch, a walk whenever you visit.',
            es: 'Busquen un momento fijo que sea solo de ustedes: una llamada los domingos, una comida al mes, una caminata cada vez que se visiten.',
          },
        },
        { en: 'Put your phones away for it, both of you.', es: 'Guarden los teléfonos durante ese rato, los dos.' },
        {
          en: 'Keep it going when life gets busy. A short time together is better than a skipped one.',
          es: 'No lo dejen cuando la vida se llene de cosas. Mejor un rato corto juntos que ninguno.',
        },
      ],
    },
    {
      id: 'listening',
      title: { en: 'Listening without judging', es: 'Escuchar sin juzgar' },
      tips: [
        { en: 'Listen to the end before you answer.', es: 'Escuchen hasta el final antes de responder.' },
        {
          en: 'Ask: "Do you want advice, or should I just listen?"',
          es: 'Pregunten: "¿Quieres un consejo, o prefieres que solo te escuche?"',
        },
        {
          en: 'Stay calm when you hear something hard. A calm first reaction makes the next hard thing easier to say. If you got it wrong, go back: "I reacted badly. Can you tell me again?"',
          es: 'Mantengan la calma cuando escuchen algo difícil. Si la primera reacción es tranquila, lo próximo difícil será más fácil de decir. Si reaccionaron mal, vuelvan al tema: "Reaccioné mal. ¿Me lo cuentas otra vez?"',
        },
        {
          en: 'Be easy to talk to: look up from your screen when the other one starts talking.',
          es: 'Que sea fácil hablar con ustedes: levanten la vista de la pantalla cuando el otro empiece a hablar.',
        },
      ],
    },
    {
      id: 'everyday-moments',
      title: { en: 'Everyday moments', es: 'Los momentos de todos los días' },
      tips: [
        {
          en: 'Cook together, even when it goes wrong. Especially when it goes wrong.',
          es: 'Cocinen juntos, aunque salga mal. Sobre todo cuando sale mal.',
        },
        {
          en: 'Bus rides, car rides, walks, meals and chores are great for talking, because you are side by side and don\'t have to look at each other.',
          es: 'Los viajes en autobús o en carro, las caminatas, las comidas y los quehaceres son ideales para hablar, porque están lado a lado y no tienen que mirarse.',
        },
        {
          en: 'Go on small adventures: a new trail, a new recipe, a bus to somewhere neither of you has been.',
          es: 'Vivan pequeñas aventuras: un sendero nuevo, una receta nueva, un autobús a un lugar donde ninguno de los dos ha estado.',
        },
      ],
    },
    {
      id: 'shared-interests',
      title: { en: 'Visiting each other\'s worlds', es: 'Visitar el mundo del otro' },
      tips: [
        {
          en: 'Learn about what the other one loves: his game, her music, his team, her garden.',
          es: 'Aprendan sobre lo que al otro le encanta: su videojuego, su música, su equipo, su jardín.',
        },
        {
          en: 'Ask to be shown, not just told. Ten minutes of playing his game teaches you more than an hour of hearing about it.',
          es: 'Pidan que se lo muestren, no solo que se lo cuenten. Diez minutos jugando su videojuego enseñan más que una hora oyendo hablar de él.',
        },
        {
          en: 'Being interested in what the other loves builds empathy, and gives you things to talk about for years.',
          es: 'Interesarse por lo que al otro le encanta crea empatía, y les da de qué hablar por muchos años.',
        },
      ],
    },
  ],
  closing: {
    en: 'Your bond is something you keep practicing. Some weeks it will go well and some weeks it won\'t. Just come back to it: one small gesture, one honest conversation at a time.',
    es: 'Su vínculo es algo que se practica siempre. Algunas semanas saldrá bien y otras no. Lo importante es volver a intentarlo: un pequeño gesto, una conversación sincera a la vez.',
  },
};
