import type { Topic } from '../../schema/topic';

export const boundaries: Topic = {
  id: 'boundaries',
  number: 4,
  title: { en: 'Room to grow, with a safety net' },
  summary: { en: 'Knowing when to guide and when to step back, and agreeing on it together.' },
  keyIdeas: [
    { en: 'Boundaries are about inner space too: your own thoughts, moods and privacy. That goes for him and for you.' },
    { en: 'The aim is not to hold him back. It is independence with a safety net: room to try, and someone there if it goes wrong.' },
    { en: 'Guide or step back? Asking "What kind of help do you want?" often answers the question.' },
    { en: 'Boundaries should grow as he grows. Talk about them again every so often, calmly, and not only in the middle of a fight.' },
  ],
  takeHome: [
    {
      teen: { en: 'Every few months, pick a calm moment to look at one house rule together: keep it, change it, or drop it.' },
      adult: {
        en: 'Every few months, look at one habit between you together (calls, visits, advice): keep it, change it, or drop it.',
      },
    },
    { en: 'Practice asking: "Do you want my help, my opinion, or just my ear?"' },
    { en: 'Each of you names one space that is yours, like a time, a place or a subject, and tells the other how to respect it.' },
  ],
  segments: [
    {
      id: 'boundaries.intro',
      kind: 'intro',
      title: { en: 'Room to grow, with a safety net' },
      durationSec: 120,
      script: {
        teen: {
          en: 'When people hear "boundaries", they often think of rules: when to be home, how long on the phone, knock before you come in. Those matter. But boundaries are also about inner space: his right to his own thoughts, moods and privacy, and yours too. A good boundary is not a wall. It is independence with a safety net: room to try things, and someone there if it goes wrong. And because he keeps growing, boundaries are worth talking about again and again.',
        },
        adult: {
          en: 'When people hear "boundaries", they often think of rules. With a grown son, they are more like habits: how often you call, whether you drop by, when advice is welcome. But boundaries are also about inner space: his right to his own thoughts, moods and choices, and yours too. A good boundary is not a wall. It is independence with a safety net: room to live his own life, and someone there if it goes wrong. And because life keeps changing, boundaries are worth talking about again and again.',
        },
      },
      deviceText: { en: 'Topic 4: Room to grow, with a safety net. When to step in, and when to step back.' },
    },
    {
      id: 'boundaries.talk',
      kind: 'pairTalk',
      title: { en: 'Where is the line?' },
      durationSec: 420,
      script: {
        en: 'Talk about where the lines are between you today. Mothers start. Remember that boundaries run both ways: mothers need space too. Keep it curious, not a negotiation yet; that comes later.',
      },
      deviceText: { en: 'Take turns, Mom first. Be curious. This is not the moment to argue about the rules.' },
      prompts: [
        {
          teen: { en: 'What is something you would like to decide for yourself that the other one still decides?' },
          adult: { en: 'What is a decision that is yours alone now, where the other one\'s advice still arrives anyway?' },
        },
        { en: 'When do you want the other one to step in, and when do you want them to step back?' },
        {
          teen: {
            en: 'Which of your boundaries does the other one sometimes cross without meaning to? Walking in without knocking, reading over your shoulder, advice you didn\'t ask for?',
          },
          adult: {
            en: 'Which of your boundaries does the other one sometimes cross without meaning to? Dropping by unannounced, questions about money, advice you didn\'t ask for?',
          },
        },
      ],
    },
    {
      id: 'boundaries.reveal',
      kind: 'privateReveal',
      title: { en: 'Guide or step back?' },
      durationSec: 240,
      script: {
        en: 'Here is a situation. Mothers, choose what you would do. Sons, choose what you would want your mom to do. Answer alone, then reveal together. If your answers differ, that is useful to know, not a problem.',
      },
      deviceText: { en: 'Mom: what would you do? Son: what would you want her to do? Answer alone, then reveal.' },
      question: {
        mother: {
          teen: { en: 'Your son has a big school project due tomorrow and hasn\'t started. What do you do?' },
          adult: { en: 'Your son is thinking about quitting his job with nothing else lined up. What do you do?' },
        },
        son: {
          teen: { en: 'You have a big school project due tomorrow and haven\'t started. What do you want your mom to do?' },
          adult: {
            en: 'You are thinking about quitting your job with nothing else lined up. What do you want your mom to do?',
          },
        },
      },
      answer: {
        type: 'choice',
        options: [
          { id: 'step-in', label: { en: 'Step in and help make a plan' } },
          { id: 'mention-once', label: { en: 'Mention it once, then step back' } },
          { id: 'stay-out', label: { en: 'Stay out of it and let it play out' } },
          { id: 'ask', label: { en: 'Ask him what kind of help he wants' } },
        ],
      },
    },
    {
      id: 'boundaries.poll',
      kind: 'poll',
      title: { en: 'How much say?' },
      durationSec: 180,
      script: {
        en: 'Anonymous poll, mothers and sons separately. How much say does the son have over his own life right now? We will look at the two groups side by side. If there is a gap, you are in good company.',
      },
      deviceText: { en: 'Anonymous. Mothers and sons answer separately.' },
      question: { en: 'How much say does the son have over his own life right now?' },
      poll: {
        type: 'scale',
        min: 1,
        max: 5,
        minLabel: { en: 'Far too little' },
        maxLabel: { en: 'More than enough' },
      },
      audience: 'byRole',
      voter: 'member',
    },
    {
      id: 'boundaries.deeper',
      kind: 'pairTalk',
      title: { en: 'Try out a new rule' },
      durationSec: 300,
      script: {
        en: 'Now pick one rule or habit that might be ready to change, and agree on a trial: what changes, for how long, and when you will check how it went. Small and specific works best.',
      },
      deviceText: { en: 'Pick one rule or habit that could change. Agree on a trial and a day to check how it went.' },
      prompts: [
        {
          teen: {
            en: 'Which rule at home might be ready to change as you get older? Bedtime, phone, going out alone, chores?',
          },
          adult: {
            en: 'Which habit between you might be ready to change? How often you call, dropping by, advice, who hosts the holidays?',
          },
        },
        { en: 'What would each of you need, to feel good about trying the change? When will you check how it went?' },
      ],
    },
    {
      id: 'boundaries.commitment',
      kind: 'commitment',
      title: { en: 'One boundary to try' },
      durationSec: 120,
      script: {
        en: 'Agree on one boundary you will both respect this week, and say when you will check how it went. Write it down for your handout.',
      },
      deviceText: { en: 'Agree on one boundary to try this week, and when you will check how it went.' },
      prompt: { en: 'Which boundary will we both respect this week?' },
      examples: [
        {
          teen: { en: 'We knock and wait before going into each other\'s room.' },
          adult: { en: 'We call before dropping by, both ways.' },
        },
        { en: 'Mom asks "Do you want advice?" before giving it.' },
      ],
    },
  ],
};
