import type { Topic } from '../../schema/topic';

export const boundaries: Topic = {
  id: 'boundaries',
  number: 4,
  title: { en: 'Room to grow, with a safety net' },
  summary: { en: 'Knowing when to guide and when to step back, and agreeing on it together.' },
  keyIdeas: [
    {
      en: 'Boundaries are about inner space too: your own thoughts, moods, privacy and body. That goes for the son and for {carer}.',
    },
    { en: 'The aim is not to hold him back. It is independence with a safety net: room to try, and someone there if it goes wrong.' },
    { en: 'Boundaries grow as he grows. Talk about them again every so often, calmly, and not only in the middle of a fight.' },
  ],
  takeHome: [
    {
      teen: { en: 'Every few months, pick a calm moment to look at one house rule together: keep it, change it, or drop it.' },
      adult: { en: 'Every few months, look at one habit between you together (calls, visits, advice): keep it, change it, or drop it.' },
    },
  ],
  segments: [
    {
      id: 'boundaries.intro',
      kind: 'intro',
      title: { en: 'Room to grow, with a safety net' },
      durationSec: 120,
      script: {
        teen: {
          en: 'When people hear "boundaries", they think of rules: when to be home, how long on the phone, knocking before you come in. Those matter. But boundaries are also about inner space. Sons, you have a right to your own thoughts, moods and privacy, and as you grow up, to your own body and your own space, even if you share a room. Grown-ups, you have that right too. A good boundary is not a wall. It is independence with a safety net: room to try things, and someone there if it goes wrong. And because you both keep changing, boundaries are worth talking about again and again.',
        },
        adult: {
          en: 'With a grown son, boundaries are less like rules and more like habits: how often you call, whether you drop by, when advice is welcome, what you say about a partner. They are also about inner space. Sons, you have a right to your own thoughts, moods and choices. Grown-ups, so do you. A good boundary is not a wall. It is independence with a safety net: room to live your own life, and someone there if it goes wrong. And because life keeps changing, boundaries are worth talking about again and again.',
        },
      },
      deviceText: { en: 'Room to grow, with a safety net. When to step in, and when to step back.' },
    },
    {
      id: 'boundaries.talk',
      kind: 'pairTalk',
      title: { en: 'Where is the line?' },
      durationSec: 300,
      script: {
        en: 'Talk about where the lines are between you today. Grown-ups start; at halfway, swap. Boundaries run both ways: grown-ups need space too. Keep it curious. This is not the moment to argue about the rules; if you find one you want to change, note it for the commitment at the end.',
      },
      deviceText: { en: '{carer} first, swap at halfway. Be curious: this is not the moment to argue about rules.' },
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
            en: 'Which of your boundaries does the other one sometimes cross without meaning to? Dropping by unannounced, questions about money or a partner, advice you didn\'t ask for?',
          },
        },
      ],
      halfway: { en: 'Halfway: swap. Now the son answers first, and {carer} listens.' },
      bonus: { en: 'What is one space, time or topic that is only yours? How can the other one respect it?' },
      sensitive: true,
      notes: {
        debrief: {
          en: 'Ask: "Did anyone find a line you both agree on? You can pass." Praise agreement, not who "won". If a pair found a disagreement, say: "Good. Now you know what to talk about calmly at home."',
        },
        stuck: [
          { en: '"Think of the bathroom, the phone, or the bedroom door. Where is the line there?"' },
          { en: '"What about your things: can the other one borrow them without asking?"' },
        ],
        safety: {
          en: 'Privacy, bodies and growing up can be embarrassing for younger sons; never ask the room about those answers. If a pair turns this into an argument about a house rule, remind them: "Note it for the commitment; no deciding tonight." Families sharing one room: the boundary can be a time or a corner, not a door.',
        },
      },
    },
    {
      id: 'boundaries.reveal',
      kind: 'privateReveal',
      title: { en: 'Guide or step back?' },
      durationSec: 240,
      script: {
        en: 'Here is a situation. Grown-ups, choose what you would do. Sons, choose what you would want the grown-up to do. Answer alone, screens turned away, then reveal together. If your answers differ, that is useful to know, not a problem.',
      },
      deviceText: { en: '{carer}: what would you do? Son: what would you want? Answer alone, then reveal together.' },
      question: {
        mother: {
          teen: { en: 'Your son has a big school project due tomorrow and hasn\'t started. What do you do?' },
          adult: { en: 'Your son is thinking about quitting his job with nothing else lined up. What do you do?' },
        },
        son: {
          teen: { en: 'You have a big school project due tomorrow and haven\'t started. What do you want {carer} to do?' },
          adult: { en: 'You are thinking about quitting your job with nothing else lined up. What do you want {carer} to do?' },
        },
      },
      answer: {
        type: 'choice',
        options: [
          { id: 'step-in', label: { en: 'Step in and help make a plan' } },
          { id: 'mention-once', label: { en: 'Mention it once, then step back' } },
          { id: 'stay-out', label: { en: 'Stay out of it and let it play out' } },
          { id: 'ask', label: { en: 'Ask what kind of help is wanted' } },
          { id: 'not-sure', label: { en: 'I\'m not sure' } },
          { id: 'pass', label: { en: 'I\'d rather not say' } },
        ],
      },
      notes: {
        debrief: {
          en: 'Ask: "Who would have picked \'ask what kind of help is wanted\'?" It is often the bridge between the two answers. Offer the phrase: "Do you want my help, my opinion, or just my ear?"',
        },
      },
    },
    {
      id: 'boundaries.poll',
      kind: 'poll',
      title: { en: 'How much say?' },
      durationSec: 180,
      script: {
        en: 'Anonymous poll, grown-ups and sons separately. Sons, how much say do you have over your own life right now, for your age? Grown-ups, how much say do you think your son has? We look at the two groups side by side.',
      },
      deviceText: { en: 'Anonymous. Grown-ups and sons answer separately.' },
      question: {
        teen: { en: 'For his age, how much say does the son have over his own life right now?' },
        adult: { en: 'How much say does {carer} still have in the son\'s decisions?' },
      },
      poll: {
        type: 'scale',
        min: 1,
        max: 5,
        minLabel: { teen: { en: 'Far too little' }, adult: { en: 'Far too little' } },
        maxLabel: { teen: { en: 'Far too much' }, adult: { en: 'Far too much' } },
      },
      audience: 'byRole',
      voter: 'member',
      notes: {
        talkingPoints: [
          { en: 'The middle (3) means "about right". Point it out when the results come up.' },
          { en: 'Big gap: "Sons often feel they have less say than the grown-ups think they have. Neither is wrong. The gap is the conversation to have at home, calmly."' },
          { en: 'Small gap, near the middle: "You mostly agree. Keep checking as he grows: what is right at 12 is too tight at 15."' },
        ],
      },
    },
    {
      id: 'boundaries.deeper',
      kind: 'pairTalk',
      title: { en: 'Try out a new rule' },
      durationSec: 300,
      script: {
        en: 'Now pick one rule or habit that might be ready to change, and agree on a trial: what changes, for how long, and when you will check how it went. Small and specific works best. Sons start.',
      },
      deviceText: { en: 'Pick one rule or habit that could change. Agree on a trial and a day to check how it went.' },
      prompts: [
        {
          teen: { en: 'Which rule at home might be ready to change as you get older? Bedtime, phone, going out alone, chores?' },
          adult: { en: 'Which habit between you might be ready to change? How often you call, dropping by, advice, who hosts the holidays?' },
        },
        { en: 'What would each of you need, to feel good about trying the change? When will you check how it went?' },
      ],
      halfway: { en: 'Halfway: swap. Now {carer} says what they need to feel good about the trial.' },
      bonus: { en: 'Agree what happens if the trial goes wrong. No punishment: just a new try.' },
      notes: {
        debrief: { en: 'One pair can share their trial if they like. Remind everyone: a trial that fails is information, not a defeat.' },
        stuck: [
          { en: '"Start with something tiny: ten more minutes of something, or one new thing to do alone."' },
          { en: '"What would the son like to try that he has not been allowed to yet?"' },
        ],
      },
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
          teen: { en: 'We knock, or ask, before coming into each other\'s space, and wait for a yes.' },
          adult: { en: 'We call before dropping by, both ways.' },
        },
        { en: '{carer} asks "Do you want advice?" before giving it.' },
      ],
      notes: { debrief: { en: 'Check each pair has a day to look back at it; that is what turns a rule into a conversation.' } },
    },
  ],
};
