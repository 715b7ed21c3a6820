/*
 * The linked series' plain values, in a module without zod: the phone's screens use
 * them, and importing series.ts (its schemas) would put zod in the phone's download.
 */

/** Rejoin codes: 7 characters of the join-code alphabet, so /join tells them from 6-letter join codes and 8-letter phone codes. */
export const REJOIN_CODE_LENGTH = 7;

/** How a pair says an earlier commitment went. */
export const COMMITMENT_OUTCOMES = ['done', 'partly', 'not-yet'] as const;
export type CommitmentOutcome = (typeof COMMITMENT_OUTCOMES)[number];
