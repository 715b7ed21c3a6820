import type { Topic } from '../../schema/topic';

export const sharedMoments: Topic = {
  id: 'shared-moments',
  number: 2,
  title: { en: 'The moments inside what we do together' },
  summary: { en: 'It is not the activity that counts most, but what happens between you while you do it.' },
  keyIdeas: [
    { en: 'Football, drawing, cooking or a walk give you a place to be together. The bond grows from what happens inside them.' },
    { en: 'Laughing together at a kitchen disaster is a memory in the making. Things do not have to go perfectly.' },
    { en: 'Being quiet side by side counts too. Not every good moment needs words.' },
    { en: 'Talking about a moment afterwards ("Remember the pancake on the ceiling?") keeps it alive for both of you.' },
  ],
  takeHome: [
    {
      en: 'Keep a "good moments" list on the fridge or in a shared note: every time something small and good happens between you, add one line.',
    },
    {
      en: 'Swap for an afternoon: each of you teaches the other something you love, like a game, a song, a recipe or a trick shot.',
    },
    {
      teen: { en: 'Do one thing side by side where talking is optional: a walk, a jigsaw puzzle, washing the car.' },
      adult: {
        en: 'Next time you visit, do one thing side by side where talking is optional: a walk, fixing something, cooking.',
      },
    },
  ],
  segments: [
    {
      id: 'shared-moments.intro',
      kind: 'intro',
      title: { en: 'The moments inside what we do together' },
      durationSec: 120,
      script: {
        en: 'Think of a time you cooked something together and it went wrong: the pancake that stuck to the ceiling, the cake that sank in the middle. Years later, that is what you laugh about, not the dinners that went perfectly. Sport, art, cooking and walks give you a place to be together, but the bond grows from what happens inside them: the joke, the quiet moment on a trail, the thing he told you while you were both looking at the road. Today we are going to notice those moments.',
      },
      deviceText: { en: 'Topic 2: The moments inside what you do together. Not what you did, but what happened between you.' },
    },
    {
      id: 'shared-moments.talk',
      kind: 'pairTalk',
      title: { en: 'Our best disaster' },
      durationSec: 420,
      script: {
        en: 'This one should be fun. Tell each other about things you have done together, especially the ones that went wrong in a funny way. Sons, you start this time. If you remember the same story differently, even better: tell both versions.',
      },
      deviceText: { en: 'Take turns, son first. Funny disasters are welcome. Two versions of one story are even better.' },
      prompts: [
        { en: 'What is something you did together that went wrong in a funny way? Who remembers it differently?' },
        { en: 'What do you like doing together most? What exactly do you like about it: the doing, the talking, the snacks?' },
        { en: 'Can you remember being together without needing to talk at all, like on a walk or a long drive? What was that like?' },
        { en: 'What does the other one love doing that you have never tried with them?' },
      ],
    },
    {
      id: 'shared-moments.reveal',
      kind: 'privateReveal',
      title: { en: 'A moment I still smile about' },
      durationSec: 240,
      script: {
        en: 'Now each of you writes, alone, one moment with the other person that you still smile about. Just a few words is enough, like "the rainy bike ride" or "when we got lost at the zoo". When you are both done, reveal together. See if you picked the same moment, and if not, tell each other about yours.',
      },
      deviceText: { en: 'Write one moment you still smile about, alone. Then reveal together and see if you picked the same one.' },
      question: {
        mother: { en: 'Write one moment with your son that still makes you smile. A few words is enough.' },
        son: { en: 'Write one moment with your mom that still makes you smile. A few words is enough.' },
      },
      answer: { type: 'text', maxLength: 200 },
    },
    {
      id: 'shared-moments.poll',
      kind: 'poll',
      title: { en: 'Where our best talks happen' },
      durationSec: 180,
      script: {
        en: 'One vote per pair this time, so agree together. Where do your best conversations happen? Pick up to two. We will see the whole room\'s answers, without names.',
      },
      deviceText: { en: 'One vote per pair: agree together and pick up to two. Anonymous.' },
      question: { en: 'Where do your best talks happen?' },
      poll: {
        type: 'multiple',
        maxChoices: 2,
        options: [
          { id: 'car', label: { en: 'In the car' } },
          { id: 'meals', label: { en: 'At meals' } },
          { id: 'walks', label: { en: 'On walks' } },
          { id: 'cooking', label: { en: 'Cooking or doing chores' } },
          { id: 'late-evening', label: { en: 'Late in the evening' } },
          { id: 'sport-games', label: { en: 'Playing a sport or a game' } },
          { id: 'phone', label: { en: 'On the phone or by message' } },
        ],
      },
      audience: 'everyone',
      voter: 'pair',
    },
    {
      id: 'shared-moments.deeper',
      kind: 'pairTalk',
      title: { en: 'Plan a small adventure' },
      durationSec: 300,
      script: {
        en: 'Now plan something small you could do together in the next month. Not a big holiday: something close and cheap, like a trail you have never walked, a recipe neither of you has cooked, or a bus ride to somewhere new. Each of you adds one thing that would make it fun for you.',
      },
      deviceText: { en: 'Plan one small adventure for the next month. Each of you adds one thing that would make it fun.' },
      prompts: [
        {
          teen: {
            en: 'What small adventure could you do in the next month? A new trail, a new recipe, a bus ride to somewhere new?',
          },
          adult: {
            en: 'What small adventure could you do next time you see each other? A new trail, a new recipe, a place neither of you knows?',
          },
        },
        { en: 'What would make it fun for you? What would make it fun for the other one?' },
      ],
    },
    {
      id: 'shared-moments.commitment',
      kind: 'commitment',
      title: { en: 'One everyday moment' },
      durationSec: 120,
      script: {
        en: 'You do not need a special day out. Pick one everyday moment this week and make it count: a car ride without the radio, a meal you cook together, a walk after dinner. Write it down; it goes on your handout.',
      },
      deviceText: { en: 'Pick one everyday moment this week to share on purpose. Write it down for your handout.' },
      prompt: { en: 'Which everyday moment will we share on purpose this week?' },
      examples: [
        {
          teen: { en: 'We cook dinner together once this week, and he picks the recipe.' },
          adult: { en: 'When he visits, we cook one meal together, and he picks what.' },
        },
        {
          teen: { en: 'One car ride this week with phones away and the radio off.' },
          adult: { en: 'One walk together this month with both phones left in our pockets.' },
        },
      ],
    },
  ],
};
