import type { Topic } from '../../schema/topic';

export const navigatingChange: Topic = {
  id: 'navigating-change',
  number: 5,
  title: { en: 'When things change' },
  summary: { en: 'School, work, love, moving out: your relationship changes shape, but it can stay just as deep.' },
  keyIdeas: [
    { en: 'Change is normal. Talking about a change before it happens makes it less scary for both of you.' },
    {
      en: '{carer}\'s role slowly moves from looking after him to being someone he trusts for advice. Let go of tasks, not of each other.',
    },
    { en: 'Grown-ups go through changes too: new jobs, moves, a new partner, getting older. Sons can help through change as well, at their own size.' },
  ],
  takeHome: [
    { en: 'Before the next big change, each of you writes down one hope and one worry about it. Then swap and talk.' },
  ],
  segments: [
    {
      id: 'navigating-change.intro',
      kind: 'intro',
      title: { en: 'When things change' },
      durationSec: 120,
      script: {
        teen: {
          en: 'Sons, you will go through many changes: a new school, a first job, a first love, maybe moving out, maybe a family of your own. Grown-ups, your role slowly shifts from taking care of everything to being someone your son trusts for advice. Sons, that means you get more say. Grown-ups, it can feel like losing something. It is really a change of shape. Some changes are not chosen, like a move, a separation or losing someone; those count too, and you only talk about what you want to tonight.',
        },
        adult: {
          en: 'Sons, you have already been through many changes, and more are coming: a new job, a move, a partner, maybe a family of your own. Grown-ups, your role has been shifting for years, from taking care of everything to being someone your son trusts for advice. Sons, that means you get more say. Grown-ups, it can feel like losing something. It is really a change of shape. Some changes are not chosen, like a move, a separation or losing someone; those count too, and you only talk about what you want to tonight.',
        },
      },
      deviceText: { en: 'When things change. Your relationship changes shape, not depth.' },
    },
    {
      id: 'navigating-change.talk',
      kind: 'pairTalk',
      title: { en: 'Changes behind us and ahead' },
      durationSec: 300,
      script: {
        en: 'Talk about changes behind you and ahead of you. Sons go first; at halfway, swap. You choose which change to talk about. A small one is just as good as a big one, and you can pass.',
      },
      deviceText: { en: 'Son first, swap at halfway. Pick any change you like: small ones count.' },
      prompts: [
        { en: 'Think of a change you have already been through together, small or big. What helped you get through it?' },
        {
          teen: { en: 'What change is coming next: a new school, a new team, a first job? What are you looking forward to, and what worries you?' },
          adult: { en: 'What change is coming next: a new job, a move, a partner, a child? What are you looking forward to, and what worries you?' },
        },
        { en: '{carer}: what did you use to do for your son that he does himself now? How did that feel?' },
      ],
      halfway: { en: 'Halfway: swap. Now {carer} answers, and the son listens.' },
      bonus: { en: 'What is one thing that stayed the same through all the changes?' },
      sensitive: true,
      notes: {
        debrief: { en: 'Ask: "Who wants to share what helped them through a change? You can pass." Collect two answers and repeat them; they are useful to everyone.' },
        stuck: [
          { en: '"A small change works too: a new bedroom, a new teacher, a new phone."' },
          { en: '"What about something you learned to do on your own this year?"' },
        ],
        safety: {
          en: 'This can open separation, a death, a move or a parent in prison. Before the talk, say "small ones count". If a pair goes quiet or one of them cries, crouch by them: "Do you want to stay with this or pick another change? Both are fine." Never ask the room about the big changes.',
        },
      },
    },
    {
      id: 'navigating-change.reveal',
      kind: 'privateReveal',
      title: { en: 'Which picture fits?' },
      durationSec: 240,
      script: {
        en: 'Four pictures in words on your screen: driver, coach, co-pilot, lighthouse. Each of you picks alone the one that fits the grown-up\'s role in the son\'s life right now. Screens turned away, then reveal together. Then ask each other: which picture would you like in five years?',
      },
      deviceText: { en: 'Pick alone the picture that fits {carer}\'s role right now, then reveal together.' },
      question: {
        mother: { en: 'Which picture fits your role in your son\'s life right now?' },
        son: { en: 'Which picture fits {carer}\'s role in your life right now?' },
      },
      answer: {
        type: 'choice',
        options: [
          { id: 'driver', label: { en: 'Driver: {carer} steers, the son rides along' } },
          { id: 'coach', label: { en: 'Coach: {carer} trains and calls out tips from the side' } },
          { id: 'co-pilot', label: { en: 'Co-pilot: we steer together' } },
          { id: 'lighthouse', label: { en: 'Lighthouse: there in the distance whenever needed' } },
          { id: 'not-sure', label: { en: 'I\'m not sure' } },
          { id: 'pass', label: { en: 'I\'d rather not say' } },
        ],
      },
      notes: {
        debrief: { en: 'Ask: "Who picked the same picture? Who would like a different one in five years?" Hands only; no explanations to the room.' },
      },
    },
    {
      id: 'navigating-change.poll',
      kind: 'poll',
      title: { en: 'The change that feels scariest' },
      durationSec: 180,
      script: {
        en: 'Anonymous poll, grown-ups and sons separately. Of the changes ahead, which one feels scariest to you? Not the biggest: the scariest. Grown-ups and sons often pick quite different ones.',
      },
      deviceText: { en: 'Anonymous. Grown-ups and sons answer separately.' },
      question: { en: 'Which change ahead feels scariest to you?' },
      poll: {
        type: 'single',
        options: [
          { id: 'study-work', label: { teen: { en: 'A new school or course' }, adult: { en: 'A new job or career' } } },
          { id: 'moving', label: { teen: { en: 'Moving out one day' }, adult: { en: 'Moving further away' } } },
          { id: 'relationship', label: { teen: { en: 'A first relationship' }, adult: { en: 'A serious relationship or marriage' } } },
          { id: 'needing-less', label: { teen: { en: 'Needing each other less' }, adult: { en: 'Becoming a parent' } } },
          { id: 'mom-life', label: { teen: { en: 'Changes in {carer}\'s life: work, health, moving' }, adult: { en: '{carer} getting older' } } },
          { id: 'other', label: { en: 'Something else' } },
          { id: 'none', label: { en: 'None of them scares me' } },
        ],
      },
      audience: 'byRole',
      voter: 'member',
      notes: {
        talkingPoints: [
          { en: 'Big gap: "Grown-ups often fear \'needing each other less\'; sons often fear the new school or job. Each of you is scared for different reasons. Tell each other which one you picked, at home."' },
          { en: 'Small gap: "You fear the same change. Then you can prepare for it together: talk before it comes."' },
          { en: 'If "none" is high among sons: "Brave, or not thinking about it yet. Both are normal at this age."' },
        ],
      },
    },
    {
      id: 'navigating-change.deeper',
      kind: 'pairTalk',
      title: { en: 'From looking after to advising' },
      durationSec: 300,
      script: {
        en: 'Now talk about advice. Sons start: which advice do you actually use, and when does it feel like too much? After the swap, grown-ups: tell your son what you hope he will still come to you about, whatever changes next.',
      },
      deviceText: { en: 'Which advice helps, and when is it too much? What do you hope you can always talk about?' },
      prompts: [
        { en: 'Son: what advice from {carer} do you actually use? When does it feel like too much?' },
        {
          teen: { en: '{carer}: what do you hope he will still come to you about in ten years?' },
          adult: { en: '{carer}: what do you hope he will still come to you about, whatever changes next?' },
        },
      ],
      halfway: { en: 'Halfway: swap. Now {carer} answers.' },
      bonus: { en: 'Son: what advice would you give {carer} about something small in their life?' },
      notes: {
        debrief: { en: 'No room debrief. Say: "Advice that is asked for lands better. Try asking \'Do you want my advice?\' this week."' },
        stuck: [
          { en: '"Think of one piece of advice you remember, even a silly one."' },
          { en: '"When did advice feel like help, and when did it feel like being told off?"' },
        ],
      },
    },
    {
      id: 'navigating-change.commitment',
      kind: 'commitment',
      title: { en: 'Staying close through a change' },
      durationSec: 120,
      script: {
        en: 'Pick one change that is coming and agree on one small way to stay close through it. Write it down for your handout.',
      },
      deviceText: { en: 'Pick one change that is coming. How will you stay close through it?' },
      prompt: { en: 'How will we stay close through the next change?' },
      examples: [
        {
          teen: { en: 'Before the new school starts, we go the route together once and talk about it.' },
          adult: { en: 'We set a regular time to call that stays the same after the move.' },
        },
        { en: 'The son teaches {carer} one thing about his new world: his game, his course, his job.' },
      ],
      notes: { debrief: { en: 'If a pair has no change coming, suggest any small one: a new term, a new season, a new hobby.' } },
    },
  ],
};
