import type { Frame } from '../schema/frame';

// The frame every evening needs around its topics. Scripts and projector lines say
// "grown-up" and "son" rather than "Mom": the room has grandmothers, aunts and foster
// mothers too.

export const OPENING: Frame = {
  id: 'opening',
  title: { en: 'Welcome', es: 'Bienvenida' },
  summary: {
    en: 'Settling in: how we work together tonight, and how each of you arrives.',
    es: 'Para empezar: cómo trabajamos juntos esta noche y cómo llega cada uno.',
  },
  segments: [
    {
      id: 'opening.welcome',
      kind: 'intro',
      title: { en: 'Welcome', es: 'Bienvenida' },
      durationSec: 120,
      script: {
        en: 'Welcome, all of you. I am glad you came. Tonight is time for two people: each grown-up here and the son who came with them. Some of you are mothers, some are grandmothers, aunts or foster mothers. On your phones each pair chose its own word for the grown-up, the name the son really uses, and how old the son is; you can change both at any time under "Our words". There are no right answers tonight and nobody is tested. Most of the time you will talk in your pair, not in front of the room. Sit side by side if that is easier than facing each other: plenty of good talks happen side by side.',
        es: '¡Bienvenidos a todos! Me alegra mucho que hayan venido. Esta noche es un tiempo para dos personas: cada persona adulta que está aquí y el hijo que vino con ella. Algunas de ustedes son mamás; otras son abuelas, tías o madres de crianza. En sus teléfonos, cada dúo eligió cómo llamar a la persona adulta, con la palabra que el hijo usa de verdad, y la edad del hijo; pueden cambiar las dos cosas cuando quieran en "Nuestras palabras". Esta noche no hay respuestas correctas y nadie está a prueba. Casi todo el tiempo van a hablar en su dúo, no frente a todo el salón. Si les resulta más fácil, siéntense uno al lado del otro en vez de cara a cara: muchas buenas conversaciones pasan lado a lado.',
      },
      deviceText: {
        en: 'Welcome. Tonight is time for the two of you. Sit however is comfortable: facing each other or side by side.',
        es: 'Bienvenidos. Esta noche es un tiempo para ustedes dos. Siéntense como estén cómodos: cara a cara o lado a lado.',
      },
      notes: {
        debrief: {
          en: 'Say your name and one sentence about why you run these evenings. Point to the toilets, the water and the exits. If a pair arrives late, welcome them by name and let them join at the next segment; do not recap.',
          es: 'Di tu nombre y una frase sobre por qué diriges estas noches. Señala los baños, el agua y las salidas. Si un dúo llega tarde, dale la bienvenida por su nombre y deja que se sume en la siguiente actividad; no repitas lo que ya pasó.',
        },
        safety: {
          en: 'Some sons are here because an adult asked them to be. That is fine: a son who says little tonight can still take a lot home. Do not single out a quiet pair.',
          es: 'Algunos hijos están aquí porque una persona adulta se lo pidió. Está bien: un hijo que habla poco esta noche igual puede llevarse mucho a casa. No pongas en evidencia a un dúo callado.',
        },
      },
    },
    {
      id: 'opening.agreements',
      kind: 'intro',
      title: { en: 'How we work together', es: 'Cómo trabajamos juntos' },
      durationSec: 180,
      script: {
        en: 'Four agreements for tonight, and they are on the screen. One: you can always pass. "Pass" or "not now" is a full answer, for sons and for grown-ups. Two: what is said in your pair stays in your pair. You can talk about your own part of the evening at home, but not about someone else\'s. Three: when you answer a private question, turn your screen away, and do not look at the other one\'s screen. Private answers are seen only by the two of you, when you both choose to reveal. Four: the pause signal. When I raise my hand like this, finish your sentence and look up. Anyone can use it too: if you need a pause in your pair, raise your hand and say "pause". Does everyone agree? Nod if you do.',
        es: 'Esta noche tenemos cuatro acuerdos, y están en la pantalla. Uno: siempre pueden pasar. "Paso" o "ahora no" es una respuesta completa, para los hijos y para las personas adultas. Dos: lo que se dice en su dúo se queda en su dúo. En casa pueden hablar de su propia parte de la noche, pero no de la de otras personas. Tres: cuando respondan una pregunta privada, giren la pantalla para que nadie la vea, y no miren la pantalla del otro. Las respuestas privadas solo las ven ustedes dos, cuando los dos decidan revelarlas. Cuatro: la señal de pausa. Cuando yo levante la mano así, terminen su frase y miren hacia acá. Cualquiera puede usarla también: si necesitan una pausa en su dúo, levanten la mano y digan "pausa". ¿Están todos de acuerdo? Si es así, digan que sí con la cabeza.',
      },
      deviceText: {
        en: '1. You can always pass.\n2. What is said in your pair stays there.\n3. Screens away for private answers.\n4. Raised hand: pause.',
        es: '1. Siempre pueden pasar.\n2. Lo que se dice en el dúo queda ahí.\n3. Respuestas privadas: pantalla tapada.\n4. Mano arriba: pausa.',
      },
      notes: {
        debrief: {
          en: 'Show the raised-hand signal once and practise it: ask everyone to chat with their partner for ten seconds, raise your hand, and wait until the room is quiet. Thank them.',
          es: 'Muestra una vez la señal de la mano levantada y practíquenla: pide a todos que charlen diez segundos en su dúo, levanta la mano y espera a que el salón quede en silencio. Dales las gracias.',
        },
        safety: {
          en: 'The one exception to "stays in your pair": if you hear that someone is being hurt, you cannot keep that secret. Say so kindly if a son asks, and see the safeguarding note (S key) for what to do.',
          es: 'La única excepción a "se queda en su dúo": si te enteras de que alguien está sufriendo daño, no puedes guardar ese secreto. Si un hijo pregunta, díselo con cariño, y mira la nota de protección (tecla S) para saber qué hacer.',
        },
      },
    },
    {
      id: 'opening.check-in',
      kind: 'poll',
      title: { en: 'How we arrive', es: 'Cómo llegamos' },
      durationSec: 120,
      script: {
        en: 'A quick check-in. On your phone, each of you writes one word for how you arrive tonight: tired, curious, hungry, nervous, anything. It is anonymous. The words appear together on the big screen.',
        es: 'Una ronda rápida para ver cómo estamos. En su teléfono, cada uno escribe una palabra sobre cómo llega esta noche: con cansancio, con curiosidad, con hambre, con nervios, lo que sea. Es anónimo. Las palabras aparecen juntas en la pantalla grande.',
      },
      deviceText: {
        en: 'One word for how you arrive tonight. Anonymous: the words appear together on the big screen.',
        es: 'Una palabra sobre cómo llegas esta noche. Es anónimo: las palabras salen juntas en la pantalla grande.',
      },
      question: { en: 'One word for how you arrive tonight?', es: '¿Cómo llegas esta noche, en una palabra?' },
      poll: { type: 'openText', maxLength: 30 },
      audience: 'everyone',
      voter: 'member',
      notes: {
        talkingPoints: [
          {
            en: 'If "tired" or "nervous" is big: "Thank you for coming anyway. Nervous is normal on a first evening; it usually goes after the first talk."',
            es: 'Si "cansada" o "nervios" salen grandes: "Gracias por venir de todos modos. Los nervios son normales la primera noche; casi siempre se van después de la primera charla."',
          },
          {
            en: 'If the words are mostly bright: "Lovely. Let\'s bring that energy into the first topic."',
            es: 'Si casi todas las palabras son alegres: "Qué bonito. Llevemos esa energía al primer tema."',
          },
          {
            en: 'Read out three or four words, never all of them, and never guess who wrote one.',
            es: 'Lee en voz alta tres o cuatro palabras, nunca todas, y nunca adivines quién escribió cuál.',
          },
        ],
      },
    },
  ],
};

