import type { Topic } from '../../schema/topic';

export const navigatingChange: Topic = {
  id: 'navigating-change',
  number: 5,
  title: { en: 'When things change', es: 'Cuando las cosas cambian' },
  summary: {
    en: 'School, work, love, moving out: your relationship changes shape, but it can stay just as deep.',
    es: 'La escuela, el trabajo, el amor, irse de casa: su relación cambia de forma, pero puede seguir igual de profunda.',
  },
  keyIdeas: [
    {
      en: 'Change is normal. Talking about a change before it happens makes it less scary for both of you.',
      es: 'Los cambios son normales. Hablar de un cambio antes de que llegue hace que les dé menos miedo a los dos.',
    },
    {
      en: '{carer}\'s role slowly moves from looking after him to being someone he trusts for advice. Let go of tasks, not of each other.',
      es: 'Poco a poco, el papel de {carer} pasa de cuidarlo a ser alguien a quien él le pide consejo con confianza. Suelten tareas, no la mano del otro.',
    },
    {
      en: 'Grown-ups go through changes too: new jobs, moves, a new partner, getting older. Sons can help through change as well, at their own size.',
      es: 'Las personas adultas también pasan por cambios: un trabajo nuevo, una mudanza, una nueva pareja, hacerse mayor. Los hijos también pueden ayudar en un cambio, a su medida.',
    },
  ],
  takeHome: [
    {
      en: 'Before the next big change, each of you writes down one hope and one worry about it. Then swap and talk.',
      es: 'Antes del próximo cambio grande, escriban cada uno una esperanza y una preocupación. Luego intercambien lo que escribieron y hablen.',
    },
  ],
  segments: [
    {
      id: 'navigating-change.intro',
      kind: 'intro',
      title: { en: 'When things change', es: 'Cuando las cosas cambian' },
      durationSec: 120,
      script: {
        teen: {
          en: 'Sons, you will go through many changes: a new school, a first job, a first love, maybe moving out, maybe a family of your own. Grown-ups, your role slowly shifts from taking care of everything to being someone your son trusts for advice. Sons, that means you get more say. Grown-ups, it can feel like losing something. It is really a change of shape. Some changes are not chosen, like a move, a separation or losing someone; those count too, and you only talk about what you want to tonight.',
          es: 'Hijos, ustedes van a pasar por muchos cambios: una escuela nueva, un primer trabajo, un primer amor, tal vez irse de casa, tal vez formar su propia familia. Personas adultas, su papel va cambiando poco a poco: de encargarse de todo a ser alguien a quien su hijo le pide consejo con confianza. Hijos, eso quiere decir que ustedes van a decidir más. Y a ustedes, las personas adultas, puede parecerles que pierden algo. En realidad es un cambio de forma. Hay cambios que nadie elige, como una mudanza, una separación o perder a alguien; esos también cuentan, y esta noche solo hablan de lo que quieran.',
        },
        adult: {
          en: 'Sons, you have already been through many changes, and more are coming: a new job, a move, a partner, maybe a family of your own. Grown-ups, your role has been shifting for years, from taking care of everything to being someone your son trusts for advice. Sons, that means you get more say. Grown-ups, it can feel like losing something. It is really a change of shape. Some changes are not chosen, like a move, a separation or losing someone; those count too, and you only talk about what you want to tonight.',
          es: 'Hijos, ustedes ya han pasado por muchos cambios, y vienen más: un trabajo nuevo, una mudanza, una pareja, tal vez su propia familia. Personas adultas, su papel lleva años cambiando: de encargarse de todo a ser alguien a quien su hijo le pide consejo con confianza. Hijos, eso quiere decir que ustedes deciden más. Y a ustedes, las personas adultas, puede parecerles que pierden algo. En realidad es un cambio de forma. Hay cambios que nadie elige, como una mudanza, una separación o perder a alguien; esos también cuentan, y esta noche solo hablan de lo que quieran.',
        },
      },
      deviceText: {
        en: 'When things change. Your relationship changes shape, not depth.',
        es: 'Cuando las cosas cambian. Su relación cambia de forma, no de profundidad.',
      },
    },
    {
      id: 'navigating-change.talk',
      kind: 'pairTalk',
      title: { en: 'Changes behind us and ahead', es: 'Los cambios que vivimos y los que vienen' },
      durationSec: 300,
      script: {
        en: 'Talk about changes behind you and ahead of you. Sons go first; at halfway, swap. You choose which change to talk about. A small one is just as good as a big one, and you can pass.',
        es: 'Hablen de los cambios que ya vivieron y de los que vienen. Empiezan los hijos; a la mitad, cambian. Ustedes eligen de qué cambio hablar. Uno pequeño vale tanto como uno grande, y siempre pueden pasar.',
      },
      deviceText: {
        en: 'Son first, swap at halfway. Pick any change you like: small ones count.',
        es: 'Empieza el hijo; a la mitad, cambien. Elijan cualquier cambio: los pequeños cuentan.',
      },
      prompts: [
        {
          en: 'Think of a change you have already been through together, small or big. What helped you get through it?',
          es: 'Piensa en un cambio que ya vivieron juntos, pequeño o grande. ¿Qué te ayudó a salir adelante?',
        },
        {
          teen: {
            en: 'What change is coming next: a new school, a new team, a first job? What are you looking forward to, and what worries you?',
            es: '¿Qué cambio viene ahora: una escuela nueva, un equipo nuevo, un primer trabajo? ¿Qué esperas con ganas y qué te preocupa?',
          },
          adult: {
            en: 'What change is coming next: a new job, a move, a partner, a child? What are you looking forward to, and what worries you?',
            es: '¿Qué cambio viene ahora: un trabajo nuevo, una mudanza, una pareja, un bebé? ¿Qué esperas con ganas y qué te preocupa?',
          },
        },
        {
          en: '{carer}: what did you use to do for your son that he does himself now? How did that feel?',
          es: '{carer}: ¿qué hacías antes por tu hijo que ahora él hace solo? ¿Cómo te sentiste?',
        },
      ],
      halfway: {
        en: 'Halfway: swap. Now {carer} answers, and the son listens.',
        es: 'A la mitad: cambien. Ahora responde {carer} y el hijo escucha.',
      },
      bonus: {
        en: 'What is one thing that stayed the same through all the changes?',
        es: '¿Qué cosa siguió igual a pesar de todos los cambios?',
      },
      sensitive: true,
      notes: {
        debrief: {
          en: 'Ask: "Who wants to share what helped them through a change? You can pass." Collect two answers and repeat them; they are useful to everyone.',
          es: 'Pregunta: "¿Quién quiere contar qué le ayudó a pasar un cambio? Pueden pasar." Recoge dos respuestas y repítelas en voz alta; le sirven a todo el grupo.',
        },
        stuck: [
          {
            en: '"A small change works too: a new bedroom, a new teacher, a new phone."',
            es: '"Un cambio pequeño también sirve: un cuarto nuevo, un maestro nuevo, un teléfono nuevo."',
          },
          {
            en: '"What about something you learned to do on your own this year?"',
            es: '"¿Y algo que aprendieron a hacer solos este año?"',
          },
        ],
        safety: {
          en: 'This can open separation, a death, a move or a parent in prison. Before the talk, say "small ones count". If a pair goes quiet or one of them cries, crouch by them: "Do you want to stay with this or pick another change? Both are fine." Never ask the room about the big changes.',
          es: 'Esto puede sacar temas como una separación, una muerte, una mudanza o un papá o una mamá en la cárcel. Antes de la charla, di: "Los cambios pequeños también cuentan". Si un dúo se queda callado o alguien llora, agáchate a su lado: "¿Quieren seguir con esto o elegir otro cambio? Las dos cosas están bien." Nunca le preguntes al grupo por los cambios grandes.',
        },
      },
    },
    {
      id: 'navigating-change.reveal',
      kind: 'privateReveal',
      title: { en: 'Which picture fits?', es: '¿Qué imagen encaja?' },
      durationSec: 240,
      script: {
        en: 'Four pictures in words on your screen: driver, coach, co-pilot, lighthouse. Each of you picks alone the one that fits the grown-up\'s role in the son\'s life right now. Screens turned away, then reveal together. Then ask each other: which picture would you like in five years?',
        es: 'En su pantalla hay cuatro imágenes hechas de palabras: conductora, entrenadora, copiloto, faro. Cada uno elige por su cuenta la que mejor describe hoy el papel de la persona adulta en la vida del hijo. Sin mostrar la pantalla; luego revelen al mismo tiempo. Después pregúntense: ¿qué imagen les gustaría dentro de cinco años?',
      },
      deviceText: {
        en: 'Pick alone the picture that fits {carer}\'s role right now, then reveal together.',
        es: 'Elige por tu cuenta la imagen que describe hoy el papel de {carer}. Luego revelen juntos.',
      },
      question: {
        mother: {
          en: 'Which picture fits your role in your son\'s life right now?',
          es: '¿Qué imagen describe mejor hoy tu papel en la vida de tu hijo?',
        },
        son: {
          en: 'Which picture fits {carer}\'s role in your life right now?',
          es: '¿Qué imagen describe mejor hoy el papel de {carer} en tu vida?',
        },
      },
      answer: {
        type: 'choice',
        options: [
          { id: 'driver', label: {
            en: 'Driver: {carer} steers, the son rides along',
            es: 'Conductora: {carer} maneja y el hijo va de pasajero',
          } },
          { id: 'coach', label: {
            en: 'Coach: {carer} trains and calls out tips from the side',
            es: 'Entrenadora: {carer} entrena y da consejos desde afuera',
          } },
          { id: 'co-pilot', label: { en: 'Co-pilot: we steer together', es: 'Copiloto: manejamos juntos' } },
          { id: 'lighthouse', label: {
            en: 'Lighthouse: there in the distance whenever needed',
            es: 'Faro: a lo lejos, pero ahí cuando hace falta',
          } },
          { id: 'not-sure', label: { en: 'I\'m not sure', es: 'No lo sé' } },
          { id: 'pass', label: { en: 'I\'d rather not say', es: 'Prefiero no decirlo' } },
        ],
      },
      notes: {
        debrief: {
          en: 'Ask: "Who picked the same picture? Who would like a different one in five years?" Hands only; no explanations to the room.',
          es: 'Pregunta: "¿Quiénes eligieron la misma imagen? ¿Quién quisiera otra dentro de cinco años?" Solo levantan la mano; nadie tiene que explicar nada al grupo.',
        },
      },
    },
    {
      id: 'navigating-change.poll',
      kind: 'poll',
      title: { en: 'The change that feels scariest', es: 'El cambio que más miedo da' },
      durationSec: 180,
      script: {
        en: 'Anonymous poll, grown-ups and sons separately. Of the changes ahead, which one feels scariest to you? Not the biggest: the scariest. Grown-ups and sons often pick quite different ones.',
        es: 'Encuesta anónima, personas adultas e hijos por separado. De los cambios que vienen, ¿cuál les da más miedo? No el más grande: el que más miedo da. Muchas veces las personas adultas y los hijos eligen cambios muy distintos.',
      },
      deviceText: { en: 'Anonymous. Grown-ups and sons answer separately.', es: 'Anónima. Personas adultas e hijos responden aparte.' },
      question: { en: 'Which change ahead feels scariest to you?', es: 'De los cambios que vienen, ¿cuál te da más miedo?' },
      poll: {
        type: 'single',
        options: [
          {
            id: 'study-work',
            label: {
              teen: { en: 'A new school or course', es: 'Una escuela o un curso nuevo' },
              adult: { en: 'A new job or career', es: 'Un nuevo trabajo o profesión' },
            },
          },
          {
            id: 'moving',
            label: {
              teen: { en: 'Moving out one day', es: 'Irse de casa algún día' },
              adult: { en: 'Moving further away', es: 'Mudarse más lejos' },
            },
          },
          {
            id: 'relationship',
            label: {
              teen: { en: 'A first relationship', es: 'Un primer noviazgo' },
              adult: { en: 'A serious relationship or marriage', es: 'Una relación seria o el matrimonio' },
            },
          },
          {
            id: 'needing-less',
            label: {
              teen: { en: 'Needing each other less', es: 'Necesitarnos menos' },
              adult: { en: 'Becoming a parent', es: 'Que el hijo sea papá' },
            },
          },
          {
            id: 'mom-life',
            label: {
              teen: {
                en: 'Changes in {carer}\'s life: work, health, moving',
                es: 'Cambios en la vida de {carer}: trabajo, salud, mudanza',
              },
              adult: { en: '{carer} getting older', es: 'Que {carer} se haga mayor' },
            },
          },
          { id: 'other', label: { en: 'Something else', es: 'Otro cambio' } },
          { id: 'none', label: { en: 'None of them scares me', es: 'Ninguno me da miedo' } },
        ],
      },
      audience: 'byRole',
      voter: 'member',
      notes: {
        talkingPoints: [
          {
            en: 'Big gap: "Grown-ups often fear \'needing each other less\'; sons often fear the new school or job. Each of you is scared for different reasons. Tell each other which one you picked, at home."',
            es: 'Diferencia grande: "A muchas personas adultas les da miedo \'necesitarnos menos\'; a muchos hijos, la escuela o el trabajo nuevo. Cada uno tiene miedo por razones distintas. En casa, cuéntense cuál eligieron."',
          },
          {
            en: 'Small gap: "You fear the same change. Then you can prepare for it together: talk before it comes."',
            es: 'Diferencia pequeña: "Les da miedo el mismo cambio. Entonces pueden prepararse juntos: hablen antes de que llegue."',
          },
          {
            en: 'If "none" is high among sons: "Brave, or not thinking about it yet. Both are normal at this age."',
            es: 'Si muchos hijos eligieron "ninguno": "Son valientes, o todavía no lo están pensando. Las dos cosas son normales a esta edad."',
          },
        ],
      },
    },
    {
      id: 'navigating-change.deeper',
      kind: 'pairTalk',
      title: { en: 'From looking after to advising', es: 'De cuidar a aconsejar' },
      durationSec: 300,
      script: {
        en: 'Now talk about advice. Sons start: which advice do you actually use, and when does it feel like too much? After the swap, grown-ups: tell your son what you hope he will still come to you about, whatever changes next.',
        es: 'Ahora hablen de los consejos. Empiezan los hijos: ¿qué consejos usan de verdad, y cuándo sienten que son demasiados? Cuando cambien de turno, personas adultas: cuéntenle a su hijo de qué esperan que siga viniendo a hablarles, cambie lo que cambie.',
      },
      deviceText: {
        en: 'Which advice helps, and when is it too much? What do you hope you can always talk about?',
        es: '¿Qué consejos ayudan y cuándo son demasiados? ¿De qué esperan poder hablar siempre?',
      },
      prompts: [
        {
          en: 'Son: what advice from {carer} do you actually use? When does it feel like too much?',
          es: 'Hijo: ¿qué consejos de {carer} usas de verdad? ¿Cuándo sientes que son demasiados?',
        },
        {
          teen: {
            en: '{carer}: what do you hope he will still come to you about in ten years?',
            es: '{carer}: ¿de qué esperas que él siga viniendo a hablarte dentro de diez años?',
          },
          adult: {
            en: '{carer}: what do you hope he will still come to you about, whatever changes next?',
            es: '{carer}: ¿de qué esperas que él siga viniendo a hablarte, cambie lo que cambie?',
          },
        },
      ],
      halfway: { en: 'Halfway: swap. Now {carer} answers.', es: 'A la mitad: cambien. Ahora responde {carer}.' },
      bonus: {
        en: 'Son: what advice would you give {carer} about something small in their life?',
        es: 'Hijo: ¿qué consejo le darías a {carer} sobre algo pequeño de su vida?',
      },
      notes: {
        debrief: {
          en: 'No room debrief. Say: "Advice that is asked for lands better. Try asking \'Do you want my advice?\' this week."',
          es: 'Sin puesta en común con el grupo. Di: "Un consejo que alguien pidió se recibe mejor. Esta semana, intenten preguntar \'¿Quieres un consejo?\'"',
        },
        stuck: [
          {
            en: '"Think of one piece of advice you remember, even a silly one."',
            es: '"Piensen en un consejo que recuerden, aunque sea uno tonto."',
          },
          {
            en: '"When did advice feel like help, and when did it feel like being told off?"',
            es: '"¿Cuándo un consejo se sintió como ayuda, y cuándo como un regaño?"',
          },
        ],
      },
    },
    {
      id: 'navigating-change.commitment',
      kind: 'commitment',
      title: { en: 'Staying close through a change', es: 'Seguir cerca en los cambios' },
      durationSec: 120,
      script: {
        en: 'Pick one change that is coming and agree on one small way to stay close through it. Write it down for your handout.',
        es: 'Elijan un cambio que se acerca y acuerden una forma pequeña de seguir cerca mientras pasa. Escríbanla para su cuadernillo.',
      },
      deviceText: {
        en: 'Pick one change that is coming. How will you stay close through it?',
        es: 'Elijan un cambio que se acerca. ¿Cómo van a seguir cerca mientras pasa?',
      },
      prompt: { en: 'How will we stay close through the next change?', es: '¿Cómo vamos a seguir cerca en el próximo cambio?' },
      examples: [
        {
          teen: {
            en: 'Before the new school starts, we go the route together once and talk about it.',
            es: 'Antes de que empiece la escuela nueva, hacemos juntos el camino una vez y hablamos de eso.',
          },
          adult: {
            en: 'We set a regular time to call that stays the same after the move.',
            es: 'Fijamos una hora para llamarnos que siga igual después de la mudanza.',
          },
        },
        {
          en: 'The son teaches {carer} one thing about his new world: his game, his course, his job.',
          es: 'El hijo le enseña a {carer} algo de su mundo nuevo: su juego, su curso, su trabajo.',
        },
      ],
      notes: { debrief: {
        en: 'If a pair has no change coming, suggest any small one: a new term, a new season, a new hobby.',
        es: 'Si un dúo no tiene ningún cambio cerca, sugiere uno pequeño: un nuevo semestre, una nueva temporada, un pasatiempo nuevo.',
      } },
    },
  ],
};
