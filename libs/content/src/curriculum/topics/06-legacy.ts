import type { Topic } from '../../schema/topic';

export const legacy: Topic = {
  id: 'legacy',
  number: 6,
  title: { en: 'What we pass on', es: 'Lo que dejamos de herencia' },
  summary: {
    en: 'The values you hope he carries to the people in his life: kindness, not giving up, respect.',
    es: 'Los valores que esperan que él lleve a la gente de su vida: la bondad, no rendirse, el respeto.',
  },
  keyIdeas: [
    {
      en: 'Values are passed on more by what we do than by what we say: how you treat a bus driver, a neighbour, or each other on a bad day.',
      es: 'Los valores se transmiten más con lo que hacemos que con lo que decimos: cómo tratamos al conductor del autobús, a un vecino, o el uno al otro en un mal día.',
    },
    {
      en: 'It runs both ways: sons shape their grown-ups\' values too. And he chooses what kind of man, friend and partner he becomes.',
      es: 'Va en las dos direcciones: los hijos también moldean los valores de las personas adultas que los crían. Y él elige qué tipo de hombre, amigo y pareja llega a ser.',
    },
    {
      en: 'Talking about values out loud helps him choose them as his own, not just inherit them.',
      es: 'Hablar de los valores en voz alta lo ayuda a elegirlos como propios, no solo a heredarlos.',
    },
  ],
  takeHome: [
    {
      en: 'This month, each of you notices one moment when the other showed a value you admire, and says so out loud.',
      es: 'Este mes, cada uno se fija en un momento en que el otro mostró un valor que admira, y se lo dice en voz alta.',
    },
  ],
  segments: [
    {
      id: 'legacy.intro',
      kind: 'intro',
      title: { en: 'What we pass on', es: 'Lo que dejamos de herencia' },
      durationSec: 120,
      script: {
        en: 'Every family passes things on: recipes, sayings, a way of laughing, a way of treating people. Some of it we choose, and some of it just happens. Tonight you talk about the values you want to pass on on purpose, like kindness, not giving up, and respect. Grown-ups, you will tell your son what he already does that makes you proud. Sons, what kind of man, friend and, one day maybe, partner do you want to be, and what would you like to take with you from home?',
        es: 'Toda familia pasa cosas de generación en generación: recetas, dichos, una forma de reír, una forma de tratar a la gente. Algunas las elegimos y otras simplemente pasan. Esta noche van a hablar de los valores que quieren transmitir a propósito, como la bondad, no rendirse y el respeto. Personas adultas, le van a contar a su hijo algo que él ya hace y que les da orgullo. Hijos, ¿qué tipo de hombre, de amigo y, tal vez algún día, de pareja quieren ser, y qué les gustaría llevarse de casa?',
      },
      deviceText: {
        en: 'What we pass on. The values you hope to carry into your lives.',
        es: 'Lo que dejamos de herencia. Los valores que esperan llevar a su vida.',
      },
    },
    {
      id: 'legacy.talk',
      kind: 'pairTalk',
      title: { en: 'Things worth passing on', es: 'Lo que vale la pena transmitir' },
      durationSec: 300,
      script: {
        en: 'Start with family sayings and recipes; they are an easy way in. Grown-ups answer first, then swap at halfway. The last question is about habits you would rather not pass on: it can be light, like always being late, or more serious. Keep it to what you are comfortable saying.',
        es: 'Empiecen con los dichos y las recetas de la familia; son una forma fácil de entrar en el tema. Primero responden las personas adultas, y a la mitad cambian. La última pregunta es sobre costumbres que preferirían que no siguieran en la familia: puede ser algo ligero, como llegar siempre tarde, o algo más serio. Digan solo lo que les resulte cómodo decir.',
      },
      deviceText: {
        en: '{carer} first, swap at halfway. Start with family sayings and recipes.',
        es: 'Empieza {carer}; a la mitad, cambien. Comiencen con dichos y recetas de la familia.',
      },
      prompts: [
        {
          en: 'What saying, habit or recipe has been handed down in your family? Who did it come from?',
          es: '¿Qué dicho, costumbre o receta ha pasado de generación en generación en tu familia? ¿De quién viene?',
        },
        {
          en: '{carer}: when have you seen your son be kind, brave or fair, and felt proud? Son: what does {carer} do for other people that you would like to do too?',
          es: '{carer}: ¿cuándo viste a tu hijo ser amable, valiente o justo, y sentiste orgullo? Hijo: ¿qué hace {carer} por otras personas que a ti también te gustaría hacer?',
        },
        {
          en: 'Which family habit would you rather not pass on? A small one is fine: always being late, shouting at the TV.',
          es: '¿Qué costumbre de la familia preferirías que no siguiera? Puede ser pequeña: llegar siempre tarde, gritarle a la tele.',
        },
      ],
      halfway: {
        en: 'Halfway: swap. Now the son answers, and {carer} listens.',
        es: 'A la mitad: cambien. Ahora responde el hijo y {carer} escucha.',
      },
      bonus: {
        en: 'Son: what kind of man do you want to become? {carer}: what do you already see in him that you hope stays?',
        es: 'Hijo: ¿qué tipo de hombre quieres ser? {carer}: ¿qué ves ya en él que esperas que no cambie?',
      },
      sensitive: true,
      notes: {
        debrief: {
          en: 'Ask: "Anyone want to share a family saying? You can pass." Sayings are safe and often funny. Do not ask the room about habits they would rather not pass on.',
          es: 'Pregunta: "¿Alguien quiere compartir un dicho de su familia? Pueden pasar." Los dichos son un tema seguro y muchas veces divertido. No le preguntes al grupo por las costumbres que preferirían que no siguieran.',
        },
        stuck: [
          {
            en: '"Is there a dish that only your family makes that way?"',
            es: '"¿Hay alguna comida que solo en su familia se prepare así?"',
          },
          {
            en: '"What does someone in your family always say when things go wrong?"',
            es: '"¿Qué dice siempre alguien de su familia cuando algo sale mal?"',
          },
        ],
        safety: {
          en: 'The habits question can touch drinking, violence, or a parent who left. Offer light examples first. If a son names something serious about someone at home, listen, do not probe, and check the safeguarding note (S key).',
          es: 'La pregunta de las costumbres puede tocar el alcohol, la violencia o un papá o una mamá que se fue. Da primero ejemplos ligeros. Si un hijo menciona algo serio sobre alguien de su casa, escucha, no hagas más preguntas y revisa la guía de protección (tecla S).',
        },
      },
    },
    {
      id: 'legacy.reveal',
      kind: 'privateReveal',
      title: { en: 'The one value', es: 'Un solo valor' },
      durationSec: 240,
      script: {
        en: 'Grown-ups, pick the one value you most hope to pass on. Sons, guess which one they picked. Answer alone, screens turned away, then reveal together. A wrong guess is a great conversation.',
        es: 'Personas adultas, elijan el valor que más esperan transmitir. Hijos, adivinen cuál eligieron. Respondan cada uno por su cuenta, sin mostrar la pantalla, y luego revelen al mismo tiempo. Si no adivinan, ahí tienen una gran conversación.',
      },
      deviceText: {
        en: '{carer} picks one value. The son guesses which one. Answer alone, then reveal together.',
        es: '{carer} elige un valor. El hijo adivina cuál. Respondan por separado y luego revelen juntos.',
      },
      question: {
        mother: {
          en: 'If your son could carry just one value from you into his life, which one would you choose?',
          es: 'Si tu hijo pudiera llevarse un solo valor tuyo a su vida, ¿cuál elegirías?',
        },
        son: {
          en: 'Which value do you think {carer} most hopes you carry into your life?',
          es: '¿Qué valor crees que {carer} más espera que lleves a tu vida?',
        },
      },
      answer: {
        type: 'choice',
        options: [
          { id: 'kindness', label: { en: 'Kindness', es: 'Bondad' } },
          { id: 'honesty', label: { en: 'Honesty', es: 'Honestidad' } },
          { id: 'not-giving-up', label: { en: 'Not giving up', es: 'No rendirse' } },
          { id: 'respect', label: { en: 'Respect for others', es: 'Respeto a los demás' } },
          { id: 'courage', label: { en: 'Courage: standing up for what is right', es: 'Valentía: defender lo que es justo' } },
          { id: 'humor', label: { en: 'A sense of humour', es: 'Sentido del humor' } },
          { id: 'pass', label: { en: 'I\'d rather not say', es: 'Prefiero no decirlo' } },
        ],
      },
      notes: {
        debrief: {
          en: 'Ask: "Hands up if the son guessed right." Applause either way. Then: "If not, ask at home why." Move on.',
          es: 'Pide: "Levanten la mano si el hijo adivinó." Aplausos en cualquier caso. Luego: "Si no adivinó, pregúntense en casa por qué." Y sigue adelante.',
        },
      },
    },
    {
      id: 'legacy.poll',
      kind: 'poll',
      title: { en: 'Where values are learned', es: 'Dónde se aprenden los valores' },
      durationSec: 180,
      script: {
        en: 'Anonymous poll, grown-ups and sons separately. Where do boys learn most about how to treat other people? Pick one. We compare the groups.',
        es: 'Encuesta anónima, personas adultas e hijos por separado. ¿Dónde aprenden más los chicos sobre cómo tratar a los demás? Elijan una opción. Luego comparamos los grupos.',
      },
      deviceText: { en: 'Anonymous. Grown-ups and sons answer separately.', es: 'Anónima. Personas adultas e hijos responden aparte.' },
      question: {
        en: 'Where do boys learn most about how to treat other people?',
        es: '¿Dónde aprenden más los chicos sobre cómo tratar a los demás?',
      },
      poll: {
        type: 'single',
        options: [
          { id: 'home', label: { en: 'At home', es: 'En casa' } },
          { id: 'friends', label: { en: 'From friends', es: 'Con los amigos' } },
          { id: 'online', label: { en: 'Online: videos, games, social media', es: 'En internet: videos, juegos, redes sociales' } },
          { id: 'school', label: { en: 'At school or in a club', es: 'En la escuela o en un club' } },
          { id: 'role-models', label: { en: 'From famous people they look up to', es: 'De famosos a quienes admiran' } },
          { id: 'not-sure', label: { en: 'Not sure', es: 'No lo sé' } },
        ],
      },
      audience: 'byRole',
      voter: 'member',
      notes: {
        talkingPoints: [
          {
            en: 'Big gap, grown-ups say "home", sons say "friends" or "online": "Both are true. What he sees online is loud; what he sees at home lasts. Ask each other who he looks up to, and why."',
            es: 'Diferencia grande, si las personas adultas dicen "en casa" y los hijos "con los amigos" o "en internet": "Las dos cosas son ciertas. Lo que ve en internet hace mucho ruido; lo que ve en casa se queda. Pregúntense a quién admira él, y por qué."',
          },
          {
            en: 'Small gap: "You agree where it happens. Then you both know where to pay attention."',
            es: 'Diferencia pequeña: "Están de acuerdo en dónde se aprende. Entonces los dos saben dónde poner atención."',
          },
          {
            en: 'A gentle prompt for the room: "What does being a good man look like, in one word?" Take a few words aloud.',
            es: 'Una pregunta suave para el grupo: "En una palabra, ¿cómo es un buen hombre?" Deja que algunas personas digan su palabra en voz alta.',
          },
        ],
      },
    },
    {
      id: 'legacy.deeper',
      kind: 'pairTalk',
      title: { en: 'A note for later', es: 'Una nota para el futuro' },
      durationSec: 300,
      script: {
        en: 'To end, together, imagine a short note for later. What would you want to remember about tonight, and about the values you talked about? You do not have to write it down; just talk it through. If you like, one of you writes it on paper tonight and you keep it somewhere safe.',
        es: 'Para terminar, imaginen juntos una nota corta para el futuro. ¿Qué les gustaría recordar de esta noche y de los valores de los que hablaron? No tienen que escribirla; basta con hablar de ella. Si quieren, uno de ustedes la escribe en papel esta noche y la guardan en un lugar seguro.',
      },
      deviceText: {
        en: 'Imagine a short note for later, together. What should it say?',
        es: 'Imaginen juntos una nota corta para el futuro. ¿Qué debería decir?',
      },
      prompts: [
        {
          teen: {
            en: 'Imagine a note for the son to open in ten years. What should it remind him of?',
            es: 'Imagina una nota que el hijo abrirá dentro de diez años. ¿Qué debería recordarle?',
          },
          adult: {
            en: 'Imagine a note for the people who will know the son later: friends, a partner, maybe his own children. What should they know about what he learned at home?',
            es: 'Imagina una nota para quienes conocerán al hijo más adelante: amigos, una pareja, tal vez sus propios hijos. ¿Qué deberían saber de lo que aprendió en casa?',
          },
        },
        { en: 'Which one thing in that note would you underline twice?', es: '¿Qué parte de esa nota subrayarías dos veces?' },
      ],
      halfway: {
        en: 'Halfway: swap. Whoever has listened now adds their line.',
        es: 'A la mitad: cambien. Quien estuvo escuchando agrega ahora su frase.',
      },
      bonus: {
        en: 'Write the note for real, on paper, and decide where to keep it.',
        es: 'Escriban la nota de verdad, en papel, y decidan dónde guardarla.',
      },
      notes: {
        debrief: {
          en: 'This is a closing ritual: no room debrief. Offer paper and pens. Let the room stay quiet for a moment before you move on.',
          es: 'Es un ritual de cierre: sin puesta en común con el grupo. Ofrece papel y lápices. Deja que el salón se quede en silencio un momento antes de seguir.',
        },
        stuck: [
          { en: '"Start with: \'Remember that you...\'"', es: '"Empiecen con: \'Recuerda que tú...\'"' },
          { en: '"What would you want him to know on a hard day?"', es: '"¿Qué les gustaría que él supiera en un día difícil?"' },
        ],
      },
    },
    {
      id: 'legacy.commitment',
      kind: 'commitment',
      title: { en: 'Living a value this week', es: 'Vivir un valor esta semana' },
      durationSec: 120,
      script: {
        en: 'Choose one way to practise a value together this week, something you can actually see yourselves doing. Write it down for your handout.',
        es: 'Elijan una forma de practicar juntos un valor esta semana, algo que de verdad se imaginen haciendo. Escríbanla para su cuadernillo.',
      },
      deviceText: {
        en: 'Choose one way to practise a value together this week. Write it down.',
        es: 'Elijan una forma de practicar juntos un valor esta semana. Escríbanla.',
      },
      prompt: { en: 'How will we practise one value together this week?', es: '¿Cómo vamos a practicar juntos un valor esta semana?' },
      examples: [
        { en: 'We do one kind thing together for a neighbour.', es: 'Hacemos juntos algo amable por alguien del vecindario.' },
        {
          teen: {
            en: 'We cook a family recipe together and {carer} tells the story behind it.',
            es: 'Cocinamos juntos una receta de la familia y {carer} cuenta su historia.',
          },
          adult: {
            en: 'We ask an older relative for a family story and share it with each other.',
            es: 'Le pedimos una historia de la familia a un familiar mayor y la compartimos.',
          },
        },
      ],
      notes: { debrief: {
        en: 'Kind things done together stick best. Suggest one for someone outside the family.',
        es: 'Los gestos amables que se hacen juntos son los que más se recuerdan. Sugiere uno para alguien de fuera de la familia.',
      } },
    },
  ],
};
