import type { Topic } from '../../schema/topic';

export const sharedMoments: Topic = {
  id: 'shared-moments',
  number: 2,
  title: { en: 'The moments inside what we do together', es: 'Los momentos que vivimos al hacer cosas juntos' },
  summary: {
    en: 'It is not the activity that counts most, but what happens between you while you do it.',
    es: 'Lo que más cuenta no es la actividad, sino lo que pasa entre ustedes mientras la hacen.',
  },
  keyIdeas: [
    {
      en: 'Football, drawing, cooking or a walk give you a place to be together. The bond grows from what happens inside them.',
      es: 'El fútbol, dibujar, cocinar o salir a caminar les dan un lugar para estar juntos. El vínculo crece con lo que pasa mientras lo hacen.',
    },
    {
      en: 'Laughing together at a kitchen disaster is a memory in the making. Being quiet side by side counts too.',
      es: 'Reírse juntos de un desastre en la cocina es un recuerdo que se está formando. Estar en silencio, uno al lado del otro, también cuenta.',
    },
    {
      en: 'Talking about a moment afterwards ("Remember the pancake on the ceiling?") keeps it alive for both of you.',
      es: 'Hablar después de un momento ("¿Te acuerdas del panqueque en el techo?") lo mantiene vivo para los dos.',
    },
  ],
  takeHome: [
    {
      en: 'Keep a "good moments" list on the fridge or in a shared note: every time something small and good happens between you, add one line.',
      es: 'Tengan una lista de "buenos momentos" en el refrigerador o en una nota compartida: cada vez que pase algo pequeño y bueno entre ustedes, agreguen una línea.',
    },
  ],
  segments: [
    {
      id: 'shared-moments.intro',
      kind: 'intro',
      title: { en: 'The moments inside what we do together', es: 'Los momentos que vivimos al hacer cosas juntos' },
      durationSec: 120,
      script: {
        en: 'Think of a time you cooked something together and it went wrong: the pancake that stuck to the ceiling, the cake that sank in the middle. Years later, that is what you laugh about, not the dinners that went perfectly. Sport, art, cooking and walks give you a place to be together, but the bond grows from what happens inside them: the joke, the quiet moment on a trail, the thing one of you said while you were both looking at the road or the washing-up. Sons and grown-ups, tonight you get to notice those moments together.',
        es: 'Piensen en alguna vez que cocinaron algo juntos y salió mal: el panqueque que se quedó pegado en el techo, el pastel que se hundió en el medio. Años después, eso es lo que les da risa, no las cenas que salieron perfectas. El deporte, el arte, la cocina y las caminatas les dan un lugar para estar juntos, pero el vínculo crece con lo que pasa ahí dentro: la broma, el momento de silencio en un sendero, lo que uno de ustedes dijo mientras los dos miraban el camino o lavaban los platos. Hijos y personas adultas, hoy van a fijarse juntos en esos momentos.',
      },
      deviceText: {
        en: 'The moments inside what you do together. Not what you did, but what happened between you.',
        es: 'Los momentos que viven al hacer cosas juntos. No lo que hicieron, sino lo que pasó entre ustedes.',
      },
    },
    {
      id: 'shared-moments.talk',
      kind: 'pairTalk',
      title: { en: 'Our best disaster', es: 'Nuestro mejor desastre' },
      durationSec: 300,
      script: {
        en: 'This one should be fun. Tell each other about things you have done together, especially the ones that went wrong in a funny way. Sons start. At halfway the screen says swap. If you remember the same story differently, even better: tell both versions.',
        es: 'Esta actividad es para divertirse. Cuéntense cosas que han hecho juntos, sobre todo las que salieron mal de una forma chistosa. Empiezan los hijos. A la mitad, la pantalla les dice que cambien. Si recuerdan la misma historia de forma distinta, mejor todavía: cuenten las dos versiones.',
      },
      deviceText: {
        en: 'Son first, swap at halfway. Funny disasters welcome. Two versions of one story are even better.',
        es: 'Primero el hijo; a la mitad, cambian. Se valen los desastres chistosos. Dos versiones de la misma historia, ¡mejor aún!',
      },
      prompts: [
        {
          en: 'What is something you did together that went wrong in a funny way? Who remembers it differently?',
          es: '¿Qué hicieron juntos que salió mal de una forma chistosa? ¿Quién lo recuerda diferente?',
        },
        {
          en: 'What do you like doing together most? What exactly do you like about it: the doing, the talking, the snacks?',
          es: '¿Qué es lo que más te gusta hacer juntos? ¿Qué te gusta exactamente: la actividad, la conversación, la comida?',
        },
        {
          en: 'Can you remember being together without needing to talk at all, like on a walk or a long bus ride? What was that like?',
          es: '¿Recuerdas alguna vez que estuvieron juntos sin necesidad de hablar, como en una caminata o un viaje largo en autobús? ¿Cómo fue?',
        },
      ],
      halfway: { en: 'Halfway: swap. Now {carer} tells, and the son listens.', es: 'A la mitad: cambien. Ahora cuenta {carer}, y el hijo escucha.' },
      bonus: {
        en: 'What does the other one love doing that you have never tried with them?',
        es: '¿Qué le encanta hacer a la otra persona que nunca has probado con ella?',
      },
      notes: {
        debrief: {
          en: 'Invite one funny disaster for the room: "Who has a disaster worth sharing? You can pass." Laughing together here warms the room for what comes next.',
          es: 'Invita a contarle al grupo un desastre chistoso: "¿Quién tiene un desastre que valga la pena contar? Pueden pasar." Reírse juntos aquí prepara al grupo para lo que sigue.',
        },
        stuck: [
          {
            en: '"What about a birthday, a holiday, or a day when the weather ruined the plan?"',
            es: '"¿Qué tal un cumpleaños, unas vacaciones o un día en que el clima arruinó el plan?"',
          },
          {
            en: '"Not many shared activities yet? Then pick an everyday one: breakfast, the way to school, the shopping."',
            es: '"¿Todavía no hacen muchas cosas juntos? Entonces elijan algo de todos los días: el desayuno, el camino a la escuela, las compras."',
          },
        ],
      },
    },
    {
      id: 'shared-moments.reveal',
      kind: 'privateReveal',
      title: { en: 'A moment I still smile about', es: 'Un momento que todavía me hace sonreír' },
      durationSec: 240,
      script: {
        en: 'Now each of you writes, alone, one moment with the other that you still smile about. A few words is enough, like "the rainy bike ride" or "when we got lost at the zoo". Screens turned away. When you are both done, reveal together. Did you pick the same one? If not, tell each other about yours.',
        es: 'Ahora cada quien escribe, a solas, un momento con la otra persona que todavía le hace sonreír. Bastan unas pocas palabras, como "el paseo en bici bajo la lluvia" o "cuando nos perdimos en el zoológico". Pantallas hacia otro lado. Cuando los dos terminen, revelen juntos. ¿Eligieron el mismo? Si no, cuéntense el suyo.',
      },
      deviceText: {
        en: 'Write one moment you still smile about, alone. Then reveal together: did you pick the same one?',
        es: 'Escribe a solas un momento que todavía te hace sonreír. Luego revelen juntos: ¿eligieron el mismo?',
      },
      question: {
        mother: {
          en: 'Write one moment with your son that still makes you smile. A few words is enough.',
          es: 'Escribe un momento con tu hijo que todavía te hace sonreír. Bastan unas pocas palabras.',
        },
        son: {
          en: 'Write one moment with {carer} that still makes you smile. A few words is enough.',
          es: 'Escribe un momento con {carer} que todavía te hace sonreír. Bastan unas pocas palabras.',
        },
      },
      answer: { type: 'text', maxLength: 200 },
      notes: {
        debrief: {
          en: 'Ask for a show of hands: "Who picked the same moment?" Then move on; the moments themselves stay in the pair.',
          es: 'Pide que levanten la mano: "¿Quién eligió el mismo momento?" Luego sigue; los momentos en sí se quedan en cada dúo.',
        },
      },
    },
    {
      id: 'shared-moments.poll',
      kind: 'poll',
      title: { en: 'Where our best talks happen', es: 'Dónde tenemos nuestras mejores charlas' },
      durationSec: 180,
      script: {
        en: 'One vote per pair this time, so agree together. Where do your best conversations happen? Pick up to two. We will see the whole room\'s answers, without names.',
        es: 'Esta vez hay un voto por dúo, así que pónganse de acuerdo. ¿Dónde tienen sus mejores conversaciones? Elijan hasta dos. Vamos a ver las respuestas de todo el grupo, sin nombres.',
      },
      deviceText: {
        en: 'One vote per pair: agree together and pick up to two. Anonymous.',
        es: 'Un voto por dúo: pónganse de acuerdo y elijan hasta dos. Anónimo.',
      },
      question: { en: 'Where do your best talks happen?', es: '¿Dónde tienen sus mejores charlas?' },
      poll: {
        type: 'multiple',
        maxChoices: 2,
        options: [
          { id: 'car', label: { en: 'On the way somewhere: car, bus, walking', es: 'De camino a algún lugar: en carro, autobús o a pie' } },
          { id: 'meals', label: { en: 'At meals', es: 'En las comidas' } },
          { id: 'bedtime', label: { en: 'At bedtime or late in the evening', es: 'Antes de dormir o tarde en la noche' } },
          { id: 'cooking', label: { en: 'Cooking or doing chores', es: 'Cocinando o haciendo quehaceres' } },
          { id: 'sport-games', label: { en: 'Playing a sport or a game', es: 'Haciendo deporte o jugando' } },
          { id: 'phone', label: { en: 'On the phone or by message', es: 'Por teléfono o por mensaje' } },
          { id: 'not-many', label: { en: 'We don\'t have many yet', es: 'Todavía no tenemos muchas' } },
        ],
      },
      audience: 'everyone',
      voter: 'pair',
      notes: {
        talkingPoints: [
          {
            en: 'If "on the way somewhere" or "chores" wins: "Side by side, nobody has to look at anybody. That is why those talks work. Use it."',
            es: 'Si gana "de camino a algún lugar" o "quehaceres": "Lado a lado, nadie tiene que mirar a nadie. Por eso funcionan esas charlas. Aprovéchenlo."',
          },
          {
            en: 'If "we don\'t have many yet" shows up: "Then you are in the right room. The next topics are exactly about that."',
            es: 'Si aparece "todavía no tenemos muchas": "Entonces están en el lugar correcto. Los próximos temas son justo sobre eso."',
          },
          {
            en: 'If the answers are spread out: "Every family has its own spot. Notice yours and protect it."',
            es: 'Si las respuestas están repartidas: "Cada familia tiene su lugar. Fíjense cuál es el suyo y cuídenlo."',
          },
        ],
      },
    },
    {
      id: 'shared-moments.deeper',
      kind: 'pairTalk',
      title: { en: 'Plan a small adventure', es: 'Planeen una pequeña aventura' },
      durationSec: 300,
      script: {
        en: 'Now plan something small you could do together soon. Not a big holiday: something close and cheap, like a path you have never walked, a recipe neither of you has cooked, or a bus ride to somewhere new. Each of you adds one thing that would make it fun for you.',
        es: 'Ahora planeen algo pequeño que podrían hacer juntos pronto. No unas grandes vacaciones: algo cercano y barato, como un sendero que nunca han caminado, una receta que ninguno de los dos ha cocinado o un paseo en autobús a un lugar nuevo. Cada quien agrega una cosa que, para su gusto, lo haría divertido.',
      },
      deviceText: {
        en: 'Plan one small adventure. Each of you adds one thing that would make it fun.',
        es: 'Planeen una pequeña aventura. Cada quien agrega algo que la haga divertida.',
      },
      prompts: [
        {
          teen: {
            en: 'What small adventure could you do this month? A new path, a new recipe, a bus ride to somewhere new?',
            es: '¿Qué pequeña aventura podrían hacer este mes? ¿Un sendero nuevo, una receta distinta, un paseo en autobús a un lugar desconocido?',
          },
          adult: {
            en: 'What small adventure could you do next time you see each other? A new path, a new recipe, a place neither of you knows?',
            es: '¿Qué pequeña aventura podrían hacer la próxima vez que se vean? ¿Un sendero nuevo, una receta distinta, un lugar que ninguno de los dos conoce?',
          },
        },
        { en: 'What would make it fun for you? What would make it fun for the other one?', es: '¿Qué la haría divertida para ti? ¿Y para la otra persona?' },
      ],
      halfway: { en: 'Halfway: if the son has picked, now {carer} adds an idea.', es: 'A la mitad: si el hijo ya eligió, ahora {carer} agrega una idea.' },
      bonus: { en: 'Pick a day and write it in your phones.', es: 'Elijan un día y anótenlo en sus teléfonos.' },
      notes: {
        debrief: {
          en: 'Ask two pairs what they planned, if they want to share. It gives other pairs ideas.',
          es: 'Pregunta a dos dúos qué planearon, si quieren contarlo. Así los demás dúos se llevan ideas.',
        },
        stuck: [
          {
            en: '"It can be free: a park you have never been to, a library, a market."',
            es: '"Puede ser gratis: un parque al que nunca han ido, una biblioteca, un mercado."',
          },
          {
            en: '"Son, you choose the place. Grown-up, you choose the snack."',
            es: '"Hijo, tú eliges el lugar; la persona adulta elige qué llevar de comer."',
          },
        ],
      },
    },
    {
      id: 'shared-moments.commitment',
      kind: 'commitment',
      title: { en: 'One everyday moment', es: 'Un momento de todos los días' },
      durationSec: 120,
      script: {
        en: 'You do not need a special day out. Pick one everyday moment this week and make it count: a walk without phones, a meal you cook together, the way to school. Write it down; it goes on your handout.',
        es: 'No necesitan una salida especial. Elijan un momento de todos los días esta semana y aprovéchenlo de verdad: una caminata sin teléfonos, una comida que cocinen juntos, el camino a la escuela. Escríbanlo; va en su cuadernillo.',
      },
      deviceText: {
        en: 'Pick one everyday moment this week to share on purpose. Write it down for your handout.',
        es: 'Elijan un momento de todos los días para compartir con intención esta semana. Escríbanlo para su cuadernillo.',
      },
      prompt: {
        en: 'Which everyday moment will we share on purpose this week?',
        es: '¿Qué momento de todos los días vamos a compartir con intención esta semana?',
      },
      examples: [
        {
          teen: {
            en: 'We cook dinner together once this week, and the son picks the recipe.',
            es: 'Esta semana cocinamos juntos una cena, y el hijo elige la receta.',
          },
          adult: {
            en: 'Next time we see each other, we cook one meal together, and the son picks what.',
            es: 'La próxima vez que nos veamos, cocinamos juntos una comida, y el hijo elige qué.',
          },
        },
        {
          teen: {
            en: 'One trip this week, by bus, car or on foot, with phones away.',
            es: 'Un viaje esta semana, en autobús, carro o a pie, con los teléfonos guardados.',
          },
          adult: {
            en: 'One walk together this week with both phones left in our pockets.',
            es: 'Una caminata juntos esta semana, con los dos teléfonos en el bolsillo.',
          },
        },
      ],
      notes: {
        debrief: { en: 'Remind pairs: small and real beats big and someday.', es: 'Recuérdales a los dúos: mejor pequeño y real que grande y "algún día".' },
      },
    },
  ],
};
