/**
 * A per-client request budget for the relay and for minting hosted keys: at most `perMinute`
 * requests in any sliding 60 s window. Pure and clock-injected; the Node server keeps one
 * limiter in memory, the Worker keeps one per client in a Durable Object (so it holds across
 * isolates). The number of clients tracked is bounded.
 */
export interface WindowPolicy {
  perMinute: number;
}

export type Take = { ok: true } | { ok: false; retryAfterSeconds: number };

export interface WindowLimiter {
  take(clientId: string, now: number): Take;
}

const WINDOW_MS = 60_000;

export function createWindowLimiter(policy: WindowPolicy, maxClients = 10_000): WindowLimiter {
  const seen = new Map<string, number[]>();
  return {
    take(clientId, now) {
      const times = (seen.get(clientId) ?? []).filter((t) => now - t < WINDOW_MS);
      if (times.length >= policy.perMinute) {
        seen.set(clientId, times);
        const retryAfterSeconds = Math.max(1, Math.ceil((times[0]! + WINDOW_MS - now) / 1000));
        return { ok: false, retryAfterSeconds };
      }
      times.push(now);
      seen.delete(clientId); // re-insert: the Map's order is then least recently seen first
      seen.set(clientId, times);
      if (seen.size > maxClients) seen.delete(seen.keys().next().value!);
      return { ok: true };
    },
  };
}
