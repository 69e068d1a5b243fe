import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mulberry32 } from '../../src/lib/backoff/random.ts';
import {
  MAX_RESENDS,
  runWorkload,
  type LabEvent,
  type LabStrategy,
  type Send,
  type SendResult,
  type Workload,
} from '../../src/lib/backoff/scheduler.ts';
import { abortableSleep } from '../../src/lib/backoff/sleep.ts';
import type { RetryPolicy } from '../../src/lib/backoff/strategies.ts';

beforeEach(() => vi.useFakeTimers({ now: 0 }));
afterEach(() => vi.useRealTimers());

const workload = (overrides: Partial<Workload> = {}): Workload => ({
  requests: 20,
  concurrency: 5,
  intervalMs: 0,
  endpoint: '/v1/balances',
  ...overrides,
});
const strategy = (
  retry: Partial<RetryPolicy> = {},
  pacer: LabStrategy['pacer'] = null,
): LabStrategy => ({
  retry: {
    strategy: 'full-jitter',
    baseMs: 500,
    capMs: 8000,
    maxRetries: 10,
    honourRetryAfter: true,
    ...retry,
  },
  pacer,
});

/**
 * A server with a token-bucket limit (`perSecond`, bucket of `bucket`) that answers after
 * `latencyMs`; over the limit it answers 429 at once, with `retryAfterMs` if given.
 */
