import type { Frame } from '../schema/frame';

// The frame every evening needs around its topics. Scripts and projector lines say
// "grown-up" and "son" rather than "Mom": the room has grandmothers, aunts and foster
// mothers too.

export const OPENING: Frame = {
  id: 'opening',
  title: { en: 'Welcome' },
  summary: { en: 'Settling in: how we work together tonight, and how each of you arrives.' },
  segments: [
    {
      id: 'opening.welcome',
      kind: 'intro',
      title: { en: 'Welcome' },
      durationSec: 120,
      script: {
        en: 'Welcome, all of you. I am glad you came. Tonight is time for two people: each grown-up here and the son who came with them. Some of you are mothers, some are grandmothers, aunts or foster mothers. On your phones each pair chose its own word for the grown-up, the name the son really uses, and how old the son is; you can change both at any time under "Our words". There are no right answers tonight and nobody is tested. Most of the time you will talk in your pair, not in front of the room. Sit side by side if that is easier than facing each other: plenty of good talks happen side by side.',
      },
      deviceText: { en: 'Welcome. Tonight is time for the two of you. Sit however is comfortable: facing each other or side by side.' },
      notes: {
        debrief: {
          en: 'Say your name and one sentence about why you run these evenings. Point to the toilets, the water and the exits. If a pair arrives late, welcome them by name and let them join at the next segment; do not recap.',
        },
        safety: {
          en: 'Some sons are here because an adult asked them to be. That is fine: a son who says little tonight can still take a lot home. Do not single out a quiet pair.',
        },
      },
    },
    {
      id: 'opening.agreements',
      kind: 'intro',
      title: { en: 'How we work together' },
      durationSec: 180,
      script: {
        en: 'Four agreements for tonight, and they are on the screen. One: you can always pass. "Pass" or "not now" is a full answer, for sons and for grown-ups. Two: what is said in your pair stays in your pair. You can talk about your own part of the evening at home, but not about someone else\'s. Three: when you answer a private question, turn your screen away, and do not look at the other one\'s screen. Private answers are seen only by the two of you, when you both choose to reveal. Four: the pause signal. When I raise my hand like this, finish your sentence and look up. Anyone can use it too: if you need a pause in your pair, raise your hand and say "pause". Does everyone agree? Nod if you do.',
      },
      deviceText: {
        en: '1. You can always pass.\n2. What is said in your pair stays there.\n3. Screens away for private answers.\n4. Raised hand: pause.',
      },
      notes: {
        debrief: {
          en: 'Show the raised-hand signal once and practise it: ask everyone to chat with their partner for ten seconds, raise your hand, and wait until the room is quiet. Thank them.',
        },
        safety: {
          en: 'The one exception to "stays in your pair": if you hear that someone is being hurt, you cannot keep that secret. Say so kindly if a son asks, and see the safeguarding note (S key) for what to do.',
        },
      },
    },
    {
      id: 'opening.check-in',
      kind: 'poll',
      title: { en: 'How we arrive' },
      durationSec: 120,
      script: {
        en: 'A quick check-in. On your phone, each of you writes one word for how you arrive tonight: tired, curious, hungry, nervous, anything. It is anonymous. The words appear together on the big screen.',
      },
      deviceText: { en: 'One word for how you arrive tonight. Anonymous: the words appear together on the big screen.' },
      question: { en: 'One word for how you arrive tonight?' },
      poll: { type: 'openText', maxLength: 30 },
      audience: 'everyone',
      voter: 'member',
      notes: {
        talkingPoints: [
          { en: 'If "tired" or "nervous" is big: "Thank you for coming anyway. Nervous is normal on a first evening; it usually goes after the first talk."' },
          { en: 'If the words are mostly bright: "Lovely. Let\'s bring that energy into the first topic."' },
          { en: 'Read out three or four words, never all of them, and never guess who wrote one.' },
        ],
      },
    },
  ],
};

export const REVIEW: Frame = {
  id: 'review',
  title: { en: 'Looking back at last week' },
  summary: { en: 'What you agreed last time, and how it went. No score, just a look back.' },
  segments: [
    {
      id: 'review.talk',
      kind: 'pairTalk',
      title: { en: 'How did it go?' },
      durationSec: 240,
      script: {
        en: 'Welcome back. Last time, each pair agreed on one small thing to try. Take a few minutes in your pair: what was it, did you do it, and how did it go? It is completely fine if it did not happen. What got in the way is just as useful to talk about. Grown-ups, let your son answer first.',
      },
      deviceText: { en: 'Last time you agreed on one small thing. Did it happen? How did it go? "It didn\'t happen" is a fine answer.' },
      prompts: [
        { en: 'What did you agree to try last time? If it is not on your screen, say it from memory or look at last week’s handout.' },
        { en: 'Did it happen? What helped, or what got in the way?' },
        { en: 'Keep it, change it, or drop it?' },
      ],
      halfway: { en: 'Halfway: if the son has answered, now {carer}.' },
      bonus: { en: 'Tell each other one good moment from the week, however small.' },
      notes: {
        debrief: {
          en: 'Ask: "Who would like to share one thing that worked? You can pass." Take two answers at most. Then say: "If it did not happen, you are in good company; the point is that you talked about it."',
        },
        stuck: [
          { en: '"Can you remember what you wrote? Your handout from last time has it on the first page."' },
          { en: '"What was one good moment between you this week, even a tiny one?"' },
        ],
      },
    },
  ],
};

export const CLOSING: Frame = {
  id: 'closing',
  title: { en: 'Closing' },
  summary: { en: 'One last round together before you go home.' },
  segments: [
    {
      id: 'closing.round',
      kind: 'intro',
      title: { en: 'Closing round' },
      durationSec: 180,
      script: {
        en: 'We are nearly at the end. Let us go round the room once. Each pair says one thing it takes home tonight: a word, a sentence, a moment. Either of you can speak, and "pass" is fine. Before you leave, turn to each other and say one thing you liked about doing this together.',
      },
      deviceText: {
        en: 'Closing round: each pair says one thing it takes home tonight, or passes. Then tell each other one thing you liked about tonight.',
      },
      notes: {
        debrief: {
          en: 'Thank each pair after they speak, with no comment on what they said. Keep an eye on the time: with many pairs, ask for "one word" instead of a sentence.',
        },
        safety: {
          en: 'If a pair seems upset as they leave, catch them at the door, quietly: "Thank you for coming. Tonight can stir things up. Is there anything you would like to talk about?" The handout lists where to find help.',
        },
      },
    },
    {
      id: 'closing.word',
      kind: 'poll',
      title: { en: 'How we leave' },
      durationSec: 120,
      script: {
        en: 'And one last word, on your phone: how do you leave tonight? Anonymous, no names, one word. Let us see the words together.',
      },
      deviceText: { en: 'One word for how you leave tonight. Anonymous.' },
      question: { en: 'One word for how you leave tonight?' },
      poll: { type: 'openText', maxLength: 30 },
      audience: 'everyone',
      voter: 'member',
      notes: {
        talkingPoints: [
          { en: 'Compare with the check-in words if you remember them: "We came in tired and we leave ... Thank you for the work you did."' },
          { en: 'If a heavy word shows up ("sad", "drained"): "Some of tonight was hard. That is what honest talking is like, and it is a good sign you went there."' },
        ],
      },
    },
  ],
};

export const FRAMES: Frame[] = [OPENING, REVIEW, CLOSING];
