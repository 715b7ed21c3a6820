import { z } from 'zod';

/** BCP 47-style language tag: `en`, `es`, `es-MX`. */
export const LanguageCodeSchema = z
  .string()
  .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, { error: 'expected a language code like "en" or "es-MX"' });

const TranslationSchema = z.string().regex(/\S/, { error: 'must not be empty' });

/**
 * One string in several languages. English is required because it is the fallback;
 * any other language is just another key, so adding Spanish is a data change.
 */
export const LocalizedTextSchema = z
  .object({ en: TranslationSchema })
  .catchall(TranslationSchema)
  .superRefine((text, ctx) => {
    for (const key of Object.keys(text)) {
      if (!LanguageCodeSchema.safeParse(key).success) {
        ctx.addIssue({ code: 'custom', path: [key], message: `"${key}" is not a language code` });
      }
    }
  });
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

/** Used only where the wording for an adult son must differ from a teenage son's. */
export const AgeBandVariantsSchema = z.strictObject({
  teen: LocalizedTextSchema,
  adult: LocalizedTextSchema,
});
export type AgeBandVariants = z.infer<typeof AgeBandVariantsSchema>;

/** Any piece of curriculum text: localized, optionally varied by age band. */
export const ContentTextSchema = z.union([LocalizedTextSchema, AgeBandVariantsSchema]);
export type ContentText = z.infer<typeof ContentTextSchema>;

export function isAgeBandVariants(text: ContentText): text is AgeBandVariants {
  return 'teen' in text && typeof text.teen === 'object';
}
