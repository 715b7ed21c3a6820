import type { Topic } from '../../schema/topic';

export const emotionalNeeds: Topic = {
  id: 'emotional-needs',
  number: 1,
  title: { en: 'Saying how we really feel' },
  summary: { en: 'Both of you can say what you feel here, and nobody judges or rushes to fix it.' },
  keyIdeas: [
    { en: 'A feeling is not a problem to fix. It tells you something. Once you can name it, you can deal with it.' },
    {
      en: 'It works both ways. When a grown-up says "I was worried" or "I felt left out", a son learns that feelings are normal and can be said out loud, not only anger.',
    },
    {
      en: 'Grown-ups: share feelings his size. "I was sad today, and I\'m OK" helps. Your big worries belong with another adult, not on his shoulders.',
    },
  ],
  takeHome: [
    {
      teen: {
        en: 'Feelings check at a meal or at bedtime: each of you picks one word for your day (tired, proud, annoyed, relieved...) and says one sentence about why. No advice unless someone asks for it.',
      },
      adult: {
        en: 'Feelings check when you talk: on a call or a visit, each of you picks one word for your week and says one sentence about why. No advice unless someone asks for it.',
      },
    },
  ],
  segments: [
    {
      id: 'emotional-needs.intro',
      kind: 'intro',
      title: { en: 'Saying how we really feel' },
      durationSec: 120,
      script: {
        en: 'This topic is about feelings, and about feeling safe enough to say them. In a lot of families the question is "How was your day?" and the answer is "Fine." Tonight we go a little past "fine". It works both ways: grown-ups, you share your own feelings too, not only ask about your son\'s. Sons, you can say any feeling here, not just the ones boys are supposed to have. And remember: you can always pass.',
      },
      deviceText: { en: 'Saying how we really feel. You both share, not just one of you.' },
      notes: {
        debrief: {
          en: 'Many boys learn early that anger is the only feeling they are allowed to show. If it fits the room, say it out loud: "Sad, scared and embarrassed are allowed here too."',
        },
      },
    },
    {
      id: 'emotional-needs.talk',
      kind: 'pairTalk',
      title: { en: 'Past "fine"' },
      durationSec: 300,
      script: {
        en: 'Sit facing each other or side by side, whatever is easier. The questions are on your screen and the timer is on the big screen. Grown-ups answer first this time, so your son hears that you have feelings too. Halfway through, the screen tells you to swap and the son answers. While the other one talks, just listen: no fixing, no "but you should". "I don\'t know yet" is a fine answer.',
      },
      deviceText: { en: '{carer} answers first, then swap at halfway. Whoever is listening just listens: no fixing, no advice.' },
      prompts: [
        { en: 'When did you feel really happy this week? What happened?' },
        {
          teen: { en: 'Which feeling is hardest for you to show at home? Angry, sad, scared, embarrassed?' },
          adult: { en: 'Which feeling is hardest for you to show each other? Angry, sad, scared, embarrassed?' },
        },
        { en: 'What is something you wish the other one would ask you about more often?' },
      ],
      halfway: { en: 'Halfway: swap. Now the son answers the same questions, and {carer} just listens.' },
      bonus: { en: 'Each of you names a feeling you had today that nobody noticed.' },
      notes: {
        debrief: {
          en: 'Ask: "Did anyone hear something new? One pair can share a surprise, or you can all pass." Take one or two answers, thank them, move on. Do not ask what the feelings were.',
        },
        stuck: [
          { en: '"Start small: what was the best five minutes of your week?"' },
          { en: '"Try the list: happy, annoyed, bored, proud. Point at one."' },
          { en: 'For a son who finds talking hard: "Would it help to type your answer on the phone and show it?"' },
        ],
      },
    },
    {
      id: 'emotional-needs.reveal',
      kind: 'privateReveal',
      title: { en: 'What helps when I am upset' },
      durationSec: 240,
      script: {
        en: 'Now a private question. Answer it alone, screens turned away, no peeking. When you have both answered, you reveal your answers to each other at the same moment. Only the two of you see them, not me and not the room. At the end you can choose to share your handout with me, for example if you want me to print it; otherwise it stays yours. After the reveal, take a minute: did anything surprise you?',
      },
      deviceText: { en: 'Answer alone, screen turned away. When you are both ready, you reveal together.' },
      question: {
        mother: {
          teen: { en: 'When you have had a hard day, what small thing from your son makes it a little better?' },
          adult: { en: 'When you are upset, what helps you most from your son?' },
        },
        son: { en: 'When you are upset, what do you need most from {carer}?' },
      },
      answer: {
        type: 'choice',
        options: [
          { id: 'hug', label: { en: 'A hug' } },
          { id: 'space', label: { en: 'Some time alone first' } },
          { id: 'listen', label: { en: 'Someone who just listens' } },
          { id: 'help', label: { en: 'Help fixing the problem' } },
          { id: 'distraction', label: { en: 'A joke or something else to think about' } },
          { id: 'not-sure', label: { en: 'I\'m not sure' } },
          { id: 'pass', label: { en: 'I\'d rather not say' } },
        ],
      },
      sensitive: true,
      notes: {
        debrief: {
          en: 'Ask the room: "Hands up if your answers matched." Then: "If they didn\'t, you just learned something useful." No one explains their answer to the room.',
        },
        safety: {
          en: 'The grown-up\'s question is worded to stay his size for younger sons: a small thing, not "what do you need from him". If a grown-up starts to lean on a young son with adult worries, step in gently: "Share feelings his size. The big ones belong with another adult."',
        },
      },
    },
    {
      id: 'emotional-needs.poll',
      kind: 'poll',
      title: { en: 'How easy is it?' },
      durationSec: 180,
      script: {
        en: 'An anonymous poll. Grown-ups and sons answer separately, and we put the two groups side by side. Nobody can see who answered what, and that includes me. Be honest: the difference between the groups is often the interesting part.',
      },
      deviceText: { en: 'Anonymous. Grown-ups and sons answer separately. Nobody sees who chose what.' },
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
      notes: {
        talkingPoints: [
          { en: 'Big gap, sons lower: "Many boys learn that sad or scared is not for showing. What makes it a bit easier? Often: being side by side, not face to face."' },
          { en: 'Big gap, grown-ups lower: "Grown-ups often protect their children from their feelings. A small, finished feeling (\'I was worried, and I\'m OK now\') is a gift, not a burden."' },
          { en: 'Small gap: "You see it much the same way. That is a good base. Which one feeling would you like to find easier?"' },
        ],
      },
    },
    {
      id: 'emotional-needs.deeper',
      kind: 'pairTalk',
      title: { en: 'A big feeling from long ago' },
      durationSec: 300,
      script: {
        en: 'This time the grown-ups tell a story first. Think back to when you were young and felt something big: proud, scared, left out, in love. Choose a story that is finished, one you can tell without it hurting now. Sons, your job is to listen and ask one question. At halfway, swap.',
      },
      deviceText: { en: '{carer} tells a story from long ago first. The son listens and asks one question. Swap at halfway.' },
      prompts: [
        {
          teen: { en: '{carer}: tell about a time you were about your son\'s age and felt something big. Who did you tell, if anyone?' },
          adult: { en: '{carer}: tell about a time you were young and felt something big. Who did you tell, if anyone?' },
        },
        {
          teen: { en: 'Son: if you felt something that big, who would you tell? It\'s fine if the answer is a friend.' },
          adult: { en: 'Son: who do you tell now when something big is going on? Would you like the other one on that list more, less, or the same?' },
        },
      ],
      halfway: { en: 'Halfway: swap. Now the son answers, and {carer} asks one question.' },
      bonus: { en: 'What did people your age do back then to feel better?' },
      sensitive: true,
      notes: {
        debrief: { en: 'No room debrief needed. Say: "Thank you for the stories. Being told them is a way of being trusted."' },
        stuck: [
          { en: '"What about a first day somewhere: a new school, a new job?"' },
          { en: '"A time you were really proud of yourself as a kid?"' },
        ],
        safety: {
          en: 'Stories can open old grief. If a grown-up gets upset, let the pair pause; suggest the son asks an easy question ("What did you look like back then?"). Nobody has to finish a story.',
        },
      },
    },
    {
      id: 'emotional-needs.commitment',
      kind: 'commitment',
      title: { en: 'Our feelings promise' },
      durationSec: 120,
      script: {
        en: 'To finish, agree on one small thing you will do this week so feelings get said out loud between you. Small enough that you will really do it. Write it on your screen; it goes on your handout.',
      },
      deviceText: { en: 'Agree on one small thing for this week and write it down. It goes on your handout.' },
      prompt: { en: 'This week, how will we make sure feelings get said out loud?' },
      examples: [
        {
          teen: { en: 'Every evening at dinner or at bedtime, we each say one word for how our day felt.' },
          adult: { en: 'Every time we talk this week, we both start with one word for how we are really doing.' },
        },
        { en: '{carer} tells one of her own feelings, a small one, instead of only asking.' },
      ],
      notes: {
        debrief: { en: 'Walk round and read nothing over shoulders. If a pair has nothing, offer the first example.' },
      },
    },
  ],
};
