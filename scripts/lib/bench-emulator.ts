/**
 * Signed `POST /v1/balances` per second through the Node emulator server against a bare
 * `node:http` server answering the same JSON bytes, both on loopback in the same run.
 *
 * Fairness: each server runs in its own process; the load client (autocannon) sends both the
 * very same requests (signed with the signing core before the timed window, a fresh nonce per
 * request, each key used by one connection so nonces arrive in order); rounds alternate
 * bare/emulator and each figure is the median of the rounds. A run only counts if every
 * response was 200.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { signRequest } from '../../src/lib/signing/index.ts';
import autocannon from 'autocannon';
import { median } from './bench-format.ts';
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
  maxMs: 2_000,
  rounds: 7,
};

export interface EmulatorBenchResult {
  options: EmulatorBenchOptions;
  /** Requests per second, median of the rounds. */
  bareRps: number;
  emulatorRps: number;
  /** emulator ÷ bare, median of the rounds' ratios (each round runs both back to back; goal ≥ 0.6). */
  ratio: number;
  /**
   * The same ratio per CPU second the server process used (all its threads): what each request
   * costs the server, which other work on a shared machine disturbs far less than wall time.
   * NaN where /proc is not available.
   */
  cpuRatio: number;
  /** False when any response was not 200 (then the figures are not comparable): see `problem`. */
  valid: boolean;
  problem?: string;
  /** How keys were rotated so that no request is throttled. */
  keys: { requestsPerKey: number; requestsPerRun: number };
  runs: Array<
    {
      server: 'bare' | 'emulator';
      round: number;
      serverCpuMs: number;
      perCpuSecond: number;
    } & LoadResult
  >;
}

interface Key {
  key: string;
  secret: string;
  rateLimit: { perMinute: number; burst: number };
}

/** A signed `POST /v1/balances`: its headers (the same request goes to both servers). */
type Signed = Record<string, string>;

/**
 * Where keys come from. The emulator only lets a key's rate limit be lowered, so each key serves
 * no more requests than its bucket passes at once (perMinute / 60) and is then replaced by a
 * fresh one: no request is ever queued or rejected, and the work per request stays the same.
 */
async function keySupply(origin: string): Promise<{ mint(): Promise<Key>; perKey: number }> {
  const mint = async (): Promise<Key> => {
    const response = await fetch(`${origin}/emulator/keys`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ roles: ['trader'] }),
    });
    if (!response.ok)
      throw new Error(`POST /emulator/keys failed: ${response.status} ${await response.text()}`);
    return (await response.json()) as Key;
  };
  const { rateLimit } = await mint();
  return { mint, perKey: Math.max(1, Math.floor(rateLimit.perMinute / 60)) };
}

/**
 * `count` signed balance requests for each connection, in the order that connection sends them:
 * a fresh nonce each, and a new key whenever the current one has served `perKey`.
 */
async function signBatch(
  supply: { mint(): Promise<Key>; perKey: number },
  connections: number,
  count: number,
): Promise<Signed[][]> {
  return Promise.all(
    Array.from({ length: connections }, async () => {
      const batch: Signed[] = [];
      let key: Key | undefined;
      for (let i = 0; i < count; i++) {
        if (i % supply.perKey === 0) key = await supply.mint();
        const signed = await signRequest({
          apiKey: key!.key,
          secret: key!.secret,
          request: '/v1/balances',
          nonce: (i % supply.perKey) + 1,
        });
        batch.push({ ...signed.headers });
      }
      return batch;
    }),
  );
}

