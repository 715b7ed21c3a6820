import type { Topic } from '../../schema/topic';

export const growingConversations: Topic = {
  id: 'growing-conversations',
  number: 3,
  title: { en: 'Talking about more than problems', es: 'Hablar de algo más que problemas' },
  summary: {
    en: 'Talking is not only for sorting out trouble. It is how you learn each other\'s dreams, fears and hopes.',
    es: 'Hablar no es solo para resolver problemas. Así conocen los sueños, los miedos y las esperanzas de cada uno.',
  },
  keyIdeas: [
    {
      en: 'If you only talk when something is wrong, talking starts to feel like trouble. Be curious about dreams, fears and hopes, and share your own.',
      es: 'Si solo hablan cuando algo anda mal, hablar empieza a sentirse como un problema. Pregunten con curiosidad por sueños, miedos y esperanzas, y compartan los suyos.',
    },
    {
      en: 'A calm first reaction makes it easier to say the next big thing. Nobody gets it right every time, and you can go back: "I reacted badly. Can you tell me again?"',
      es: 'Si la primera reacción es tranquila, es más fácil contar la próxima cosa importante. Nadie lo hace bien siempre, y se puede volver atrás: "Reaccioné mal. ¿Me lo cuentas otra vez?"',
    },
    {
      en: 'Your conversations change as he grows: at bedtime at 10, late at night or side by side at 16, on a long call as a grown man. Follow them where they go.',
      es: 'Sus conversaciones cambian a medida que él crece: antes de dormir a los 10, tarde en la noche o lado a lado a los 16, en una llamada larga cuando ya es un hombre. Síganlas adonde vayan.',
    },
  ],
  takeHome: [
    {
      teen: {
        en: 'Once a week, the son picks what you talk about, and {carer} only asks questions.',
        es: 'Una vez por semana, el hijo elige de qué hablan, y {carer} solo hace preguntas.',
      },
      adult: {
        en: 'Once a month, the son picks what you talk about on a call, and {carer} only asks questions.',
        es: 'Una vez al mes, el hijo elige de qué hablan en una llamada, y {carer} solo hace preguntas.',
      },
    },
  ],
  segments: [
    {
      id: 'growing-conversations.intro',
      kind: 'intro',
      title: { en: 'Talking about more than problems', es: 'Hablar de algo más que problemas' },
      durationSec: 120,
      script: {
        teen: {
          en: 'A lot of family talk is about plans and problems: homework, chores, being late, screen time. That has to happen. But talking is also how you find out who the other person is: what you dream about, what scared you at that age, what you hope for. Sons, trust grows when you can say what you really think and nothing bad happens. Grown-ups, it also grows when you share your own dreams and fears. Tonight we practise that other kind of talking.',
          es: 'En las familias se habla mucho de planes y problemas: la tarea, los quehaceres, llegar tarde, el tiempo frente a la pantalla. Eso tiene que pasar. Pero hablar también sirve para descubrir quién es la otra persona: qué sueña, qué le daba miedo a esa edad, qué espera de la vida. Hijos, la confianza crece cuando pueden decir lo que de verdad piensan y no pasa nada malo. Personas adultas, también crece cuando ustedes comparten sus propios sueños y miedos. Hoy vamos a practicar esa otra forma de hablar.',
        },
        adult: {
          en: 'A lot of family talk is about plans and problems: work, money, who comes for the holidays, what the doctor said. That has to happen. But talking is also how you keep finding out who the other person is: what you dream about now, what scared you at that age, what you still hope for. Sons, trust grows when you can say what you really think and nothing bad happens. Grown-ups, it also grows when you share your own dreams and fears. Tonight we practise that other kind of talking.',
          es: 'En las familias se habla mucho de planes y problemas: el trabajo, el dinero, quién viene en las fiestas, qué dijo el médico. Eso tiene que pasar. Pero hablar también sirve para seguir descubriendo quién es la otra persona: qué sueña ahora, qué le daba miedo a esa edad, qué sigue esperando. Hijos, la confianza crece cuando pueden decir lo que de verdad piensan y no pasa nada malo. Personas adultas, también crece cuando ustedes comparten sus propios sueños y miedos. Hoy vamos a practicar esa otra forma de hablar.',
        },
      },
      deviceText: {
        en: 'Talking about more than problems. Dreams, fears and hopes, from both of you.',
        es: 'Hablar de algo más que problemas. Sueños, miedos y esperanzas de los dos.',
      },
    },
    {
      id: 'growing-conversations.talk',
      kind: 'pairTalk',
      title: { en: 'Dreams, fears and hopes', es: 'Sueños, miedos y esperanzas' },
      durationSec: 300,
      script: {
        en: 'The questions are on your screen. Sons answer first; at halfway the screen says swap. Grown-ups, try something hard while your son answers: only ask questions and listen. No advice at all this round. Sons, you get the same deal when it is your turn to listen.',
        es: 'Las preguntas están en su pantalla. Responden primero los hijos; a la mitad, la pantalla les dice que cambien. Personas adultas, mientras su hijo responde, intenten algo difícil: solo hagan preguntas y escuchen. Nada de consejos en esta ronda. Hijos, a ustedes les toca lo mismo cuando sea su turno de escuchar.',
      },
      deviceText: {
        en: 'Son first, swap at halfway. Whoever listens only asks questions: no advice.',
        es: 'Primero el hijo; a la mitad, cambian. Quien escucha solo hace preguntas: sin consejos.',
      },
      prompts: [
        {
          en: 'If you could get really good at one thing by this time next year, what would it be? Why that?',
          es: 'Si pudieras aprender a hacer algo muy bien de aquí a un año, ¿qué sería? ¿Por qué eso?',
        },
        {
          en: 'What did you worry about when you were younger that you don\'t worry about now?',
          es: '¿Qué te preocupaba cuando eras más joven que ahora ya no te preocupa?',
        },
        {
          en: 'How has the way you two talk changed since the son was small? What do you miss, and what is better now?',
          es: '¿Cómo ha cambiado la forma en que hablan ustedes dos desde que el hijo era pequeño? ¿Qué extrañas y qué está mejor ahora?',
        },
      ],
      halfway: {
        en: 'Halfway: swap. Now {carer} answers, and the son only asks questions.',
        es: 'A la mitad: cambien. Ahora responde {carer}, y el hijo solo hace preguntas.',
      },
      bonus: {
        en: 'Say one thing you hope for the other one. Not for yourself: for them.',
        es: 'Di algo que deseas para la otra persona. No para ti: para ella.',
      },
      notes: {
        debrief: {
          en: 'Ask grown-ups: "How hard was it not to give advice? Hands up." Usually most hands go up. Laugh with them. Then: "Sons, did you notice a difference?" One answer is enough.',
          es: 'Pregunta a las personas adultas: "¿A quién le costó no dar consejos? Levanten la mano." Casi siempre la levanta la mayoría. Ríete con ellas. Luego: "Hijos, ¿notaron alguna diferencia?" Basta con una respuesta.',
        },
        stuck: [
          { en: '"What would you do with a whole day and no rules?"', es: '"¿Qué harías con un día entero y sin reglas?"' },
          { en: '"Which job would you try for one week, just to see?"', es: '"¿Qué trabajo probarías por una semana, solo para ver cómo es?"' },
          {
            en: 'For a pair facing each other in silence: "Try sitting side by side and looking at the room. It often helps."',
            es: 'Para un dúo que está frente a frente y en silencio: "Prueben sentarse lado a lado, mirando hacia el salón. Muchas veces ayuda."',
          },
        ],
      },
    },
    {
      id: 'growing-conversations.reveal',
      kind: 'privateReveal',
      title: { en: 'What we talk about most', es: 'De qué hablamos más' },
      durationSec: 240,
      script: {
        en: 'A private question. Each of you picks, alone, what you think the two of you talk about most. Screens turned away. Then reveal together. Do you see it the same way? Is that what you want to talk about most?',
        es: 'Una pregunta privada. Cada quien elige, a solas, de qué cree que hablan más ustedes dos. Pantallas hacia otro lado. Luego revelen juntos. ¿Lo ven igual? ¿Es de eso de lo que más quieren hablar?',
      },
      deviceText: { en: 'Pick alone, then reveal together: do you see it the same way?', es: 'Elige a solas y luego revelen juntos: ¿lo ven igual?' },
      question: {
        mother: { en: 'What do you and your son talk about most?', es: '¿De qué hablan más tú y tu hijo?' },
        son: { en: 'What do you and {carer} talk about most?', es: '¿De qué hablan más tú y {carer}?' },
      },
      answer: {
        type: 'choice',
        options: [
          { id: 'plans', label: { en: 'Plans: who, when, where', es: 'Planes: quién, cuándo, dónde' } },
          { id: 'school-work', label: { teen: { en: 'School and homework', es: 'Escuela y tarea' }, adult: { en: 'Work and money', es: 'Trabajo y dinero' } } },
          { id: 'problems', label: { en: 'Problems and arguments', es: 'Problemas y discusiones' } },
          { id: 'fun', label: { en: 'Fun things: games, shows, sport, jokes', es: 'Cosas divertidas: juegos, series, deporte, bromas' } },
          { id: 'big-things', label: { en: 'Big things: feelings, dreams, worries', es: 'Temas profundos: sentimientos, sueños, preocupaciones' } },
          { id: 'pass', label: { en: 'I\'d rather not say', es: 'Prefiero no decirlo' } },
        ],
      },
      notes: {
        debrief: {
          en: 'Ask: "Did anyone pick different answers? What would you like to talk about more?" One or two pairs, then move on.',
          es: 'Pregunta: "¿Alguien eligió respuestas distintas? ¿De qué les gustaría hablar más?" Uno o dos dúos, y luego sigue.',
        },
      },
    },
    {
      id: 'growing-conversations.poll',
      kind: 'poll',
      title: { en: 'The hardest thing to bring up', es: 'El tema que más cuesta sacar' },
      durationSec: 180,
      script: {
        en: 'Anonymous poll, grown-ups and sons separately. Which of these would be hardest for you to bring up with the other one? Nobody sees who chose what. We will look at the two groups side by side.',
        es: 'Encuesta anónima, personas adultas e hijos por separado. ¿Cuál de estos temas les costaría más sacar con la otra persona? Nadie ve quién eligió qué. Vamos a ver los dos grupos lado a lado.',
      },
      deviceText: { en: 'Anonymous. Grown-ups and sons answer separately.', es: 'Anónima. Personas adultas e hijos responden por separado.' },
      question: { en: 'Which would be hardest for you to bring up with the other one?', es: '¿Qué tema te costaría más sacar con la otra persona?' },
      poll: {
        type: 'single',
        options: [
          { id: 'mistake', label: { en: 'A mistake I made', es: 'Un error que cometí' } },
          { id: 'worry', label: { en: 'Something I\'m worried about', es: 'Algo que me preocupa' } },
          {
            id: 'love',
            label: {
              teen: { en: 'Crushes, love, going out', es: 'Quién me gusta, el amor, las citas' },
              adult: { en: 'My relationship or love life', es: 'Mi relación o mi vida amorosa' },
            },
          },
          { id: 'body', label: { teen: { en: 'My body and growing up', es: 'Mi cuerpo y los cambios al crecer' }, adult: { en: 'Health', es: 'Salud' } } },
          { id: 'money', label: { en: 'Money', es: 'Dinero' } },
          { id: 'feeling-about-us', label: { en: 'How I feel about us', es: 'Lo que siento sobre nosotros dos' } },
        ],
      },
      audience: 'byRole',
      voter: 'member',
      notes: {
        talkingPoints: [
          {
            en: 'Big gap: "Grown-ups and sons find different things hard. Knowing which one is hard for the other is already half the work."',
            es: 'Mucha diferencia: "A las personas adultas y a los hijos les cuestan cosas distintas. Saber qué le cuesta al otro ya es la mitad del camino."',
          },
          {
            en: 'If "body and growing up" is high for sons: "That is normal at this age. Many boys prefer a book, a doctor, or an uncle for those questions. What matters is that he knows he can come to you too, and you won\'t laugh."',
            es: 'Si "el cuerpo y los cambios al crecer" sale alto entre los hijos: "Es normal a esta edad. Muchos chicos prefieren un libro, un médico o un tío para esas preguntas. Lo importante es que él sepa que también puede acudir a ustedes, y que no se van a reír."',
          },
          {
            en: 'Small gap: "You find the same things hard. Then you can make it easier together: pick a side-by-side moment for the hard ones."',
            es: 'Poca diferencia: "Les cuestan las mismas cosas. Entonces pueden hacerlo más fácil juntos: para los temas difíciles, elijan un momento lado a lado."',
          },
        ],
      },
    },
    {
      id: 'growing-conversations.deeper',
      kind: 'pairTalk',
      title: { en: 'What makes it safe to talk', es: 'Lo que nos da confianza para hablar' },
      durationSec: 300,
      script: {
        en: 'Now talk about the talking itself. Sons start: tell the grown-up what makes it easier or harder to tell them something important. Grown-ups, after the swap, tell your son, to his face, what he can always bring to you. Nobody defends themselves in this round: just take it in.',
        es: 'Ahora hablen sobre cómo hablan. Empiezan los hijos: díganle a la persona adulta qué hace más fácil o más difícil contarle algo importante. Personas adultas, después del cambio, díganle a su hijo, mirándolo a la cara, qué puede contarles siempre. En esta ronda nadie se defiende: solo escuchen.',
      },
      deviceText: {
        en: 'What makes it easy, or hard, to tell each other something important? Just listen, no defending.',
        es: '¿Qué les hace fácil, o difícil, contarse algo importante? Solo escuchen, sin defenderse.',
      },
      prompts: [
        {
          en: 'Son: what does the other one do that makes it easier to tell them something big? What makes it harder?',
          es: 'Hijo: ¿qué hace ella que te facilita contarle algo importante? ¿Qué te lo hace más difícil?',
        },
        {
          teen: {
            en: '{carer}: what do you want your son to know he can always tell you, whatever it is?',
            es: '{carer}: ¿qué quieres que tu hijo sepa que siempre te puede contar, sea lo que sea?',
          },
          adult: {
            en: '{carer}: what do you want your son to know he can still always tell you, at any age?',
            es: '{carer}: ¿qué quieres que tu hijo sepa que te puede seguir contando siempre, tenga la edad que tenga?',
          },
        },
      ],
      halfway: { en: 'Halfway: swap. Now {carer} answers, and the son listens.', es: 'A la mitad: cambien. Ahora responde {carer}, y el hijo escucha.' },
      bonus: {
        en: 'Practise it: "I got that wrong. Can we try again?" Both of you say it once, for something small.',
        es: 'Practíquenlo: "Me equivoqué. ¿Lo intentamos otra vez?" Cada quien lo dice una vez, por algo pequeño.',
      },
      sensitive: true,
      notes: {
        debrief: {
          en: 'No room debrief. Say: "If you heard something hard about yourself just now and did not argue, well done. That is the skill."',
          es: 'Sin comentarios con el grupo. Di: "Si acaban de escuchar algo difícil sobre ustedes y no discutieron, muy bien. Esa es la habilidad."',
        },
        stuck: [
          {
            en: '"Think of a time you told each other something and it went well. What made it go well?"',
            es: '"Piensen en una vez que se contaron algo y salió bien. ¿Qué hizo que saliera bien?"',
          },
          {
            en: '"Is there a place where talking is easier? In the dark, on a walk, by message?"',
            es: '"¿Hay algún lugar donde sea más fácil hablar? ¿A oscuras, caminando, por mensaje?"',
          },
        ],
        safety: {
          en: 'A son may say something critical. If a grown-up starts defending or the son goes quiet, crouch by them and offer the repair line: "Thank you for telling me. I got that wrong sometimes." Then a break in the pair is fine.',
          es: 'Un hijo puede decir algo crítico. Si una persona adulta empieza a defenderse o el hijo se queda callado, agáchate a su lado y sugiere esta frase para arreglar las cosas: "Gracias por decírmelo. A veces me he equivocado en eso." Después, está bien que el dúo haga una pausa.',
        },
      },
    },
    {
      id: 'growing-conversations.commitment',
      kind: 'commitment',
      title: { en: 'One conversation that isn\'t a problem', es: 'Una conversación que no sea sobre problemas' },
      durationSec: 120,
      script: {
        en: 'Plan one conversation this week that is not about a plan or a problem. Decide when it will happen: a walk, a meal, bedtime, a phone call. Write it down for your handout.',
        es: 'Planeen para esta semana una conversación que no sea sobre planes ni problemas. Decidan cuándo va a ser: en una caminata, en una comida, antes de dormir, en una llamada. Escríbanlo para su cuadernillo.',
      },
      deviceText: {
        en: 'Choose one talk this week that is not about plans or problems. When will it happen?',
        es: 'Elijan una charla esta semana que no sea sobre planes ni problemas. ¿Cuándo será?',
      },
      prompt: {
        en: 'When will we have one conversation this week that is not about a plan or a problem?',
        es: '¿Cuándo vamos a tener esta semana una conversación que no sea sobre planes ni problemas?',
      },
      examples: [
        {
          teen: {
            en: 'On the way to school on Thursday, we each ask the other one "what if" question.',
            es: 'El jueves, camino a la escuela, cada quien hace una pregunta de "¿Qué pasaría si...?"',
          },
          adult: {
            en: 'On our next call, we spend five minutes on something that is not news or plans.',
            es: 'En nuestra próxima llamada, pasamos cinco minutos hablando de algo que no sean noticias ni planes.',
          },
        },
        {
          teen: { en: '{carer} asks one question about a dream, not about homework.', es: '{carer} hace una pregunta sobre un sueño, no sobre la tarea.' },
          adult: { en: '{carer} asks one question about a dream, not about work.', es: '{carer} hace una pregunta sobre un sueño, no sobre el trabajo.' },
        },
      ],
      notes: {
        debrief: {
          en: 'If pairs finish quickly, suggest they add a day and a time: it doubles the chance it happens.',
          es: 'Si los dúos terminan rápido, sugiéreles que agreguen un día y una hora: así es el doble de probable que suceda.',
        },
      },
    },
  ],
};
