import { InitialSchema1763780000000 } from './1763780000000-initial-schema';
import { PrivateAnswersPurge1763790000000 } from './1763790000000-private-answers-purge';
import { AccountsWithoutEnumeration1796208531166 } from './1796208531166-accounts-without-enumeration';
import { MemberDevices1796300000000 } from './1796300000000-member-devices';
import { UnlinkableBallots1796400000000 } from './1796400000000-unlinkable-ballots';
import { SessionSettings1797000000000 } from './1797000000000-session-settings';
import { AuditLog1797300000000 } from './1797300000000-audit-log';
import { LinkedSeries1797400000000 } from './1797400000000-linked-series';
import { TeamsAndRecovery1797500000000 } from './1797500000000-teams-and-recovery';

/** Every migration, oldest first. Never edit one that has landed: add a new one. */
export const MIGRATIONS = [
  InitialSchema1763780000000,
  PrivateAnswersPurge1763790000000,
  AccountsWithoutEnumeration1796208531166,
  MemberDevices1796300000000,
  UnlinkableBallots1796400000000,
  SessionSettings1797000000000,
  AuditLog1797300000000,
  LinkedSeries1797400000000,
  TeamsAndRecovery1797500000000,
];
