/**
 * A bounded load client (autocannon-like, no dependency): `connections` loops, each sending one
 * request at a time over a keep-alive agent, until `maxRequests` are done or `maxMs` passed.
 * Loopback only: it refuses any other host.
 */
import { Agent, request as httpRequest } from 'node:http';

export interface LoadRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
}

export interface LoadOptions {
  /** http://127.0.0.1:<port> or http://localhost:<port>. */
  origin: string;
  connections: number;
  maxRequests: number;
  maxMs: number;
  /**
   * The `index`-th request of connection `connection` (0-based, in the order that loop sends);
   * undefined ends that connection's loop.
   */
  next(connection: number, index: number): LoadRequest | undefined;
}

export interface LoadResult {
  requests: number;
  elapsedMs: number;
  perSecond: number;
  /** Responses by status code; a fair comparison needs every one to be 200. */
  statuses: Record<string, number>;
  errors: number;
  latencyMs: { p50: number; p99: number };
  /** The first non-200 body, to say why. */
  firstFailure?: string;
}

const percentile = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN;

export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const origin = new URL(options.origin);
  if (!['127.0.0.1', 'localhost', '[::1]'].includes(origin.hostname))
    throw new Error(`The load client only talks to loopback, not ${origin.hostname}.`);
  const agent = new Agent({ keepAlive: true, maxSockets: options.connections });
  const statuses: Record<string, number> = {};
  const latencies: number[] = [];
  let errors = 0;
  let issued = 0;
  let firstFailure: string | undefined;
  const start = performance.now();
  const deadline = start + options.maxMs;

  const send = (load: LoadRequest) =>
    new Promise<void>((resolve) => {
      const sentAt = performance.now();
      const req = httpRequest(
        {
          agent,
          host: origin.hostname,
          port: origin.port,
          method: load.method,
          path: load.path,
          headers: load.headers,
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => {
            latencies.push(performance.now() - sentAt);
            const status = String(res.statusCode);
            statuses[status] = (statuses[status] ?? 0) + 1;
            if (res.statusCode !== 200 && !firstFailure)
              firstFailure = `${status} ${Buffer.concat(chunks).toString().slice(0, 300)}`;
            resolve();
          });
        },
      );
      req.on('error', (error) => {
        errors++;
        firstFailure ??= error.message;
        resolve();
      });
      req.end();
    });

  await Promise.all(
    Array.from({ length: options.connections }, async (_, connection) => {
      for (let index = 0; ; index++) {
        if (issued >= options.maxRequests || performance.now() >= deadline) return;
        const load = options.next(connection, index);
        if (!load) return;
        issued++;
        await send(load);
      }
    }),
  );
  const elapsedMs = performance.now() - start;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const requests = latencies.length + errors;
  return {
    requests,
    elapsedMs,
    perSecond: latencies.length / (elapsedMs / 1000),
    statuses,
    errors,
    latencyMs: { p50: percentile(latencies, 50), p99: percentile(latencies, 99) },
    ...(firstFailure ? { firstFailure } : {}),
  };
}
