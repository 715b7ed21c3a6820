import { estimateClockOffset, type ClockSample } from '@kindred/session';

/** Keeps the freshest clock samples and the offset they imply (server time = local + offset). */
export class ClockSampler {
  private samples: ClockSample[] = [];

  constructor(private readonly keep = 12) {}

  add(sample: ClockSample): number | null {
    this.samples.push(sample);
    if (this.samples.length > this.keep) this.samples.splice(0, this.samples.length - this.keep);
    return this.offset();
  }

  offset(): number | null {
    return estimateClockOffset(this.samples)?.offsetMs ?? null;
  }

  clear(): void {
    this.samples = [];
  }
}