export const REVIEW: Frame = {
  id: 'review',
  title: { en: 'Looking back at last week', es: 'Un vistazo a la semana pasada' },
  summary: {
    en: 'What you agreed last time, and how it went. No score, just a look back.',
    es: 'Lo que acordaron la última vez y cómo les fue. Sin calificaciones, solo una mirada atrás.',
  },
  segments: [
    {
      id: 'review.talk',
      kind: 'pairTalk',
      title: { en: 'How did it go?', es: '¿Cómo les fue?' },
      durationSec: 240,
      script: {
        en: 'Welcome back. Last time, each pair agreed on one small thing to try. Take a few minutes in your pair: what was it, did you do it, and how did it go? It is completely fine if it did not happen. What got in the way is just as useful to talk about. Grown-ups, let your son answer first.',
        es: 'Bienvenidos otra vez. La última vez, cada dúo acordó probar una cosa pequeña. Tómense unos minutos en su dúo: ¿qué era?, ¿lo hicieron?, ¿cómo les fue? Está totalmente bien si no pasó. También sirve hablar de lo que se los impidió. Personas adultas: dejen que su hijo responda primero.',
      },
      deviceText: {
        en: 'Last time you agreed on one small thing. Did it happen? How did it go? "It didn\'t happen" is a fine answer.',
        es: 'La última vez acordaron una cosa pequeña. ¿La hicieron? ¿Cómo les fue? "No la hicimos" también es una buena respuesta.',
      },
      prompts: [
        {
          en: 'What did you agree to try last time? If it is not on your screen, say it from memory or look at last week’s handout.',
          es: '¿Qué acordaron probar la última vez? Si no aparece en su pantalla, díganlo de memoria o miren el cuadernillo de la semana pasada.',
        },
        { en: 'Did it happen? What helped, or what got in the way?', es: '¿Lo hicieron? ¿Qué les ayudó, o qué lo impidió?' },
        { en: 'Keep it, change it, or drop it?', es: '¿Lo siguen, lo cambian o lo dejan?' },
      ],
      halfway: { en: 'Halfway: if the son has answered, now {carer}.', es: 'A la mitad: si el hijo ya respondió, ahora {carer}.' },
      bonus: {
        en: 'Tell each other one good moment from the week, however small.',
        es: 'Cuéntense un buen momento de la semana, por pequeño que sea.',
      },
      notes: {
        debrief: {
          en: 'Ask: "Who would like to share one thing that worked? You can pass." Take two answers at most. Then say: "If it did not happen, you are in good company; the point is that you talked about it."',
          es: 'Pregunta: "¿Quién quiere compartir algo que funcionó? Pueden pasar." Toma dos respuestas como máximo. Luego di: "Si no pasó, están en buena compañía; lo importante es que lo hablaron."',
        },
        stuck: [
          {
            en: '"Can you remember what you wrote? Your handout from last time has it on the first page."',
            es: '"¿Se acuerdan de lo que escribieron? Está en la primera página del cuadernillo de la última vez."',
          },
          {
            en: '"What was one good moment between you this week, even a tiny one?"',
            es: '"¿Qué buen momento tuvieron juntos esta semana, aunque sea pequeñito?"',
          },
        ],
      },
    },
  ],
};

