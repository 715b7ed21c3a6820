/*
 * The handout JSON (GET /api/handouts/:pairId) is part of the shared contract in
 * libs/session, so the web page, the PDF and this API render one model.
 */
export type {
  HandoutAnswer,
  HandoutCommitment,
  HandoutModel,
  HandoutSharing,
  HandoutTopic,
  PollGroupName,
  PollGroupSummary,
  PollSummary,
  RetentionNotice,
} from '@kindred/session';
