import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mulberry32 } from '../../src/lib/backoff/random.ts';
import {
  computeDelay,
  createBackoff,
  parseRetryAfter,
  STRATEGY_NAMES,
  type RetryPolicy,
  type StrategyName,
} from '../../src/lib/backoff/strategies.ts';

const policy = (strategy: StrategyName, overrides: Partial<RetryPolicy> = {}): RetryPolicy => ({
  strategy,
  baseMs: 100,
  capMs: 1000,
  maxRetries: 6,
  honourRetryAfter: true,
  ...overrides,
});

/** Every delay the policy plans, until it gives up. */
function delays(p: RetryPolicy, random: () => number, retryAfterMs?: number): number[] {
  const backoff = createBackoff(p, random);
  const planned: number[] = [];
  for (let next = backoff.next(retryAfterMs); next; next = backoff.next(retryAfterMs)) {
    planned.push(next.delayMs);
  }
  return planned;
}

const half = () => 0.5;

describe('delay sequences', () => {
  it('no retry gives up at once, whatever maxRetries says', () => {
    expect(createBackoff(policy('none', { maxRetries: 5 }), half).next()).toBeNull();
    expect(createBackoff(policy('none'), half).next(2000)).toBeNull();
  });

  it('fixed waits the base every time, capped', () => {
    expect(delays(policy('fixed'), half)).toEqual([100, 100, 100, 100, 100, 100]);
    expect(delays(policy('fixed', { baseMs: 5000 }), half)).toEqual(Array(6).fill(1000));
  });

  it('exponential doubles from the base up to the cap', () => {
    expect(delays(policy('exponential'), half)).toEqual([100, 200, 400, 800, 1000, 1000]);
  });

  it('full jitter draws in [0, exponential)', () => {
    expect(delays(policy('full-jitter'), half)).toEqual([50, 100, 200, 400, 500, 500]);
    expect(delays(policy('full-jitter'), () => 0)).toEqual([0, 0, 0, 0, 0, 0]);
  });

  it('equal jitter keeps half the exponential and draws the other half', () => {
    expect(delays(policy('equal-jitter'), half)).toEqual([75, 150, 300, 600, 750, 750]);
    expect(delays(policy('equal-jitter'), () => 0)).toEqual([50, 100, 200, 400, 500, 500]);
  });

  it('decorrelated jitter grows from the previous delay: uniform in [base, 3 × previous], capped', () => {
    // random 0.5: 100 + 0.5 × (300 − 100) = 200, then 100 + 0.5 × (600 − 100) = 350, …
    expect(delays(policy('decorrelated-jitter'), half)).toEqual([200, 350, 575, 912.5, 1000, 1000]);
    expect(delays(policy('decorrelated-jitter'), () => 0)).toEqual(Array(6).fill(100));
  });

  it('stops after maxRetries delays', () => {
    for (const strategy of STRATEGY_NAMES.filter((name) => name !== 'none')) {
      expect(delays(policy(strategy, { maxRetries: 3 }), half)).toHaveLength(3);
      expect(delays(policy(strategy, { maxRetries: 0 }), half)).toHaveLength(0);
    }
  });
});

