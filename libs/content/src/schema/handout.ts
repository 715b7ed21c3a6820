import { z } from 'zod';
import { IdSchema } from './ids';
import { ContentTextSchema } from './text';

export const HandoutSectionSchema = z.strictObject({
  id: IdSchema,
  title: ContentTextSchema,
  tips: z.array(ContentTextSchema).min(2, { error: 'at least 2 tips' }).max(6, { error: 'at most 6 tips' }),
});

/** The first page: the pair's own commitments with room to note how they went, and three phrases to keep. */
export const StartHereSchema = z.strictObject({
  title: ContentTextSchema,
  intro: ContentTextSchema,
  /** Printed under each commitment, with space to write. */
  howDidItGo: ContentTextSchema,
  keyPhrasesTitle: ContentTextSchema,
  keyPhrases: z.array(ContentTextSchema).length(3, { error: 'exactly 3 key phrases' }),
});

/** Where to find help. The facilitator fills in local details per session; these are the defaults. */
export const ResourcesSchema = z.strictObject({
  title: ContentTextSchema,
  intro: ContentTextSchema,
  /** Kinds of help, never invented phone numbers. */
  defaults: z.array(ContentTextSchema).min(2).max(6),
});

/** The handout's own pages: start here first; then the pair's topics; then the closing pages and resources. */
export const HandoutSchema = z.strictObject({
  startHere: StartHereSchema,
  resources: ResourcesSchema,
  title: ContentTextSchema,
  intro: ContentTextSchema,
  sections: z.array(HandoutSectionSchema).min(1),
  closing: ContentTextSchema,
});
export type Handout = z.infer<typeof HandoutSchema>;
