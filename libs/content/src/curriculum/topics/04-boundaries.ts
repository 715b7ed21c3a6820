import type { Topic } from '../../schema/topic';

export const boundaries: Topic = {
  id: 'boundaries',
  number: 4,
  title: { en: 'Room to grow, with a safety net', es: 'Espacio para crecer, con red de seguridad' },
  summary: {
    en: 'Knowing when to guide and when to step back, and agreeing on it together.',
    es: 'Saber cuándo guiar y cuándo hacerse a un lado, y ponerse de acuerdo juntos.',
  },
  keyIdeas: [
    {
      en: 'Boundaries are about inner space too: your own thoughts, moods, privacy and body. That goes for the son and for {carer}.',
      es: 'Los límites también tienen que ver con el espacio interior: los propios pensamientos, el ánimo, la privacidad y el cuerpo. Eso vale para el hijo y para {carer}.',
    },
    {
      en: 'The aim is not to hold him back. It is independence with a safety net: room to try, and someone there if it goes wrong.',
      es: 'No se trata de frenarlo. Se trata de darle independencia con una red de seguridad: espacio para probar, y alguien cerca si algo sale mal.',
    },
    {
      en: 'Boundaries grow as he grows. Talk about them again every so often, calmly, and not only in the middle of a fight.',
      es: 'Los límites crecen con él. Vuelvan a hablar de ellos de vez en cuando, con calma, y no solo en medio de una pelea.',
    },
  ],
  takeHome: [
    {
      teen: {
        en: 'Every few months, pick a calm moment to look at one house rule together: keep it, change it, or drop it.',
        es: 'Cada dos o tres meses, busquen un momento tranquilo para revisar juntos una regla de la casa: dejarla igual, cambiarla o quitarla.',
      },
      adult: {
        en: 'Every few months, look at one habit between you together (calls, visits, advice): keep it, change it, or drop it.',
        es: 'Cada dos o tres meses, revisen juntos una costumbre entre ustedes (llamadas, visitas, consejos): dejarla igual, cambiarla o quitarla.',
      },
    },
  ],
  segments: [
    {
      id: 'boundaries.intro',
      kind: 'intro',
      title: { en: 'Room to grow, with a safety net', es: 'Espacio para crecer, con red de seguridad' },
      durationSec: 120,
      script: {
        teen: {
          en: 'When people hear "boundaries", they think of rules: when to be home, how long on the phone, knocking before you come in. Those matter. But boundaries are also about inner space. Sons, you have a right to your own thoughts, moods and privacy, and as you grow up, to your own body and your own space, even if you share a room. Grown-ups, you have that right too. A good boundary is not a wall. It is independence with a safety net: room to try things, and someone there if it goes wrong. And because you both keep changing, boundaries are worth talking about again and again.',
          es: 'Cuando oímos "límites", pensamos en reglas: a qué hora llegar a casa, cuánto tiempo con el teléfono, tocar la puerta antes de entrar. Eso importa. Pero los límites también tienen que ver con el espacio interior. Hijos, ustedes tienen derecho a sus propios pensamientos, a su estado de ánimo y a su privacidad, y a medida que crecen, a su propio cuerpo y a su propio espacio, aunque compartan el cuarto. Y ustedes, las personas adultas, también tienen ese derecho. Un buen límite no es un muro. Es independencia con una red de seguridad: espacio para probar cosas, y alguien cerca si algo sale mal. Y como los dos siguen cambiando, vale la pena hablar de los límites una y otra vez.',
        },
        adult: {
          en: 'With a grown son, boundaries are less like rules and more like habits: how often you call, whether you drop by, when advice is welcome, what you say about a partner. They are also about inner space. Sons, you have a right to your own thoughts, moods and choices. Grown-ups, so do you. A good boundary is not a wall. It is independence with a safety net: room to live your own life, and someone there if it goes wrong. And because life keeps changing, boundaries are worth talking about again and again.',
          es: 'Con un hijo ya adulto, los límites se parecen menos a reglas y más a costumbres: cada cuánto se llaman, si se visitan sin avisar, cuándo un consejo es bienvenido, qué se comenta sobre su pareja. También tienen que ver con el espacio interior. Hijos, ustedes tienen derecho a sus propios pensamientos, a su estado de ánimo y a sus decisiones. Y ustedes, las personas adultas, también. Un buen límite no es un muro. Es independencia con una red de seguridad: espacio para vivir la propia vida, y alguien cerca si algo sale mal. Y como la vida sigue cambiando, vale la pena hablar de los límites una y otra vez.',
        },
      },
      deviceText: {
        en: 'Room to grow, with a safety net. When to step in, and when to step back.',
        es: 'Espacio para crecer, con red de seguridad. Cuándo intervenir y cuándo no.',
      },
    },
    {
      id: 'boundaries.talk',
      kind: 'pairTalk',
      title: { en: 'Where is the line?', es: '¿Dónde está el límite?' },
      durationSec: 300,
      script: {
        en: 'Talk about where the lines are between you today. Grown-ups start; at halfway, swap. Boundaries run both ways: grown-ups need space too. Keep it curious. This is not the moment to argue about the rules; if you find one you want to change, note it for the commitment at the end.',
        es: 'Hablen de dónde están hoy los límites entre ustedes. Empiezan las personas adultas; a la mitad, cambian. Los límites van en las dos direcciones: las personas adultas también necesitan su espacio. Pregunten con curiosidad. Este no es el momento de discutir las reglas; si encuentran una que quieran cambiar, anótenla para el compromiso del final.',
      },
      deviceText: {
        en: '{carer} first, swap at halfway. Be curious: this is not the moment to argue about rules.',
        es: 'Empieza {carer}; a la mitad, cambien. Con curiosidad: no es momento de discutir reglas.',
      },
      prompts: [
        {
          teen: {
            en: 'What is something you would like to decide for yourself that the other one still decides?',
            es: '¿Qué te gustaría decidir tú que todavía decide la otra persona?',
          },
          adult: {
            en: 'What is a decision that is yours alone now, where the other one\'s advice still arrives anyway?',
            es: '¿Qué decisión ya es solo tuya, aunque la otra persona te siga dando consejos sobre ella?',
          },
        },
        {
          en: 'When do you want the other one to step in, and when do you want them to step back?',
          es: '¿Cuándo quieres que la otra persona intervenga, y cuándo que se haga a un lado?',
        },
        {
          teen: {
            en: 'Which of your boundaries does the other one sometimes cross without meaning to? Walking in without knocking, reading over your shoulder, advice you didn\'t ask for?',
            es: '¿Qué límite tuyo cruza a veces la otra persona sin querer? ¿Entrar sin tocar, leer por encima de tu hombro, darte consejos que no pediste?',
          },
          adult: {
            en: 'Which of your boundaries does the other one sometimes cross without meaning to? Dropping by unannounced, questions about money or a partner, advice you didn\'t ask for?',
            es: '¿Qué límite tuyo cruza a veces la otra persona sin querer? ¿Llegar sin avisar, preguntas sobre dinero o sobre tu pareja, consejos que no pediste?',
          },
        },
      ],
      halfway: {
        en: 'Halfway: swap. Now the son answers first, and {carer} listens.',
        es: 'A la mitad: cambien. Ahora el hijo responde primero y {carer} escucha.',
      },
      bonus: {
        en: 'What is one space, time or topic that is only yours? How can the other one respect it?',
        es: '¿Qué lugar, momento o tema es solo tuyo? ¿Cómo puede respetarlo la otra persona?',
      },
      sensitive: true,
      notes: {
        debrief: {
          en: 'Ask: "Did anyone find a line you both agree on? You can pass." Praise agreement, not who "won". If a pair found a disagreement, say: "Good. Now you know what to talk about calmly at home."',
          es: 'Pregunta: "¿Alguien encontró un límite en el que los dos estén de acuerdo? Pueden pasar." Celebra el acuerdo, no quién "ganó". Si un dúo encontró un desacuerdo, di: "Muy bien. Ahora ya saben de qué hablar con calma en casa."',
        },
        stuck: [
          {
            en: '"Think of the bathroom, the phone, or the bedroom door. Where is the line there?"',
            es: '"Piensen en el baño, el teléfono o la puerta del cuarto. ¿Dónde está el límite ahí?"',
          },
          {
            en: '"What about your things: can the other one borrow them without asking?"',
            es: '"¿Y las cosas de cada quien? ¿Se pueden tomar prestadas sin preguntar?"',
          },
        ],
        safety: {
          en: 'Privacy, bodies and growing up can be embarrassing for younger sons; never ask the room about those answers. If a pair turns this into an argument about a house rule, remind them: "Note it for the commitment; no deciding tonight." Families sharing one room: the boundary can be a time or a corner, not a door.',
          es: 'La privacidad, el cuerpo y el crecer pueden darles vergüenza a los hijos más pequeños; nunca le preguntes al grupo por esas respuestas. Si un dúo convierte esto en una discusión sobre una regla de la casa, recuérdales: "Anótenlo para el compromiso; esta noche no se decide nada." Si la familia comparte un solo cuarto, el límite puede ser un horario o un rincón, no una puerta.',
        },
      },
    },
    {
      id: 'boundaries.reveal',
      kind: 'privateReveal',
      title: { en: 'Guide or step back?', es: '¿Guiar o hacerse a un lado?' },
      durationSec: 240,
      script: {
        en: 'Here is a situation. Grown-ups, choose what you would do. Sons, choose what you would want the grown-up to do. Answer alone, screens turned away, then reveal together. If your answers differ, that is useful to know, not a problem.',
        es: 'Aquí tienen una situación. Personas adultas, elijan qué harían ustedes. Hijos, elijan qué les gustaría que hiciera la persona adulta. Respondan cada uno por su cuenta, sin mostrar la pantalla, y luego revelen las respuestas al mismo tiempo. Si sus respuestas son distintas, es bueno saberlo; no es un problema.',
      },
      deviceText: {
        en: '{carer}: what would you do? Son: what would you want? Answer alone, then reveal together.',
        es: '{carer}: ¿qué harías? Hijo: ¿qué te gustaría? Respondan por separado y luego revelen juntos.',
      },
      question: {
        mother: {
          teen: {
            en: 'Your son has a big school project due tomorrow and hasn\'t started. What do you do?',
            es: 'Tu hijo tiene que entregar mañana un trabajo grande de la escuela y no lo ha empezado. ¿Qué haces?',
          },
          adult: {
            en: 'Your son is thinking about quitting his job with nothing else lined up. What do you do?',
            es: 'Tu hijo está pensando en dejar su trabajo sin tener otro a la vista. ¿Qué haces?',
          },
        },
        son: {
          teen: {
            en: 'You have a big school project due tomorrow and haven\'t started. What do you want {carer} to do?',
            es: 'Tienes que entregar mañana un trabajo grande de la escuela y no lo has empezado. ¿Qué quieres que haga {carer}?',
          },
          adult: {
            en: 'You are thinking about quitting your job with nothing else lined up. What do you want {carer} to do?',
            es: 'Estás pensando en dejar tu trabajo sin tener otro a la vista. ¿Qué quieres que haga {carer}?',
          },
        },
      },
      answer: {
        type: 'choice',
        options: [
          { id: 'step-in', label: { en: 'Step in and help make a plan', es: 'Intervenir y ayudar con un plan' } },
          { id: 'mention-once', label: { en: 'Mention it once, then step back', es: 'Decirlo una vez y dejarlo ahí' } },
          { id: 'stay-out', label: { en: 'Stay out of it and let it play out', es: 'No meterse y dejar que las cosas pasen' } },
          { id: 'ask', label: { en: 'Ask what kind of help is wanted', es: 'Preguntar qué tipo de ayuda quiere' } },
          { id: 'not-sure', label: { en: 'I\'m not sure', es: 'No lo sé' } },
          { id: 'pass', label: { en: 'I\'d rather not say', es: 'Prefiero no decirlo' } },
        ],
      },
      notes: {
        debrief: {
          en: 'Ask: "Who would have picked \'ask what kind of help is wanted\'?" It is often the bridge between the two answers. Offer the phrase: "Do you want my help, my opinion, or just my ear?"',
          es: 'Pregunta: "¿Quién habría elegido \'preguntar qué tipo de ayuda quiere\'?" Muchas veces es el puente entre las dos respuestas. Ofrece esta frase: "¿Quieres mi ayuda, mi opinión o solo que te escuche?"',
        },
      },
    },
    {
      id: 'boundaries.poll',
      kind: 'poll',
      title: { en: 'How much say?', es: '¿Quién decide qué?' },
      durationSec: 180,
      script: {
        en: 'Anonymous poll, grown-ups and sons separately. Sons, how much say do you have over your own life right now, for your age? Grown-ups, how much say do you think your son has? We look at the two groups side by side.',
        es: 'Encuesta anónima, personas adultas e hijos por separado. Hijos, para su edad, ¿cuánto pueden decidir ahora mismo sobre su propia vida? Personas adultas, ¿cuánto creen que puede decidir su hijo? Después vemos los dos grupos lado a lado.',
      },
      deviceText: { en: 'Anonymous. Grown-ups and sons answer separately.', es: 'Anónima. Personas adultas e hijos responden aparte.' },
      question: {
        teen: {
          en: 'For his age, how much say does the son have over his own life right now?',
          es: 'Para su edad, ¿cuánto puede decidir hoy el hijo sobre su propia vida?',
        },
        adult: {
          en: 'How much say does {carer} still have in the son\'s decisions?',
          es: '¿Cuánto influye todavía {carer} en las decisiones del hijo?',
        },
      },
      poll: {
        type: 'scale',
        min: 1,
        max: 5,
        minLabel: { teen: { en: 'Far too little', es: 'Demasiado poco' }, adult: { en: 'Far too little', es: 'Demasiado poco' } },
        maxLabel: { teen: { en: 'Far too much', es: 'Demasiado' }, adult: { en: 'Far too much', es: 'Demasiado' } },
      },
      audience: 'byRole',
      voter: 'member',
      notes: {
        talkingPoints: [
          {
            en: 'The middle (3) means "about right". Point it out when the results come up.',
            es: 'El centro (3) significa "lo justo". Señálalo cuando aparezcan los resultados.',
          },
          {
            en: 'Big gap: "Sons often feel they have less say than the grown-ups think they have. Neither is wrong. The gap is the conversation to have at home, calmly."',
            es: 'Diferencia grande: "Muchas veces los hijos sienten que pueden decidir menos de lo que creen las personas adultas. Nadie está equivocado. Esa diferencia es la conversación que vale la pena tener en casa, con calma."',
          },
          {
            en: 'Small gap, near the middle: "You mostly agree. Keep checking as he grows: what is right at 12 is too tight at 15."',
            es: 'Diferencia pequeña, cerca del centro: "Casi están de acuerdo. Sigan revisándolo a medida que él crece: lo que está bien a los 12 ya le queda chico a los 15."',
          },
        ],
      },
    },
    {
      id: 'boundaries.deeper',
      kind: 'pairTalk',
      title: { en: 'Try out a new rule', es: 'Probar una regla nueva' },
      durationSec: 300,
      script: {
        en: 'Now pick one rule or habit that might be ready to change, and agree on a trial: what changes, for how long, and when you will check how it went. Small and specific works best. Sons start.',
        es: 'Ahora elijan una regla o costumbre que quizás ya pueda cambiar, y acuerden una prueba: qué cambia, por cuánto tiempo y cuándo van a revisar cómo les fue. Lo pequeño y concreto funciona mejor. Empiezan los hijos.',
      },
      deviceText: {
        en: 'Pick one rule or habit that could change. Agree on a trial and a day to check how it went.',
        es: 'Elijan una regla o costumbre que podría cambiar. Acuerden una prueba y un día para ver cómo les fue.',
      },
      prompts: [
        {
          teen: {
            en: 'Which rule at home might be ready to change as you get older? Bedtime, phone, going out alone, chores?',
            es: '¿Qué regla de la casa podría cambiar ahora que eres mayor? ¿Hora de dormir, teléfono, salir solo, quehaceres?',
          },
          adult: {
            en: 'Which habit between you might be ready to change? How often you call, dropping by, advice, who hosts the holidays?',
            es: '¿Qué costumbre entre ustedes podría cambiar? ¿Las llamadas, las visitas sin avisar, los consejos, dónde pasan las fiestas?',
          },
        },
        {
          en: 'What would each of you need, to feel good about trying the change? When will you check how it went?',
          es: '¿Qué necesita cada uno para sentirse bien con la prueba? ¿Cuándo van a revisar cómo les fue?',
        },
      ],
      halfway: {
        en: 'Halfway: swap. Now {carer} says what they need to feel good about the trial.',
        es: 'A la mitad: cambien. Ahora {carer} dice qué necesita para sentirse bien con la prueba.',
      },
      bonus: {
        en: 'Agree what happens if the trial goes wrong. No punishment: just a new try.',
        es: 'Acuerden qué pasa si la prueba sale mal. Sin castigos: solo un nuevo intento.',
      },
      notes: {
        debrief: {
          en: 'One pair can share their trial if they like. Remind everyone: a trial that fails is information, not a defeat.',
          es: 'Un dúo puede contar su prueba, si quiere. Recuérdales a todos: una prueba que no funciona es información, no una derrota.',
        },
        stuck: [
          {
            en: '"Start with something tiny: ten more minutes of something, or one new thing to do alone."',
            es: '"Empiecen por algo muy pequeño: diez minutos más de algo, o una cosa nueva que hacer solo."',
          },
          {
            en: '"What would the son like to try that he has not been allowed to yet?"',
            es: '"¿Qué le gustaría probar al hijo que todavía no tiene permiso para hacer?"',
          },
        ],
      },
    },
    {
      id: 'boundaries.commitment',
      kind: 'commitment',
      title: { en: 'One boundary to try', es: 'Un límite para probar' },
      durationSec: 120,
      script: {
        en: 'Agree on one boundary you will both respect this week, and say when you will check how it went. Write it down for your handout.',
        es: 'Acuerden un límite que los dos van a respetar esta semana, y digan cuándo van a revisar cómo les fue. Escríbanlo para su cuadernillo.',
      },
      deviceText: {
        en: 'Agree on one boundary to try this week, and when you will check how it went.',
        es: 'Acuerden un límite para probar esta semana y cuándo van a ver cómo les fue.',
      },
      prompt: { en: 'Which boundary will we both respect this week?', es: '¿Qué límite vamos a respetar los dos esta semana?' },
      examples: [
        {
          teen: {
            en: 'We knock, or ask, before coming into each other\'s space, and wait for a yes.',
            es: 'Antes de entrar al espacio del otro, tocamos la puerta o preguntamos, y esperamos un sí.',
          },
          adult: { en: 'We call before dropping by, both ways.', es: 'Los dos llamamos antes de pasar de visita.' },
        },
        { en: '{carer} asks "Do you want advice?" before giving it.', es: '{carer} pregunta "¿Quieres un consejo?" antes de darlo.' },
      ],
      notes: { debrief: {
        en: 'Check each pair has a day to look back at it; that is what turns a rule into a conversation.',
        es: 'Revisa que cada dúo tenga un día para volver a hablarlo; eso es lo que convierte una regla en una conversación.',
      } },
    },
  ],
};
