import type { Topic } from '../../schema/topic';

export const learningTogether: Topic = {
  id: 'learning-together',
  number: 8,
  title: { en: 'He teaches too' },
  summary: { en: 'Your son knows things worth learning. Learning from each other builds respect both ways.' },
  keyIdeas: [
    { en: 'Sons are teachers too. Asking him to teach you says: what you know matters.' },
    { en: 'Learning side by side makes you more equal, and builds respect both ways.' },
    { en: 'Seeing something differently is not a threat. It is a chance to learn something.' },
    { en: 'It takes courage to be a beginner in front of each other, and it builds trust.' },
  ],
  takeHome: [
    { en: 'Swap lessons this month: one from him, one from you.' },
    { en: 'Start something new together that neither of you knows yet: a language, a sport, a craft, a card game.' },
    {
      teen: { en: 'Mom: ask for his opinion on a real decision in your life, and take it seriously.' },
      adult: { en: 'Mom: ask for his view on a real decision in your life, and take it seriously, even if you decide differently.' },
    },
  ],
  segments: [
    {
      id: 'learning-together.intro',
      kind: 'intro',
      title: { en: 'He teaches too' },
      durationSec: 120,
      script: {
        en: 'Mothers teach their sons so much: tying shoes, riding a bike, saying sorry. But your son is a teacher too. He knows things you don\'t: a game, a skill, a trick on the phone, how his friends see the world. When a mother asks to be taught, something changes. He feels that what he knows counts, and you become learners side by side. That builds equality and respect, in both directions.',
      },
      deviceText: { en: 'Topic 8: He teaches too. What you can learn from each other.' },
    },
    {
      id: 'learning-together.talk',
      kind: 'pairTalk',
      title: { en: 'What I could teach you' },
      durationSec: 420,
      script: {
        en: 'Sons start this time. Tell your mom what you know that she doesn\'t. Mothers, be curious, and be honest about what you have already learned from him, even if you never said it.',
      },
      deviceText: { en: 'Take turns, son first. What could you teach each other?' },
      prompts: [
        { en: 'Son: what do you know how to do that your mom doesn\'t? Could you teach her?' },
        { en: 'Mom: what have you learned from your son, maybe without him noticing?' },
        { en: 'What is something you see differently? What could each of you learn from the other\'s view?' },
      ],
    },
    {
      id: 'learning-together.reveal',
      kind: 'privateReveal',
      title: { en: 'What I would like to learn from you' },
      durationSec: 240,
      script: {
        en: 'Each of you writes alone one thing you would like the other one to teach you. It can be small, like a card trick, or big, like how to stay calm. Then reveal together and see if you could swap lessons.',
      },
      deviceText: { en: 'Write alone one thing you would like the other one to teach you. Then reveal together.' },
      question: {
        mother: { en: 'What would you like your son to teach you?' },
        son: { en: 'What would you like your mom to teach you?' },
      },
      answer: { type: 'text', maxLength: 150 },
    },
    {
      id: 'learning-together.poll',
      kind: 'poll',
      title: { en: 'Who learns more?' },
      durationSec: 180,
      script: {
        en: 'Anonymous poll, mothers and sons separately. Right now, who learns more from whom? This one often shows a surprising gap between the two groups.',
      },
      deviceText: { en: 'Anonymous. Mothers and sons answer separately.' },
      question: { en: 'Right now, who learns more from the other?' },
      poll: {
        type: 'single',
        options: [
          { id: 'mom-learns', label: { en: 'Mom learns more from her son' } },
          { id: 'son-learns', label: { en: 'The son learns more from his mom' } },
          { id: 'same', label: { en: 'About the same' } },
          { id: 'not-sure', label: { en: 'Not sure' } },
        ],
      },
      audience: 'byRole',
      voter: 'member',
    },
    {
      id: 'learning-together.deeper',
      kind: 'pairTalk',
      title: { en: 'A two-minute lesson' },
      durationSec: 300,
      script: {
        en: 'Sons, right now you teach your mom something small in two minutes: a hand trick, a word from your game, a phone shortcut, how to draw something. Mothers, be a good student. Then talk about how it felt to swap roles.',
      },
      deviceText: { en: 'Son teaches Mom something small in two minutes. Then talk about how it felt.' },
      prompts: [
        { en: 'Son: teach your mom something small right now, in two minutes.' },
        { en: 'Mom: what was it like to be the learner? Son: what was it like to be the teacher?' },
      ],
    },
    {
      id: 'learning-together.commitment',
      kind: 'commitment',
      title: { en: 'Book a lesson' },
      durationSec: 120,
      script: {
        en: 'Book one lesson for this week: who teaches what, and when. Write it down for your handout.',
      },
      deviceText: { en: 'Book one lesson this week: who teaches what, and when?' },
      prompt: { en: 'Who will teach what this week, and when?' },
      examples: [
        {
          teen: { en: 'On Saturday, he teaches his mom his favorite game for twenty minutes.' },
          adult: { en: 'On our next visit, he shows his mom something from his work or a hobby she knows nothing about.' },
        },
        { en: 'Mom teaches him a recipe she learned from her own mother.' },
      ],
    },
  ],
};
