import type { Topic } from '../../schema/topic';

export const navigatingChange: Topic = {
  id: 'navigating-change',
  number: 5,
  title: { en: 'When things change' },
  summary: { en: 'School, work, love, moving out: your relationship changes shape, but it can stay just as deep.' },
  keyIdeas: [
    { en: 'Change is normal. Talking about a change before it happens makes it less scary for both of you.' },
    { en: 'A mother\'s role slowly moves from looking after him to being someone he trusts for advice. A different shape, the same depth.' },
    { en: 'Let go of tasks, not of each other.' },
    { en: 'Mothers go through changes too: new jobs, moves, getting older. Sons can help through change as well.' },
  ],
  takeHome: [
    { en: 'Draw a simple timeline together of the big changes you have been through so far, and the next one you expect.' },
    { en: 'Before the next big change, each of you writes down one hope and one worry about it. Then swap and talk.' },
    { en: 'Mom: once this month, ask your son for advice about something in your own life.' },
  ],
  segments: [
    {
      id: 'navigating-change.intro',
      kind: 'intro',
      title: { en: 'When things change' },
      durationSec: 120,
      script: {
        teen: {
          en: 'Your son will go through many changes: a new school, a first job, a first love, maybe moving out, maybe a family of his own. Every change asks something of both of you. Mothers, your role slowly shifts from taking care of everything to being someone he trusts for advice. That can feel like losing something. It is really a change of shape. The relationship can stay just as deep; it just looks different.',
        },
        adult: {
          en: 'Your son has already been through many changes, and more are coming: a new job, a move, a partner, maybe a family of his own. Every change asks something of both of you. Mothers, your role has been shifting for years, from taking care of everything to being someone he trusts for advice. That can feel like losing something. It is really a change of shape. The relationship can stay just as deep; it just looks different.',
        },
      },
      deviceText: { en: 'Topic 5: When things change. Your relationship changes shape, not depth.' },
    },
    {
      id: 'navigating-change.talk',
      kind: 'pairTalk',
      title: { en: 'Changes behind us and ahead' },
      durationSec: 420,
      script: {
        en: 'Talk about changes you have already been through together and the ones that are coming. Sons go first. Mothers, when it is your turn, be honest about how it felt when he started doing things without you.',
      },
      deviceText: { en: 'Take turns, son first. Talk about changes behind you and ahead of you.' },
      prompts: [
        { en: 'What big change have you already been through together? What helped you get through it?' },
        {
          teen: { en: 'What change is coming next: a new school, a new team, a first job? What are you looking forward to, and what worries you?' },
          adult: { en: 'What change is coming next: a new job, a move, a partner, a child? What are you looking forward to, and what worries you?' },
        },
        { en: 'Mom: what is something you used to do for him that he does himself now? How did that feel?' },
      ],
    },
    {
      id: 'navigating-change.reveal',
      kind: 'privateReveal',
      title: { en: 'Which picture fits?' },
      durationSec: 240,
      script: {
        en: 'Four pictures on your screen: driver, coach, co-pilot, lighthouse. Each of you picks alone the one that fits Mom\'s role in his life right now. Then reveal together. Then ask each other: which picture would you like in five years?',
      },
      deviceText: { en: 'Pick alone the picture that fits Mom\'s role right now, then reveal together.' },
      question: {
        mother: { en: 'Which picture fits your role in your son\'s life right now?' },
        son: { en: 'Which picture fits your mom\'s role in your life right now?' },
      },
      answer: {
        type: 'choice',
        options: [
          { id: 'driver', label: { en: 'Driver: Mom steers, her son rides along' } },
          { id: 'coach', label: { en: 'Coach: Mom trains him and calls out tips from the side' } },
          { id: 'co-pilot', label: { en: 'Co-pilot: they steer together' } },
          { id: 'lighthouse', label: { en: 'Lighthouse: Mom is there in the distance whenever he needs her' } },
        ],
      },
    },
    {
      id: 'navigating-change.poll',
      kind: 'poll',
      title: { en: 'The biggest change ahead' },
      durationSec: 180,
      script: {
        en: 'Anonymous poll, mothers and sons separately. Which change ahead feels biggest to you? Mothers and sons often pick quite different ones, and that is worth talking about on the way home.',
      },
      deviceText: { en: 'Anonymous. Mothers and sons answer separately.' },
      question: { en: 'Which change ahead feels biggest to you?' },
      poll: {
        type: 'single',
        options: [
          { id: 'study-work', label: { teen: { en: 'A new school or course' }, adult: { en: 'A new job or career' } } },
          { id: 'moving', label: { teen: { en: 'Moving out one day' }, adult: { en: 'Moving further away' } } },
          {
            id: 'relationship',
            label: { teen: { en: 'A first girlfriend or boyfriend' }, adult: { en: 'A serious relationship or marriage' } },
          },
          { id: 'needing-less', label: { teen: { en: 'Needing Mom less' }, adult: { en: 'Becoming a parent' } } },
          {
            id: 'mom-life',
            label: { teen: { en: 'Changes in Mom\'s life: work, health, moving' }, adult: { en: 'Mom getting older' } },
          },
        ],
      },
      audience: 'byRole',
      voter: 'member',
    },
    {
      id: 'navigating-change.deeper',
      kind: 'pairTalk',
      title: { en: 'From looking after to advising' },
      durationSec: 300,
      script: {
        en: 'Now talk about advice. Sons: which of your mom\'s advice do you actually use, and when does it feel like too much? Mothers: what do you hope he will still come to you about, whatever changes next?',
      },
      deviceText: { en: 'Which advice helps, and when is it too much? What do you hope you can always talk about?' },
      prompts: [
        { en: 'Son: what advice from your mom do you actually use? When does it feel like too much?' },
        {
          teen: { en: 'Mom: what do you hope he will still come to you about in ten years?' },
          adult: { en: 'Mom: what do you hope he will still come to you about, whatever changes next?' },
        },
      ],
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
          teen: { en: 'Before the new school starts, we walk the route together and talk about it.' },
          adult: { en: 'We set a regular time to call that stays the same after the move.' },
        },
        { en: 'He teaches his mom one thing about his new world: his game, his course, his job.' },
      ],
    },
  ],
};
