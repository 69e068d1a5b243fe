/**
 * Signed `POST /v1/balances` per second through the Node emulator server against a bare
 * `node:http` server answering the same JSON bytes, both on loopback in the same run.
 *
 * Fairness: each server runs in its own process; the client sends both the very same requests
 * (signed with the signing core before the timed window, a fresh nonce per request, one key
 * per connection so nonces arrive in order); rounds alternate bare/emulator and each figure is
 * the median of the rounds. A run only counts if every response was 200.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { signRequest } from '../../src/lib/signing/index.ts';
import { median } from './bench-format.ts';
import { runLoad, type LoadRequest, type LoadResult } from './bench-load.ts';
import { startNode, type RunningProcess } from './bench-process.ts';

export interface EmulatorBenchOptions {
  connections: number;
  /** Per timed run; a run also stops at `maxMs`. */
  maxRequests: number;
  maxMs: number;
  rounds: number;
}

export const DEFAULT_EMULATOR_BENCH: EmulatorBenchOptions = {
  connections: 16,
  maxRequests: 20_000,
  maxMs: 5_000,
  rounds: 3,
};

export interface EmulatorBenchResult {
  options: EmulatorBenchOptions;
  /** Requests per second, median of the rounds. */
  bareRps: number;
  emulatorRps: number;
  /** emulator ÷ bare (goal ≥ 0.6). */
  ratio: number;
  /** False when any response was not 200 (then the figures are not comparable): see `problem`. */
  valid: boolean;
  problem?: string;
  /** What the emulator answered to the requested key settings. */
  keyRateLimit: unknown;
  runs: Array<{ server: 'bare' | 'emulator'; round: number } & LoadResult>;
}

const REQUESTED_RATE_LIMIT = { perMinute: 10_000_000, burst: 5 };

interface Key {
  key: string;
  secret: string;
  rateLimit?: unknown;
}

async function mintKey(origin: string): Promise<Key & { requested: boolean }> {
  const mint = (body: object) =>
    fetch(`${origin}/emulator/keys`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
  const response = await mint({ roles: ['trader'], rateLimit: REQUESTED_RATE_LIMIT });
  if (response.ok) return { ...((await response.json()) as Key), requested: true };
  // The emulator refused the high limit: say so, and measure with what it allows at most.
  const refusal = await response.text();
  const fallback = await mint({ roles: ['trader'] });
  if (!fallback.ok)
    throw new Error(`POST /emulator/keys failed: ${fallback.status} ${await fallback.text()}`);
  return {
    ...((await fallback.json()) as Key),
    requested: false,
    rateLimit: { refused: REQUESTED_RATE_LIMIT, reason: refusal },
  };
}

/** `count` signed balance requests per key, nonces continuing from `nonces`. */
async function signBatch(keys: Key[], nonces: number[], count: number): Promise<LoadRequest[][]> {
  return Promise.all(
    keys.map(async (key, connection) => {
      const batch: LoadRequest[] = [];
      for (let i = 0; i < count; i++) {
        const signed = await signRequest({
          apiKey: key.key,
          secret: key.secret,
          request: '/v1/balances',
          nonce: ++nonces[connection],
        });
        batch.push({ method: 'POST', path: '/v1/balances', headers: { ...signed.headers } });
      }
      return batch;
    }),
  );
}

export async function benchEmulator(
  options: EmulatorBenchOptions = DEFAULT_EMULATOR_BENCH,
): Promise<EmulatorBenchResult> {
  const started: RunningProcess[] = [];
  const scratch = mkdtempSync(join(tmpdir(), 'bench-'));
  try {
    const emulator = await startNode(
      'scripts/lib/bench-server.ts',
      ['--kind', 'emulator'],
      /READY (\S+)/,
    );
    started.push(emulator.process);
    const emulatorOrigin = emulator.match[1];

    const keys: Key[] = [];
    let keyRateLimit: unknown;
    for (let i = 0; i < options.connections; i++) {
      const key = await mintKey(emulatorOrigin);
      keys.push(key);
      keyRateLimit = key.rateLimit;
    }
    const nonces = keys.map(() => 0);

    // The bare server answers with exactly what the emulator answers, so bodies weigh the same.
    const [[probe]] = await signBatch(keys.slice(0, 1), nonces, 1);
    const { 'Content-Length': _length, ...probeHeaders } = probe.headers; // fetch sets it itself
    const probeResponse = await fetch(emulatorOrigin + probe.path, {
      method: probe.method,
      headers: probeHeaders,
    });
    const body = await probeResponse.text();
    if (probeResponse.status !== 200)
      throw new Error(`A signed /v1/balances got ${probeResponse.status}: ${body}`);
    const bodyFile = join(scratch, 'balances.json');
    writeFileSync(bodyFile, body);
    const bare = await startNode(
      'scripts/lib/bench-server.ts',
      ['--kind', 'bare', '--body-file', bodyFile],
      /READY (\S+)/,
    );
    started.push(bare.process);
    const origins = { bare: bare.match[1], emulator: emulatorOrigin };

    const perConnection = Math.ceil(options.maxRequests / options.connections);
    const run = async (server: 'bare' | 'emulator', batches: LoadRequest[][], limit: number) =>
      runLoad({
        origin: origins[server],
        connections: options.connections,
        maxRequests: limit,
        maxMs: options.maxMs,
        // Each loop sends its own key's requests in nonce order; a short batch repeats its last
        // request, which only a server that ignores nonces (the bare one) would accept.
        next: (connection, index) => batches[connection][Math.min(index, batches[connection].length - 1)],
      });

    // Warm-up (JIT, sockets), not reported.
    const warmUp = await signBatch(keys, nonces, 100);
    await run('bare', warmUp, 100 * options.connections);
    await run('emulator', warmUp, 100 * options.connections);

    const runs: EmulatorBenchResult['runs'] = [];
    for (let round = 0; round < options.rounds; round++) {
      // Fresh nonces for the emulator each round; the bare server gets the same requests.
      const batches = await signBatch(keys, nonces, perConnection);
      runs.push({ server: 'bare', round, ...(await run('bare', batches, options.maxRequests)) });
      runs.push({
        server: 'emulator',
        round,
        ...(await run('emulator', batches, options.maxRequests)),
      });
    }
    const rps = (server: 'bare' | 'emulator') =>
      median(runs.filter((r) => r.server === server).map((r) => r.perSecond));
    const bad = runs.find((r) => r.errors > 0 || Object.keys(r.statuses).some((s) => s !== '200'));
    return {
      options,
      bareRps: rps('bare'),
      emulatorRps: rps('emulator'),
      ratio: rps('emulator') / rps('bare'),
      valid: !bad,
      ...(bad
        ? {
            problem: `${bad.server} round ${bad.round}: statuses ${JSON.stringify(bad.statuses)}, ${bad.errors} errors; first: ${bad.firstFailure}`,
          }
        : {}),
      keyRateLimit,
      runs,
    };
  } finally {
    await Promise.all(started.map((running) => running.stop()));
    rmSync(scratch, { recursive: true, force: true });
  }
}
