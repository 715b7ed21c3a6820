import type { FacilitatorGuide } from '../schema/frame';

/** Session-wide guidance, one click away on the console. */
export const GUIDE: FacilitatorGuide = {
  heated: [
    {
      en: 'Walk over calmly and crouch beside the pair, at their eye level. Do not stand over them.',
      es: 'Acércate con calma y agáchate junto al dúo, a la altura de sus ojos. No te quedes parado por encima de ellos.',
    },
    {
      en: 'Name it without blame: "This one has got big. That happens when something matters."',
      es: 'Nómbralo sin culpar a nadie: "Esto se puso intenso. Pasa cuando algo importa."',
    },
    {
      en: 'Offer the pause: "Would a few minutes apart help? You can both come back when you are ready." Give each of them a job (water, fresh air) so nobody is sent away.',
      es: 'Ofrece la pausa: "¿Les ayudaría separarse unos minutos? Pueden volver los dos cuando estén listos." Dale a cada uno una tarea (traer agua, tomar aire) para que nadie sienta que lo sacan.',
    },
    {
      en: 'Do not take sides and do not sort out the disagreement tonight. The aim is to calm down, not to win.',
      es: 'No tomes partido y no intentes resolver el desacuerdo esta noche. La meta es calmarse, no ganar.',
    },
    {
      en: 'When they come back, suggest the easiest prompt, or a side-by-side seat and the bonus question. Passing the rest of the segment is fine.',
      es: 'Cuando vuelvan, sugiere la pregunta más fácil, o sentarse lado a lado y la pregunta extra. Está bien que pasen el resto de la actividad.',
    },
    {
      en: 'Afterwards, have a private word with both: "You kept going after a hard moment. That is what repair looks like: \'I got that wrong; can we try again?\'"',
      es: 'Después, habla a solas con los dos: "Siguieron adelante después de un momento difícil. Eso es reparar: \'Me equivoqué; ¿lo intentamos otra vez?\'"',
    },
  ],
  safeguarding: [
    {
      en: 'If a son (or a grown-up) tells you that someone is hurting them, or that they might hurt themselves: stay calm, listen, and believe them.',
      es: 'Si un hijo (o una persona adulta) te cuenta que alguien le está haciendo daño, o que podría hacerse daño: mantén la calma, escucha y créele.',
    },
    {
      en: 'Do not promise to keep it secret. Say: "Thank you for telling me. I need to tell someone whose job is to help keep you safe."',
      es: 'No prometas guardar el secreto. Di: "Gracias por contármelo. Tengo que decírselo a alguien cuyo trabajo es ayudar a que estés a salvo."',
    },
    {
      en: 'Do not ask for details or question the grown-up they came with. Write down what was said, in their words, with the time, as soon as you can.',
      es: 'No pidas detalles ni interrogues a la persona adulta con quien vino. Anota lo que te dijo, con sus palabras y la hora, lo antes posible.',
    },
    {
      en: 'Contact your local safeguarding contact (below) the same day. If someone is in danger right now, call the emergency number.',
      es: 'Avisa ese mismo día a tu contacto local de protección (abajo). Si alguien está en peligro ahora mismo, llama al número de emergencias.',
    },
    {
      en: 'Pause the pair\'s activity quietly if needed; keep the rest of the room going as normal.',
      es: 'Si hace falta, pausa con discreción la actividad del dúo; el resto del salón sigue como siempre.',
    },
  ],
  contactHint: {
    en: 'Your local contact: name and phone of the safeguarding lead for this venue or organisation, and the local child protection service.',
    es: 'Tu contacto local: nombre y teléfono de la persona responsable de protección en este lugar u organización, y el servicio local de protección infantil.',
  },
};
