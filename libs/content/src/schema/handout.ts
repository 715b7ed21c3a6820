import { z } from 'zod';
import { IdSchema } from './ids';
import { ContentTextSchema } from './text';

export const HandoutSectionSchema = z.strictObject({
  id: IdSchema,
  title: ContentTextSchema,
  tips: z.array(ContentTextSchema).min(2, { error: 'at least 2 tips' }).max(6, { error: 'at most 6 tips' }),
});

/** The closing pages every pair takes home, after their own answers and commitments. */
export const HandoutSchema = z.strictObject({
  title: ContentTextSchema,
  intro: ContentTextSchema,
  sections: z.array(HandoutSectionSchema).min(1),
  closing: ContentTextSchema,
});
export type Handout = z.infer<typeof HandoutSchema>;
