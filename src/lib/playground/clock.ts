/**
 * How far the target's clock is from this computer's, read from the `Date` header of its answers.
 * A key with a time-based nonce fails every request when the two differ by more than 30 s.
 */
export const TIME_NONCE_WINDOW_MS = 30_000;

export interface ClockOffset {
  /** Target minus this computer, in milliseconds (±0.5 s: the header has whole seconds). */
  ms: number;
  /** True when a time-based nonce from this computer would be refused. */
  tooFar: boolean;
}

export function clockOffset(date: string | null, receivedAt: number): ClockOffset | null {
  if (!date) return null;
  const server = Date.parse(date);
  if (Number.isNaN(server)) return null;
  // The header truncates to the second: the middle of that second is the best estimate.
  const ms = server + 500 - receivedAt;
  return { ms, tooFar: Math.abs(ms) > TIME_NONCE_WINDOW_MS };
}
