import { CURRICULUM } from '../curriculum';
import type { Curriculum } from '../schema/curriculum';
import { localizer, type ResolveOptions } from './localize';

/** The closing handout pages as plain strings for one language and age band. */
export interface HandoutText {
  startHere: { title: string; intro: string; howDidItGo: string; keyPhrasesTitle: string; keyPhrases: string[] };
  /** `items` are the defaults; a session's own list replaces them when the facilitator wrote one. */
  resources: { title: string; intro: string; items: string[] };
  title: string;
  intro: string;
  sections: { id: string; title: string; tips: string[] }[];
  closing: string;
}

export function resolveHandout(options: ResolveOptions, curriculum: Curriculum = CURRICULUM): HandoutText {
  const localize = localizer(options);
  const { handout } = curriculum;
  return {
    startHere: {
      title: localize(handout.startHere.title),
      intro: localize(handout.startHere.intro),
      howDidItGo: localize(handout.startHere.howDidItGo),
      keyPhrasesTitle: localize(handout.startHere.keyPhrasesTitle),
      keyPhrases: handout.startHere.keyPhrases.map(localize),
    },
    resources: {
      title: localize(handout.resources.title),
      intro: localize(handout.resources.intro),
      items: handout.resources.defaults.map(localize),
    },
    title: localize(handout.title),
    intro: localize(handout.intro),
    sections: handout.sections.map((section) => ({
      id: section.id,
      title: localize(section.title),
      tips: section.tips.map(localize),
    })),
    closing: localize(handout.closing),
  };
}
