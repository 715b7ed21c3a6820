import type { Topic } from '../../schema/topic';

export const emotionalIntelligence: Topic = {
  id: 'emotional-intelligence',
  number: 7,
  title: { en: 'Understanding each other\'s inner world' },
  summary: { en: 'Noticing feelings early, handling them well, and making room for each other\'s.' },
  keyIdeas: [
    { en: 'Emotional intelligence means noticing feelings, understanding them and handling them, not hiding them. Anger often sits on top of something else: hurt, worry, shame.' },
    { en: 'A safe place to feel means nobody gets in trouble for having a feeling, only for hurting someone.' },
    { en: 'Everyone loses it sometimes. What counts is coming back: "I got that wrong. Can we try again?"' },
  ],
  takeHome: [
    {
      en: 'Make a calm-down menu together: five things that help each of you, like a walk, music, a shower, shooting hoops or a cup of tea. Stick it where you can both see it.',
    },
  ],
  segments: [
    {
      id: 'emotional-intelligence.intro',
      kind: 'intro',
      title: { en: 'Understanding each other\'s inner world' },
      durationSec: 120,
      script: {
        en: 'Saying feelings out loud is a first step. This topic goes further: noticing feelings early, understanding where they come from, and handling them so they do not take over. A grown-up who gets snappy after a long day and a son who slams a door after a bad game are both having feelings that make sense. Sons, many boys learn that anger is the only feeling they are allowed to show. Underneath it there is often something else: hurt, worry, embarrassment. Tonight you both look underneath.',
      },
      deviceText: { en: 'Understanding each other\'s inner world. Noticing, handling and sharing feelings.' },
    },
    {
      id: 'emotional-intelligence.talk',
      kind: 'pairTalk',
      title: { en: 'Warning lights' },
      durationSec: 300,
      script: {
        en: 'Feelings have warning lights, like a car. Talk about yours. Sons go first; at halfway, swap. If noticing your body is hard, talk about what you do instead: that works just as well.',
      },
      deviceText: { en: 'Son first, swap at halfway. How do you notice anger or stress coming, and what do you do with it?' },
      prompts: [
        { en: 'How do you notice stress or anger coming? Some people feel it in the body (a hot face, tight fists); some notice what they do (go quiet, get loud).' },
        { en: 'When you are angry, what is often underneath it: hurt, worry, tiredness, embarrassment?' },
        { en: 'What is your best trick for calming down? Could it work for the other one too?' },
      ],
      halfway: { en: 'Halfway: swap. Now {carer} answers, and the son listens.' },
      bonus: { en: 'Agree on a pause signal: a word or gesture that means "let\'s stop and come back to this".' },
      sensitive: true,
      notes: {
        debrief: { en: 'Ask the room for calm-down tricks, not for angry moments: "Who has a trick that works? Shout it out." Write a few on a flipchart if you have one.' },
        stuck: [
          { en: '"Think of the last time you were a bit annoyed, not furious. What did you do?"' },
          { en: '"Is there music, a place, or a person that calms you?"' },
        ],
        safety: {
          en: 'Talk about anger can bring up shouting or hitting at home. Do not make jokes about what people do when angry. If a son describes being hurt or scared of someone, follow the safeguarding note (S key). For sons who find body signals hard to notice (often autistic sons), the "what do you do" route is just as good.',
        },
      },
    },
    {
      id: 'emotional-intelligence.reveal',
      kind: 'privateReveal',
      title: { en: 'Reading each other' },
      durationSec: 240,
      script: {
        en: 'Each of you writes alone how you can tell the other one has had a bad day, before they say a word. Screens turned away, then reveal together. Often we notice more than we think, and it is good for the other one to know that.',
      },
      deviceText: { en: 'Write alone: how can you tell the other one has had a bad day? Then reveal together.' },
      question: {
        mother: { en: 'How can you tell your son has had a bad day, before he says anything?' },
        son: { en: 'How can you tell {carer} has had a bad day, before she says anything?' },
      },
      answer: { type: 'text', maxLength: 200 },
      notes: {
        debrief: { en: 'Ask: "Who was surprised by how much the other one notices?" Hands only. Then: "Next time you see the sign, you could ask instead of guessing."' },
      },
    },
    {
      id: 'emotional-intelligence.poll',
      kind: 'poll',
      title: { en: 'Which feeling is allowed?' },
      durationSec: 180,
      script: {
        en: 'Anonymous poll, grown-ups and sons separately. Which feeling do you think is hardest for boys to show? Pick one. We compare what the grown-ups think with what the sons think.',
      },
      deviceText: { en: 'Anonymous. Grown-ups and sons answer separately.' },
      question: { en: 'Which feeling is hardest for boys to show?' },
      poll: {
        type: 'single',
        options: [
          { id: 'sad', label: { en: 'Sadness' } },
          { id: 'scared', label: { en: 'Fear' } },
          { id: 'embarrassed', label: { en: 'Embarrassment' } },
          { id: 'love', label: { en: 'Love and caring' } },
          { id: 'anger', label: { en: 'Anger' } },
          { id: 'not-sure', label: { en: 'Not sure' } },
        ],
      },
      audience: 'byRole',
      voter: 'member',
      notes: {
        talkingPoints: [
          { en: 'Few pick anger: "Anger is the one feeling boys are often allowed. That is why it sometimes carries all the others."' },
          { en: 'Big gap: "Grown-ups and sons see this differently. Sons, you are the experts here: the grown-ups can learn from your answer."' },
          { en: 'Small gap: "You agree. Then at home you can make that feeling a bit easier to show, for example by showing it yourself first."' },
        ],
      },
    },
    {
      id: 'emotional-intelligence.deeper',
      kind: 'pairTalk',
      title: { en: 'In each other\'s shoes' },
      durationSec: 300,
      script: {
        en: 'Imagine you are the other one for a whole day. What would be the hardest part? Sons guess first, then the grown-up says how close the guess was. Swap at halfway.',
      },
      deviceText: { en: 'Imagine one day as the other one. What is the hardest part? Then check how close you got.' },
      prompts: [
        { en: 'Son: imagine a day as {carer}. What would be the hardest part?' },
        { en: '{carer}: imagine a day as your son. What would be the hardest part?' },
        { en: 'How close did you each get? What surprised you?' },
      ],
      halfway: { en: 'Halfway: swap. Now {carer} guesses, and the son says how close it was.' },
      bonus: { en: 'What would be the best part of a day as the other one?' },
      notes: {
        debrief: { en: 'Ask: "Who got surprised? You can pass." One or two answers.' },
        stuck: [
          { en: '"Go through the day: the morning, school or work, the evening. Where is it hardest?"' },
          { en: '"What does the other one do that you could never do?"' },
        ],
      },
    },
    {
      id: 'emotional-intelligence.commitment',
      kind: 'commitment',
      title: { en: 'Our pause signal' },
      durationSec: 120,
      script: {
        en: 'Agree on a pause signal for when feelings run high at home: a word or a gesture that means "let\'s stop and come back to this". Also agree how you come back, and what either of you can say to repair things afterwards. Write it down for your handout.',
      },
      deviceText: { en: 'Agree on a pause signal for heated moments, and how you come back after it.' },
      prompt: { en: 'What is our pause signal, and how do we come back after it?' },
      examples: [
        { en: 'When one of us says "pause", we both take ten minutes apart, then come back and talk.' },
        { en: 'A hand on the heart means "I need a break". Afterwards, whoever went too far says: "I got that wrong. Can we try again?"' },
      ],
      notes: { debrief: { en: 'Point out that the room had a pause signal too, tonight. Pairs can copy it.' } },
    },
  ],
};
