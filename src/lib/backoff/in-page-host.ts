/**
 * Hosts the emulator inside the page for the lab so that it sees requests in the order they
 * were sent. The emulator queues a throttled request with `sleep` and checks its nonce when the
 * sleep ends. In a busy page a timer can fire after later tasks have run, so a request sent
 * after the queued one's wait was over could be checked first, and the queued one would fail
 * with InvalidNonce: an artefact of the page, not of the client or of Gemini.
 *
 * The host injects the emulator's `sleep` and, before handing over each new request, first wakes
 * every queued request whose wait is over (oldest first) and lets it be answered. Waits end when
 * the emulator asked, never earlier.
 */
import type { Transport } from './sender.ts';

export interface HostedEmulator {
  fetch(request: Request): Promise<Response>;
}

export interface InPageHostDeps {
  /** Builds the emulator with the host's sleep (`createEmulator({ sleep })`). */
  create: (options: { sleep: (ms: number) => Promise<void> }) => HostedEmulator;
  /** The emulator's clock (epoch ms). */
  clock: () => number;
  setTimer: (callback: () => void, ms: number) => void;
}

interface Sleeper {
  due: number;
  timerFired: boolean;
  wake: () => void;
  /** The answer of the request that is waiting, once known. */
  answered: Promise<unknown> | null;
}

export function createInPageHost(deps: InPageHostDeps): Transport {
  const { clock, setTimer } = deps;
  // In the order they were queued, which is also the order their waits end.
  const sleepers: Sleeper[] = [];
  let justQueued: Sleeper | null = null;
  let pumping: Promise<void> | null = null;

  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const sleeper: Sleeper = {
        due: clock() + ms,
        timerFired: false,
        wake: resolve,
        answered: null,
      };
      sleepers.push(sleeper);
      justQueued = sleeper;
      setTimer(() => {
        sleeper.timerFired = true;
        void pump();
      }, ms);
    });

  /** Wakes the sleepers whose wait is over, one by one, each after the previous one's answer. */
  function pump(): Promise<void> {
    if (!pumping) {
      pumping = (async () => {
        // Starts after the caller has the promise, so clearing `pumping` below cannot be undone.
        await Promise.resolve();
        while (sleepers.length > 0 && (sleepers[0].timerFired || sleepers[0].due <= clock())) {
          const sleeper = sleepers.shift()!;
          sleeper.wake();
          await sleeper.answered?.catch(() => undefined);
        }
        pumping = null;
      })();
    }
    return pumping;
  }

  const emulator = deps.create({ sleep });
  let turn: Promise<unknown> = Promise.resolve();

  return (request) => {
    const dispatched = turn.then(async () => {
      await pump();
      justQueued = null;
      // The emulator decides (and calls `sleep` if it queues) synchronously inside fetch.
      const answer = emulator.fetch(request);
      if (justQueued) (justQueued as Sleeper).answered = answer;
      justQueued = null;
      return { answer };
    });
    turn = dispatched.catch(() => undefined);
    return dispatched.then(({ answer }) => answer);
  };
}
