import type { Topic } from '../../schema/topic';

export const independence: Topic = {
  id: 'independence',
  number: 9,
  title: { en: 'Standing on your own, leaning on each other' },
  summary: { en: 'Making your own decisions and knowing you can lean on each other: both are strengths.' },
  keyIdeas: [
    { en: 'Independence is built one decision at a time, including the wrong ones. Help without taking over: ask, offer, then let him lead.' },
    { en: 'Leaning on each other is not weakness. Asking for help is a skill, for sons and for grown-ups.' },
    { en: 'It is good for a son to have more than one person to go to: a grandparent, a coach, a friend\'s parent. That is part of the safety net, not a threat to it.' },
  ],
  takeHome: [
    {
      teen: { en: 'Hand over one job the son is ready for: booking an appointment, planning a trip, cooking a meal, fixing a bike.' },
      adult: { en: 'Each of you asks the other for help with one real thing this month, and lets the other do it their way.' },
    },
  ],
  segments: [
    {
      id: 'independence.intro',
      kind: 'intro',
      title: { en: 'Standing on your own, leaning on each other' },
      durationSec: 120,
      script: {
        en: 'Two things that sound like opposites but belong together. Independence: sons, you learn to make your own decisions, fix your own mistakes and stand on your own feet. And leaning on each other: knowing you can call on one another. A strong son is not one who never needs anyone, and a strong grown-up is not one who does everything alone. Asking for help and giving it, both ways, is a strength.',
      },
      deviceText: { en: 'Standing on your own, leaning on each other. Both are strengths.' },
    },
    {
      id: 'independence.talk',
      kind: 'pairTalk',
      title: { en: 'Standing and leaning' },
      durationSec: 300,
      script: {
        en: 'Talk about what each of you can do alone now, and about asking for help. Sons first; at halfway, swap. Grown-ups, if you are proud of something your son can do on his own, tell him now.',
      },
      deviceText: { en: 'Son first, swap at halfway. What can you do on your own now? When do you ask for help?' },
      prompts: [
        { en: 'What can you do on your own now that you could not do a year or two ago?' },
        { en: 'When did you last ask the other one for help? Was it easy or hard to ask?' },
        {
          teen: { en: 'Who else helps you when you need it: a friend, a relative, a teacher, a coach?' },
          adult: { en: '{carer}: when have you leaned on your son? Son: did you notice, and how did it feel?' },
        },
      ],
      halfway: { en: 'Halfway: swap. Now {carer} answers, and the son listens.' },
      bonus: { en: 'Name one thing each of you would like to learn to do alone next.' },
      notes: {
        debrief: { en: 'Ask: "Anyone want to share something new the son can do alone? Sons can answer too." Celebrate it with the room.' },
        stuck: [
          { en: '"Think of cooking, travelling alone, money, sorting out a problem with a friend."' },
          { en: '"When did you help each other last, even with something tiny?"' },
        ],
      },
    },
    {
      id: 'independence.reveal',
      kind: 'privateReveal',
      title: { en: 'Who would you go to?' },
      durationSec: 240,
      script: {
        en: 'A private question about who you would go to with a real problem. Answer alone and honestly, screens turned away, then reveal together. Whatever the answers are, they are fine: it is good to have more than one person to go to. Then talk about what would make it easier to come to each other.',
      },
      deviceText: { en: 'Answer alone and honestly, then reveal together. Any answer is fine: more than one person to go to is good.' },
      question: {
        mother: {
          teen: { en: 'If your son had a real problem, with a friend, at school or online, who do you think he would go to first?' },
          adult: { en: 'If your son had a real problem, with money, work or a relationship, who do you think he would go to first?' },
        },
        son: {
          teen: { en: 'If you had a real problem, with a friend, at school or online, who would you go to first?' },
          adult: { en: 'If you had a real problem, with money, work or a relationship, who would you go to first?' },
        },
      },
      answer: {
        type: 'choice',
        options: [
          { id: 'straight-away', label: { en: '{carer}, straight away' } },
          { id: 'after-trying', label: { en: '{carer}, after trying alone first' } },
          { id: 'someone-else', label: { en: 'Someone else I trust' } },
          { id: 'alone', label: { en: 'I would try to sort it out alone' } },
          { id: 'not-sure', label: { en: 'Not sure' } },
          { id: 'pass', label: { en: 'I\'d rather not say' } },
        ],
      },
      sensitive: true,
      notes: {
        debrief: {
          en: 'No room debrief for this one. Say to everyone: "If the answer was \'someone else I trust\', that is a good answer. A son with several people to go to is safer, not further away."',
        },
        safety: {
          en: 'Revealing "someone else" or "alone" face to face can sting. Watch for a grown-up who looks hurt; crouch by the pair and say: "Having other people to go to is part of the safety net." The options read "my mom" for the grown-up too; the grown-up is guessing what the son would choose.',
        },
      },
    },
    {
      id: 'independence.poll',
      kind: 'poll',
      title: { en: 'The harder part' },
      durationSec: 180,
      script: {
        en: 'Anonymous poll, grown-ups and sons separately. Which is harder for you: asking for help, or helping without taking over? We compare the two groups.',
      },
      deviceText: { en: 'Anonymous. Grown-ups and sons answer separately.' },
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
      notes: {
        talkingPoints: [
          { en: 'Big gap, sons "asking" and grown-ups "helping": "Sons find it hard to ask; grown-ups find it hard not to take over. Those two fit together: if you ask first, \'what kind of help?\', both get easier."' },
          { en: 'Small gap: "You find the same thing hard. Practise it together: one small ask each this week."' },
          { en: 'If "both are easy" is high: "Lucky you, or brave answers. Either way, try the take-home and see."' },
        ],
      },
    },
    {
      id: 'independence.commitment',
      kind: 'commitment',
      title: { en: 'Standing and leaning this week' },
      durationSec: 120,
      script: {
        en: 'Sons, one way you will stand on your own this week; and together, one way you will lean on each other. Write it down; it goes on your handout with everything else you wrote.',
      },
      deviceText: { en: 'Son: one way you stand on your own this week. Together: one way you lean on each other.' },
      prompt: { en: 'This week, how will the son stand on his own, and how will we lean on each other?' },
      examples: [
        {
          teen: { en: 'The son books his own haircut, and {carer} asks him for help with her phone.' },
          adult: { en: 'We each ask the other for help with one real thing this week.' },
        },
        {
          teen: { en: 'The son plans and cooks one meal on his own, and {carer} asks his opinion on something small.' },
          adult: { en: '{carer} asks his advice on a real decision and listens to the end.' },
        },
      ],
      notes: { debrief: { en: 'Check that both halves are there: one standing, one leaning.' } },
    },
  ],
};