export const CLOSING: Frame = {
  id: 'closing',
  title: { en: 'Closing', es: 'Cierre' },
  summary: { en: 'One last round together before you go home.', es: 'Una última ronda juntos antes de irse a casa.' },
  segments: [
    {
      id: 'closing.round',
      kind: 'intro',
      title: { en: 'Closing round', es: 'Ronda de cierre' },
      durationSec: 180,
      script: {
        en: 'We are nearly at the end. Let us go round the room once. Each pair says one thing it takes home tonight: a word, a sentence, a moment. Either of you can speak, and "pass" is fine. Before you leave, turn to each other and say one thing you liked about doing this together.',
        es: 'Ya casi terminamos. Vamos a dar una vuelta por el salón. Cada dúo dice una cosa que se lleva a casa esta noche: una palabra, una frase, un momento. Puede hablar cualquiera de los dos, y "paso" también está bien. Antes de irse, mírense y díganse una cosa que les gustó de hacer esto juntos.',
      },
      deviceText: {
        en: 'Closing round: each pair says one thing it takes home tonight, or passes. Then tell each other one thing you liked about tonight.',
        es: 'Ronda de cierre: cada dúo dice algo que se lleva esta noche, o pasa. Luego díganse algo que les gustó de esta noche.',
      },
      notes: {
        debrief: {
          en: 'Thank each pair after they speak, with no comment on what they said. Keep an eye on the time: with many pairs, ask for "one word" instead of a sentence.',
          es: 'Da las gracias a cada dúo cuando termine de hablar, sin comentar lo que dijo. Cuida el tiempo: si hay muchos dúos, pide "una palabra" en vez de una frase.',
        },
        safety: {
          en: 'If a pair seems upset as they leave, catch them at the door, quietly: "Thank you for coming. Tonight can stir things up. Is there anything you would like to talk about?" The handout lists where to find help.',
          es: 'Si un dúo se ve afectado al irse, acércate en la puerta, con discreción: "Gracias por venir. Esta noche puede remover cosas. ¿Hay algo de lo que quieran hablar?" El cuadernillo dice dónde encontrar ayuda.',
        },
      },
    },
    {
      id: 'closing.word',
      kind: 'poll',
      title: { en: 'How we leave', es: 'Cómo nos vamos' },
      durationSec: 120,
      script: {
        en: 'And one last word, on your phone: how do you leave tonight? Anonymous, no names, one word. Let us see the words together.',
        es: 'Y una última palabra, en su teléfono: ¿cómo se van esta noche? Anónimo, sin nombres, una sola palabra. Veamos las palabras juntos.',
      },
      deviceText: { en: 'One word for how you leave tonight. Anonymous.', es: 'Una palabra sobre cómo te vas esta noche. Es anónimo.' },
      question: { en: 'One word for how you leave tonight?', es: '¿Cómo te vas esta noche, en una palabra?' },
      poll: { type: 'openText', maxLength: 30 },
      audience: 'everyone',
      voter: 'member',
      notes: {
        talkingPoints: [
          {
            en: 'Compare with the check-in words if you remember them: "We came in tired and we leave ... Thank you for the work you did."',
            es: 'Compara con las palabras del inicio si las recuerdas: "Llegamos con cansancio y nos vamos con... Gracias por todo lo que hicieron."',
          },
          {
            en: 'If a heavy word shows up ("sad", "drained"): "Some of tonight was hard. That is what honest talking is like, and it is a good sign you went there."',
            es: 'Si aparece una palabra pesada ("triste", "agotada"): "Parte de esta noche fue difícil. Así son las conversaciones sinceras, y es buena señal que se animaran a llegar ahí."',
          },
        ],
      },
    },
  ],
};

export const FRAMES: Frame[] = [OPENING, REVIEW, CLOSING];
