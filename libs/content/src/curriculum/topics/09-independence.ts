import type { Topic } from '../../schema/topic';

export const independence: Topic = {
  id: 'independence',
  number: 9,
  title: { en: 'Standing on your own, leaning on each other', es: 'Valerse por sí mismo, apoyarse en el otro' },
  summary: {
    en: 'Making your own decisions and knowing you can lean on each other: both are strengths.',
    es: 'Tomar sus propias decisiones y saber que pueden apoyarse uno en el otro: las dos cosas son fortalezas.',
  },
  keyIdeas: [
    {
      en: 'Independence is built one decision at a time, including the wrong ones. Help without taking over: ask, offer, then let him lead.',
      es: 'La independencia se construye decisión por decisión, también con las equivocadas. Ayuda sin tomar el control: pregunta, ofrece y después deja que él decida.',
    },
    {
      en: 'Leaning on each other is not weakness. Asking for help is a skill, for sons and for grown-ups.',
      es: 'Apoyarse en el otro no es debilidad. Pedir ayuda es una habilidad, para los hijos y para las personas adultas.',
    },
    {
      en: 'It is good for a son to have more than one person to go to: a grandparent, a coach, a friend\'s parent. That is part of the safety net, not a threat to it.',
      es: 'Es bueno que un hijo tenga a más de una persona a quien acudir: un abuelo o una abuela, un entrenador, la mamá o el papá de un amigo. Eso es parte de la red de seguridad, no una amenaza para ella.',
    },
  ],
  takeHome: [
    {
      teen: {
        en: 'Hand over one job the son is ready for: booking an appointment, planning a trip, cooking a meal, fixing a bike.',
        es: 'Dejen en manos del hijo una tarea para la que ya está listo: hacer una cita, planear una salida, cocinar una comida, arreglar una bicicleta.',
      },
      adult: {
        en: 'Each of you asks the other for help with one real thing this month, and lets the other do it their way.',
        es: 'Este mes, cada uno le pide ayuda al otro con una cosa real, y deja que el otro lo haga a su manera.',
      },
    },
  ],
  segments: [
    {
      id: 'independence.intro',
      kind: 'intro',
      title: { en: 'Standing on your own, leaning on each other', es: 'Valerse por sí mismo, apoyarse en el otro' },
      durationSec: 120,
      script: {
        en: 'Two things that sound like opposites but belong together. Independence: sons, you learn to make your own decisions, fix your own mistakes and stand on your own feet. And leaning on each other: knowing you can call on one another. A strong son is not one who never needs anyone, and a strong grown-up is not one who does everything alone. Asking for help and giving it, both ways, is a strength.',
        es: 'Dos cosas que parecen opuestas pero van juntas. La independencia: hijos, ustedes aprenden a tomar sus propias decisiones, a arreglar sus propios errores y a valerse por sí mismos. Y apoyarse uno en el otro: saber que pueden contar el uno con el otro. Un hijo fuerte no es el que nunca necesita a nadie, y una persona adulta fuerte no es la que lo hace todo sola. Pedir ayuda y darla, en los dos sentidos, es una fortaleza.',
      },
      deviceText: {
        en: 'Standing on your own, leaning on each other. Both are strengths.',
        es: 'Valerse por sí mismo, apoyarse en el otro. Las dos cosas son fortalezas.',
      },
    },
    {
      id: 'independence.talk',
      kind: 'pairTalk',
      title: { en: 'Standing and leaning', es: 'Valerse y apoyarse' },
      durationSec: 300,
      script: {
        en: 'Talk about what each of you can do alone now, and about asking for help. Sons first; at halfway, swap. Grown-ups, if you are proud of something your son can do on his own, tell him now.',
        es: 'Hablen de lo que cada uno ya puede hacer por su cuenta, y de pedir ayuda. Primero los hijos; a la mitad, cambien. Personas adultas, si están orgullosas de algo que su hijo ya puede hacer por su cuenta, díganselo ahora.',
      },
      deviceText: {
        en: 'Son first, swap at halfway. What can you do on your own now? When do you ask for help?',
        es: 'Primero el hijo; a la mitad, cambien. ¿Qué puedes hacer ahora por tu cuenta? ¿Cuándo pides ayuda?',
      },
      prompts: [
        {
          en: 'What can you do on your own now that you could not do a year or two ago?',
          es: '¿Qué puedes hacer ahora por tu cuenta que no podías hacer hace uno o dos años?',
        },
        {
          en: 'When did you last ask the other one for help? Was it easy or hard to ask?',
          es: '¿Cuándo le pediste ayuda al otro por última vez? ¿Te fue fácil o difícil?',
        },
        {
          teen: {
            en: 'Who else helps you when you need it: a friend, a relative, a teacher, a coach?',
            es: '¿Quién más te ayuda cuando lo necesitas: un amigo, un familiar, un maestro, un entrenador?',
          },
          adult: {
            en: '{carer}: when have you leaned on your son? Son: did you notice, and how did it feel?',
            es: '{carer}: ¿cuándo te has apoyado en tu hijo? Hijo: ¿te diste cuenta, y cómo te sentiste?',
          },
        },
      ],
      halfway: {
        en: 'Halfway: swap. Now {carer} answers, and the son listens.',
        es: 'A la mitad: cambien. Ahora responde {carer} y el hijo escucha.',
      },
      bonus: {
        en: 'Name one thing each of you would like to learn to do alone next.',
        es: 'Que cada uno diga una cosa que le gustaría aprender a hacer por su cuenta.',
      },
      notes: {
        debrief: {
          en: 'Ask: "Anyone want to share something new the son can do alone? Sons can answer too." Celebrate it with the room.',
          es: 'Pregunta: "¿Alguien quiere contar algo nuevo que el hijo ya puede hacer solo? Los hijos también pueden responder." Celébralo con el grupo.',
        },
        stuck: [
          {
            en: '"Think of cooking, travelling alone, money, sorting out a problem with a friend."',
            es: '"Piensen en cocinar, viajar solo, el dinero, resolver un problema con un amigo."',
          },
          {
            en: '"When did you help each other last, even with something tiny?"',
            es: '"¿Cuándo fue la última vez que se ayudaron, aunque fuera con algo muy pequeño?"',
          },
        ],
      },
    },
    {
      id: 'independence.reveal',
      kind: 'privateReveal',
      title: { en: 'Who would you go to?', es: '¿A quién acudirías?' },
      durationSec: 240,
      script: {
        en: 'A private question about who you would go to with a real problem. Answer alone and honestly, screens turned away, then reveal together. Whatever the answers are, they are fine: it is good to have more than one person to go to. Then talk about what would make it easier to come to each other.',
        es: 'Una pregunta privada: ¿a quién acudirían con un problema de verdad? Respondan a solas y con sinceridad, sin mostrar la pantalla; después revelen al mismo tiempo. Sean cuales sean las respuestas, están bien: es bueno tener a más de una persona a quien acudir. Luego hablen de qué les haría más fácil acudir uno al otro.',
      },
      deviceText: {
        en: 'Answer alone and honestly, then reveal together. Any answer is fine: more than one person to go to is good.',
        es: 'Responde a solas y con sinceridad; luego revelen juntos. Cualquier respuesta está bien: es bueno tener a más de una persona.',
      },
      question: {
        mother: {
          teen: {
            en: 'If your son had a real problem, with a friend, at school or online, who do you think he would go to first?',
            es: 'Si tu hijo tuviera un problema de verdad, con un amigo, en la escuela o en internet, ¿a quién crees que acudiría primero?',
          },
          adult: {
            en: 'If your son had a real problem, with money, work or a relationship, who do you think he would go to first?',
            es: 'Si tu hijo tuviera un problema de verdad, de dinero, de trabajo o de pareja, ¿a quién crees que acudiría primero?',
          },
        },
        son: {
          teen: {
            en: 'If you had a real problem, with a friend, at school or online, who would you go to first?',
            es: 'Si tuvieras un problema de verdad, con un amigo, en la escuela o en internet, ¿a quién acudirías primero?',
          },
          adult: {
            en: 'If you had a real problem, with money, work or a relationship, who would you go to first?',
            es: 'Si tuvieras un problema de verdad, de dinero, de trabajo o de pareja, ¿a quién acudirías primero?',
          },
        },
      },
      answer: {
        type: 'choice',
        options: [
          { id: 'straight-away', label: { en: '{carer}, straight away', es: '{carer}, de inmediato' } },
          { id: 'after-trying', label: { en: '{carer}, after trying alone first', es: '{carer}, después de intentarlo solo' } },
          { id: 'someone-else', label: { en: 'Someone else I trust', es: 'Otra persona de confianza' } },
          { id: 'alone', label: { en: 'I would try to sort it out alone', es: 'Intentaría resolverlo solo' } },
          { id: 'not-sure', label: { en: 'Not sure', es: 'No sé' } },
          { id: 'pass', label: { en: 'I\'d rather not say', es: 'Prefiero no decirlo' } },
        ],
      },
      sensitive: true,
      notes: {
        debrief: {
          en: 'No room debrief for this one. Say to everyone: "If the answer was \'someone else I trust\', that is a good answer. A son with several people to go to is safer, not further away."',
          es: 'Esta no se comenta con el grupo. Di a todos: "Si la respuesta fue \'otra persona de confianza\', es una buena respuesta. Un hijo con varias personas a quien acudir está más protegido, no más lejos."',
        },
        safety: {
          en: 'Revealing "someone else" or "alone" face to face can sting. Watch for a grown-up who looks hurt; crouch by the pair and say: "Having other people to go to is part of the safety net." The options read "my mom" for the grown-up too; the grown-up is guessing what the son would choose.',
          es: 'Ver "otra persona" o "solo" cara a cara puede doler. Fíjate si alguna persona adulta se ve dolida; agáchate junto al dúo y di: "Tener a otras personas a quien acudir es parte de la red de seguridad." La persona adulta ve las mismas opciones, dichas como las diría el hijo: está adivinando lo que él elegiría.',
        },
      },
    },
    {
      id: 'independence.poll',
      kind: 'poll',
      title: { en: 'The harder part', es: 'Lo más difícil' },
      durationSec: 180,
      script: {
        en: 'Anonymous poll, grown-ups and sons separately. Which is harder for you: asking for help, or helping without taking over? We compare the two groups.',
        es: 'Encuesta anónima, personas adultas e hijos por separado. ¿Qué les cuesta más: pedir ayuda, o ayudar sin tomar el control? Vamos a comparar los dos grupos.',
      },
      deviceText: {
        en: 'Anonymous. Grown-ups and sons answer separately.',
        es: 'Anónimo. Personas adultas e hijos responden por separado.',
      },
      question: { en: 'Which is harder for you?', es: '¿Qué te cuesta más?' },
      poll: {
        type: 'single',
        options: [
          { id: 'asking', label: { en: 'Asking for help', es: 'Pedir ayuda' } },
          { id: 'helping', label: { en: 'Helping without taking over', es: 'Ayudar sin tomar el control' } },
          { id: 'both-easy', label: { en: 'Both are easy', es: 'Las dos son fáciles' } },
          { id: 'both-hard', label: { en: 'Both are hard', es: 'Las dos son difíciles' } },
        ],
      },
      audience: 'byRole',
      voter: 'member',
      notes: {
        talkingPoints: [
          {
            en: 'Big gap, sons "asking" and grown-ups "helping": "Sons find it hard to ask; grown-ups find it hard not to take over. Those two fit together: if you ask first, \'what kind of help?\', both get easier."',
            es: 'Mucha diferencia, hijos en "pedir" y personas adultas en "ayudar": "A los hijos les cuesta pedir; a las personas adultas les cuesta no tomar el control. Las dos cosas encajan: si primero preguntan \'¿qué tipo de ayuda quieres?\', las dos se vuelven más fáciles."',
          },
          {
            en: 'Small gap: "You find the same thing hard. Practise it together: one small ask each this week."',
            es: 'Poca diferencia: "A ustedes les cuesta lo mismo. Practíquenlo juntos: que cada uno pida algo pequeño esta semana."',
          },
          {
            en: 'If "both are easy" is high: "Lucky you, or brave answers. Either way, try the take-home and see."',
            es: 'Si muchos eligen "las dos son fáciles": "Qué suerte, o qué respuestas tan valientes. De todos modos, prueben la actividad para hacer en casa y vean."',
          },
        ],
      },
    },
    {
      id: 'independence.commitment',
      kind: 'commitment',
      title: { en: 'Standing and leaning this week', es: 'Valerse y apoyarse esta semana' },
      durationSec: 120,
      script: {
        en: 'Sons, one way you will stand on your own this week; and together, one way you will lean on each other. Write it down; it goes on your handout with everything else you wrote.',
        es: 'Hijos: una manera en que se van a valer por sí mismos esta semana; y juntos, una manera en que se van a apoyar uno en el otro. Escríbanlo; va en su cuadernillo con todo lo demás que escribieron.',
      },
      deviceText: {
        en: 'Son: one way you stand on your own this week. Together: one way you lean on each other.',
        es: 'Hijo: una forma de valerte por ti mismo esta semana. Juntos: una forma de apoyarse uno en el otro.',
      },
      prompt: {
        en: 'This week, how will the son stand on his own, and how will we lean on each other?',
        es: 'Esta semana, ¿cómo se va a valer el hijo por sí mismo, y cómo nos vamos a apoyar uno en el otro?',
      },
      examples: [
        {
          teen: {
            en: 'The son books his own haircut, and {carer} asks him for help with her phone.',
            es: 'El hijo hace solo su cita para cortarse el pelo, y {carer} le pide ayuda con su teléfono.',
          },
          adult: {
            en: 'We each ask the other for help with one real thing this week.',
            es: 'Esta semana, cada uno le pide ayuda al otro con una cosa real.',
          },
        },
        {
          teen: {
            en: 'The son plans and cooks one meal on his own, and {carer} asks his opinion on something small.',
            es: 'El hijo planea y cocina una comida él solo, y {carer} le pide su opinión sobre algo pequeño.',
          },
          adult: {
            en: '{carer} asks his advice on a real decision and listens to the end.',
            es: '{carer} le pide consejo sobre una decisión real y lo escucha hasta el final.',
          },
        },
      ],
      notes: {
        debrief: {
          en: 'Check that both halves are there: one standing, one leaning.',
          es: 'Revisa que estén las dos partes: una para valerse solo y otra para apoyarse.',
        },
      },
    },
  ],
};
