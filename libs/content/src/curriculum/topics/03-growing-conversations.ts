import type { Topic } from '../../schema/topic';

export const growingConversations: Topic = {
  id: 'growing-conversations',
  number: 3,
  title: { en: 'Talking about more than problems' },
  summary: { en: 'Talking is not only for sorting out trouble. It is how you learn each other\'s dreams, fears and hopes.' },
  keyIdeas: [
    { en: 'If you only talk when something is wrong, talking starts to feel like trouble.' },
    { en: 'Being curious builds trust. Ask about dreams, fears and hopes, and share your own.' },
    {
      en: 'How you react the first time he tells you something big decides whether there will be a second time.',
    },
    {
      en: 'Your conversations grow as he grows. A 10-year-old talks at bedtime, a 16-year-old in the car late at night, a grown man on a long phone call.',
    },
  ],
  takeHome: [
    {
      en: 'Keep a few "what if" questions ready for car rides and meals: What if you could live anywhere? What if you had a whole day with no rules?',
    },
    {
      en: 'When one of you says something big, try: "Thanks for telling me. Do you want advice, or should I just listen?"',
    },
    {
      teen: { en: 'Once a week, the son picks what you talk about, and his mom only asks questions.' },
      adult: { en: 'Once a month, the son picks what you talk about on a call, and his mom only asks questions.' },
    },
  ],
  segments: [
    {
      id: 'growing-conversations.intro',
      kind: 'intro',
      title: { en: 'Talking about more than problems' },
      durationSec: 120,
      script: {
        teen: {
          en: 'A lot of the talking between mothers and sons is about plans and problems: homework, chores, being late, screen time. That is normal, and it has to happen. But talking is also how you find out who the other person is: what he dreams about, what you were scared of at his age, what you both hope for. Trust grows in conversations where he can say what he really thinks and nothing bad happens. Today we practice that other kind of talking.',
        },
        adult: {
          en: 'A lot of the talking between mothers and grown sons is about plans and problems: work, money, who is coming for the holidays, what the doctor said. That is normal, and it has to happen. But talking is also how you keep finding out who the other person is: what he dreams about now, what you were scared of at his age, what you both still hope for. Trust grows in conversations where he can say what he really thinks and nothing bad happens. Today we practice that other kind of talking.',
        },
      },
      deviceText: { en: 'Topic 3: Talking about more than problems. Dreams, fears and hopes, from both of you.' },
    },
    {
      id: 'growing-conversations.talk',
      kind: 'pairTalk',
      title: { en: 'Dreams, fears and hopes' },
      durationSec: 420,
      script: {
        en: 'Three questions on your screen, seven minutes. Sons answer first, then swap about halfway through. Mothers, try something hard: while your son answers, only ask questions and listen. No advice at all this round.',
      },
      deviceText: { en: 'Son answers first, then swap halfway. While he talks, Mom only asks questions: no advice.' },
      prompts: [
        { en: 'If you could get really good at one thing by this time next year, what would it be? Why that?' },
        { en: 'What did you worry about when you were younger that you don\'t worry about now?' },
        { en: 'What is one thing you hope for the other one? Not for yourself, for them.' },
      ],
    },
    {
      id: 'growing-conversations.reveal',
      kind: 'privateReveal',
      title: { en: 'What we talk about most' },
      durationSec: 240,
      script: {
        en: 'A private question now. Each of you picks, alone, what you think the two of you talk about most. Then reveal together. Do you see it the same way? Is that what you want to talk about most?',
      },
      deviceText: { en: 'Pick alone, then reveal together: do you see it the same way?' },
      question: {
        mother: { en: 'What do you and your son talk about most?' },
        son: { en: 'What do you and your mom talk about most?' },
      },
      answer: {
        type: 'choice',
        options: [
          { id: 'plans', label: { en: 'Plans: who, when, where' } },
          {
            id: 'school-work',
            label: { teen: { en: 'School and homework' }, adult: { en: 'Work and money' } },
          },
          { id: 'problems', label: { en: 'Problems and arguments' } },
          { id: 'fun', label: { en: 'Fun things: games, shows, sport, jokes' } },
          { id: 'big-things', label: { en: 'Big things: feelings, dreams, worries' } },
        ],
      },
    },
    {
      id: 'growing-conversations.poll',
      kind: 'poll',
      title: { en: 'Beyond plans and problems' },
      durationSec: 180,
      script: {
        en: 'Anonymous poll, mothers and sons separately. How often do you talk about something that is not a plan or a problem? Look at the two groups when the results come up: mothers and sons often remember this quite differently.',
      },
      deviceText: { en: 'Anonymous. Mothers and sons answer separately.' },
      question: { en: 'How often do the two of you talk about something that is not a plan or a problem?' },
      poll: {
        type: 'single',
        options: [
          { id: 'most-days', label: { en: 'Most days' } },
          { id: 'weekly', label: { en: 'About once a week' } },
          { id: 'sometimes', label: { en: 'Now and then' } },
          { id: 'hardly-ever', label: { en: 'Hardly ever' } },
        ],
      },
      audience: 'byRole',
      voter: 'member',
    },
    {
      id: 'growing-conversations.deeper',
      kind: 'pairTalk',
      title: { en: 'What makes it safe to talk' },
      durationSec: 300,
      script: {
        en: 'Now talk about the talking itself. Sons, tell your mom what makes it easier or harder to tell her something important. Mothers, tell him what you want him to know he can always bring to you. Nobody defends themselves in this round: just take it in.',
      },
      deviceText: { en: 'What makes it easy, or hard, to tell each other something important? Just listen, no defending.' },
      prompts: [
        { en: 'Son: what does your mom do that makes it easier to tell her something big? What makes it harder?' },
        {
          teen: { en: 'Mom: what do you want your son to know he can always tell you, whatever it is?' },
          adult: { en: 'Mom: what do you want your son to know he can still always tell you, at any age?' },
        },
      ],
    },
    {
      id: 'growing-conversations.commitment',
      kind: 'commitment',
      title: { en: 'One conversation that isn\'t a problem' },
      durationSec: 120,
      script: {
        en: 'Plan one conversation this week that is not about a plan or a problem. Decide when it will happen: a car ride, a meal, a phone call. Write it down for your handout.',
      },
      deviceText: { en: 'Choose one talk this week that is not about plans or problems. When will it happen?' },
      prompt: { en: 'When will we have one conversation this week that is not about a plan or a problem?' },
      examples: [
        {
          teen: { en: 'On the drive to practice, we each ask the other one "what if" question.' },
          adult: { en: 'On our next call, we spend five minutes on something that is not news or plans.' },
        },
        {
          teen: { en: 'Mom asks one question about a dream, not about homework.' },
          adult: { en: 'Mom asks one question about a dream, not about work.' },
        },
      ],
    },
  ],
};
