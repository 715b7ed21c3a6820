import { z } from 'zod';
import { FacilitatorGuideSchema, FrameSchema } from './frame';
import { HandoutSchema } from './handout';
import { TopicSchema } from './topic';
import { ContentTextSchema, LanguageCodeSchema } from './text';

export const CURRICULUM_SCHEMA_VERSION = 1;

/** Wording for plan breaks, which belong to no topic. */
export const BreakTextSchema = z.strictObject({
  title: ContentTextSchema,
  script: ContentTextSchema,
  deviceText: ContentTextSchema,
});

export const CurriculumSchema = z.strictObject({
  schemaVersion: z.literal(CURRICULUM_SCHEMA_VERSION),
  /** Languages every string must exist in. English first; it is also the fallback. */
  languages: z
    .array(LanguageCodeSchema)
    .min(1)
    .refine((languages) => languages.includes('en'), { error: 'must include "en"' }),
  topics: z.array(TopicSchema).min(1, { error: 'at least 1 topic' }),
  /** Opening, review and closing: what every evening needs around its topics. */
  frames: z.array(FrameSchema),
  guide: FacilitatorGuideSchema,
  breakText: BreakTextSchema,
  handout: HandoutSchema,
});
export type Curriculum = z.infer<typeof CurriculumSchema>;
