/** One round trip of the `clock.sync` call, all times in ms epoch. */
export interface ClockSample {
  clientSentAt: number;
  serverNow: number;
  clientReceivedAt: number;
}

export interface ClockOffset {
  /** Add to the local clock to get server time. */
  offsetMs: number;
  roundTripMs: number;
}

/**
 * NTP-style estimate: the server read its clock half-way through the round trip,
 * and the sample with the shortest round trip has the smallest error bound.
 */
export function estimateClockOffset(samples: readonly ClockSample[]): ClockOffset | null {
  let best: ClockOffset | null = null;
  for (const sample of samples) {
    const roundTripMs = sample.clientReceivedAt - sample.clientSentAt;
    if (!Number.isFinite(roundTripMs) || roundTripMs < 0) continue;
    const offsetMs = sample.serverNow - (sample.clientSentAt + sample.clientReceivedAt) / 2;
    if (best === null || roundTripMs < best.roundTripMs) best = { offsetMs, roundTripMs };
  }
  return best;
}
