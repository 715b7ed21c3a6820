import type { Topic } from '../../schema/topic';

export const independence: Topic = {
  id: 'independence',
  number: 9,
  title: { en: 'Standing on your own, leaning on each other' },
  summary: { en: 'Making your own decisions and knowing you can lean on each other: both are strengths.' },
  keyIdeas: [
    { en: 'Independence is built one decision at a time, including the wrong ones.' },
    { en: 'Leaning on each other is not weakness. Asking for help is a skill, for sons and for mothers.' },
    { en: 'The safety net stays there, even when he does not need it every day.' },
    { en: 'Help without taking over: ask, offer, then let him lead.' },
  ],
  takeHome: [
    {
      teen: { en: 'Hand over one job he is ready for: booking an appointment, planning a trip, cooking a meal, fixing a bike.' },
      adult: { en: 'Mom: ask him for help with something real, and let him do it his way.' },
    },
    { en: 'This month, each of you asks the other for help with one thing.' },
    { en: 'Tell each other one way you want to be there for each other in the coming year.' },
  ],
  segments: [
    {
      id: 'independence.intro',
      kind: 'intro',
      title: { en: 'Standing on your own, leaning on each other' },
      durationSec: 120,
      script: {
        en: 'This topic is about two things that sound like opposites but belong together. Independence: he learns to make his own decisions, fix his own mistakes and stand on his own feet. And leaning on each other: knowing you can always call on one another. A strong son is not one who never needs anyone, and a strong mother is not one who does everything herself. Asking for help and giving it, both ways, is a strength.',
      },
      deviceText: { en: 'Topic 9: Standing on your own, leaning on each other. Both are strengths.' },
    },
    {
      id: 'independence.talk',
      kind: 'pairTalk',
      title: { en: 'Standing and leaning' },
      durationSec: 420,
      script: {
        en: 'Talk about what each of you can do alone now, and about asking each other for help. Sons first. Mothers, notice how proud you are of what he can do on his own, and tell him.',
      },
      deviceText: { en: 'Take turns, son first. What can you do on your own now? When do you lean on each other?' },
      prompts: [
        { en: 'What can you do on your own now that you could not do a year or two ago?' },
        { en: 'When did you last ask the other one for help? Was it easy or hard to ask?' },
        { en: 'Mom: when have you leaned on your son? Son: did you notice?' },
      ],
    },
    {
      id: 'independence.reveal',
      kind: 'privateReveal',
      title: { en: 'Would you come to me?' },
      durationSec: 240,
      script: {
        en: 'Mothers, guess whether your son would come to you with a real problem. Sons, answer honestly whether you would. Answer alone, then reveal together. Whatever the answers, talk about what would make it easier.',
      },
      deviceText: { en: 'Answer alone and honestly, then reveal together. Talk about what would make it easier.' },
      question: {
        mother: {
          teen: { en: 'If your son had a real problem, with a friend, at school or online, would he come to you?' },
          adult: { en: 'If your son had a real problem, with money, work or a relationship, would he come to you?' },
        },
        son: {
          teen: { en: 'If you had a real problem, with a friend, at school or online, would you go to your mom?' },
          adult: { en: 'If you had a real problem, with money, work or a relationship, would you go to your mom?' },
        },
      },
      answer: {
        type: 'choice',
        options: [
          { id: 'straight-away', label: { en: 'Yes, straight away' } },
          { id: 'after-trying', label: { en: 'Yes, after trying alone first' } },
          { id: 'depends', label: { en: 'Maybe, it depends on the problem' } },
          { id: 'probably-not', label: { en: 'Probably not' } },
        ],
      },
    },
    {
      id: 'independence.poll',
      kind: 'poll',
      title: { en: 'The harder part' },
      durationSec: 180,
      script: {
        en: 'Anonymous poll, mothers and sons separately. Which is harder for you: asking for help, or helping without taking over? Let us see how the two groups compare.',
      },
      deviceText: { en: 'Anonymous. Mothers and sons answer separately.' },
      question: { en: 'Which is harder for you?' },
      poll: {
        type: 'single',
        options: [
          { id: 'asking', label: { en: 'Asking for help' } },
          { id: 'helping', label: { en: 'Helping without taking over' } },
          { id: 'both-easy', label: { en: 'Both are easy' } },
          { id: 'both-hard', label: { en: 'Both are hard' } },
        ],
      },
      audience: 'byRole',
      voter: 'member',
    },
    {
      id: 'independence.commitment',
      kind: 'commitment',
      title: { en: 'Standing and leaning this week' },
      durationSec: 120,
      script: {
        en: 'One more commitment: one way he will stand on his own this week, and one way you will lean on each other. Write it down; it goes on your handout together with everything else you wrote today.',
      },
      deviceText: { en: 'One way he stands on his own, and one way you lean on each other, this week.' },
      prompt: { en: 'This week, how will he stand on his own, and how will we lean on each other?' },
      examples: [
        {
          teen: { en: 'He books his own haircut, and Mom asks him for help with her phone.' },
          adult: { en: 'We each ask the other for help with one real thing this week.' },
        },
        {
          teen: { en: 'He plans and cooks one meal on his own, and Mom asks for his opinion on a decision.' },
          adult: { en: 'Mom asks his advice on a real decision she is facing, and listens to the end.' },
        },
      ],
    },
    {
      id: 'independence.closing',
      kind: 'poll',
      title: { en: 'What we take home' },
      durationSec: 180,
      script: {
        en: 'Before we say goodbye: each of you writes, in a few words, one thing you will take home from today. It is anonymous, so please do not write names. We will read some out together.',
      },
      deviceText: { en: 'In a few words: one thing you will take home from today. Anonymous, so no names please.' },
      question: { en: 'In a few words: what will you take home from today?' },
      poll: { type: 'openText', maxLength: 120 },
      audience: 'everyone',
      voter: 'member',
    },
  ],
};
