import type { Topic } from '../../schema/topic';

export const emotionalNeeds: Topic = {
  id: 'emotional-needs',
  number: 1,
  title: { en: 'Saying how we really feel', es: 'Decir lo que de verdad sentimos' },
  summary: {
    en: 'Both of you can say what you feel here, and nobody judges or rushes to fix it.',
    es: 'Aquí los dos pueden decir lo que sienten, y nadie juzga ni corre a arreglarlo.',
  },
  keyIdeas: [
    {
      en: 'A feeling is not a problem to fix. It tells you something. Once you can name it, you can deal with it.',
      es: 'Un sentimiento no es un problema que hay que arreglar. Te dice algo. Cuando puedes ponerle nombre, puedes manejarlo.',
    },
    {
      en: 'It works both ways. When a grown-up says "I was worried" or "I felt left out", a son learns that feelings are normal and can be said out loud, not only anger.',
      es: 'Funciona en los dos sentidos. Cuando una persona adulta dice "Estaba preocupada" o "Me sentí dejada de lado", el hijo aprende que los sentimientos son normales y se pueden decir en voz alta, no solo el enojo.',
    },
    {
      en: 'Grown-ups: share feelings his size. "I was sad today, and I\'m OK" helps. Your big worries belong with another adult, not on his shoulders.',
      es: 'Personas adultas: compartan sentimientos a la medida de su hijo. "Hoy estuve triste, y ya estoy bien" le ayuda. Las preocupaciones grandes son para otra persona adulta, no para él.',
    },
  ],
  takeHome: [
    {
      teen: {
        en: 'Feelings check at a meal or at bedtime: each of you picks one word for your day (tired, proud, annoyed, relieved...) and says one sentence about why. No advice unless someone asks for it.',
        es: 'Ronda de sentimientos en una comida o antes de dormir: cada quien elige una palabra para su día (cansancio, orgullo, fastidio, alivio...) y dice una frase sobre por qué. Nada de consejos, a menos que alguien los pida.',
      },
      adult: {
        en: 'Feelings check when you talk: on a call or a visit, each of you picks one word for your week and says one sentence about why. No advice unless someone asks for it.',
        es: 'Ronda de sentimientos cuando hablen: en una llamada o una visita, cada quien elige una palabra para su semana y dice una frase sobre por qué. Nada de consejos, a menos que alguien los pida.',
      },
    },
  ],
  segments: [
    {
      id: 'emotional-needs.intro',
      kind: 'intro',
      title: { en: 'Saying how we really feel', es: 'Decir lo que de verdad sentimos' },
      durationSec: 120,
      script: {
        en: 'This topic is about feelings, and about feeling safe enough to say them. In a lot of families the question is "How was your day?" and the answer is "Fine." Tonight we go a little past "fine". It works both ways: grown-ups, you share your own feelings too, not only ask about your son\'s. Sons, you can say any feeling here, not just the ones boys are supposed to have. And remember: you can always pass.',
        es: 'Este tema es sobre los sentimientos, y sobre sentirse con confianza para decirlos. En muchas familias la pregunta es "¿Cómo te fue hoy?" y la respuesta es "Bien." Hoy vamos a ir un poco más allá del "bien". Funciona en los dos sentidos: personas adultas, ustedes también compartan sus propios sentimientos, no solo pregunten por los de su hijo. Hijos, aquí pueden decir cualquier sentimiento, no solo los que se supone que debe sentir un muchacho. Y recuerden: siempre pueden pasar.',
      },
      deviceText: {
        en: 'Saying how we really feel. You both share, not just one of you.',
        es: 'Decir lo que de verdad sentimos. Comparten los dos, no solo uno.',
      },
      notes: {
        debrief: {
          en: 'Many boys learn early that anger is the only feeling they are allowed to show. If it fits the room, say it out loud: "Sad, scared and embarrassed are allowed here too."',
          es: 'Muchos niños aprenden desde pequeños que el enojo es el único sentimiento que pueden mostrar. Si viene al caso, dilo en voz alta: "Aquí también se vale estar triste, tener miedo o sentir vergüenza."',
        },
      },
    },
    {
      id: 'emotional-needs.talk',
      kind: 'pairTalk',
      title: { en: 'Past "fine"', es: 'Más allá del "bien"' },
      durationSec: 300,
      script: {
        en: 'Sit facing each other or side by side, whatever is easier. The questions are on your screen and the timer is on the big screen. Grown-ups answer first this time, so your son hears that you have feelings too. Halfway through, the screen tells you to swap and the son answers. While the other one talks, just listen: no fixing, no "but you should". "I don\'t know yet" is a fine answer.',
        es: 'Siéntense frente a frente o lado a lado, como les sea más fácil. Las preguntas están en su pantalla y el temporizador, en la pantalla del salón. Esta vez responden primero las personas adultas, para que su hijo escuche que ustedes también tienen sentimientos. A la mitad, la pantalla les avisa que cambien y responde el hijo. Mientras uno habla, el otro solo escucha: nada de arreglar, nada de "pero deberías". "Todavía no sé" es una buena respuesta.',
      },
      deviceText: {
        en: '{carer} answers first, then swap at halfway. Whoever is listening just listens: no fixing, no advice.',
        es: '{carer} responde primero; a la mitad, cambian. Quien escucha, solo escucha: sin arreglar, sin consejos.',
      },
      prompts: [
        { en: 'When did you feel really happy this week? What happened?', es: '¿Cuándo te sentiste muy feliz esta semana? ¿Qué pasó?' },
        {
          teen: {
            en: 'Which feeling is hardest for you to show at home? Angry, sad, scared, embarrassed?',
            es: '¿Qué sentimiento te cuesta más mostrar en casa? ¿Enojo, tristeza, miedo, vergüenza?',
          },
          adult: {
            en: 'Which feeling is hardest for you to show each other? Angry, sad, scared, embarrassed?',
            es: '¿Qué sentimiento te cuesta más mostrar entre ustedes dos? ¿Enojo, tristeza, miedo, vergüenza?',
          },
        },
        {
          en: 'What is something you wish the other one would ask you about more often?',
          es: '¿De qué te gustaría que la otra persona te preguntara más seguido?',
        },
      ],
      halfway: {
        en: 'Halfway: swap. Now the son answers the same questions, and {carer} just listens.',
        es: 'A la mitad: cambien. Ahora el hijo responde las mismas preguntas, y {carer} solo escucha.',
      },
      bonus: { en: 'Each of you names a feeling you had today that nobody noticed.', es: 'Cada quien nombra un sentimiento que tuvo hoy y que nadie notó.' },
      notes: {
        debrief: {
          en: 'Ask: "Did anyone hear something new? One pair can share a surprise, or you can all pass." Take one or two answers, thank them, move on. Do not ask what the feelings were.',
          es: 'Pregunta: "¿Alguien escuchó algo nuevo? Un dúo puede contar una sorpresa, o todos pueden pasar." Toma una o dos respuestas, da las gracias y sigue. No preguntes cuáles eran los sentimientos.',
        },
        stuck: [
          {
            en: '"Start small: what was the best five minutes of your week?"',
            es: '"Empiecen por algo pequeño: ¿cuáles fueron los mejores cinco minutos de su semana?"',
          },
          {
            en: '"Try the list: happy, annoyed, bored, proud. Point at one."',
            es: '"Prueben con esta lista: alegría, enojo, aburrimiento, orgullo. Señalen una."',
          },
          {
            en: 'For a son who finds talking hard: "Would it help to type your answer on the phone and show it?"',
            es: 'Para un hijo al que le cuesta hablar: "¿Te ayudaría escribir tu respuesta en el teléfono y mostrarla?"',
          },
        ],
      },
    },
    {
      id: 'emotional-needs.reveal',
      kind: 'privateReveal',
      title: { en: 'What helps when I am upset', es: 'Lo que me ayuda cuando estoy mal' },
      durationSec: 240,
      script: {
        en: 'Now a private question. Answer it alone, screens turned away, no peeking. When you have both answered, you reveal your answers to each other at the same moment. Only the two of you see them, not me and not the room. At the end you can choose to share your handout with me, for example if you want me to print it; otherwise it stays yours. After the reveal, take a minute: did anything surprise you?',
        es: 'Ahora, una pregunta privada. Respóndanla a solas, con la pantalla hacia otro lado y sin espiar. Cuando los dos hayan respondido, se muestran las respuestas al mismo tiempo. Solo las ven ustedes dos: ni yo ni el resto del grupo. Al final pueden decidir compartir su cuadernillo conmigo, por ejemplo si quieren que se lo imprima; si no, queda solo para ustedes. Después de revelar, tómense un minuto: ¿algo les sorprendió?',
      },
      deviceText: {
        en: 'Answer alone, screen turned away. When you are both ready, you reveal together.',
        es: 'Responde a solas, sin que se vea tu pantalla. Cuando estén listos los dos, revelan juntos.',
      },
      question: {
        mother: {
          teen: {
            en: 'When you have had a hard day, what small thing from your son makes it a little better?',
            es: 'Cuando tienes un día difícil, ¿qué pequeño detalle de tu hijo lo hace un poco mejor?',
          },
          adult: { en: 'When you are upset, what helps you most from your son?', es: 'Cuando estás mal, ¿qué es lo que más te ayuda de tu hijo?' },
        },
        son: { en: 'When you are upset, what do you need most from {carer}?', es: 'Cuando estás mal, ¿qué es lo que más necesitas de {carer}?' },
      },
      answer: {
        type: 'choice',
        options: [
          { id: 'hug', label: { en: 'A hug', es: 'Un abrazo' } },
          { id: 'space', label: { en: 'Some time alone first', es: 'Un rato a solas primero' } },
          { id: 'listen', label: { en: 'Someone who just listens', es: 'Que alguien solo me escuche' } },
          { id: 'help', label: { en: 'Help fixing the problem', es: 'Ayuda para resolver el problema' } },
          { id: 'distraction', label: { en: 'A joke or something else to think about', es: 'Una broma o pensar en otra cosa' } },
          { id: 'not-sure', label: { en: 'I\'m not sure', es: 'No sé bien' } },
          { id: 'pass', label: { en: 'I\'d rather not say', es: 'Prefiero no decirlo' } },
        ],
      },
      sensitive: true,
      notes: {
        debrief: {
          en: 'Ask the room: "Hands up if your answers matched." Then: "If they didn\'t, you just learned something useful." No one explains their answer to the room.',
          es: 'Pregunta al grupo: "Levanten la mano si sus respuestas coincidieron." Luego: "Si no coincidieron, acaban de aprender algo útil." Nadie explica su respuesta al grupo.',
        },
        safety: {
          en: 'The grown-up\'s question is worded to stay his size for younger sons: a small thing, not "what do you need from him". If a grown-up starts to lean on a young son with adult worries, step in gently: "Share feelings his size. The big ones belong with another adult."',
          es: 'Con hijos más pequeños, la pregunta de la persona adulta está pensada a la medida de él: un pequeño detalle, no "qué necesitas de él". Si una persona adulta empieza a apoyarse en un hijo pequeño con preocupaciones de adulto, intervén con suavidad: "Los sentimientos, a la medida de su hijo. Los grandes, con otra persona adulta."',
        },
      },
    },
    {
      id: 'emotional-needs.poll',
      kind: 'poll',
      title: { en: 'How easy is it?', es: '¿Qué tan fácil es?' },
      durationSec: 180,
      script: {
        en: 'An anonymous poll. Grown-ups and sons answer separately, and we put the two groups side by side. Nobody can see who answered what, and that includes me. Be honest: the difference between the groups is often the interesting part.',
        es: 'Una encuesta anónima. Las personas adultas y los hijos responden por separado, y ponemos los dos grupos lado a lado. Nadie puede ver quién respondió qué, ni siquiera yo. Sean sinceros: muchas veces lo interesante es la diferencia entre los grupos.',
      },
      deviceText: {
        en: 'Anonymous. Grown-ups and sons answer separately. Nobody sees who chose what.',
        es: 'Anónima. Personas adultas e hijos responden por separado. Nadie ve quién eligió qué.',
      },
      question: {
        en: 'How easy is it for you to say "I\'m sad" or "I\'m worried" to the other one?',
        es: '¿Qué tan fácil te resulta decirle a la otra persona "Estoy triste" o "Me preocupa algo"?',
      },
      poll: {
        type: 'scale',
        min: 1,
        max: 5,
        minLabel: { en: 'Really hard', es: 'Muy difícil' },
        maxLabel: { en: 'Easy', es: 'Fácil' },
      },
      audience: 'byRole',
      voter: 'member',
      notes: {
        talkingPoints: [
          {
            en: 'Big gap, sons lower: "Many boys learn that sad or scared is not for showing. What makes it a bit easier? Often: being side by side, not face to face."',
            es: 'Mucha diferencia, hijos más abajo: "Muchos niños aprenden que la tristeza o el miedo no se muestran. ¿Qué lo hace un poco más fácil? Muchas veces: estar lado a lado, no frente a frente."',
          },
          {
            en: 'Big gap, grown-ups lower: "Grown-ups often protect their children from their feelings. A small, finished feeling (\'I was worried, and I\'m OK now\') is a gift, not a burden."',
            es: 'Mucha diferencia, personas adultas más abajo: "Las personas adultas muchas veces protegen a sus hijos de sus propios sentimientos. Un sentimiento pequeño y ya pasado (\'Estaba preocupada, y ya estoy bien\') es un regalo, no una carga."',
          },
          {
            en: 'Small gap: "You see it much the same way. That is a good base. Which one feeling would you like to find easier?"',
            es: 'Poca diferencia: "Lo ven de forma parecida. Es una buena base. ¿Qué sentimiento les gustaría poder decir con más facilidad?"',
          },
        ],
      },
    },
    {
      id: 'emotional-needs.deeper',
      kind: 'pairTalk',
      title: { en: 'A big feeling from long ago', es: 'Un sentimiento grande de hace tiempo' },
      durationSec: 300,
      script: {
        en: 'This time the grown-ups tell a story first. Think back to when you were young and felt something big: proud, scared, left out, in love. Choose a story that is finished, one you can tell without it hurting now. Sons, your job is to listen and ask one question. At halfway, swap.',
        es: 'Esta vez, las personas adultas cuentan primero una historia. Piensen en alguna vez, cuando eran jóvenes, en que sintieron algo grande: orgullo, miedo, rechazo, amor. Elijan una historia ya cerrada, una que puedan contar sin que les duela hoy. Hijos, su tarea es escuchar y hacer una pregunta. A la mitad, cambian.',
      },
      deviceText: {
        en: '{carer} tells a story from long ago first. The son listens and asks one question. Swap at halfway.',
        es: '{carer} cuenta primero una historia de hace tiempo. El hijo escucha y hace una pregunta. A la mitad, cambian.',
      },
      prompts: [
        {
          teen: {
            en: '{carer}: tell about a time you were about your son\'s age and felt something big. Who did you tell, if anyone?',
            es: '{carer}: cuenta una vez que sentiste algo grande cuando tenías más o menos la edad de tu hijo. ¿Se lo contaste a alguien? ¿A quién?',
          },
          adult: {
            en: '{carer}: tell about a time you were young and felt something big. Who did you tell, if anyone?',
            es: '{carer}: cuenta una vez que sentiste algo grande cuando eras joven. ¿Se lo contaste a alguien? ¿A quién?',
          },
        },
        {
          teen: {
            en: 'Son: if you felt something that big, who would you tell? It\'s fine if the answer is a friend.',
            es: 'Hijo: si sintieras algo así de grande, ¿a quién se lo contarías? Está bien si la respuesta es un amigo.',
          },
          adult: {
            en: 'Son: who do you tell now when something big is going on? Would you like the other one on that list more, less, or the same?',
            es: 'Hijo: hoy, cuando te pasa algo grande, ¿a quién se lo cuentas? ¿Te gustaría contarle a ella más, menos o igual que ahora?',
          },
        },
      ],
      halfway: {
        en: 'Halfway: swap. Now the son answers, and {carer} asks one question.',
        es: 'A la mitad: cambien. Ahora responde el hijo, y {carer} hace una pregunta.',
      },
      bonus: { en: 'What did people your age do back then to feel better?', es: 'En esa época, ¿qué hacía la gente de tu edad para sentirse mejor?' },
      sensitive: true,
      notes: {
        debrief: {
          en: 'No room debrief needed. Say: "Thank you for the stories. Being told them is a way of being trusted."',
          es: 'No hace falta comentarlo con el grupo. Di: "Gracias por las historias. Que alguien te las cuente es una muestra de confianza."',
        },
        stuck: [
          {
            en: '"What about a first day somewhere: a new school, a new job?"',
            es: '"¿Qué tal un primer día en algún lugar: una escuela nueva, un trabajo nuevo?"',
          },
          { en: '"A time you were really proud of yourself as a kid?"', es: '"¿Recuerdas una vez, de niña, en que te sentiste muy orgullosa de ti misma?"' },
        ],
        safety: {
          en: 'Stories can open old grief. If a grown-up gets upset, let the pair pause; suggest the son asks an easy question ("What did you look like back then?"). Nobody has to finish a story.',
          es: 'Las historias pueden abrir viejas penas. Si una persona adulta se angustia, deja que el dúo haga una pausa; sugiere que el hijo haga una pregunta fácil ("¿Cómo eras en esa época?"). Nadie tiene que terminar una historia.',
        },
      },
    },
    {
      id: 'emotional-needs.commitment',
      kind: 'commitment',
      title: { en: 'Our feelings promise', es: 'Nuestra promesa: decir lo que sentimos' },
      durationSec: 120,
      script: {
        en: 'To finish, agree on one small thing you will do this week so feelings get said out loud between you. Small enough that you will really do it. Write it on your screen; it goes on your handout.',
        es: 'Para terminar, pónganse de acuerdo en una cosa pequeña que harán esta semana para que los sentimientos se digan en voz alta entre ustedes. Tan pequeña que de verdad la vayan a hacer. Escríbanla en su pantalla; va a aparecer en su cuadernillo.',
      },
      deviceText: {
        en: 'Agree on one small thing for this week and write it down. It goes on your handout.',
        es: 'Elijan juntos una cosa pequeña para esta semana y escríbanla. Va en su cuadernillo.',
      },
      prompt: {
        en: 'This week, how will we make sure feelings get said out loud?',
        es: 'Esta semana, ¿cómo vamos a lograr que los sentimientos se digan en voz alta?',
      },
      examples: [
        {
          teen: {
            en: 'Every evening at dinner or at bedtime, we each say one word for how our day felt.',
            es: 'Cada noche, en la cena o antes de dormir, cada quien dice en una palabra cómo fue su día.',
          },
          adult: {
            en: 'Every time we talk this week, we both start with one word for how we are really doing.',
            es: 'Cada vez que hablemos esta semana, empezamos los dos con una palabra sobre cómo estamos de verdad.',
          },
        },
        {
          en: '{carer} tells one of her own feelings, a small one, instead of only asking.',
          es: '{carer} cuenta uno de sus propios sentimientos, uno pequeño, en vez de solo preguntar.',
        },
      ],
      notes: {
        debrief: {
          en: 'Walk round and read nothing over shoulders. If a pair has nothing, offer the first example.',
          es: 'Camina por el salón sin leer lo que escriben. Si un dúo no tiene nada, ofrécele el primer ejemplo.',
        },
      },
    },
  ],
};
