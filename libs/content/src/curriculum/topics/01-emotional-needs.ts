import type { Topic } from '../../schema/topic';

export const emotionalNeeds: Topic = {
  id: 'emotional-needs',
  number: 1,
  title: { en: 'Saying how we really feel' },
  summary: { en: 'Both of you can say what you feel here, and nobody judges or rushes to fix it.' },
  keyIdeas: [
    { en: 'A feeling is not a problem to fix. It tells you something. Once you can name it, you can deal with it.' },
    {
      en: 'It works both ways. When a son hears his mom say "I was worried" or "I felt left out", he learns that feelings are normal and can be said out loud.',
    },
    { en: 'Listen first. Most of the time the other person wants to be heard, not fixed.' },
    {
      en: 'Naming feelings is a skill that gets easier with practice. The words you find together now help him later with friends, partners and, one day, maybe his own children.',
    },
  ],
  takeHome: [
    {
      teen: {
        en: 'Feelings check at dinner: each of you picks one word for your day (tired, proud, annoyed, relieved...) and says one sentence about why. No advice unless someone asks for it.',
      },
      adult: {
        en: 'Feelings check when you talk: on a call or a visit, each of you picks one word for your week and says one sentence about why. No advice unless someone asks for it.',
      },
    },
    {
      teen: {
        en: 'Put a list of feeling words on the fridge and add one new word each week. Try to use it before the week is over.',
      },
      adult: {
        en: 'Send each other one message this week that starts with "Today I felt..." and finishes the sentence honestly.',
      },
    },
    { en: 'When one of you shares something hard, start your answer with "Thank you for telling me", before anything else.' },
  ],
  segments: [
    {
      id: 'emotional-needs.intro',
      kind: 'intro',
      title: { en: 'Saying how we really feel' },
      durationSec: 120,
      script: {
        en: 'Welcome, everyone. Our first topic is about feelings, and about feeling safe enough to say them. In a lot of families, Mom asks "How was your day?" and the answer is "Fine." Today we will go a little past "fine". This works both ways: mothers, you will share your own feelings too, not only ask about his. There are no wrong answers, and nobody here will judge you: not me, and not each other.',
      },
      deviceText: { en: 'Topic 1: Saying how we really feel. You both share, not just one of you.' },
    },
    {
      id: 'emotional-needs.talk',
      kind: 'pairTalk',
      title: { en: 'Past "fine"' },
      durationSec: 420,
      script: {
        en: 'Turn your chairs toward each other. You have seven minutes and the questions are on your screen. Take turns, and this time mothers answer first, so your son hears that you have feelings too. One rule: while the other person talks, just listen. No fixing and no "but you should". If you get stuck, "I don\'t know yet" is a fine answer. I will tell you when there is one minute left.',
      },
      deviceText: { en: 'Take turns, Mom first. Whoever is listening just listens: no fixing, no advice.' },
      prompts: [
        { en: 'When did you feel really happy this week? What happened?' },
        {
          teen: { en: 'Which feeling is hardest for you to show at home? Angry, sad, scared, embarrassed?' },
          adult: { en: 'Which feeling is hardest for you to show each other? Angry, sad, scared, embarrassed?' },
        },
        { en: 'What is something you wish the other one would ask you about more often?' },
      ],
    },
    {
      id: 'emotional-needs.reveal',
      kind: 'privateReveal',
      title: { en: 'What helps when I am upset' },
      durationSec: 240,
      script: {
        en: 'Now a private question. Answer it alone on your screen and do not show each other yet. When you have both answered, you will turn your answers over at the same moment. Only the two of you see them, not me and not the room. At the end you can choose to share your handout with me if you want me to print it for you; otherwise it stays yours. After the reveal, take a minute: did anything surprise you?',
      },
      deviceText: { en: 'Answer alone, no peeking. When you are both ready, you reveal together.' },
      question: {
        mother: { en: 'When you are upset, what do you need most from your son?' },
        son: { en: 'When you are upset, what do you need most from your mom?' },
      },
      answer: {
        type: 'choice',
        options: [
          { id: 'hug', label: { en: 'A hug' } },
          { id: 'space', label: { en: 'Some time alone first' } },
          { id: 'listen', label: { en: 'Someone who just listens' } },
          { id: 'help', label: { en: 'Help fixing the problem' } },
          { id: 'distraction', label: { en: 'A joke or something else to think about' } },
        ],
      },
    },
    {
      id: 'emotional-needs.poll',
      kind: 'poll',
      title: { en: 'How easy is it?' },
      durationSec: 180,
      script: {
        en: 'Time for an anonymous poll. Mothers and sons answer separately, and we will put the two groups side by side on the screen. Nobody can see who answered what, and that includes me. Be honest: the difference between the two groups is often the most interesting part.',
      },
      deviceText: { en: 'Anonymous. Mothers and sons answer separately. Nobody sees who chose what.' },
      question: { en: 'How easy is it for you to say "I\'m sad" or "I\'m worried" to the other one?' },
      poll: {
        type: 'scale',
        min: 1,
        max: 5,
        minLabel: { en: 'Really hard' },
        maxLabel: { en: 'Easy' },
      },
      audience: 'byRole',
      voter: 'member',
    },
    {
      id: 'emotional-needs.deeper',
      kind: 'pairTalk',
      title: { en: 'A big feeling from long ago' },
      durationSec: 300,
      script: {
        en: 'This time the mothers tell a story. Think back to when you were young and felt something big: scared, proud, left out, in love. Sons, your job is to listen and ask one question. Then swap.',
      },
      deviceText: { en: 'Mom tells a story from when she was young. Son, listen and ask her one question.' },
      prompts: [
        {
          teen: {
            en: 'Mom: tell about a time when you were about your son\'s age and felt something big. Who did you tell, if anyone?',
          },
          adult: { en: 'Mom: tell about a time when you were young and felt something big. Who did you tell, if anyone?' },
        },
        {
          teen: { en: 'Son: if you felt like that, who would you tell? Would your mom be on that list?' },
          adult: {
            en: 'Son: who do you tell now when something big is going on? Would you like your mom to be on that list more, less, or the same?',
          },
        },
      ],
    },
    {
      id: 'emotional-needs.commitment',
      kind: 'commitment',
      title: { en: 'Our feelings promise' },
      durationSec: 120,
      script: {
        en: 'To finish, agree on one small thing you will do this week so feelings get said out loud between you. Keep it small enough that you will really do it. Write it on your screen; it will be on your handout.',
      },
      deviceText: { en: 'Agree on one small thing for this week and write it down. It goes on your handout.' },
      prompt: { en: 'This week, how will we make sure feelings get said out loud?' },
      examples: [
        {
          teen: { en: 'Every evening at dinner, we each say one word for how our day felt.' },
          adult: { en: 'Every time we talk this week, we both start with one word for how we are really doing.' },
        },
        { en: 'Mom tells her son about one of her own feelings, instead of only asking about his.' },
      ],
    },
  ],
};
