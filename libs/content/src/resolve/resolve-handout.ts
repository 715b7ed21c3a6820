import { CURRICULUM } from '../curriculum';
import type { Curriculum } from '../schema/curriculum';
import { localizer, type ResolveOptions } from './localize';

/** The closing handout pages as plain strings for one language and age band. */
export interface HandoutText {
  title: string;
  intro: string;
  sections: { id: string; title: string; tips: string[] }[];
  closing: string;
}

export function resolveHandout(options: ResolveOptions, curriculum: Curriculum = CURRICULUM): HandoutText {
  const localize = localizer(options);
  const { handout } = curriculum;
  return {
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
