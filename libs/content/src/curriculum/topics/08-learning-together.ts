import type { Topic } from '../../schema/topic';

export const learningTogether: Topic = {
  id: 'learning-together',
  number: 8,
  title: { en: 'Sons teach too', es: 'Los hijos también enseñan' },
  summary: {
    en: 'Sons know things worth learning. Learning from each other builds respect both ways.',
    es: 'Los hijos saben cosas que vale la pena aprender. Aprender uno del otro crea respeto en los dos sentidos.',
  },
  keyIdeas: [
    {
      en: 'Sons are teachers too. Asking to be taught says: what you know matters.',
      es: 'Los hijos también son maestros. Pedir que te enseñen es decir: lo que sabes importa.',
    },
    {
      en: 'Seeing something differently is not a threat. It is a chance to learn something.',
      es: 'Ver algo de otra manera no es una amenaza. Es una oportunidad para aprender algo.',
    },
    {
      en: 'It takes courage to be a beginner in front of each other, and it builds trust.',
      es: 'Hace falta valor para ser principiante delante del otro, y eso crea confianza.',
    },
  ],
  takeHome: [
    {
      en: 'Swap lessons this month: one from the son, one from {carer}. Ten minutes each is enough.',
      es: 'Este mes, intercambien lecciones: una del hijo y una de {carer}. Con diez minutos cada una basta.',
    },
  ],
  segments: [
    {
      id: 'learning-together.intro',
      kind: 'intro',
      title: { en: 'Sons teach too', es: 'Los hijos también enseñan' },
      durationSec: 120,
      script: {
        en: 'Grown-ups teach so much: tying shoes, riding a bike, saying sorry. Sons, you are teachers too. You know things the grown-up doesn\'t: a game, a skill, a trick on the phone, how your friends see the world. When a grown-up asks to be taught, something changes: what you know counts, and you become learners side by side. Tonight you will try it for real, standing up.',
        es: 'Las personas adultas enseñan muchísimo: a atarse los zapatos, a andar en bicicleta, a pedir perdón. Hijos, ustedes también son maestros. Saben cosas que la persona adulta no sabe: un juego, una habilidad, un truco del teléfono, cómo ven el mundo sus amigos. Cuando una persona adulta pide que le enseñen, algo cambia: lo que ustedes saben cuenta, y los dos aprenden juntos, de igual a igual. Hoy lo van a probar de verdad, de pie.',
      },
      deviceText: {
        en: 'Sons teach too. What you can learn from each other.',
        es: 'Los hijos también enseñan. Lo que pueden aprender uno del otro.',
      },
    },
    {
      id: 'learning-together.talk',
      kind: 'pairTalk',
      title: { en: 'What I could teach you', es: 'Lo que yo te podría enseñar' },
      durationSec: 300,
      script: {
        en: 'Sons start this time: tell the grown-up what you know that they don\'t. At halfway, swap: grown-ups, tell your son, to his face, one thing you have already learned from him, even if you never said it.',
        es: 'Esta vez empiezan los hijos: cuéntenle a la persona adulta algo que ustedes saben y ella no. A la mitad, cambien: personas adultas, díganle a su hijo, mirándolo a la cara, algo que ya aprendieron de él, aunque nunca se lo hayan dicho.',
      },
      deviceText: {
        en: 'Son first, swap at halfway. What could you teach each other?',
        es: 'Primero el hijo; a la mitad, cambien. ¿Qué se pueden enseñar?',
      },
      prompts: [
        {
          en: 'Son: what do you know how to do that {carer} doesn\'t? Could you teach it?',
          es: 'Hijo: ¿qué sabes hacer tú que {carer} no sabe? ¿Se lo podrías enseñar?',
        },
        {
          en: '{carer}: what have you learned from your son, maybe without him noticing?',
          es: '{carer}: ¿qué has aprendido de tu hijo, tal vez sin que él se diera cuenta?',
        },
        {
          en: 'What is something you see differently? What could each of you learn from the other\'s view?',
          es: '¿Qué ven ustedes de manera distinta? ¿Qué podría aprender cada uno de la mirada del otro?',
        },
      ],
      halfway: { en: 'Halfway: swap. Now {carer} answers.', es: 'A la mitad: cambien. Ahora responde {carer}.' },
      bonus: {
        en: 'What would you both like to learn that neither of you knows yet?',
        es: '¿Qué les gustaría aprender que ninguno de los dos sabe todavía?',
      },
      notes: {
        debrief: {
          en: 'Ask sons: "Who could teach something the grown-up can\'t do at all? Hands up." Enjoy it; this topic is meant to be light.',
          es: 'Pregunta a los hijos: "¿Quién podría enseñar algo que la persona adulta no sabe hacer para nada? Levanten la mano." Disfrútalo; este tema es para pasarla bien.',
        },
        stuck: [
          {
            en: '"Think of phones, games, music, sport, slang, a school subject."',
            es: '"Piensen en teléfonos, juegos, música, deporte, palabras de moda, una materia de la escuela."',
          },
          {
            en: '"Grown-up: a new word, a new band, a way of seeing something?"',
            es: '"Para la persona adulta: ¿una palabra nueva, un grupo de música nuevo, una manera de ver algo?"',
          },
        ],
      },
    },
    {
      id: 'learning-together.reveal',
      kind: 'privateReveal',
      title: { en: 'What I would like to learn from you', es: 'Lo que me gustaría aprender de ti' },
      durationSec: 240,
      script: {
        en: 'Each of you writes alone one thing you would like the other one to teach you. Small, like a card trick, or big, like how to stay calm. Screens turned away, then reveal together and see if you could swap lessons.',
        es: 'Cada uno escribe a solas una cosa que le gustaría que el otro le enseñara. Algo pequeño, como un truco de cartas, o algo grande, como mantener la calma. Sin mostrar la pantalla; después revelen al mismo tiempo y vean si pueden intercambiar lecciones.',
      },
      deviceText: {
        en: 'Write alone one thing you would like the other one to teach you. Then reveal together.',
        es: 'Escribe a solas una cosa que te gustaría que el otro te enseñara. Luego revelen juntos.',
      },
      question: {
        mother: { en: 'What would you like your son to teach you?', es: '¿Qué te gustaría que tu hijo te enseñara?' },
        son: { en: 'What would you like {carer} to teach you?', es: '¿Qué te gustaría que {carer} te enseñara?' },
      },
      answer: { type: 'text', maxLength: 150 },
      notes: {
        debrief: {
          en: 'Ask: "Who found a lesson swap? You can pass." Move on quickly to the lesson itself if the plan includes it.',
          es: 'Pregunta: "¿Quién encontró un intercambio de lecciones? Pueden pasar." Si el plan incluye la lección, pasa rápido a ella.',
        },
      },
    },
    {
      id: 'learning-together.poll',
      kind: 'poll',
      title: { en: 'Who is the expert?', es: '¿Quién es el experto?' },
      durationSec: 180,
      script: {
        en: 'Anonymous poll, grown-ups and sons separately. Pick up to three things where the son knows more than the grown-up. We compare the groups: sons, do the grown-ups give you as much credit as you give yourselves?',
        es: 'Encuesta anónima, personas adultas e hijos por separado. Elijan hasta tres cosas en las que el hijo sabe más que la persona adulta. Vamos a comparar los grupos: hijos, ¿las personas adultas los ven tan expertos como ustedes se ven?',
      },
      deviceText: {
        en: 'Anonymous. Grown-ups and sons answer separately. Pick up to three.',
        es: 'Anónimo. Personas adultas e hijos responden por separado. Elige hasta tres.',
      },
      question: { en: 'Where does the son know more than {carer}?', es: '¿En qué sabe más el hijo que {carer}?' },
      poll: {
        type: 'multiple',
        maxChoices: 3,
        options: [
          { id: 'tech', label: { en: 'Phones, computers and apps', es: 'Teléfonos, computadoras y apps' } },
          { id: 'games', label: { en: 'Games', es: 'Juegos' } },
          { id: 'music', label: { en: 'Music and what is new', es: 'Música y lo que está de moda' } },
          { id: 'sport', label: { en: 'A sport', es: 'Un deporte' } },
          { id: 'friends', label: { en: 'What young people think', es: 'Lo que piensan los jóvenes' } },
          {
            id: 'school',
            label: {
              teen: { en: 'A school subject', es: 'Una materia de la escuela' },
              adult: { en: 'His work', es: 'Su trabajo' },
            },
          },
          { id: 'feelings', label: { en: 'Staying calm', es: 'Mantener la calma' } },
          { id: 'none', label: { en: 'None yet', es: 'Nada todavía' } },
        ],
      },
      audience: 'byRole',
      voter: 'member',
      notes: {
        talkingPoints: [
          {
            en: 'Sons pick more areas than grown-ups do (common): "Sons, you are giving yourselves credit. Grown-ups, which one could you ask to be taught this week?"',
            es: 'Los hijos eligen más áreas que las personas adultas (es lo común): "Hijos, ustedes valoran lo que saben. Personas adultas, ¿cuál de estas cosas podrían pedir que les enseñen esta semana?"',
          },
          {
            en: 'Grown-ups pick more than sons: "Grown-ups see more expertise than the sons admit. Tell him."',
            es: 'Las personas adultas eligen más que los hijos: "Las personas adultas ven que sus hijos saben más de lo que ellos mismos admiten. Díganselo."',
          },
          {
            en: 'If "staying calm" appears: "Some of you learn calm from your son. That is worth saying out loud."',
            es: 'Si aparece "mantener la calma": "Algunas personas aquí aprenden a calmarse gracias a su hijo. Vale la pena decirlo en voz alta."',
          },
        ],
      },
    },
    {
      id: 'learning-together.deeper',
      kind: 'pairTalk',
      title: { en: 'A two-minute lesson', es: 'Una lección de dos minutos' },
      durationSec: 300,
      script: {
        en: 'Everybody up! Sons, stand up and teach the grown-up something small in two minutes: a hand trick, a dance move, a goal celebration, a word from your game, how to draw something. Grown-ups, stand up too and be a good student. At halfway, swap: the grown-up teaches something back. Then sit and talk about how it felt to swap roles.',
        es: '¡Todos de pie! Hijos, párense y enséñenle a la persona adulta algo pequeño en dos minutos: un truco con las manos, un paso de baile, un festejo de gol, una palabra de su juego, cómo dibujar algo. Personas adultas, párense también y aprendan con ganas. A la mitad, cambien: ahora la persona adulta enseña algo. Después siéntense y hablen de cómo se sintió cambiar de papel.',
      },
      deviceText: {
        en: 'Stand up! The son teaches something small in two minutes. At halfway, swap. Then talk about how it felt.',
        es: '¡De pie! El hijo enseña algo pequeño en dos minutos. A la mitad, cambien. Luego hablen de cómo se sintieron.',
      },
      prompts: [
        {
          en: 'Son: teach {carer} something small right now, standing up, in two minutes.',
          es: 'Hijo: enséñale a {carer} algo pequeño ahora mismo, de pie, en dos minutos.',
        },
        { en: '{carer}: teach something small back.', es: '{carer}: ahora enséñale tú algo pequeño.' },
        {
          en: 'What was it like to be the learner? What was it like to be the teacher?',
          es: '¿Cómo fue ser quien aprende? ¿Cómo fue ser quien enseña?',
        },
      ],
      halfway: {
        en: 'Halfway: swap. Now {carer} teaches something back.',
        es: 'A la mitad: cambien. Ahora le toca a {carer} enseñar algo.',
      },
      bonus: {
        en: 'Show each other what you learned, once more, perfectly.',
        es: 'Muéstrense otra vez lo que aprendieron, ahora a la perfección.',
      },
      notes: {
        debrief: {
          en: 'Invite one or two pairs to show what they learned to the room, if they want to. Applause for the teachers.',
          es: 'Invita a uno o dos dúos a mostrarle al grupo lo que aprendieron, si quieren. Aplausos para los maestros.',
        },
        stuck: [
          {
            en: '"A handshake, a card trick, how to whistle, a word in another language."',
            es: '"Un saludo especial de manos, un truco de cartas, cómo silbar, una palabra en otro idioma."',
          },
          {
            en: 'For a pair that cannot stand: "Seated works just as well: a hand game or drawing."',
            es: 'Para un dúo que no puede ponerse de pie: "Sentados funciona igual de bien: un juego de manos o un dibujo."',
          },
        ],
      },
    },
    {
      id: 'learning-together.commitment',
      kind: 'commitment',
      title: { en: 'Book a lesson', es: 'Agenden una lección' },
      durationSec: 120,
      script: {
        en: 'Book one lesson for this week: who teaches what, and when. Write it down for your handout.',
        es: 'Agenden una lección para esta semana: quién enseña qué, y cuándo. Escríbanlo para su cuadernillo.',
      },
      deviceText: {
        en: 'Book one lesson this week: who teaches what, and when?',
        es: 'Agenden una lección esta semana: ¿quién enseña qué, y cuándo?',
      },
      prompt: {
        en: 'Who will teach what this week, and when?',
        es: '¿Quién va a enseñar qué esta semana, y cuándo?',
      },
      examples: [
        {
          teen: {
            en: 'On Saturday, the son teaches his favourite game for twenty minutes.',
            es: 'El sábado, el hijo enseña su juego favorito durante veinte minutos.',
          },
          adult: {
            en: 'Next time we meet, the son shows something from his work or a hobby {carer} knows nothing about.',
            es: 'La próxima vez que nos veamos, el hijo muestra algo de su trabajo o de un pasatiempo del que {carer} no sabe nada.',
          },
        },
        {
          en: '{carer} teaches a recipe from her own family.',
          es: '{carer} enseña una receta de su propia familia.',
        },
      ],
      notes: {
        debrief: {
          en: 'Make sure each lesson has a day. Lessons without a day rarely happen.',
          es: 'Asegúrate de que cada lección tenga un día. Las lecciones sin día casi nunca suceden.',
        },
      },
    },
  ],
};
