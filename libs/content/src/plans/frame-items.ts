import type { PlanFrameItem } from '../schema/plan';

/** Moving between two items: chairs, phones, the next screen. Every shipped plan counts it. */
export const TRANSITION_SEC = 60;

export const opening = (): PlanFrameItem => ({ kind: 'frame', frameId: 'opening' });
export const review = (): PlanFrameItem => ({ kind: 'frame', frameId: 'review' });
export const closing = (): PlanFrameItem => ({ kind: 'frame', frameId: 'closing' });
