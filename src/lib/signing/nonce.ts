/**
 * Nonce sources. Gemini rejects a nonce that has not increased since the key's last call, so a
 * source never repeats itself: not for many calls in the same millisecond (or second), and not
 * when the system clock steps back.
 */

export interface NonceSource {
  /** Epoch milliseconds, strictly greater than every earlier value from this source. */
  milliseconds(): number;
  /**
   * Epoch seconds for keys with "Uses a time based nonce", strictly increasing too. Calls faster
   * than one per second run ahead of the clock; Gemini accepts up to 30 s of drift.
   */
  seconds(): number;
}

export function createNonceSource(clock: () => number = Date.now): NonceSource {
  let lastMilliseconds = 0;
  let lastSeconds = 0;
  return {
    milliseconds() {
      lastMilliseconds = Math.max(Math.floor(clock()), lastMilliseconds + 1);
      return lastMilliseconds;
    },
    seconds() {
      lastSeconds = Math.max(Math.floor(clock() / 1000), lastSeconds + 1);
      return lastSeconds;
    },
  };
}
