import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createPacer } from '../../src/lib/backoff/pacer.ts';

/** Send times when callers arrive at `arrivals` (ms, ascending) and each waits its turn. */
function sendTimes(ratePerSecond: number, burst: number, arrivals: number[]): number[] {
  let now = 0;
  const pacer = createPacer({ ratePerSecond, burst }, () => now);
  return arrivals.map((arrival) => {
    now = arrival;
    return arrival + pacer.reserve();
  });
}

describe('pacer (token bucket)', () => {
  it('spaces a crowd at "5 a second" 200 ms apart', () => {
    expect(sendTimes(5, 1, Array(6).fill(0))).toEqual([0, 200, 400, 600, 800, 1000]);
  });

  it('lets a burst through at once, then the rate', () => {
    expect(sendTimes(5, 3, Array(5).fill(0))).toEqual([0, 0, 0, 200, 400]);
  });

  it('does not hold back callers that are already under the rate', () => {
    expect(sendTimes(5, 1, [0, 250, 500, 1000])).toEqual([0, 250, 500, 1000]);
  });

  it('refills while idle, but never beyond the burst', () => {
    // Quiet for 10 s, then 4 at once with a bucket of 2: two go, then 200 ms apart.
    expect(sendTimes(5, 2, [0, 10_000, 10_000, 10_000, 10_000])).toEqual([
      0, 10_000, 10_000, 10_200, 10_400,
    ]);
  });

  it('never exceeds its rate: any n sends span at least (n − burst) intervals', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.2, max: 50, noNaN: true }),
        fc.integer({ min: 1, max: 8 }),
        fc.array(fc.integer({ min: 0, max: 2000 }), { minLength: 1, maxLength: 60 }),
        (rate, burst, gaps) => {
          let arrival = 0;
          const arrivals = gaps.map((gap) => (arrival += gap));
          const sends = sendTimes(rate, burst, arrivals);
          const intervalMs = 1000 / rate;
          for (let i = 0; i < sends.length; i++) {
            expect(sends[i]).toBeGreaterThanOrEqual(arrivals[i]);
            if (i > 0) expect(sends[i]).toBeGreaterThanOrEqual(sends[i - 1]);
            for (let j = i + burst; j < sends.length; j++) {
              expect(sends[j] - sends[i]).toBeGreaterThanOrEqual(
                (j - i - burst + 1) * intervalMs - 1e-6,
              );
            }
          }
        },
      ),
    );
  });

  it('in every one-second window, at most rate + burst − 1 sends', () => {
    const sends = sendTimes(5, 1, Array(50).fill(0));
    for (const start of sends) {
      expect(sends.filter((t) => t >= start && t < start + 1000).length).toBeLessThanOrEqual(5);
    }
  });
});
