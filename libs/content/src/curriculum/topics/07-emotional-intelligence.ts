import type { Topic } from '../../schema/topic';

export const emotionalIntelligence: Topic = {
  id: 'emotional-intelligence',
  number: 7,
  title: { en: 'Understanding each other\'s inner world' },
  summary: { en: 'Noticing feelings early, handling them well, and making room for each other\'s.' },
  keyIdeas: [
    { en: 'Emotional intelligence means noticing feelings, understanding them and handling them, not hiding them.' },
    { en: 'Feelings show up in the body first: a hot face, a tight stomach. Noticing early gives you a choice about what to do next.' },
    { en: 'Empathy means trying to feel what the other person feels, even when you would feel something different.' },
    { en: 'A safe place to feel means nobody gets in trouble for having a feeling, only for hurting someone.' },
  ],
  takeHome: [
    {
      en: 'Make a calm-down menu together: five things that help each of you, like a walk, music, a shower, shooting hoops or a cup of tea. Stick it where you can both see it.',
    },
    { en: 'Agree on a pause signal for when things heat up, and always come back later to finish the talk.' },
    { en: 'After a hard day, guess out loud how the other one is feeling, then ask if you got it right.' },
  ],
  segments: [
    {
      id: 'emotional-intelligence.intro',
      kind: 'intro',
      title: { en: 'Understanding each other\'s inner world' },
      durationSec: 120,
      script: {
        en: 'Saying feelings out loud is a first step. This topic goes further: noticing feelings early, understanding where they come from, and handling them so they do not take over. And empathy: trying to feel what the other person feels. A mother who gets snappy after a long day at work and a son who slams his door after a bad game are both having feelings that make sense. Understanding that is where calm starts.',
      },
      deviceText: { en: 'Topic 7: Understanding each other\'s inner world. Noticing, handling and sharing feelings.' },
    },
    {
      id: 'emotional-intelligence.talk',
      kind: 'pairTalk',
      title: { en: 'Warning lights' },
      durationSec: 420,
      script: {
        en: 'Our feelings have warning lights, like a car. Talk about yours. Sons go first. It is fine to laugh about what you do when you are angry; most of us do something a bit silly.',
      },
      deviceText: { en: 'Take turns, son first. Where do you feel anger or stress first, and what do you do with it?' },
      prompts: [
        { en: 'Where in your body do you notice stress or anger first? A hot face, a tight stomach, clenched fists?' },
        { en: 'What do you usually do when you are angry: go quiet, get loud, leave the room, something else?' },
        { en: 'What is your best trick for calming down? Could it work for the other one too?' },
      ],
    },
    {
      id: 'emotional-intelligence.reveal',
      kind: 'privateReveal',
      title: { en: 'Reading each other' },
      durationSec: 240,
      script: {
        en: 'Each of you writes alone how you can tell the other one has had a bad day, before they say a word. Then reveal together. Often we notice more than we think, and it is good for the other one to know that.',
      },
      deviceText: { en: 'Write alone: how can you tell the other one has had a bad day? Then reveal together.' },
      question: {
        mother: { en: 'How can you tell your son has had a bad day, before he says anything?' },
        son: { en: 'How can you tell your mom has had a bad day, before she says anything?' },
      },
      answer: { type: 'text', maxLength: 200 },
    },
    {
      id: 'emotional-intelligence.poll',
      kind: 'poll',
      title: { en: 'Do I get why?' },
      durationSec: 180,
      script: {
        en: 'Anonymous poll, mothers and sons separately. When the other one is upset, how well do you usually understand why? Let us see whether mothers and sons feel equally understood.',
      },
      deviceText: { en: 'Anonymous. Mothers and sons answer separately.' },
      question: { en: 'When the other one is upset, how well do you usually understand why?' },
      poll: {
        type: 'scale',
        min: 1,
        max: 5,
        minLabel: { en: 'No idea' },
        maxLabel: { en: 'I usually get it' },
      },
      audience: 'byRole',
      voter: 'member',
    },
    {
      id: 'emotional-intelligence.deeper',
      kind: 'pairTalk',
      title: { en: 'In each other\'s shoes' },
      durationSec: 300,
      script: {
        en: 'Imagine you are the other person for one whole day. What would be the hardest part? Say your guess, then the other one tells you how close you got.',
      },
      deviceText: { en: 'Imagine one day as the other person. What is the hardest part? Then check how close you got.' },
      prompts: [
        { en: 'Son: imagine a day as your mom. What would be the hardest part?' },
        { en: 'Mom: imagine a day as your son. What would be the hardest part?' },
        { en: 'How close did you each get? What surprised you?' },
      ],
    },
    {
      id: 'emotional-intelligence.commitment',
      kind: 'commitment',
      title: { en: 'Our pause signal' },
      durationSec: 120,
      script: {
        en: 'Agree on a pause signal for when feelings run high: a word or a gesture that means "let\'s stop and come back to this". Also agree what happens after the pause. Write it down for your handout.',
      },
      deviceText: { en: 'Agree on a pause signal for heated moments, and what happens after the pause.' },
      prompt: { en: 'What is our pause signal, and what do we do after it?' },
      examples: [
        { en: 'When one of us says "pause", we both take ten minutes, then come back and talk.' },
        {
          teen: { en: 'Every evening this week we ask each other: "What was the best and the worst part of your day?"' },
          adult: { en: 'Once this week we ask each other: "What was the best and the worst part of your week?"' },
        },
      ],
    },
  ],
};
