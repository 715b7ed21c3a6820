import type { FacilitatorGuide } from '../schema/frame';

/** Session-wide guidance, one click away on the console. */
export const GUIDE: FacilitatorGuide = {
  heated: [
    { en: 'Walk over calmly and crouch beside the pair, at their eye level. Do not stand over them.' },
    { en: 'Name it without blame: "This one has got big. That happens when something matters."' },
    { en: 'Offer the pause: "Would a few minutes apart help? You can both come back when you are ready." Give each of them a job (water, fresh air) so nobody is sent away.' },
    { en: 'Do not take sides and do not sort out the disagreement tonight. The aim is to calm down, not to win.' },
    { en: 'When they come back, suggest the easiest prompt, or a side-by-side seat and the bonus question. Passing the rest of the segment is fine.' },
    { en: 'Afterwards, have a private word with both: "You kept going after a hard moment. That is what repair looks like: \'I got that wrong; can we try again?\'"' },
  ],
  safeguarding: [
    { en: 'If a son (or a grown-up) tells you that someone is hurting them, or that they might hurt themselves: stay calm, listen, and believe them.' },
    { en: 'Do not promise to keep it secret. Say: "Thank you for telling me. I need to tell someone whose job is to help keep you safe."' },
    { en: 'Do not ask for details or question the grown-up they came with. Write down what was said, in their words, with the time, as soon as you can.' },
    { en: 'Contact your local safeguarding contact (below) the same day. If someone is in danger right now, call the emergency number.' },
    { en: 'Pause the pair\'s activity quietly if needed; keep the rest of the room going as normal.' },
  ],
  contactHint: {
    en: 'Your local contact: name and phone of the safeguarding lead for this venue or organisation, and the local child protection service.',
  },
};
