import { z } from 'zod';
import type { SegmentKind } from '../agenda';

interface DurationLimit {
  minSec: number;
  maxSec: number;
}

/**
 * Sensible bounds per segment kind. They apply to the curriculum's defaults and to
 * every plan override, so a customized plan can never schedule a 30-second pair talk.
 */
export const DURATION_LIMITS_SEC: Readonly<Record<SegmentKind, DurationLimit>> = {
  intro: { minSec: 60, maxSec: 900 },
  pairTalk: { minSec: 240, maxSec: 600 },
  privateReveal: { minSec: 120, maxSec: 900 },
  poll: { minSec: 60, maxSec: 600 },
  commitment: { minSec: 60, maxSec: 600 },
  break: { minSec: 120, maxSec: 1800 },
};

function asMinutes(sec: number): string {
  return `${sec} s (${Number((sec / 60).toFixed(1))} min)`;
}

/** Null when the duration is fine, otherwise the reason it is not. */
export function durationProblem(kind: SegmentKind, durationSec: number): string | null {
  const { minSec, maxSec } = DURATION_LIMITS_SEC[kind];
  if (!Number.isInteger(durationSec)) return 'expected whole seconds';
  if (durationSec < minSec) return `a ${kind} segment lasts at least ${asMinutes(minSec)}`;
  if (durationSec > maxSec) return `a ${kind} segment lasts at most ${asMinutes(maxSec)}`;
  return null;
}

export function durationSchema(kind: SegmentKind) {
  return z.number().superRefine((durationSec, ctx) => {
    const problem = durationProblem(kind, durationSec);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });
}