interface LoadResult {
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

/**
 * One timed run with autocannon: connection `c` sends `batches[c]` in order, one request at a
 * time over keep-alive, until its batch is done or `maxMs` passed.
 */
async function runLoad(origin: string, batches: Signed[][], maxMs: number): Promise<LoadResult> {
  let firstFailure: string | undefined;
  let client = 0;
  const started = performance.now();
  let lastResponse = started;
  const result = await autocannon({
    url: origin,
    connections: batches.length,
    pipelining: 1,
    duration: maxMs / 1000,
    maxConnectionRequests: Math.min(...batches.map((batch) => batch.length)),
    setupClient(connection) {
      const batch = batches[client++];
      let sent = 0;
      connection.setRequests([
        {
          method: 'POST',
          path: '/v1/balances',
          setupRequest: (request) => ({ ...request, headers: batch[sent++] }),
          onResponse(status, body) {
            lastResponse = performance.now();
            if (status !== 200) firstFailure ??= `${status} ${String(body).slice(0, 300)}`;
          },
        },
      ]);
    },
  });
  // autocannon ends a run that finished early on its next one-second tick: time to the last answer.
  const elapsedMs = lastResponse - started;
  const statuses = Object.fromEntries(
    Object.entries(result.statusCodeStats ?? {}).map(([status, { count }]) => [status, count ?? 0]),
  );
  return {
    requests: result.requests.total + result.errors,
    elapsedMs,
    perSecond: result['2xx'] / (elapsedMs / 1000),
    statuses,
    errors: result.errors,
    latencyMs: { p50: result.latency.p50, p99: result.latency.p99 },
    ...(firstFailure ? { firstFailure } : {}),
  };
}

const CLOCK_TICKS_PER_SECOND = 100; // USER_HZ on Linux

/** CPU time (user + system, all threads) a process has used so far, in ms; NaN without /proc. */
function cpuMs(pid: number | undefined): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name, which is in parentheses and may contain spaces.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]); // utime, stime (fields 14 and 15)
    return (ticks * 1000) / CLOCK_TICKS_PER_SECOND;
  } catch {
    return Number.NaN;
  }
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

    const supply = await keySupply(emulatorOrigin);

    // The bare server answers with exactly what the emulator answers, so bodies weigh the same.
    const [[probe]] = await signBatch(supply, 1, 1);
    const { 'Content-Length': _length, ...probeHeaders } = probe; // fetch sets it itself
    const probeResponse = await fetch(`${emulatorOrigin}/v1/balances`, {
      method: 'POST',
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

    // Every request of a run needs a live key, and the emulator keeps only its newest 1,000
    // keys: runs are capped below that.
    const maxRequests = Math.min(
      options.maxRequests,
      (1_000 - 2 * options.connections) * supply.perKey,
    );
    const perConnection = Math.ceil(maxRequests / options.connections);
    const pids = { bare: bare.process.child.pid, emulator: emulator.process.child.pid };
    const run = async (server: 'bare' | 'emulator', batches: Signed[][]) => {
      const cpuBefore = cpuMs(pids[server]);
      const result = await runLoad(origins[server], batches, options.maxMs);
      const serverCpuMs = cpuMs(pids[server]) - cpuBefore;
      return { ...result, serverCpuMs, perCpuSecond: result.requests / (serverCpuMs / 1000) };
    };

    // Warm-up (JIT, sockets), not reported.
    const warmUp = await signBatch(supply, options.connections, 100);
    await run('bare', warmUp);
    await run('emulator', warmUp);

    const runs: EmulatorBenchResult['runs'] = [];
    for (let round = 0; round < options.rounds; round++) {
      // Fresh nonces for the emulator each round; the bare server gets the same requests.
      const batches = await signBatch(supply, options.connections, perConnection);
      runs.push({ server: 'bare', round, ...(await run('bare', batches)) });
      runs.push({ server: 'emulator', round, ...(await run('emulator', batches)) });
    }
    const rps = (server: 'bare' | 'emulator') =>
      median(runs.filter((r) => r.server === server).map((r) => r.perSecond));
    /** Per round: emulator ÷ bare of `figure`; median over rounds. */
    const pairedRatio = (figure: (r: (typeof runs)[number]) => number) =>
      median(
        runs
          .filter((r) => r.server === 'emulator')
          .map(
            (r) =>
              figure(r) / figure(runs.find((b) => b.server === 'bare' && b.round === r.round)!),
          ),
      );
    const bad = runs.find((r) => r.errors > 0 || Object.keys(r.statuses).some((s) => s !== '200'));
    return {
      options,
      bareRps: rps('bare'),
      emulatorRps: rps('emulator'),
      ratio: pairedRatio((r) => r.perSecond),
      cpuRatio: pairedRatio((r) => r.perCpuSecond),
      valid: !bad,
      ...(bad
        ? {
            problem: `${bad.server} round ${bad.round}: statuses ${JSON.stringify(bad.statuses)}, ${bad.errors} errors; first: ${bad.firstFailure}`,
          }
        : {}),
      keys: { requestsPerKey: supply.perKey, requestsPerRun: maxRequests },
      runs,
    };
  } finally {
    await Promise.all(started.map((running) => running.stop()));
    rmSync(scratch, { recursive: true, force: true });
  }
}
