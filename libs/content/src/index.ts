// The contract with the engine, API and web app.
export * from './agenda';

// Authoring schema (zod) and the types derived from it.
export {
  AgeBandVariantsSchema,
  ContentTextSchema,
  LanguageCodeSchema,
  LocalizedTextSchema,
  isAgeBandVariants,
  type AgeBandVariants,
  type ContentText,
  type LocalizedText,
} from './schema/text';
export { DURATION_LIMITS_SEC, durationProblem } from './schema/durations';
export { OptionSchema, PollSpecSchema, PrivateAnswerSchema, SegmentSchema, type Option, type Segment } from './schema/segment';
export { TopicSchema, type Topic } from './schema/topic';
export { HandoutSchema, type Handout } from './schema/handout';
export { CURRICULUM_SCHEMA_VERSION, CurriculumSchema, type Curriculum } from './schema/curriculum';
export {
  PLAN_SCHEMA_VERSION,
  PlanItemSchema,
  PlanSchema,
  type ExtraSegment,
  type Plan,
  type PlanBreakItem,
  type PlanFrameItem,
  type PlanItem,
  type PlanTopicItem,
} from './schema/plan';
export { PlanV1Schema, upgradePlanV1, type PlanV1 } from './schema/plan-v1';
export { PlanV2Schema, upgradePlanV2, type PlanV2 } from './schema/plan-v2';
export { FacilitatorGuideSchema, FrameSchema, type FacilitatorGuide, type Frame } from './schema/frame';
export { SegmentNotesSchema, type SegmentNotes } from './schema/segment';

// The handout's words (web page, PDF, print bundle): one catalogue per language.
export {
  fill,
  handoutCatalogue,
  handoutLabels,
  plural,
  reportLabels,
  type HandoutCatalogue,
  type HandoutLabels,
  type PluralText,
  type ReportCatalogue,
  type ReportLabels,
} from './labels';

// The shipped content.
export { CURRICULUM, HANDOUT, LANGUAGE_NAMES, SHIPPED_LANGUAGES, isShippedLanguage } from './curriculum';
export { BOOSTER, BUILT_IN_PLANS, EVENING_SERIES, FULL_WORKSHOP, TASTER } from './plans';

// Validating loaders.
export type { LoadResult } from './load-result';
export { loadCurriculum } from './curriculum-check/load-curriculum';
export { REQUIRED_TOPIC_SEGMENT_KINDS } from './curriculum-check/check-curriculum';
export { findMissingTranslations, walkLocalizedTexts } from './curriculum-check/localized-texts';
export { InvalidPlanError, loadPlan } from './plan/load-plan';
export { PLAN_FILE_MAX_BYTES, readPlanFile, writePlanFile } from './plan/plan-file';

// Plans: totals and pure customization.
export { planTotalSec } from './plan/plan-total';
export {
  planItemId,
  type PlanEditError,
  type PlanEditErrorCode,
  type PlanEditResult,
} from './plan/plan-edit-result';
export { addBreak, addTopic, copyPlan, moveItem, removeItem, renamePlan } from './plan/customize-items';
export { addSegment, dropSegment, restoreSegment, setDuration } from './plan/customize-segments';

// Localized views: the agenda a session runs, the handout, the plan picker.
export { languageFallbacks, type ResolveOptions } from './resolve/localize';
export { resolveAgenda } from './resolve/resolve-agenda';
export { resolveHandout, type HandoutText } from './resolve/resolve-handout';
export { describePlan, describeTopics, type PlanSummary, type TopicSummary } from './resolve/catalogue';

// Each pair its own words: how its screens name the carer, and its own age band.
export {
  CARER_PLACEHOLDER,
  agendaForPair,
  carerWord,
  contentBand,
  fillCarer,
  type CarerWord,
  type PairWords,
} from './words/pair-words';
export { CARER_PRESETS, PAIR_AGE_BANDS, type CarerPreset, type PairAgeBand } from './words/pair-words-text';
// The poll charts' colours (web and PDF), checked for colour-vision deficiencies.
export { CHART_PALETTE, SON_PATTERN, type ChartColours, type ChartSeries } from './palette/chart-palette';
