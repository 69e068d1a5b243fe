/**
 * Gemini's rate limit as a pure model (GCRA, a token bucket in one number), so tests drive it
 * with a fake clock. Gemini states: 600/min private, 120/min public, "a burst rate of five
 * additional requests that are queued but their processing is delayed until the request rate
 * falls below the defined rate", then 429. Its worked example (10/s: 10 processed, 5 queued,
 * 5 rejected) reads as a one-second bucket, so the emulator's choice is a bucket holding one
 * second of requests (at least one) refilled continuously at perMinute/60 per second.
 */

export interface RateLimitPolicy {
  /** Sustained rate. */
  perMinute: number;
  /** How many requests may wait in the queue beyond the rate before 429s start. */
  burst: number;
}

export const PRIVATE_RATE_LIMIT: RateLimitPolicy = { perMinute: 600, burst: 5 };
export const PUBLIC_RATE_LIMIT: RateLimitPolicy = { perMinute: 120, burst: 5 };

/** "Theoretical arrival time": when the bucket will be empty again, in clock milliseconds. */
export interface RateLimitState {
  readyAt: number;
}

export type RateDecision =
  | { kind: 'now' }
  | { kind: 'queued'; waitMs: number }
  | { kind: 'rejected'; retryAfterSeconds: number };

export const initialRateState = (): RateLimitState => ({ readyAt: 0 });

export function decide(
  state: RateLimitState,
  policy: RateLimitPolicy,
  now: number,
): { state: RateLimitState; decision: RateDecision } {
  const interval = 60_000 / policy.perMinute;
  const capacity = Math.max(1, Math.floor(policy.perMinute / 60));
  const tolerance = (capacity - 1) * interval;
  const readyAt = Math.max(state.readyAt, now);
  const backlog = readyAt - now - tolerance;
  if (backlog <= 0) return { state: { readyAt: readyAt + interval }, decision: { kind: 'now' } };
  // Requests already waiting ahead of this one; a small epsilon absorbs float noise.
  const waitingAhead = Math.ceil(backlog / interval - 1e-9) - 1;
  if (waitingAhead < policy.burst) {
    return {
      state: { readyAt: readyAt + interval },
      decision: { kind: 'queued', waitMs: Math.ceil(backlog) },
    };
  }
  // Rejections do not consume capacity. Retry-After (the emulator's choice; Gemini documents
  // none) is when a request would be served without waiting, rounded up to whole seconds.
  return {
    state,
    decision: { kind: 'rejected', retryAfterSeconds: Math.max(1, Math.ceil(backlog / 1000)) },
  };
}
