import { CURRICULUM_SCHEMA_VERSION, type Curriculum } from '../schema/curriculum';
import { BREAK_TEXT } from './break-text';
import { FRAMES } from './frames';
import { GUIDE } from './guide';
import { HANDOUT } from './handout';
import { SHIPPED_LANGUAGES } from './languages';
import { emotionalNeeds } from './topics/01-emotional-needs';
import { sharedMoments } from './topics/02-shared-moments';
import { growingConversations } from './topics/03-growing-conversations';
import { boundaries } from './topics/04-boundaries';
import { navigatingChange } from './topics/05-navigating-change';
import { legacy } from './topics/06-legacy';
import { emotionalIntelligence } from './topics/07-emotional-intelligence';
import { learningTogether } from './topics/08-learning-together';
import { independence } from './topics/09-independence';

export { LANGUAGE_NAMES, SHIPPED_LANGUAGES, isShippedLanguage } from './languages';
export { HANDOUT } from './handout';

/** The shipped curriculum: the nine topics in their default order (see CONTENT.md). */
export const CURRICULUM: Curriculum = {
  schemaVersion: CURRICULUM_SCHEMA_VERSION,
  languages: [...SHIPPED_LANGUAGES],
  topics: [
    emotionalNeeds,
    sharedMoments,
    growingConversations,
    boundaries,
    navigatingChange,
    legacy,
    emotionalIntelligence,
    learningTogether,
    independence,
  ],
  frames: FRAMES,
  guide: GUIDE,
  breakText: BREAK_TEXT,
  handout: HANDOUT,
};