describe('bounds (any seed)', () => {
  const arbitraryPolicy = fc.record({
    baseMs: fc.integer({ min: 0, max: 10_000 }),
    capMs: fc.integer({ min: 0, max: 60_000 }),
    maxRetries: fc.integer({ min: 0, max: 20 }),
  });

  it('no strategy ever exceeds its cap or goes below zero', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...STRATEGY_NAMES),
        arbitraryPolicy,
        fc.integer(),
        (strategy, p, seed) => {
          for (const delay of delays(policy(strategy, p), mulberry32(seed))) {
            expect(delay).toBeGreaterThanOrEqual(0);
            expect(delay).toBeLessThanOrEqual(p.capMs);
          }
        },
      ),
    );
  });

  it('jitter stays within its window for each retry', () => {
    fc.assert(
      fc.property(arbitraryPolicy, fc.integer(), (p, seed) => {
        const full = delays(policy('full-jitter', p), mulberry32(seed));
        const equal = delays(policy('equal-jitter', p), mulberry32(seed));
        full.forEach((delay, retry) => {
          expect(delay).toBeLessThanOrEqual(Math.min(p.capMs, p.baseMs * 2 ** retry));
        });
        equal.forEach((delay, retry) => {
          const ceiling = Math.min(p.capMs, p.baseMs * 2 ** retry);
          expect(delay).toBeGreaterThanOrEqual(ceiling / 2);
          expect(delay).toBeLessThanOrEqual(ceiling);
        });
        let previous = p.baseMs;
        for (const delay of delays(policy('decorrelated-jitter', p), mulberry32(seed))) {
          expect(delay).toBeGreaterThanOrEqual(Math.min(p.capMs, p.baseMs));
          expect(delay).toBeLessThanOrEqual(Math.min(p.capMs, Math.max(p.baseMs, previous * 3)));
          previous = delay;
        }
      }),
    );
  });

  it('jitter actually varies: a seeded full-jitter run is not the plain exponential', () => {
    const jittered = delays(policy('full-jitter', { capMs: 100_000 }), mulberry32(7));
    expect(new Set(jittered.map((delay, retry) => delay / (100 * 2 ** retry))).size).toBe(6);
  });

  it('computeDelay with the same seed gives the same delay', () => {
    const p = policy('full-jitter');
    expect(computeDelay(p, 3, 100, mulberry32(9))).toBe(computeDelay(p, 3, 100, mulberry32(9)));
  });
});

describe('Retry-After', () => {
  it('wins over the computed delay, larger or smaller', () => {
    for (const strategy of STRATEGY_NAMES.filter((name) => name !== 'none')) {
      const backoff = createBackoff(policy(strategy), half);
      expect(backoff.next(3000)).toEqual({ delayMs: 3000, source: 'retry-after' });
      expect(backoff.next(1)).toEqual({ delayMs: 1, source: 'retry-after' });
      expect(backoff.next()).toMatchObject({ source: 'strategy' });
    }
  });

  it('is ignored when the policy says so', () => {
    const backoff = createBackoff(policy('exponential', { honourRetryAfter: false }), half);
    expect(backoff.next(3000)).toEqual({ delayMs: 100, source: 'strategy' });
  });

  it('does not shift the seeded draws of later retries', () => {
    const plain = createBackoff(policy('full-jitter', { capMs: 100_000 }), mulberry32(5));
    const told = createBackoff(policy('full-jitter', { capMs: 100_000 }), mulberry32(5));
    plain.next();
    told.next(3000);
    expect(told.next()).toEqual(plain.next());
  });

  it('parses delay-seconds and HTTP dates', () => {
    const now = Date.parse('2026-03-01T12:00:00Z');
    expect(parseRetryAfter('3', now)).toBe(3000);
    expect(parseRetryAfter(' 0.5 ', now)).toBe(500);
    expect(parseRetryAfter('0', now)).toBe(0);
    expect(parseRetryAfter('Sun, 01 Mar 2026 12:00:07 GMT', now)).toBe(7000);
    expect(parseRetryAfter('Sun, 01 Mar 2026 11:00:00 GMT', now)).toBe(0);
  });

  it('treats missing and unreadable values as absent', () => {
    for (const value of [null, undefined, '', '  ', '-1', 'soon', '1e3']) {
      expect(parseRetryAfter(value, 0)).toBeUndefined();
    }
  });
});

describe('mulberry32', () => {
  it('replays the same sequence for a seed, and a different one for another seed', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const c = mulberry32(43);
    const first = Array.from({ length: 5 }, a);
    expect(Array.from({ length: 5 }, b)).toEqual(first);
    expect(Array.from({ length: 5 }, c)).not.toEqual(first);
  });

  it('draws in [0, 1) with a mean near one half', () => {
    const random = mulberry32(1);
    const draws = Array.from({ length: 10_000 }, random);
    expect(Math.min(...draws)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...draws)).toBeLessThan(1);
    expect(draws.reduce((sum, x) => sum + x, 0) / draws.length).toBeCloseTo(0.5, 1);
  });
});
