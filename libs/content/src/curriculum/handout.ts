import type { Handout } from '../schema/handout';

/** The closing pages of every handout: the themes of the whole workshop. */
export const HANDOUT: Handout = {
  startHere: {
    title: { en: 'Start here' },
    intro: {
      en: 'This page is for the fridge. It has what you agreed to try, and a line to note how it went. One small thing, tried for real, counts for more than a list of good plans.',
    },
    howDidItGo: { en: 'How did it go? (write it here after a week)' },
    keyPhrasesTitle: { en: 'Three phrases to keep' },
    keyPhrases: [
      { en: '"Do you want advice, or should I just listen?"' },
      { en: '"Thank you for telling me."' },
      { en: '"I got that wrong. Can we try again?"' },
    ],
  },
  resources: {
    title: { en: 'If you need more help' },
    intro: {
      en: 'Sometimes a conversation opens something bigger than one evening can hold. Asking for help is a strength. These are places to start:',
    },
    defaults: [
      { en: 'Your son\'s school: his form tutor, the school counsellor or the pastoral team.' },
      { en: 'Your family doctor, who can also point you to counselling for young people and for parents.' },
      { en: 'Local family support services: ask your council or your community centre what is near you.' },
      { en: 'A crisis line for young people or for adults, open day and night; your facilitator can give you the local number.' },
      { en: 'If someone is in danger right now: call the emergency number.' },
    ],
  },
  title: { en: 'Keeping the bond going' },
  intro: {
    en: 'What you did today is not a one-off. The bond between a mother and her son is something you practice, like a sport or an instrument: a little, and often.',
  },
  sections: [
    {
      id: 'small-gestures',
      title: { en: 'Small things beat big events' },
      tips: [
        {
          teen: { en: 'A note in a lunchbox or a message that says "thinking of you" can mean more than a big day out once a year.' },
          adult: { en: 'A message that says "thinking of you" can mean more than a big family party once a year.' },
        },
        {
          teen: { en: 'Notice the moments that already happen: the way to school, doing the dishes, the walk to the shop.' },
          adult: { en: 'Notice the moments that already happen: the drive from the station, doing the dishes, a quick call on the way home.' },
        },
        { en: 'An honest conversation, even a short one, is worth more than an expensive present.' },
      ],
    },
    {
      id: 'one-on-one',
      title: { en: 'Time for just the two of you' },
      tips: [
        {
          teen: { en: 'Set a regular time that is only yours: a weekly walk, a Saturday breakfast, the way to school.' },
          adult: { en: 'Set a regular time that is only yours: a Sunday call, a monthly lunch, a walk whenever you visit.' },
        },
        { en: 'Put your phones away for it, both of you.' },
        { en: 'Keep it going when life gets busy. A short time together is better than a skipped one.' },
      ],
    },
    {
      id: 'listening',
      title: { en: 'Listening without judging' },
      tips: [
        { en: 'Listen to the end before you answer.' },
        { en: 'Ask: "Do you want advice, or should I just listen?"' },
        {
          en: 'Stay calm when you hear something hard. A calm first reaction makes the next hard thing easier to say. If you got it wrong, go back: "I reacted badly. Can you tell me again?"',
        },
        { en: 'Be easy to talk to: look up from your screen when the other one starts talking.' },
      ],
    },
    {
      id: 'everyday-moments',
      title: { en: 'Everyday moments' },
      tips: [
        { en: 'Cook together, even when it goes wrong. Especially when it goes wrong.' },
        {
          en: 'Bus rides, car rides, walks, meals and chores are great for talking, because you are side by side and don\'t have to look at each other.',
        },
        { en: 'Go on small adventures: a new trail, a new recipe, a bus to somewhere neither of you has been.' },
      ],
    },
    {
      id: 'shared-interests',
      title: { en: 'Visiting each other\'s worlds' },
      tips: [
        { en: 'Learn about what the other one loves: his game, her music, his team, her garden.' },
        { en: 'Ask to be shown, not just told. Ten minutes of playing his game teaches you more than an hour of hearing about it.' },
        { en: 'Being interested in what the other loves builds empathy, and gives you things to talk about for years.' },
      ],
    },
  ],
  closing: {
    en: 'Your bond is something you keep practicing. Some weeks it will go well and some weeks it won\'t. Just come back to it: one small gesture, one honest conversation at a time.',
  },
};
