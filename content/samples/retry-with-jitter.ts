// Survive the Gemini exchange API's rate limit and brief outages: retry HTTP 429 (rate limited),
// 502 (technical issues) and 503 (maintenance) with capped exponential backoff and full jitter,
// and optionally pace requests so the limit is rarely hit at all.
//   node --experimental-strip-types retry-with-jitter.ts   (env as for sign-request.ts, which
//   must sit in the same folder: this file imports it)
// GEMINI_DEMO_REQUESTS (default 20) balance requests go out back to back; set
// GEMINI_REQUESTS_PER_SECOND=5 to pace them at Gemini's recommended private rate instead.
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { privatePost, type GeminiResponse } from './sign-request.ts';

export interface RetryOptions {
  maxAttempts?: number;
  baseMs?: number;
  capMs?: number;
  random?: () => number;
  onRetry?: (attempt: number, waitMs: number, response: GeminiResponse) => void;
}

/** Before retry n (1, 2, 3, …) wait a random time up to min(cap, base · 2^(n-1)): "full jitter". */
export function backoffDelay(
  retry: number,
  { baseMs = 500, capMs = 30_000, random = Math.random } = {},
) {
  return Math.round(random() * Math.min(capMs, baseMs * 2 ** (retry - 1)));
}

/** Seconds from a Retry-After header, if the server sent one (Gemini does not document it). */
function retryAfterMs(headers: Headers): number {
  const seconds = Number(headers.get('retry-after'));
  return Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : 0;
}

/** Statuses worth another try: 429 rate limited, 502 technical issues, 503 maintenance. */
export const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([429, 502, 503]);

/**
 * Calls `send` until its status is not retryable, or `maxAttempts` is used up (then the last
 * answer is returned). `send` must sign afresh on every call: a retry needs a new, higher nonce.
 * A 502 or 503 after /v1/order/new may still have placed the order: look it up by
 * client_order_id before you place it again.
 */
export async function withRetry(
  send: () => Promise<GeminiResponse>,
  { maxAttempts = 6, onRetry, ...delay }: RetryOptions = {},
): Promise<GeminiResponse> {
  for (let attempt = 1; ; attempt++) {
    const response = await send();
    if (!RETRYABLE_STATUSES.has(response.status) || attempt >= maxAttempts) return response;
    const waitMs = Math.max(backoffDelay(attempt, delay), retryAfterMs(response.headers));
    onRetry?.(attempt, waitMs, response);
    await sleep(waitMs);
  }
}

// Run directly (not imported): a burst of balance requests, one after another.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const total = Number(process.env.GEMINI_DEMO_REQUESTS ?? 20);
  const perSecond = Number(process.env.GEMINI_REQUESTS_PER_SECOND ?? 0);
  let ok = 0;
  let retries = 0;
  for (let n = 1; n <= total; n++) {
    const response = await withRetry(() => privatePost('/v1/balances'), {
      onRetry: (attempt, waitMs, { status }) => {
        retries++;
        console.log(`request ${n}: HTTP ${status}, retry ${attempt} in ${waitMs} ms`);
      },
    });
    if (response.status === 200) ok++;
    else console.log(`request ${n}: gave up with HTTP ${response.status}`, response.body);
    // Pacing: one request per 1/perSecond seconds keeps you under the limit in the first place.
    if (perSecond > 0 && n < total) await sleep(1000 / perSecond);
  }
  console.log(
    `${ok} of ${total} requests succeeded, ${retries} retries after HTTP 429, 502 or 503.`,
  );
  if (ok !== total) process.exitCode = 1;
}
