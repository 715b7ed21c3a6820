import type { Topic } from '../../schema/topic';

export const emotionalIntelligence: Topic = {
  id: 'emotional-intelligence',
  number: 7,
  title: { en: 'Understanding each other\'s inner world', es: 'Entender el mundo interior del otro' },
  summary: {
    en: 'Noticing feelings early, handling them well, and making room for each other\'s.',
    es: 'Notar los sentimientos a tiempo, manejarlos bien y hacerles lugar a los del otro.',
  },
  keyIdeas: [
    {
      en: 'Emotional intelligence means noticing feelings, understanding them and handling them, not hiding them. Anger often sits on top of something else: hurt, worry, shame.',
      es: 'La inteligencia emocional es notar los sentimientos, entenderlos y manejarlos, no esconderlos. Muchas veces el enojo tapa otra cosa: dolor, preocupación, vergüenza.',
    },
    {
      en: 'A safe place to feel means nobody gets in trouble for having a feeling, only for hurting someone.',
      es: 'Un lugar seguro para sentir quiere decir que nadie se mete en problemas por sentir algo, solo por lastimar a alguien.',
    },
    {
      en: 'Everyone loses it sometimes. What counts is coming back: "I got that wrong. Can we try again?"',
      es: 'Todos perdemos el control a veces. Lo que cuenta es volver: "Me equivoqué. ¿Lo intentamos otra vez?"',
    },
  ],
  takeHome: [
    {
      en: 'Make a calm-down menu together: five things that help each of you, like a walk, music, a shower, shooting hoops or a cup of tea. Stick it where you can both see it.',
      es: 'Hagan juntos un menú para calmarse: cinco cosas que le ayudan a cada uno, como caminar, poner música, darse un baño, tirar a la canasta o tomar un té. Péguenlo donde los dos lo vean.',
    },
  ],
  segments: [
    {
      id: 'emotional-intelligence.intro',
      kind: 'intro',
      title: { en: 'Understanding each other\'s inner world', es: 'Entender el mundo interior del otro' },
      durationSec: 120,
      script: {
        en: 'Saying feelings out loud is a first step. This topic goes further: noticing feelings early, understanding where they come from, and handling them so they do not take over. A grown-up who gets snappy after a long day and a son who slams a door after a bad game are both having feelings that make sense. Sons, many boys learn that anger is the only feeling they are allowed to show. Underneath it there is often something else: hurt, worry, embarrassment. Tonight you both look underneath.',
        es: 'Decir en voz alta lo que sentimos es un primer paso. Este tema va más allá: notar los sentimientos a tiempo, entender de dónde vienen y manejarlos para que no nos dominen. Una persona adulta que contesta de mal modo después de un día largo y un hijo que da un portazo después de un mal partido sienten cosas que tienen sentido. Hijos, a muchos varones les enseñan que el enojo es el único sentimiento que pueden mostrar. Debajo muchas veces hay otra cosa: dolor, preocupación, vergüenza. Hoy los dos van a mirar qué hay debajo.',
      },
      deviceText: {
        en: 'Understanding each other\'s inner world. Noticing, handling and sharing feelings.',
        es: 'Entender el mundo interior del otro. Notar, manejar y compartir lo que sentimos.',
      },
    },
    {
      id: 'emotional-intelligence.talk',
      kind: 'pairTalk',
      title: { en: 'Warning lights', es: 'Luces de alerta' },
      durationSec: 300,
      script: {
        en: 'Feelings have warning lights, like a car. Talk about yours. Sons go first; at halfway, swap. If noticing your body is hard, talk about what you do instead: that works just as well.',
        es: 'Los sentimientos tienen luces de alerta, como las de un carro. Hablen de las suyas. Primero los hijos; a la mitad, cambien. Si les cuesta notar lo que pasa en su cuerpo, hablen de lo que hacen: eso funciona igual de bien.',
      },
      deviceText: {
        en: 'Son first, swap at halfway. How do you notice anger or stress coming, and what do you do with it?',
        es: 'Primero el hijo; a la mitad, cambien. ¿Cómo notas que viene el enojo o el estrés, y qué haces con eso?',
      },
      prompts: [
        {
          en: 'How do you notice stress or anger coming? Some people feel it in the body (a hot face, tight fists); some notice what they do (go quiet, get loud).',
          es: '¿Cómo notas que viene el estrés o el enojo? Algunos lo sienten en el cuerpo (la cara caliente, los puños apretados); otros notan lo que hacen (se callan, alzan la voz).',
        },
        {
          en: 'When you are angry, what is often underneath it: hurt, worry, tiredness, embarrassment?',
          es: 'Cuando te enojas, ¿qué suele haber debajo: dolor, preocupación, cansancio, vergüenza?',
        },
        {
          en: 'What is your best trick for calming down? Could it work for the other one too?',
          es: '¿Cuál es tu mejor truco para calmarte? ¿Le podría servir al otro también?',
        },
      ],
      halfway: {
        en: 'Halfway: swap. Now {carer} answers, and the son listens.',
        es: 'A la mitad: cambien. Ahora responde {carer} y el hijo escucha.',
      },
      bonus: {
        en: 'Agree on a pause signal: a word or gesture that means "let\'s stop and come back to this".',
        es: 'Acuerden una señal de pausa: una palabra o un gesto que diga "paremos y volvamos a esto después".',
      },
      sensitive: true,
      notes: {
        debrief: {
          en: 'Ask the room for calm-down tricks, not for angry moments: "Who has a trick that works? Shout it out." Write a few on a flipchart if you have one.',
          es: 'Pídele al grupo trucos para calmarse, no momentos de enojo: "¿Quién tiene un truco que le funcione? Díganlo en voz alta." Si tienes un rotafolio, anota algunos.',
        },
        stuck: [
          {
            en: '"Think of the last time you were a bit annoyed, not furious. What did you do?"',
            es: '"Piensen en la última vez que algo les molestó un poco, sin llegar a la furia. ¿Qué hicieron?"',
          },
          {
            en: '"Is there music, a place, or a person that calms you?"',
            es: '"¿Hay alguna música, algún lugar o alguna persona que los calme?"',
          },
        ],
        safety: {
          en: 'Talk about anger can bring up shouting or hitting at home. Do not make jokes about what people do when angry. If a son describes being hurt or scared of someone, follow the safeguarding note (S key). For sons who find body signals hard to notice (often autistic sons), the "what do you do" route is just as good.',
          es: 'Hablar del enojo puede traer recuerdos de gritos o golpes en casa. No hagas bromas sobre lo que la gente hace cuando se enoja. Si un hijo cuenta que alguien lo lastima o que le tiene miedo a alguien, sigue la nota de protección (tecla S). Para los hijos a quienes les cuesta notar las señales del cuerpo (muchas veces hijos autistas), el camino de "¿qué haces?" es igual de bueno.',
        },
      },
    },
    {
      id: 'emotional-intelligence.reveal',
      kind: 'privateReveal',
      title: { en: 'Reading each other', es: 'Leer al otro' },
      durationSec: 240,
      script: {
        en: 'Each of you writes alone how you can tell the other one has had a bad day, before they say a word. Screens turned away, then reveal together. Often we notice more than we think, and it is good for the other one to know that.',
        es: 'Cada uno escribe a solas cómo se da cuenta de que el otro tuvo un mal día, antes de que diga una palabra. Sin mostrar la pantalla; después revelen al mismo tiempo. Muchas veces notamos más de lo que creemos, y es bueno que el otro lo sepa.',
      },
      deviceText: {
        en: 'Write alone: how can you tell the other one has had a bad day? Then reveal together.',
        es: 'Escribe a solas: ¿cómo te das cuenta de que el otro tuvo un mal día? Luego revelen juntos.',
      },
      question: {
        mother: {
          en: 'How can you tell your son has had a bad day, before he says anything?',
          es: '¿Cómo te das cuenta de que tu hijo tuvo un mal día, antes de que diga nada?',
        },
        son: {
          en: 'How can you tell {carer} has had a bad day, before she says anything?',
          es: '¿Cómo te das cuenta de que {carer} tuvo un mal día, antes de que diga nada?',
        },
      },
      answer: { type: 'text', maxLength: 200 },
      notes: {
        debrief: {
          en: 'Ask: "Who was surprised by how much the other one notices?" Hands only. Then: "Next time you see the sign, you could ask instead of guessing."',
          es: 'Pregunta: "¿A quién le sorprendió todo lo que nota el otro?" Solo levantando la mano. Luego: "La próxima vez que vean la señal, pueden preguntar en vez de adivinar."',
        },
      },
    },
    {
      id: 'emotional-intelligence.poll',
      kind: 'poll',
      title: { en: 'Which feeling is allowed?', es: '¿Qué sentimiento está permitido?' },
      durationSec: 180,
      script: {
        en: 'Anonymous poll, grown-ups and sons separately. Which feeling do you think is hardest for boys to show? Pick one. We compare what the grown-ups think with what the sons think.',
        es: 'Encuesta anónima, personas adultas e hijos por separado. ¿Qué sentimiento creen que les cuesta más mostrar a los varones? Elijan uno. Vamos a comparar lo que piensan las personas adultas con lo que piensan los hijos.',
      },
      deviceText: {
        en: 'Anonymous. Grown-ups and sons answer separately.',
        es: 'Anónimo. Personas adultas e hijos responden por separado.',
      },
      question: {
        en: 'Which feeling is hardest for boys to show?',
        es: '¿Qué sentimiento les cuesta más mostrar a los varones?',
      },
      poll: {
        type: 'single',
        options: [
          { id: 'sad', label: { en: 'Sadness', es: 'Tristeza' } },
          { id: 'scared', label: { en: 'Fear', es: 'Miedo' } },
          { id: 'embarrassed', label: { en: 'Embarrassment', es: 'Vergüenza' } },
          { id: 'love', label: { en: 'Love and caring', es: 'Amor y cariño' } },
          { id: 'anger', label: { en: 'Anger', es: 'Enojo' } },
          { id: 'not-sure', label: { en: 'Not sure', es: 'No sé' } },
        ],
      },
      audience: 'byRole',
      voter: 'member',
      notes: {
        talkingPoints: [
          {
            en: 'Few pick anger: "Anger is the one feeling boys are often allowed. That is why it sometimes carries all the others."',
            es: 'Pocos eligen el enojo: "El enojo es el único sentimiento que a los varones muchas veces sí se les permite. Por eso a veces carga con todos los demás."',
          },
          {
            en: 'Big gap: "Grown-ups and sons see this differently. Sons, you are the experts here: the grown-ups can learn from your answer."',
            es: 'Mucha diferencia: "Las personas adultas y los hijos lo ven distinto. Hijos, aquí ustedes son los expertos: las personas adultas pueden aprender de su respuesta."',
          },
          {
            en: 'Small gap: "You agree. Then at home you can make that feeling a bit easier to show, for example by showing it yourself first."',
            es: 'Poca diferencia: "Están de acuerdo. Entonces en casa pueden hacer que ese sentimiento sea un poco más fácil de mostrar; por ejemplo, mostrándolo ustedes primero."',
          },
        ],
      },
    },
    {
      id: 'emotional-intelligence.deeper',
      kind: 'pairTalk',
      title: { en: 'In each other\'s shoes', es: 'En los zapatos del otro' },
      durationSec: 300,
      script: {
        en: 'Imagine you are the other one for a whole day. What would be the hardest part? Sons guess first, then the grown-up says how close the guess was. Swap at halfway.',
        es: 'Imaginen que son el otro durante un día entero. ¿Qué sería lo más difícil? Primero adivinan los hijos, y luego la persona adulta dice qué tan cerca estuvieron. A la mitad, cambien.',
      },
      deviceText: {
        en: 'Imagine one day as the other one. What is the hardest part? Then check how close you got.',
        es: 'Imaginen un día en la vida del otro. ¿Qué sería lo más difícil? Luego vean qué tan cerca estuvieron.',
      },
      prompts: [
        {
          en: 'Son: imagine a day as {carer}. What would be the hardest part?',
          es: 'Hijo: imagina un día en la vida de {carer}. ¿Qué sería lo más difícil?',
        },
        {
          en: '{carer}: imagine a day as your son. What would be the hardest part?',
          es: '{carer}: imagina un día en la vida de tu hijo. ¿Qué sería lo más difícil?',
        },
        {
          en: 'How close did you each get? What surprised you?',
          es: '¿Qué tan cerca estuvo cada uno? ¿Qué les sorprendió?',
        },
      ],
      halfway: {
        en: 'Halfway: swap. Now {carer} guesses, and the son says how close it was.',
        es: 'A la mitad: cambien. Ahora adivina {carer} y el hijo dice qué tan cerca estuvo.',
      },
      bonus: {
        en: 'What would be the best part of a day as the other one?',
        es: '¿Qué sería lo mejor de un día en la vida del otro?',
      },
      notes: {
        debrief: {
          en: 'Ask: "Who got surprised? You can pass." One or two answers.',
          es: 'Pregunta: "¿A quién le sorprendió algo? Pueden pasar." Una o dos respuestas.',
        },
        stuck: [
          {
            en: '"Go through the day: the morning, school or work, the evening. Where is it hardest?"',
            es: '"Repasen el día: la mañana, la escuela o el trabajo, la noche. ¿Dónde es más difícil?"',
          },
          {
            en: '"What does the other one do that you could never do?"',
            es: '"¿Qué hace el otro que tú nunca podrías hacer?"',
          },
        ],
      },
    },
    {
      id: 'emotional-intelligence.commitment',
      kind: 'commitment',
      title: { en: 'Our pause signal', es: 'Nuestra señal de pausa' },
      durationSec: 120,
      script: {
        en: 'Agree on a pause signal for when feelings run high at home: a word or a gesture that means "let\'s stop and come back to this". Also agree how you come back, and what either of you can say to repair things afterwards. Write it down for your handout.',
        es: 'Pónganse de acuerdo en una señal de pausa para cuando en casa se calienten los ánimos: una palabra o un gesto que quiera decir "paremos y volvamos a esto después". Acuerden también cómo van a volver a hablar, y qué puede decir cualquiera de los dos para arreglar las cosas después. Escríbanlo para su cuadernillo.',
      },
      deviceText: {
        en: 'Agree on a pause signal for heated moments, and how you come back after it.',
        es: 'Acuerden una señal de pausa para los momentos tensos, y cómo vuelven a hablar después.',
      },
      prompt: {
        en: 'What is our pause signal, and how do we come back after it?',
        es: '¿Cuál es nuestra señal de pausa, y cómo volvemos a hablar después?',
      },
      examples: [
        {
          en: 'When one of us says "pause", we both take ten minutes apart, then come back and talk.',
          es: 'Cuando uno de los dos dice "pausa", nos separamos diez minutos y luego volvemos a hablar.',
        },
        {
          en: 'A hand on the heart means "I need a break". Afterwards, whoever went too far says: "I got that wrong. Can we try again?"',
          es: 'Una mano en el corazón quiere decir "necesito un descanso". Después, quien se pasó dice: "Me equivoqué. ¿Lo intentamos otra vez?"',
        },
      ],
      notes: {
        debrief: {
          en: 'Point out that the room had a pause signal too, tonight. Pairs can copy it.',
          es: 'Comenta que hoy el grupo también tuvo una señal de pausa. Los dúos pueden copiarla.',
        },
      },
    },
  ],
};
