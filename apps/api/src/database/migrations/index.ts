import { InitialSchema1763780000000 } from './1763780000000-initial-schema';
import { PrivateAnswersPurge1763790000000 } from './1763790000000-private-answers-purge';
import { UnlinkableBallots1764000000000 } from './1764000000000-unlinkable-ballots';

/** Every migration, oldest first. Never edit one that has landed: add a new one. */
export const MIGRATIONS = [InitialSchema1763780000000, PrivateAnswersPurge1763790000000, UnlinkableBallots1764000000000];
