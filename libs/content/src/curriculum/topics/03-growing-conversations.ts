import type { Topic } from '../../schema/topic';

export const growingConversations: Topic = {
  id: 'growing-conversations',
  number: 3,
  title: { en: 'Talking about more than problems' },
  summary: { en: 'Talking is not only for sorting out trouble. It is how you learn each other\'s dreams, fears and hopes.' },
  keyIdeas: [
    { en: 'If you only talk when something is wrong, talking starts to feel like trouble. Be curious about dreams, fears and hopes, and share your own.' },
    {
      en: 'A calm first reaction makes it easier to say the next big thing. Nobody gets it right every time, and you can go back: "I reacted badly. Can you tell me again?"',
    },
    {
      en: 'Your conversations change as he grows: at bedtime at 10, late at night or side by side at 16, on a long call as a grown man. Follow them where they go.',
    },
  ],
  takeHome: [
    {
      teen: { en: 'Once a week, the son picks what you talk about, and {carer} only asks questions.' },
      adult: { en: 'Once a month, the son picks what you talk about on a call, and {carer} only asks questions.' },
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
          en: 'A lot of family talk is about plans and problems: homework, chores, being late, screen time. That has to happen. But talking is also how you find out who the other person is: what you dream about, what scared you at that age, what you hope for. Sons, trust grows when you can say what you really think and nothing bad happens. Grown-ups, it also grows when you share your own dreams and fears. Tonight we practise that other kind of talking.',
        },
        adult: {
          en: 'A lot of family talk is about plans and problems: work, money, who comes for the holidays, what the doctor said. That has to happen. But talking is also how you keep finding out who the other person is: what you dream about now, what scared you at that age, what you still hope for. Sons, trust grows when you can say what you really think and nothing bad happens. Grown-ups, it also grows when you share your own dreams and fears. Tonight we practise that other kind of talking.',
        },
      },
      deviceText: { en: 'Talking about more than problems. Dreams, fears and hopes, from both of you.' },
    },
    {
      id: 'growing-conversations.talk',
      kind: 'pairTalk',
      title: { en: 'Dreams, fears and hopes' },
      durationSec: 300,
      script: {
        en: 'The questions are on your screen. Sons answer first; at halfway the screen says swap. Grown-ups, try something hard while your son answers: only ask questions and listen. No advice at all this round. Sons, you get the same deal when it is your turn to listen.',
      },
      deviceText: { en: 'Son first, swap at halfway. Whoever listens only asks questions: no advice.' },
      prompts: [
        { en: 'If you could get really good at one thing by this time next year, what would it be? Why that?' },
        { en: 'What did you worry about when you were younger that you don\'t worry about now?' },
        { en: 'How has the way you two talk changed since the son was small? What do you miss, and what is better now?' },
      ],
      halfway: { en: 'Halfway: swap. Now {carer} answers, and the son only asks questions.' },
      bonus: { en: 'Say one thing you hope for the other one. Not for yourself: for them.' },
      notes: {
        debrief: {
          en: 'Ask grown-ups: "How hard was it not to give advice? Hands up." Usually most hands go up. Laugh with them. Then: "Sons, did you notice a difference?" One answer is enough.',
        },
        stuck: [
          { en: '"What would you do with a whole day and no rules?"' },
          { en: '"Which job would you try for one week, just to see?"' },
          { en: 'For a pair facing each other in silence: "Try sitting side by side and looking at the room. It often helps."' },
        ],
      },
    },
    {
      id: 'growing-conversations.reveal',
      kind: 'privateReveal',
      title: { en: 'What we talk about most' },
      durationSec: 240,
      script: {
        en: 'A private question. Each of you picks, alone, what you think the two of you talk about most. Screens turned away. Then reveal together. Do you see it the same way? Is that what you want to talk about most?',
      },
      deviceText: { en: 'Pick alone, then reveal together: do you see it the same way?' },
      question: {
        mother: { en: 'What do you and your son talk about most?' },
        son: { en: 'What do you and {carer} talk about most?' },
      },
      answer: {
        type: 'choice',
        options: [
          { id: 'plans', label: { en: 'Plans: who, when, where' } },
          { id: 'school-work', label: { teen: { en: 'School and homework' }, adult: { en: 'Work and money' } } },
          { id: 'problems', label: { en: 'Problems and arguments' } },
          { id: 'fun', label: { en: 'Fun things: games, shows, sport, jokes' } },
          { id: 'big-things', label: { en: 'Big things: feelings, dreams, worries' } },
          { id: 'pass', label: { en: 'I\'d rather not say' } },
        ],
      },
      notes: {
        debrief: { en: 'Ask: "Did anyone pick different answers? What would you like to talk about more?" One or two pairs, then move on.' },
      },
    },
    {
      id: 'growing-conversations.poll',
      kind: 'poll',
      title: { en: 'The hardest thing to bring up' },
      durationSec: 180,
      script: {
        en: 'Anonymous poll, grown-ups and sons separately. Which of these would be hardest for you to bring up with the other one? Nobody sees who chose what. We will look at the two groups side by side.',
      },
      deviceText: { en: 'Anonymous. Grown-ups and sons answer separately.' },
      question: { en: 'Which would be hardest for you to bring up with the other one?' },
      poll: {
        type: 'single',
        options: [
          { id: 'mistake', label: { en: 'A mistake I made' } },
          { id: 'worry', label: { en: 'Something I\'m worried about' } },
          { id: 'love', label: { teen: { en: 'Crushes, love, going out' }, adult: { en: 'My relationship or love life' } } },
          { id: 'body', label: { teen: { en: 'My body and growing up' }, adult: { en: 'Health' } } },
          { id: 'money', label: { en: 'Money' } },
          { id: 'feeling-about-us', label: { en: 'How I feel about us' } },
        ],
      },
      audience: 'byRole',
      voter: 'member',
      notes: {
        talkingPoints: [
          { en: 'Big gap: "Grown-ups and sons find different things hard. Knowing which one is hard for the other is already half the work."' },
          { en: 'If "body and growing up" is high for sons: "That is normal at this age. Many boys prefer a book, a doctor, or an uncle for those questions. What matters is that he knows he can come to you too, and you won\'t laugh."' },
          { en: 'Small gap: "You find the same things hard. Then you can make it easier together: pick a side-by-side moment for the hard ones."' },
        ],
      },
    },
    {
      id: 'growing-conversations.deeper',
      kind: 'pairTalk',
      title: { en: 'What makes it safe to talk' },
      durationSec: 300,
      script: {
        en: 'Now talk about the talking itself. Sons start: tell the grown-up what makes it easier or harder to tell them something important. Grown-ups, after the swap, tell your son, to his face, what he can always bring to you. Nobody defends themselves in this round: just take it in.',
      },
      deviceText: { en: 'What makes it easy, or hard, to tell each other something important? Just listen, no defending.' },
      prompts: [
        { en: 'Son: what does the other one do that makes it easier to tell them something big? What makes it harder?' },
        {
          teen: { en: '{carer}: what do you want your son to know he can always tell you, whatever it is?' },
          adult: { en: '{carer}: what do you want your son to know he can still always tell you, at any age?' },
        },
      ],
      halfway: { en: 'Halfway: swap. Now {carer} answers, and the son listens.' },
      bonus: { en: 'Practise it: "I got that wrong. Can we try again?" Both of you say it once, for something small.' },
      sensitive: true,
      notes: {
        debrief: { en: 'No room debrief. Say: "If you heard something hard about yourself just now and did not argue, well done. That is the skill."' },
        stuck: [
          { en: '"Think of a time you told each other something and it went well. What made it go well?"' },
          { en: '"Is there a place where talking is easier? In the dark, on a walk, by message?"' },
        ],
        safety: {
          en: 'A son may say something critical. If a grown-up starts defending or the son goes quiet, crouch by them and offer the repair line: "Thank you for telling me. I got that wrong sometimes." Then a break in the pair is fine.',
        },
      },
    },
    {
      id: 'growing-conversations.commitment',
      kind: 'commitment',
      title: { en: 'One conversation that isn\'t a problem' },
      durationSec: 120,
      script: {
        en: 'Plan one conversation this week that is not about a plan or a problem. Decide when it will happen: a walk, a meal, bedtime, a phone call. Write it down for your handout.',
      },
      deviceText: { en: 'Choose one talk this week that is not about plans or problems. When will it happen?' },
      prompt: { en: 'When will we have one conversation this week that is not about a plan or a problem?' },
      examples: [
        {
          teen: { en: 'On the way to school on Thursday, we each ask the other one "what if" question.' },
          adult: { en: 'On our next call, we spend five minutes on something that is not news or plans.' },
        },
        {
          teen: { en: '{carer} asks one question about a dream, not about homework.' },
          adult: { en: '{carer} asks one question about a dream, not about work.' },
        },
      ],
      notes: { debrief: { en: 'If pairs finish quickly, suggest they add a day and a time: it doubles the chance it happens.' } },
    },
  ],
};
