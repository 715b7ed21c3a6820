import { z } from 'zod';

const KEBAB = '[a-z0-9]+(?:-[a-z0-9]+)*';

/** Topic, plan, option and break ids: `emotional-needs`, `full-workshop`. */
export const IdSchema = z
  .string()
  .regex(new RegExp(`^${KEBAB}$`), { error: 'expected a kebab-case id like "emotional-needs"' });

/** Segment ids are dotted so they can carry their topic: `emotional-needs.talk`. */
export const SegmentIdSchema = z
  .string()
  .regex(new RegExp(`^${KEBAB}(?:\\.${KEBAB})*$`), { error: 'expected a segment id like "emotional-needs.talk"' });
