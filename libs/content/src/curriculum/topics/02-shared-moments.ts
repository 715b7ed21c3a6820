import type { Topic } from '../../schema/topic';

export const sharedMoments: Topic = {
  id: 'shared-moments',
  number: 2,
  title: { en: 'The moments inside what we do together' },
  summary: { en: 'It is not the activity that counts most, but what happens between you while you do it.' },
  keyIdeas: [
    { en: 'Football, drawing, cooking or a walk give you a place to be together. The bond grows from what happens inside them.' },
    { en: 'Laughing together at a kitchen disaster is a memory in the making. Being quiet side by side counts too.' },
    { en: 'Talking about a moment afterwards ("Remember the pancake on the ceiling?") keeps it alive for both of you.' },
  ],
  takeHome: [
    {
      en: 'Keep a "good moments" list on the fridge or in a shared note: every time something small and good happens between you, add one line.',
    },
  ],
  segments: [
    {
      id: 'shared-moments.intro',
      kind: 'intro',
      title: { en: 'The moments inside what we do together' },
      durationSec: 120,
      script: {
        en: 'Think of a time you cooked something together and it went wrong: the pancake that stuck to the ceiling, the cake that sank in the middle. Years later, that is what you laugh about, not the dinners that went perfectly. Sport, art, cooking and walks give you a place to be together, but the bond grows from what happens inside them: the joke, the quiet moment on a trail, the thing one of you said while you were both looking at the road or the washing-up. Sons and grown-ups, tonight you get to notice those moments together.',
      },
      deviceText: { en: 'The moments inside what you do together. Not what you did, but what happened between you.' },
    },
    {
      id: 'shared-moments.talk',
      kind: 'pairTalk',
      title: { en: 'Our best disaster' },
      durationSec: 300,
      script: {
        en: 'This one should be fun. Tell each other about things you have done together, especially the ones that went wrong in a funny way. Sons start. At halfway the screen says swap. If you remember the same story differently, even better: tell both versions.',
      },
      deviceText: { en: 'Son first, swap at halfway. Funny disasters welcome. Two versions of one story are even better.' },
      prompts: [
        { en: 'What is something you did together that went wrong in a funny way? Who remembers it differently?' },
        { en: 'What do you like doing together most? What exactly do you like about it: the doing, the talking, the snacks?' },
        { en: 'Can you remember being together without needing to talk at all, like on a walk or a long bus ride? What was that like?' },
      ],
      halfway: { en: 'Halfway: swap. Now {carer} tells, and the son listens.' },
      bonus: { en: 'What does the other one love doing that you have never tried with them?' },
      notes: {
        debrief: {
          en: 'Invite one funny disaster for the room: "Who has a disaster worth sharing? You can pass." Laughing together here warms the room for what comes next.',
        },
        stuck: [
          { en: '"What about a birthday, a holiday, or a day when the weather ruined the plan?"' },
          { en: '"Not many shared activities yet? Then pick an everyday one: breakfast, the way to school, the shopping."' },
        ],
      },
    },
    {
      id: 'shared-moments.reveal',
      kind: 'privateReveal',
      title: { en: 'A moment I still smile about' },
      durationSec: 240,
      script: {
        en: 'Now each of you writes, alone, one moment with the other that you still smile about. A few words is enough, like "the rainy bike ride" or "when we got lost at the zoo". Screens turned away. When you are both done, reveal together. Did you pick the same one? If not, tell each other about yours.',
      },
      deviceText: { en: 'Write one moment you still smile about, alone. Then reveal together: did you pick the same one?' },
      question: {
        mother: { en: 'Write one moment with your son that still makes you smile. A few words is enough.' },
        son: { en: 'Write one moment with {carer} that still makes you smile. A few words is enough.' },
      },
      answer: { type: 'text', maxLength: 200 },
      notes: {
        debrief: { en: 'Ask for a show of hands: "Who picked the same moment?" Then move on; the moments themselves stay in the pair.' },
      },
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
          { id: 'car', label: { en: 'On the way somewhere: car, bus, walking' } },
          { id: 'meals', label: { en: 'At meals' } },
          { id: 'bedtime', label: { en: 'At bedtime or late in the evening' } },
          { id: 'cooking', label: { en: 'Cooking or doing chores' } },
          { id: 'sport-games', label: { en: 'Playing a sport or a game' } },
          { id: 'phone', label: { en: 'On the phone or by message' } },
          { id: 'not-many', label: { en: 'We don\'t have many yet' } },
        ],
      },
      audience: 'everyone',
      voter: 'pair',
      notes: {
        talkingPoints: [
          { en: 'If "on the way somewhere" or "chores" wins: "Side by side, nobody has to look at anybody. That is why those talks work. Use it."' },
          { en: 'If "we don\'t have many yet" shows up: "Then you are in the right room. The next topics are exactly about that."' },
          { en: 'If the answers are spread out: "Every family has its own spot. Notice yours and protect it."' },
        ],
      },
    },
    {
      id: 'shared-moments.deeper',
      kind: 'pairTalk',
      title: { en: 'Plan a small adventure' },
      durationSec: 300,
      script: {
        en: 'Now plan something small you could do together soon. Not a big holiday: something close and cheap, like a path you have never walked, a recipe neither of you has cooked, or a bus ride to somewhere new. Each of you adds one thing that would make it fun for you.',
      },
      deviceText: { en: 'Plan one small adventure. Each of you adds one thing that would make it fun.' },
      prompts: [
        {
          teen: { en: 'What small adventure could you do this month? A new path, a new recipe, a bus ride to somewhere new?' },
          adult: { en: 'What small adventure could you do next time you see each other? A new path, a new recipe, a place neither of you knows?' },
        },
        { en: 'What would make it fun for you? What would make it fun for the other one?' },
      ],
      halfway: { en: 'Halfway: if the son has picked, now {carer} adds an idea.' },
      bonus: { en: 'Pick a day and write it in your phones.' },
      notes: {
        debrief: { en: 'Ask two pairs what they planned, if they want to share. It gives other pairs ideas.' },
        stuck: [
          { en: '"It can be free: a park you have never been to, a library, a market."' },
          { en: '"Son, you choose the place. Grown-up, you choose the snack."' },
        ],
      },
    },
    {
      id: 'shared-moments.commitment',
      kind: 'commitment',
      title: { en: 'One everyday moment' },
      durationSec: 120,
      script: {
        en: 'You do not need a special day out. Pick one everyday moment this week and make it count: a walk without phones, a meal you cook together, the way to school. Write it down; it goes on your handout.',
      },
      deviceText: { en: 'Pick one everyday moment this week to share on purpose. Write it down for your handout.' },
      prompt: { en: 'Which everyday moment will we share on purpose this week?' },
      examples: [
        {
          teen: { en: 'We cook dinner together once this week, and the son picks the recipe.' },
          adult: { en: 'Next time we see each other, we cook one meal together, and the son picks what.' },
        },
        {
          teen: { en: 'One trip this week, by bus, car or on foot, with phones away.' },
          adult: { en: 'One walk together this week with both phones left in our pockets.' },
        },
      ],
      notes: { debrief: { en: 'Remind pairs: small and real beats big and someday.' } },
    },
  ],
};
