import type { Topic } from '../../schema/topic';

export const learningTogether: Topic = {
  id: 'learning-together',
  number: 8,
  title: { en: 'Sons teach too' },
  summary: { en: 'Sons know things worth learning. Learning from each other builds respect both ways.' },
  keyIdeas: [
    { en: 'Sons are teachers too. Asking to be taught says: what you know matters.' },
    { en: 'Seeing something differently is not a threat. It is a chance to learn something.' },
    { en: 'It takes courage to be a beginner in front of each other, and it builds trust.' },
  ],
  takeHome: [
    { en: 'Swap lessons this month: one from the son, one from {carer}. Ten minutes each is enough.' },
  ],
  segments: [
    {
      id: 'learning-together.intro',
      kind: 'intro',
      title: { en: 'Sons teach too' },
      durationSec: 120,
      script: {
        en: 'Grown-ups teach so much: tying shoes, riding a bike, saying sorry. Sons, you are teachers too. You know things the grown-up doesn\'t: a game, a skill, a trick on the phone, how your friends see the world. When a grown-up asks to be taught, something changes: what you know counts, and you become learners side by side. Tonight you will try it for real, standing up.',
      },
      deviceText: { en: 'Sons teach too. What you can learn from each other.' },
    },
    {
      id: 'learning-together.talk',
      kind: 'pairTalk',
      title: { en: 'What I could teach you' },
      durationSec: 300,
      script: {
        en: 'Sons start this time: tell the grown-up what you know that they don\'t. At halfway, swap: grown-ups, tell your son, to his face, one thing you have already learned from him, even if you never said it.',
      },
      deviceText: { en: 'Son first, swap at halfway. What could you teach each other?' },
      prompts: [
        { en: 'Son: what do you know how to do that {carer} doesn\'t? Could you teach it?' },
        { en: '{carer}: what have you learned from your son, maybe without him noticing?' },
        { en: 'What is something you see differently? What could each of you learn from the other\'s view?' },
      ],
      halfway: { en: 'Halfway: swap. Now {carer} answers.' },
      bonus: { en: 'What would you both like to learn that neither of you knows yet?' },
      notes: {
        debrief: { en: 'Ask sons: "Who could teach something the grown-up can\'t do at all? Hands up." Enjoy it; this topic is meant to be light.' },
        stuck: [
          { en: '"Think of phones, games, music, sport, slang, a school subject."' },
          { en: '"Grown-up: a new word, a new band, a way of seeing something?"' },
        ],
      },
    },
    {
      id: 'learning-together.reveal',
      kind: 'privateReveal',
      title: { en: 'What I would like to learn from you' },
      durationSec: 240,
      script: {
        en: 'Each of you writes alone one thing you would like the other one to teach you. Small, like a card trick, or big, like how to stay calm. Screens turned away, then reveal together and see if you could swap lessons.',
      },
      deviceText: { en: 'Write alone one thing you would like the other one to teach you. Then reveal together.' },
      question: {
        mother: { en: 'What would you like your son to teach you?' },
        son: { en: 'What would you like {carer} to teach you?' },
      },
      answer: { type: 'text', maxLength: 150 },
      notes: {
        debrief: { en: 'Ask: "Who found a lesson swap? You can pass." Move on quickly to the lesson itself if the plan includes it.' },
      },
    },
    {
      id: 'learning-together.poll',
      kind: 'poll',
      title: { en: 'Who is the expert?' },
      durationSec: 180,
      script: {
        en: 'Anonymous poll, grown-ups and sons separately. Pick up to three things where the son knows more than the grown-up. We compare the groups: sons, do the grown-ups give you as much credit as you give yourselves?',
      },
      deviceText: { en: 'Anonymous. Grown-ups and sons answer separately. Pick up to three.' },
      question: { en: 'Where does the son know more than {carer}?' },
      poll: {
        type: 'multiple',
        maxChoices: 3,
        options: [
          { id: 'tech', label: { en: 'Phones, computers and apps' } },
          { id: 'games', label: { en: 'Games' } },
          { id: 'music', label: { en: 'Music and what is new' } },
          { id: 'sport', label: { en: 'A sport' } },
          { id: 'friends', label: { en: 'What young people think' } },
          { id: 'school', label: { teen: { en: 'A school subject' }, adult: { en: 'His work' } } },
          { id: 'feelings', label: { en: 'Staying calm' } },
          { id: 'none', label: { en: 'None yet' } },
        ],
      },
      audience: 'byRole',
      voter: 'member',
      notes: {
        talkingPoints: [
          { en: 'Sons pick more areas than grown-ups do (common): "Sons, you are giving yourselves credit. Grown-ups, which one could you ask to be taught this week?"' },
          { en: 'Grown-ups pick more than sons: "Grown-ups see more expertise than the sons admit. Tell him."' },
          { en: 'If "staying calm" appears: "Some of you learn calm from your son. That is worth saying out loud."' },
        ],
      },
    },
    {
      id: 'learning-together.deeper',
      kind: 'pairTalk',
      title: { en: 'A two-minute lesson' },
      durationSec: 300,
      script: {
        en: 'Everybody up! Sons, stand up and teach the grown-up something small in two minutes: a hand trick, a dance move, a goal celebration, a word from your game, how to draw something. Grown-ups, stand up too and be a good student. At halfway, swap: the grown-up teaches something back. Then sit and talk about how it felt to swap roles.',
      },
      deviceText: { en: 'Stand up! The son teaches something small in two minutes. At halfway, swap. Then talk about how it felt.' },
      prompts: [
        { en: 'Son: teach {carer} something small right now, standing up, in two minutes.' },
        { en: '{carer}: teach something small back.' },
        { en: 'What was it like to be the learner? What was it like to be the teacher?' },
      ],
      halfway: { en: 'Halfway: swap. Now {carer} teaches something back.' },
      bonus: { en: 'Show each other what you learned, once more, perfectly.' },
      notes: {
        debrief: { en: 'Invite one or two pairs to show what they learned to the room, if they want to. Applause for the teachers.' },
        stuck: [
          { en: '"A handshake, a card trick, how to whistle, a word in another language."' },
          { en: 'For a pair that cannot stand: "Seated works just as well: a hand game or drawing."' },
        ],
      },
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
          teen: { en: 'On Saturday, the son teaches his favourite game for twenty minutes.' },
          adult: { en: 'Next time we meet, the son shows something from his work or a hobby {carer} knows nothing about.' },
        },
        { en: '{carer} teaches a recipe from her own family.' },
      ],
      notes: { debrief: { en: 'Make sure each lesson has a day. Lessons without a day rarely happen.' } },
    },
  ],
};
