/**
 * Runs a workload (N logical requests, at most C at a time) against an injected `send`, retrying
 * per the strategy and optionally pacing every attempt. It decides nothing about the network and
 * draws nothing itself: clock, sleep and random are injected, and everything it does is an event
 * (the lab's chart, table and counters only render these).
 */
import { createPacer, type PacerSettings } from './pacer.ts';
import type { RandomSource } from './random.ts';
import { createBackoff, type RetryPolicy } from './strategies.ts';

export interface Workload {
  /** Logical requests to complete. */
  requests: number;
  /** At most this many logical requests in progress at once (each retries in its own slot). */
  concurrency: number;
  /** Request i may not start before i × intervalMs after the run starts (0 = all at once). */
  intervalMs: number;
  /** Private endpoint path, e.g. `/v1/balances`. */
  endpoint: string;
}

export interface LabStrategy {
  retry: RetryPolicy;
  /** Client-side token bucket in front of every attempt; null = send as soon as possible. */
  pacer: PacerSettings | null;
}

interface AttemptRequest {
  /** Logical request, from 0. */
  index: number;
  /** 0 = first try, 1 = first retry, … */
  attempt: number;
  endpoint: string;
}

export interface SendResult {
  /** HTTP status; 0 = the request failed without a response (network error). */
  status: number;
  retryAfterMs?: number;
  /** The error's `reason` from a Gemini-shaped error body, if any. */
  reason?: string;
  /** The server held the request in its burst queue before answering (when the target says so). */
  queued?: boolean;
  /**
   * Send again at once, freshly signed, without backoff: the attempt lost a race that a retry
   * fixes (the lab's sender says so for InvalidNonce, when concurrent requests on one key reached
   * the server out of order).
   */
  resend?: boolean;
}

/** Resends per request at most, so a target that always says `resend` cannot loop forever. */
export const MAX_RESENDS = 3;

export type Send = (request: AttemptRequest, signal: AbortSignal) => Promise<SendResult>;
type Sleep = (ms: number, signal: AbortSignal) => Promise<void>;

export interface SchedulerDeps {
  send: Send;
  clock: () => number;
  /** Must resolve (or reject) promptly when the signal aborts. */
  sleep: Sleep;
  random: RandomSource;
}

/** What became of one attempt. `queued`: ok, but only after waiting in the server's queue. */
export type AttemptOutcome = 'ok' | 'queued' | 'rate-limited' | 'error' | 'aborted';
export type WaitReason = 'backoff' | 'retry-after' | 'pacer';

export type LabEvent =
  | { type: 'run-start'; at: number; total: number }
  | { type: 'send'; at: number; index: number; attempt: number }
  | {
      type: 'result';
      at: number;
      index: number;
      attempt: number;
      status: number;
      outcome: AttemptOutcome;
      retryAfterMs?: number;
      reason?: string;
      /** The attempt is sent again at once (see `SendResult.resend`). */
      resend?: true;
    }
  | { type: 'wait'; at: number; index: number; until: number; reason: WaitReason }
  | { type: 'gave-up'; at: number; index: number; attempts: number }
  | { type: 'run-end'; at: number; stopped: boolean };

export interface RunOptions {
  signal: AbortSignal;
  onEvent: (event: LabEvent) => void;
  /** An ok answer slower than this counts as queued when the target doesn't say (ms; default 80:
   * the emulators answer in a few ms, and the shortest queue wait at Gemini's rate is 100 ms). */
  queuedAfterMs?: number;
}

/** Statuses worth retrying: rate limited, server trouble, no response at all. */
function isRetryable(status: number): boolean {
  return status === 429 || status === 0 || status >= 500;
}

export async function runWorkload(
  workload: Workload,
  strategy: LabStrategy,
  deps: SchedulerDeps,
  options: RunOptions,
): Promise<void> {
  const { send, clock, sleep, random } = deps;
  const { signal, onEvent } = options;
  const queuedAfterMs = options.queuedAfterMs ?? 80;
  const startedAt = clock();
  const pacer = strategy.pacer ? createPacer(strategy.pacer, clock) : null;
  onEvent({ type: 'run-start', at: startedAt, total: workload.requests });

  // A sleep that rejects on abort ends the wait just the same; the abort checks below decide.
  const pause = (ms: number) => sleep(ms, signal).catch(() => undefined);
  const waitFor = async (index: number, ms: number, reason: WaitReason) => {
    if (ms <= 0) return;
    const at = clock();
    onEvent({ type: 'wait', at, index, until: at + ms, reason });
    await pause(ms);
  };

  const runRequest = async (index: number) => {
    const backoff = createBackoff(strategy.retry, random);
    let resends = 0;
    for (let attempt = 0; ; attempt++) {
      if (pacer) await waitFor(index, pacer.reserve(), 'pacer');
      // The one gate every attempt passes: after Stop nothing leaves.
      if (signal.aborted) return;
      const sentAt = clock();
      onEvent({ type: 'send', at: sentAt, index, attempt });
      let result: SendResult;
      try {
        result = await send({ index, attempt, endpoint: workload.endpoint }, signal);
      } catch {
        result = { status: 0 };
      }
      const at = clock();
      if (signal.aborted && result.status === 0) {
        onEvent({ type: 'result', at, index, attempt, status: 0, outcome: 'aborted' });
        return;
      }
      const outcome = classify(result, at - sentAt, queuedAfterMs);
      const resend =
        outcome === 'error' && result.resend === true && resends < MAX_RESENDS && !signal.aborted;
      onEvent({
        type: 'result',
        at,
        index,
        attempt,
        status: result.status,
        outcome,
        ...(result.retryAfterMs !== undefined ? { retryAfterMs: result.retryAfterMs } : {}),
        ...(result.reason !== undefined ? { reason: result.reason } : {}),
        ...(resend ? { resend: true as const } : {}),
      });
      if (outcome === 'ok' || outcome === 'queued') return;
      if (resend) {
        resends += 1;
        continue;
      }
      if (!isRetryable(result.status) || signal.aborted) return;
      const planned = backoff.next(result.retryAfterMs);
      if (!planned) {
        onEvent({ type: 'gave-up', at, index, attempts: attempt + 1 });
        return;
      }
      await waitFor(
        index,
        planned.delayMs,
        planned.source === 'retry-after' ? 'retry-after' : 'backoff',
      );
    }
  };

  let nextIndex = 0;
  const worker = async () => {
    while (!signal.aborted && nextIndex < workload.requests) {
      const index = nextIndex++;
      const due = startedAt + index * workload.intervalMs - clock();
      if (due > 0) await pause(due);
      if (signal.aborted) return;
      await runRequest(index);
    }
  };
  const workers = Math.max(1, Math.min(workload.concurrency, workload.requests));
  await Promise.all(Array.from({ length: workers }, worker));
  onEvent({ type: 'run-end', at: clock(), stopped: signal.aborted });
}

function classify(result: SendResult, latencyMs: number, queuedAfterMs: number): AttemptOutcome {
  if (result.status >= 200 && result.status < 300) {
    return (result.queued ?? latencyMs >= queuedAfterMs) ? 'queued' : 'ok';
  }
  return result.status === 429 ? 'rate-limited' : 'error';
}
