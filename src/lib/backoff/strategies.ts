/**
 * Retry strategies: how long to wait before retrying a request that got 429 Too Many Requests.
 * The jittered ones follow the AWS Architecture Blog's "Exponential Backoff And Jitter" (2015).
 * Pure: randomness is injected, so a seeded source replays the same delays.
 */
import { randomBetween, type RandomSource } from './random.ts';

export const STRATEGY_NAMES = [
  'none',
  'fixed',
  'exponential',
  'full-jitter',
  'equal-jitter',
  'decorrelated-jitter',
] as const;
export type StrategyName = (typeof STRATEGY_NAMES)[number];

export interface RetryPolicy {
  strategy: StrategyName;
  /** First (and for `fixed`, every) delay in ms. */
  baseMs: number;
  /** No computed delay exceeds this. */
  capMs: number;
  /** Retries after the first attempt; `none` never retries. */
  maxRetries: number;
  /** When the response names a delay in `Retry-After`, wait exactly that instead. */
  honourRetryAfter: boolean;
}

export function isStrategyName(value: string): value is StrategyName {
  return (STRATEGY_NAMES as readonly string[]).includes(value);
}

/**
 * The delay before retry number `retry` (0 = the first retry), ignoring Retry-After.
 * `previousMs` is the delay waited before the last retry (decorrelated jitter grows from it;
 * for the first retry pass `baseMs`).
 */
export function computeDelay(
  policy: RetryPolicy,
  retry: number,
  previousMs: number,
  random: RandomSource,
): number {
  const { baseMs, capMs } = policy;
  // 2 ** retry overflows to Infinity only after ~1000 retries; min() keeps it finite.
  const exponential = Math.min(capMs, baseMs * 2 ** retry);
  switch (policy.strategy) {
    case 'none':
      return 0;
    case 'fixed':
      return Math.min(capMs, baseMs);
    case 'exponential':
      return exponential;
    case 'full-jitter':
      return randomBetween(random, 0, exponential);
    case 'equal-jitter':
      return exponential / 2 + randomBetween(random, 0, exponential / 2);
    case 'decorrelated-jitter':
      return Math.min(capMs, randomBetween(random, baseMs, Math.max(baseMs, previousMs * 3)));
  }
}

interface PlannedDelay {
  delayMs: number;
  /** `retry-after`: the server named the delay; `strategy`: computed. */
  source: 'strategy' | 'retry-after';
}

export interface Backoff {
  /** The wait before the next retry, or null when the policy gives up. */
  next(retryAfterMs?: number): PlannedDelay | null;
}

/** The retry state of one logical request. */
export function createBackoff(policy: RetryPolicy, random: RandomSource): Backoff {
  let retries = 0;
  let previousMs = policy.baseMs;
  const allowed = policy.strategy === 'none' ? 0 : policy.maxRetries;
  return {
    next(retryAfterMs) {
      if (retries >= allowed) return null;
      // Always draw, even when Retry-After wins, so a seeded run's later draws don't shift.
      const computed = computeDelay(policy, retries, previousMs, random);
      const serverSaid = policy.honourRetryAfter && retryAfterMs !== undefined;
      const delayMs = serverSaid ? retryAfterMs : computed;
      retries += 1;
      previousMs = delayMs;
      return { delayMs, source: serverSaid ? 'retry-after' : 'strategy' };
    },
  };
}

const IMF_FIXDATE = /^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/;

/**
 * `Retry-After` as milliseconds: either delay-seconds (`3`, `0.5`) or an HTTP date. Missing,
 * negative or unreadable values give undefined (then the strategy decides).
 */
export function parseRetryAfter(
  value: string | null | undefined,
  nowMs: number,
): number | undefined {
  if (value === null || value === undefined) return undefined;
  const text = value.trim();
  if (text === '') return undefined;
  if (/^\d+(\.\d+)?$/.test(text)) return Number(text) * 1000;
  // Only the IMF-fixdate form senders must use: Date.parse alone would accept "-1" as a year.
  if (!IMF_FIXDATE.test(text)) return undefined;
  return Math.max(0, Date.parse(text) - nowMs);
}
