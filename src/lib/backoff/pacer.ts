/**
 * A client-side pacer: a token bucket that holds each request back until it fits under a rate
 * ("stay under 5 requests a second"), so the server never has to say 429. It is written as the
 * generic cell rate algorithm (GCRA), which is a token bucket kept as one number: the time the
 * bucket will next be full ("theoretical arrival time"). Pure: the clock is injected.
 */
export interface PacerSettings {
  /** Sustained requests per second. */
  ratePerSecond: number;
  /** Requests that may go at once after a quiet spell (the bucket size, at least 1). */
  burst: number;
}

export interface Pacer {
  /**
   * Takes a slot and returns how many ms to wait before sending. Slots are handed out in call
   * order, so concurrent callers queue behind each other rather than racing.
   */
  reserve(): number;
}

export function createPacer(settings: PacerSettings, clock: () => number): Pacer {
  const intervalMs = 1000 / settings.ratePerSecond;
  const toleranceMs = (Math.max(1, Math.floor(settings.burst)) - 1) * intervalMs;
  let theoreticalArrival = -Infinity;
  return {
    reserve() {
      const now = clock();
      const sendAt = Math.max(now, theoreticalArrival - toleranceMs);
      theoreticalArrival = Math.max(theoreticalArrival, sendAt) + intervalMs;
      return sendAt - now;
    },
  };
}
