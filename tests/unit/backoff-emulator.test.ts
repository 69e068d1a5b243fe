import { describe, expect, it } from 'vitest';
import { createEmulator } from '../../src/lib/emulator/index.ts';
import { mulberry32 } from '../../src/lib/backoff/random.ts';
import { runWorkload, type LabEvent } from '../../src/lib/backoff/scheduler.ts';
import {
  createSignedSend,
  mintThrowawayKey,
  type Transport,
} from '../../src/lib/backoff/sender.ts';
import { abortableSleep } from '../../src/lib/backoff/sleep.ts';
import { countRun } from '../../src/lib/backoff/timeline.ts';

const url = (path: string) => `https://builtin.invalid${path}`;

/** Timers that fire up to 150 ms late, as in a page busy drawing: the emulator's queue wakes late. */
function laggyTimer(seed: number) {
  const random = mulberry32(seed);
  return (callback: () => void, ms: number) => {
    setTimeout(callback, ms + random() * 150);
  };
}

async function runThrough(transport: Transport) {
  const key = await mintThrowawayKey(transport, url('/emulator/keys'), {
    perMinute: 600,
    burst: 5,
  });
  const send = createSignedSend({ transport, url, key, params: {}, clock: Date.now });
  const events: LabEvent[] = [];
  await runWorkload(
    { requests: 40, concurrency: 15, intervalMs: 0, endpoint: '/v1/balances' },
    {
      retry: {
        strategy: 'full-jitter',
        baseMs: 100,
        capMs: 1000,
        maxRetries: 10,
        honourRetryAfter: true,
      },
      pacer: null,
    },
    { send, clock: () => performance.now(), sleep: abortableSleep, random: mulberry32(1) },
    { signal: new AbortController().signal, onEvent: (event) => events.push(event) },
  );
  const reasons = events.flatMap((event) =>
    event.type === 'result' && event.reason ? [event.reason] : [],
  );
  return {
    counters: countRun(events, 0),
    invalidNonces: reasons.filter((reason) => reason === 'InvalidNonce').length,
  };
}

describe('the lab against the real emulator', () => {
  it('with the page busy (queue timers firing late), queued requests keep their place: no InvalidNonce', async () => {
    const setTimer = laggyTimer(3);
    const emulator = createEmulator({
      sleep: (ms) => new Promise((resolve) => setTimer(resolve, ms)),
    });
    const result = await runThrough((request) => emulator.fetch(request));
    expect(result.invalidNonces).toBe(0);
    expect(result.counters).toMatchObject({ ok: 40, gaveUp: 0, failed: 0 });
    expect(result.counters.rateLimited).toBeGreaterThan(0);
  }, 30_000);
});
