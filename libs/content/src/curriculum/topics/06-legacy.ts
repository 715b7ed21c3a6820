import type { Topic } from '../../schema/topic';

export const legacy: Topic = {
  id: 'legacy',
  number: 6,
  title: { en: 'What we pass on' },
  summary: { en: 'The values you hope he carries to the people in his life: kindness, not giving up, respect.' },
  keyIdeas: [
    { en: 'Values are passed on more by what we do than by what we say: how you treat a bus driver, a neighbour, or each other on a bad day.' },
    { en: 'It runs both ways: sons shape their grown-ups\' values too. And he chooses what kind of man, friend and partner he becomes.' },
    { en: 'Talking about values out loud helps him choose them as his own, not just inherit them.' },
  ],
  takeHome: [
    { en: 'This month, each of you notices one moment when the other showed a value you admire, and says so out loud.' },
  ],
  segments: [
    {
      id: 'legacy.intro',
      kind: 'intro',
      title: { en: 'What we pass on' },
      durationSec: 120,
      script: {
        en: 'Every family passes things on: recipes, sayings, a way of laughing, a way of treating people. Some of it we choose, and some of it just happens. Tonight you talk about the values you want to pass on on purpose, like kindness, not giving up, and respect. Grown-ups, you will tell your son what he already does that makes you proud. Sons, what kind of man, friend and, one day maybe, partner do you want to be, and what would you like to take with you from home?',
      },
      deviceText: { en: 'What we pass on. The values you hope to carry into your lives.' },
    },
    {
      id: 'legacy.talk',
      kind: 'pairTalk',
      title: { en: 'Things worth passing on' },
      durationSec: 300,
      script: {
        en: 'Start with family sayings and recipes; they are an easy way in. Grown-ups answer first, then swap at halfway. The last question is about habits you would rather not pass on: it can be light, like always being late, or more serious. Keep it to what you are comfortable saying.',
      },
      deviceText: { en: '{carer} first, swap at halfway. Start with family sayings and recipes.' },
      prompts: [
        { en: 'What saying, habit or recipe has been handed down in your family? Who did it come from?' },
        { en: '{carer}: when have you seen your son be kind, brave or fair, and felt proud? Son: what does {carer} do for other people that you would like to do too?' },
        { en: 'Which family habit would you rather not pass on? A small one is fine: always being late, shouting at the TV.' },
      ],
      halfway: { en: 'Halfway: swap. Now the son answers, and {carer} listens.' },
      bonus: { en: 'Son: what kind of man do you want to become? {carer}: what do you already see in him that you hope stays?' },
      sensitive: true,
      notes: {
        debrief: { en: 'Ask: "Anyone want to share a family saying? You can pass." Sayings are safe and often funny. Do not ask the room about habits they would rather not pass on.' },
        stuck: [
          { en: '"Is there a dish that only your family makes that way?"' },
          { en: '"What does someone in your family always say when things go wrong?"' },
        ],
        safety: {
          en: 'The habits question can touch drinking, violence, or a parent who left. Offer light examples first. If a son names something serious about someone at home, listen, do not probe, and check the safeguarding note (S key).',
        },
      },
    },
    {
      id: 'legacy.reveal',
      kind: 'privateReveal',
      title: { en: 'The one value' },
      durationSec: 240,
      script: {
        en: 'Grown-ups, pick the one value you most hope to pass on. Sons, guess which one they picked. Answer alone, screens turned away, then reveal together. A wrong guess is a great conversation.',
      },
      deviceText: { en: '{carer} picks one value. The son guesses which one. Answer alone, then reveal together.' },
      question: {
        mother: { en: 'If your son could carry just one value from you into his life, which one would you choose?' },
        son: { en: 'Which value do you think {carer} most hopes you carry into your life?' },
      },
      answer: {
        type: 'choice',
        options: [
          { id: 'kindness', label: { en: 'Kindness' } },
          { id: 'honesty', label: { en: 'Honesty' } },
          { id: 'not-giving-up', label: { en: 'Not giving up' } },
          { id: 'respect', label: { en: 'Respect for others' } },
          { id: 'courage', label: { en: 'Courage: standing up for what is right' } },
          { id: 'humor', label: { en: 'A sense of humour' } },
          { id: 'pass', label: { en: 'I\'d rather not say' } },
        ],
      },
      notes: {
        debrief: { en: 'Ask: "Hands up if the son guessed right." Applause either way. Then: "If not, ask at home why." Move on.' },
      },
    },
    {
      id: 'legacy.poll',
      kind: 'poll',
      title: { en: 'Where values are learned' },
      durationSec: 180,
      script: {
        en: 'Anonymous poll, grown-ups and sons separately. Where do boys learn most about how to treat other people? Pick one. We compare the groups.',
      },
      deviceText: { en: 'Anonymous. Grown-ups and sons answer separately.' },
      question: { en: 'Where do boys learn most about how to treat other people?' },
      poll: {
        type: 'single',
        options: [
          { id: 'home', label: { en: 'At home' } },
          { id: 'friends', label: { en: 'From friends' } },
          { id: 'online', label: { en: 'Online: videos, games, social media' } },
          { id: 'school', label: { en: 'At school or in a club' } },
          { id: 'role-models', label: { en: 'From famous people they look up to' } },
          { id: 'not-sure', label: { en: 'Not sure' } },
        ],
      },
      audience: 'byRole',
      voter: 'member',
      notes: {
        talkingPoints: [
          { en: 'Big gap, grown-ups say "home", sons say "friends" or "online": "Both are true. What he sees online is loud; what he sees at home lasts. Ask each other who he looks up to, and why."' },
          { en: 'Small gap: "You agree where it happens. Then you both know where to pay attention."' },
          { en: 'A gentle prompt for the room: "What does being a good man look like, in one word?" Take a few words aloud.' },
        ],
      },
    },
    {
      id: 'legacy.deeper',
      kind: 'pairTalk',
      title: { en: 'A note for later' },
      durationSec: 300,
      script: {
        en: 'To end, together, imagine a short note for later. What would you want to remember about tonight, and about the values you talked about? You do not have to write it down; just talk it through. If you like, one of you writes it on paper tonight and you keep it somewhere safe.',
      },
      deviceText: { en: 'Imagine a short note for later, together. What should it say?' },
      prompts: [
        {
          teen: { en: 'Imagine a note for the son to open in ten years. What should it remind him of?' },
          adult: { en: 'Imagine a note for the people who will know the son later: friends, a partner, maybe his own children. What should they know about what he learned at home?' },
        },
        { en: 'Which one thing in that note would you underline twice?' },
      ],
      halfway: { en: 'Halfway: swap. Whoever has listened now adds their line.' },
      bonus: { en: 'Write the note for real, on paper, and decide where to keep it.' },
      notes: {
        debrief: { en: 'This is a closing ritual: no room debrief. Offer paper and pens. Let the room stay quiet for a moment before you move on.' },
        stuck: [
          { en: '"Start with: \'Remember that you...\'"' },
          { en: '"What would you want him to know on a hard day?"' },
        ],
      },
    },
    {
      id: 'legacy.commitment',
      kind: 'commitment',
      title: { en: 'Living a value this week' },
      durationSec: 120,
      script: {
        en: 'Choose one way to practise a value together this week, something you can actually see yourselves doing. Write it down for your handout.',
      },
      deviceText: { en: 'Choose one way to practise a value together this week. Write it down.' },
      prompt: { en: 'How will we practise one value together this week?' },
      examples: [
        { en: 'We do one kind thing together for a neighbour.' },
        {
          teen: { en: 'We cook a family recipe together and {carer} tells the story behind it.' },
          adult: { en: 'We ask an older relative for a family story and share it with each other.' },
        },
      ],
      notes: { debrief: { en: 'Kind things done together stick best. Suggest one for someone outside the family.' } },
    },
  ],
};