function limitedServer(options: {
  perSecond: number;
  bucket: number;
  latencyMs?: number;
  retryAfterMs?: number;
}) {
  let tokens = options.bucket;
  let refilledAt = 0;
  const sent: { at: number; index: number; attempt: number }[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const send: Send = async ({ index, attempt }) => {
    const now = Date.now();
    sent.push({ at: now, index, attempt });
    tokens = Math.min(options.bucket, tokens + ((now - refilledAt) / 1000) * options.perSecond);
    refilledAt = now;
    if (tokens < 1) {
      const result: SendResult = { status: 429 };
      if (options.retryAfterMs !== undefined) result.retryAfterMs = options.retryAfterMs;
      return result;
    }
    tokens -= 1;
    inFlight += 1;
    maxInFlight = Math.max(maxInFlight, inFlight);
    await new Promise((resolve) => setTimeout(resolve, options.latencyMs ?? 20));
    inFlight -= 1;
    return { status: 200 };
  };
  return { send, sent, maxInFlight: () => maxInFlight };
}

async function run(
  w: Workload,
  s: LabStrategy,
  send: Send,
  options: { seed?: number; abortAt?: number } = {},
) {
  const events: LabEvent[] = [];
  const controller = new AbortController();
  if (options.abortAt !== undefined) setTimeout(() => controller.abort(), options.abortAt);
  const done = runWorkload(
    w,
    s,
    { send, clock: Date.now, sleep: abortableSleep, random: mulberry32(options.seed ?? 1) },
    { signal: controller.signal, onEvent: (event) => events.push(event) },
  );
  await vi.runAllTimersAsync();
  await done;
  return events;
}

const ofType = <T extends LabEvent['type']>(events: LabEvent[], type: T) =>
  events.filter((event): event is Extract<LabEvent, { type: T }> => event.type === type);

describe('runWorkload', () => {
  it('sends each request once when the server keeps up', async () => {
    const server = limitedServer({ perSecond: 1000, bucket: 1000 });
    const events = await run(workload(), strategy(), server.send);
    expect(events[0]).toEqual({ type: 'run-start', at: 0, total: 20 });
    expect(ofType(events, 'send')).toHaveLength(20);
    expect(ofType(events, 'result').every((event) => event.outcome === 'ok')).toBe(true);
    expect(events.at(-1)).toMatchObject({ type: 'run-end', stopped: false });
  });

  it('keeps at most `concurrency` requests in flight', async () => {
    const server = limitedServer({ perSecond: 1000, bucket: 1000, latencyMs: 100 });
    await run(workload({ concurrency: 3 }), strategy(), server.send);
    expect(server.maxInFlight()).toBe(3);
  });

  it('with no retry, over-limit requests get 429 and give up', async () => {
    const server = limitedServer({ perSecond: 1, bucket: 5 });
    const events = await run(workload(), strategy({ strategy: 'none' }), server.send);
    const limited = ofType(events, 'result').filter((event) => event.status === 429);
    expect(limited.length).toBe(15);
    expect(limited.every((event) => event.outcome === 'rate-limited')).toBe(true);
    expect(ofType(events, 'gave-up')).toHaveLength(15);
    expect(ofType(events, 'send').every((event) => event.attempt === 0)).toBe(true);
  });

  it('with full jitter and enough retries, every request completes', async () => {
    const server = limitedServer({ perSecond: 1, bucket: 5 });
    const events = await run(workload(), strategy(), server.send);
    expect(ofType(events, 'result').filter((event) => event.outcome === 'ok')).toHaveLength(20);
    expect(ofType(events, 'gave-up')).toHaveLength(0);
    expect(ofType(events, 'wait').every((event) => event.reason === 'backoff')).toBe(true);
  });

  it('gives up after maxRetries', async () => {
    const server = limitedServer({ perSecond: 0, bucket: 0 });
    const events = await run(workload({ requests: 2 }), strategy({ maxRetries: 3 }), server.send);
    expect(ofType(events, 'send')).toHaveLength(8);
    expect(ofType(events, 'gave-up')).toEqual([
      expect.objectContaining({ index: 0, attempts: 4 }),
      expect.objectContaining({ index: 1, attempts: 4 }),
    ]);
  });

  it('waits exactly Retry-After when the server names it', async () => {
    const server = limitedServer({ perSecond: 0.5, bucket: 1, retryAfterMs: 3000 });
    const events = await run(workload({ requests: 2, concurrency: 2 }), strategy(), server.send);
    const waits = ofType(events, 'wait');
    expect(waits).toEqual([{ type: 'wait', at: 0, index: 1, until: 3000, reason: 'retry-after' }]);
    expect(server.sent.map(({ at }) => at)).toEqual([0, 0, 3000]);
  });

  it('the pacer keeps every attempt under its rate, so nothing is throttled', async () => {
    const server = limitedServer({ perSecond: 1, bucket: 5 });
    const events = await run(
      workload({ requests: 10 }),
      strategy({ strategy: 'none' }, { ratePerSecond: 1, burst: 1 }),
      server.send,
    );
    expect(ofType(events, 'result').every((event) => event.status === 200)).toBe(true);
    expect(server.sent.map(({ at }) => at)).toEqual([
      0, 1000, 2000, 3000, 4000, 5000, 6000, 7000, 8000, 9000,
    ]);
    expect(ofType(events, 'wait').every((event) => event.reason === 'pacer')).toBe(true);
  });

  it('starts request i no sooner than i × interval', async () => {
    const server = limitedServer({ perSecond: 1000, bucket: 1000 });
    await run(workload({ requests: 4, intervalMs: 250 }), strategy(), server.send);
    expect(server.sent.map(({ at }) => at)).toEqual([0, 250, 500, 750]);
  });

  it('does not retry an error that retrying cannot fix', async () => {
    const send: Send = async () => ({ status: 400, reason: 'InvalidNonce' });
    const events = await run(workload({ requests: 1 }), strategy(), send);
    expect(ofType(events, 'send')).toHaveLength(1);
    expect(ofType(events, 'result')[0]).toMatchObject({
      outcome: 'error',
      status: 400,
      reason: 'InvalidNonce',
    });
  });

  it('resends at once, freshly, an attempt that lost a nonce race; at most MAX_RESENDS times', async () => {
    const answers: SendResult[] = [
      { status: 400, reason: 'InvalidNonce', resend: true },
      { status: 200 },
    ];
    let calls = 0;
    const raced: Send = async () => answers[Math.min(calls++, answers.length - 1)];
    const events = await run(workload({ requests: 1 }), strategy({ strategy: 'none' }), raced);
    expect(ofType(events, 'result').map((event) => [event.status, event.resend])).toEqual([
      [400, true],
      [200, undefined],
    ]);
    expect(ofType(events, 'wait')).toEqual([]);

    const alwaysRaced: Send = async () => ({ status: 400, reason: 'InvalidNonce', resend: true });
    const stuck = await run(workload({ requests: 1 }), strategy(), alwaysRaced);
    expect(ofType(stuck, 'send')).toHaveLength(MAX_RESENDS + 1);
    expect(ofType(stuck, 'result').at(-1)?.resend).toBeUndefined();
  });

  it('retries a request that failed without an answer', async () => {
    let calls = 0;
    const send: Send = async () => {
      calls += 1;
      if (calls === 1) throw new TypeError('Failed to fetch');
      return { status: 200 };
    };
    const events = await run(workload({ requests: 1 }), strategy(), send);
    expect(ofType(events, 'result').map((event) => event.status)).toEqual([0, 200]);
  });

  it('marks slow answers as queued unless the target says otherwise', async () => {
    const server = limitedServer({ perSecond: 1000, bucket: 1000, latencyMs: 400 });
    const events = await run(workload({ requests: 1 }), strategy(), server.send);
    expect(ofType(events, 'result')[0].outcome).toBe('queued');
    const told: Send = async () => ({ status: 200, queued: false });
    expect(
      ofType(await run(workload({ requests: 1 }), strategy(), told), 'result')[0].outcome,
    ).toBe('ok');
  });

  it('sends nothing after Stop and ends at once', async () => {
    const server = limitedServer({ perSecond: 1, bucket: 5 });
    const events = await run(workload(), strategy(), server.send, { abortAt: 2500 });
    expect(server.sent.length).toBeGreaterThan(5);
    expect(server.sent.every(({ at }) => at <= 2500)).toBe(true);
    expect(events.at(-1)).toEqual({ type: 'run-end', at: 2500, stopped: true });
    expect(ofType(events, 'send').every((event) => event.at <= 2500)).toBe(true);
  });

  // The lab's Stop with the e2e test's settings (80 requests, 10 at a time, 2 a second): every
  // backoff and queued retry still pending at Stop is run out by the fake clock, and none sends.
  it.each([
    ['no pacer', null],
    ['a pacer', { ratePerSecond: 2, burst: 1 }],
  ] as const)('sends nothing after Stop with retries pending, with %s', async (_, pacer) => {
    const server = limitedServer({ perSecond: 2, bucket: 5 });
    const events = await run(
      workload({ requests: 80, concurrency: 10 }),
      strategy({}, pacer),
      server.send,
      { abortAt: 4000 },
    );
    expect(ofType(events, 'wait').some((wait) => wait.until > 4000)).toBe(true);
    expect(server.sent.length).toBeGreaterThan(5);
    expect(server.sent.filter(({ at }) => at > 4000)).toEqual([]);
    expect(events.at(-1)).toEqual({ type: 'run-end', at: 4000, stopped: true });
  });

  it('replays the same run from the same seed', async () => {
    const first = await run(
      workload(),
      strategy(),
      limitedServer({ perSecond: 1, bucket: 5 }).send,
      { seed: 7 },
    );
    const again = await run(
      workload(),
      strategy(),
      limitedServer({ perSecond: 1, bucket: 5 }).send,
      { seed: 7 },
    );
    const other = await run(
      workload(),
      strategy(),
      limitedServer({ perSecond: 1, bucket: 5 }).send,
      { seed: 8 },
    );
    const times = (events: LabEvent[]) =>
      events.map((event) => `${event.type}@${event.at - events[0].at}`);
    expect(times(again)).toEqual(times(first));
    expect(times(other)).not.toEqual(times(first));
  });
});
