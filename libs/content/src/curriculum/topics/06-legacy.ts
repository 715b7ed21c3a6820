import type { Topic } from '../../schema/topic';

export const legacy: Topic = {
  id: 'legacy',
  number: 6,
  title: { en: 'What we pass on' },
  summary: { en: 'The values you hope he carries to the people in his life: kindness, not giving up, respect.' },
  keyIdeas: [
    { en: 'Values are passed on more by what we do than by what we say.' },
    {
      en: 'Kindness, not giving up and respect grow from small moments repeated many times, like how you treat a waiter, a neighbor or each other on a bad day.',
    },
    { en: 'It runs both ways: sons shape their mothers\' values too.' },
    { en: 'Talking about values out loud helps him choose them as his own, not just inherit them.' },
  ],
  takeHome: [
    { en: 'Write down one family story, recipe or saying, and who it came from. Keep it somewhere safe.' },
    { en: 'This month, each of you notices one moment when the other showed a value you admire, and says so.' },
    { en: 'Do something kind together for someone outside the family: a neighbor, a friend, a stranger.' },
  ],
  segments: [
    {
      id: 'legacy.intro',
      kind: 'intro',
      title: { en: 'What we pass on' },
      durationSec: 120,
      script: {
        en: 'Every family passes things on: recipes, sayings, a way of laughing, a way of treating people. Some of it we choose, and some of it just happens. Today we talk about the values you want to pass on on purpose, like kindness, not giving up when things get hard, and respect. And it is not only from mother to son. Mothers, what does he already do that makes you proud? Sons, what do you want to carry forward to your friends, and one day maybe to your own family?',
      },
      deviceText: { en: 'Topic 6: What we pass on. The values you hope he carries into his life.' },
    },
    {
      id: 'legacy.talk',
      kind: 'pairTalk',
      title: { en: 'Things worth passing on' },
      durationSec: 420,
      script: {
        en: 'Four questions, seven minutes. Start with the family sayings and recipes, they are an easy way in. Leave a little time for the last question; it is usually the funniest.',
      },
      deviceText: { en: 'Take turns. Start with family sayings and recipes. Save time for the last question.' },
      prompts: [
        { en: 'What saying, habit or recipe has been handed down in your family? Who did it come from?' },
        { en: 'Mom: when have you seen your son be kind, brave or fair, and felt proud?' },
        { en: 'Son: what does your mom do for other people that you would like to do too?' },
        { en: 'Which family habit would you rather NOT pass on?' },
      ],
    },
    {
      id: 'legacy.reveal',
      kind: 'privateReveal',
      title: { en: 'The one value' },
      durationSec: 240,
      script: {
        en: 'Mothers, pick the one value you most hope your son carries into his life. Sons, guess which one your mom picked. Answer alone, then reveal together. If the guess is right, great. If not, that is a great conversation to have.',
      },
      deviceText: { en: 'Mom picks her one value. Son guesses which one. Answer alone, then reveal together.' },
      question: {
        mother: { en: 'If your son could carry just one value from you into his life, which one would you choose?' },
        son: { en: 'Which value do you think your mom most hopes you carry into your life?' },
      },
      answer: {
        type: 'choice',
        options: [
          { id: 'kindness', label: { en: 'Kindness' } },
          { id: 'honesty', label: { en: 'Honesty' } },
          { id: 'not-giving-up', label: { en: 'Not giving up' } },
          { id: 'respect', label: { en: 'Respect for others' } },
          { id: 'courage', label: { en: 'Standing up for what is right' } },
          { id: 'humor', label: { en: 'A sense of humor' } },
        ],
      },
    },
    {
      id: 'legacy.poll',
      kind: 'poll',
      title: { en: 'Values that matter most' },
      durationSec: 180,
      script: {
        en: 'Anonymous poll, mothers and sons separately. Pick the two values that matter most to you. We will compare what the mothers chose with what the sons chose.',
      },
      deviceText: { en: 'Anonymous. Mothers and sons answer separately. Pick two.' },
      question: { en: 'Which two values matter most to you?' },
      poll: {
        type: 'multiple',
        maxChoices: 2,
        options: [
          { id: 'kindness', label: { en: 'Kindness' } },
          { id: 'honesty', label: { en: 'Honesty' } },
          { id: 'not-giving-up', label: { en: 'Not giving up' } },
          { id: 'respect', label: { en: 'Respect' } },
          { id: 'courage', label: { en: 'Courage' } },
          { id: 'humor', label: { en: 'Humor' } },
          { id: 'hard-work', label: { en: 'Hard work' } },
        ],
      },
      audience: 'byRole',
      voter: 'member',
    },
    {
      id: 'legacy.deeper',
      kind: 'pairTalk',
      title: { en: 'A note for later' },
      durationSec: 300,
      script: {
        en: 'Together, imagine a short note for later. What would you want him to remember about the values you talked about today? You do not have to write it; just talk it through.',
      },
      deviceText: { en: 'Imagine a short note for later, together. What should it say?' },
      prompts: [
        {
          teen: { en: 'Imagine a note for the son to open in ten years. What should it remind him of?' },
          adult: {
            en: 'Imagine a note to the people who will know him later: friends, a partner, maybe his own children. What should they know about what he learned at home?',
          },
        },
        { en: 'Which one thing in that note would you underline twice?' },
      ],
    },
    {
      id: 'legacy.commitment',
      kind: 'commitment',
      title: { en: 'Living a value this week' },
      durationSec: 120,
      script: {
        en: 'Choose one way to practice a value together this week, something you can actually see yourselves doing. Write it down for your handout.',
      },
      deviceText: { en: 'Choose one way to practice a value together this week. Write it down.' },
      prompt: { en: 'How will we practice one value together this week?' },
      examples: [
        { en: 'We do one kind thing together for a neighbor.' },
        {
          teen: { en: 'We cook a family recipe together and Mom tells the story behind it.' },
          adult: { en: 'We ask an older relative for a family story and share it with each other.' },
        },
      ],
    },
  ],
};
