/** Length limits enforced by the command schemas (characters, after trimming). */
export const LIMITS = {
  id: 100,
  pairName: 40,
  memberName: 40,
  /** A carer's first name, as the pair types it ("Gran" is a preset). */
  carerName: 24,
  answerText: 1000,
  commitmentText: 1000,
  /** The facilitator's fidelity note on a topic: a line or two, not a diary. */
  topicNote: 280,
  openText: 1000,
  maxOptionIds: 20,
  /** An adjustment of more than an hour is a typo, not a facilitation choice. */
  maxTimerDeltaMs: 60 * 60 * 1000,
  /** A word cloud shows at most this many words (the most used ones). */
  wordCloudWords: 60,
} as const;
