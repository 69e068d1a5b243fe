import { describe, expect, it } from 'vitest';
import type { LabEvent } from '../../src/lib/backoff/scheduler.ts';
import {
  buildTimeline,
  compareRuns,
  countRun,
  type RunCounters,
} from '../../src/lib/backoff/timeline.ts';

/** Request 0: ok. Request 1: 429, backoff, ok after queueing. Request 2: 429, gave up. Request 3: 400. */
const events: LabEvent[] = [
  { type: 'run-start', at: 1000, total: 5 },
  { type: 'send', at: 1000, index: 0, attempt: 0 },
  { type: 'send', at: 1000, index: 1, attempt: 0 },
  { type: 'send', at: 1000, index: 2, attempt: 0 },
  { type: 'send', at: 1001, index: 3, attempt: 0 },
  { type: 'result', at: 1010, index: 0, attempt: 0, status: 200, outcome: 'ok' },
  {
    type: 'result',
    at: 1011,
    index: 1,
    attempt: 0,
    status: 429,
    outcome: 'rate-limited',
    retryAfterMs: 500,
    reason: 'RateLimit',
  },
  { type: 'wait', at: 1011, index: 1, until: 1511, reason: 'retry-after' },
  { type: 'result', at: 1012, index: 2, attempt: 0, status: 429, outcome: 'rate-limited' },
  { type: 'gave-up', at: 1012, index: 2, attempts: 1 },
  {
    type: 'result',
    at: 1013,
    index: 3,
    attempt: 0,
    status: 400,
    outcome: 'error',
    reason: 'InvalidNonce',
  },
  { type: 'send', at: 1511, index: 1, attempt: 1 },
  { type: 'result', at: 1900, index: 1, attempt: 1, status: 200, outcome: 'queued' },
  { type: 'run-end', at: 2000, stopped: false },
];

describe('buildTimeline', () => {
  it('gives every request a row with its attempts, waits and final state', () => {
    const timeline = buildTimeline(events);
    expect(timeline).toMatchObject({ total: 5, startedAt: 1000, endedAt: 2000, stopped: false });
    expect(timeline.rows.map((row) => row.state)).toEqual([
      'ok',
      'ok',
      'gave-up',
      'failed',
      'pending',
    ]);
    expect(timeline.rows[1].attempts).toEqual([
      {
        attempt: 0,
        sentAt: 1000,
        endedAt: 1011,
        status: 429,
        outcome: 'rate-limited',
        reason: 'RateLimit',
        retryAfterMs: 500,
      },
      {
        attempt: 1,
        sentAt: 1511,
        endedAt: 1900,
        status: 200,
        outcome: 'queued',
        reason: undefined,
        retryAfterMs: undefined,
      },
    ]);
    expect(timeline.rows[1].waits).toEqual([{ from: 1011, until: 1511, reason: 'retry-after' }]);
    expect(timeline.rows[3].attempts[0].reason).toBe('InvalidNonce');
  });

  it('on Stop, marks unfinished requests stopped and cuts their waits short', () => {
    const stopped = buildTimeline([
      { type: 'run-start', at: 0, total: 2 },
      { type: 'send', at: 0, index: 0, attempt: 0 },
      { type: 'result', at: 5, index: 0, attempt: 0, status: 429, outcome: 'rate-limited' },
      { type: 'wait', at: 5, index: 0, until: 4000, reason: 'backoff' },
      { type: 'send', at: 6, index: 1, attempt: 0 },
      { type: 'run-end', at: 100, stopped: true },
    ]);
    expect(stopped.stopped).toBe(true);
    expect(stopped.rows.map((row) => row.state)).toEqual(['stopped', 'stopped']);
    expect(stopped.rows[0].waits[0].until).toBe(100);
    expect(stopped.rows[1].attempts[0].outcome).toBeUndefined();
  });
});

describe('resent attempts', () => {
  it('an attempt sent again at once does not fail its request', () => {
    const raced: LabEvent[] = [
      { type: 'run-start', at: 0, total: 1 },
      { type: 'send', at: 0, index: 0, attempt: 0 },
      {
        type: 'result',
        at: 2,
        index: 0,
        attempt: 0,
        status: 400,
        outcome: 'error',
        reason: 'InvalidNonce',
        resend: true,
      },
      { type: 'send', at: 2, index: 0, attempt: 1 },
      { type: 'result', at: 4, index: 0, attempt: 1, status: 200, outcome: 'ok' },
      { type: 'run-end', at: 5, stopped: false },
    ];
    expect(buildTimeline(raced).rows[0].state).toBe('ok');
    expect(countRun(raced, 5)).toMatchObject({ ok: 1, failed: 0, retries: 1, wasted: 1 });
  });
});

describe('countRun', () => {
  it('counts sent, ok, 429s, retries, gave up, failures and rate', () => {
    expect(countRun(events, 99_999)).toEqual({
      sent: 5,
      ok: 2,
      queued: 1,
      rateLimited: 2,
      retries: 1,
      gaveUp: 1,
      failed: 1,
      inFlight: 0,
      wasted: 3,
      elapsedMs: 1000,
      effectiveRate: 2,
      finished: true,
    });
  });

  it('runs the clock to `now` while the run goes on', () => {
    const running = countRun(events.slice(0, 6), 1500);
    expect(running).toMatchObject({ elapsedMs: 500, inFlight: 3, ok: 1, finished: false });
  });
});

describe('compareRuns', () => {
  const base: RunCounters = {
    sent: 30,
    ok: 30,
    queued: 0,
    rateLimited: 0,
    retries: 0,
    gaveUp: 0,
    failed: 0,
    inFlight: 0,
    wasted: 0,
    elapsedMs: 10_000,
    effectiveRate: 3,
    finished: true,
  };

  it('names the better run on each count', () => {
    const noRetry = { ...base, ok: 10, rateLimited: 20, wasted: 20, gaveUp: 20, elapsedMs: 1000 };
    const jitter = {
      ...base,
      sent: 52,
      rateLimited: 22,
      retries: 22,
      wasted: 22,
      elapsedMs: 20_000,
    };
    expect(compareRuns(noRetry, jitter)).toEqual({
      fewerRateLimits: 'a',
      faster: 'a',
      lessWasted: 'a',
      // …but it completed a third of the work: completing wins.
      overall: 'b',
    });
  });

  it('treats times within 5% as a tie', () => {
    expect(compareRuns(base, { ...base, elapsedMs: 10_400 }).faster).toBe('tie');
    expect(compareRuns(base, { ...base, elapsedMs: 10_600 }).faster).toBe('a');
  });

  it('scores the rest when both completed the same', () => {
    const paced = { ...base, elapsedMs: 30_000 };
    const retried = { ...base, rateLimited: 5, wasted: 5, sent: 35 };
    expect(compareRuns(paced, retried)).toEqual({
      fewerRateLimits: 'a',
      faster: 'b',
      lessWasted: 'a',
      overall: 'a',
    });
    expect(compareRuns(base, base).overall).toBe('tie');
  });
});
