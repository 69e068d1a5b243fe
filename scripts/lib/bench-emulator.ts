/**
 * Signed `POST /v1/balances` per second through the Node emulator server against a bare
 * `node:http` server answering the same JSON bytes, both on loopback in the same run.
 *
 * Fairness: each server runs in its own process; the client sends both the very same requests
 * (signed with the signing core before the timed window, a fresh nonce per request, one key
 * per connection so nonces arrive in order); rounds alternate bare/emulator and each figure is
 * the median of the rounds. A run only counts if every response was 200.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
  /** The rate limit asked for; if the emulator refused it, its answer and how keys were rotated. */
  keys: { requested: object; refusal?: string; requestsPerKey?: number; requestsPerRun?: number };
  runs: Array<
    {
      server: 'bare' | 'emulator';
      round: number;
      serverCpuMs: number;
      perCpuSecond: number;
    } & LoadResult
  >;
}

const REQUESTED_RATE_LIMIT = { perMinute: 10_000_000, burst: 5 };

interface Key {
  key: string;
  secret: string;
  rateLimit: { perMinute: number; burst: number };
}

/**
 * Where keys come from. Ideally one key per connection with a limit too high to throttle. If the
 * emulator refuses that (it lets limits only be lowered), each key is used for no more requests
 * than its bucket serves at once (perMinute / 60), then replaced by a fresh one, so no request
 * is ever queued or rejected and the work per request stays the same.
 */
interface KeySupply {
  mint(): Promise<Key>;
  /** Requests one key may serve in this run. */
  perKey: number;
  /** What the emulator said to the requested limit. */
  refusal?: string;
}

async function keySupply(origin: string): Promise<KeySupply> {
  const mint = async (rateLimit?: object): Promise<Response> =>
    fetch(`${origin}/emulator/keys`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ roles: ['trader'], ...(rateLimit ? { rateLimit } : {}) }),
    });
  const high = await mint(REQUESTED_RATE_LIMIT);
  if (high.ok) {
    const first = (await high.json()) as Key;
    let handedOut = false;
    return {
      perKey: Number.POSITIVE_INFINITY,
      async mint() {
        if (!handedOut) {
          handedOut = true;
          return first;
        }
        const response = await mint(REQUESTED_RATE_LIMIT);
        return (await response.json()) as Key;
      },
    };
  }
  const refusal = `${high.status} ${await high.text()}`;
  const probe = await mint();
  if (!probe.ok)
    throw new Error(`POST /emulator/keys failed: ${probe.status} ${await probe.text()}`);
  const { rateLimit } = (await probe.json()) as Key;
  return {
    perKey: Math.max(1, Math.floor(rateLimit.perMinute / 60)),
    refusal,
    async mint() {
      const response = await mint();
      if (!response.ok)
        throw new Error(`POST /emulator/keys failed: ${response.status} ${await response.text()}`);
      return (await response.json()) as Key;
    },
  };
}

interface Connection {
  key?: Key;
  used: number;
  nonce: number;
}

/**
 * `count` signed balance requests for each connection, in the order that connection sends them:
 * a fresh nonce each, and a new key whenever the current one has served `supply.perKey`.
 */
async function signBatch(
  supply: KeySupply,
  connections: Connection[],
  count: number,
): Promise<LoadRequest[][]> {
  return Promise.all(
    connections.map(async (connection) => {
      const batch: LoadRequest[] = [];
      for (let i = 0; i < count; i++) {
        if (!connection.key || connection.used >= supply.perKey) {
          connection.key = await supply.mint();
          connection.used = 0;
          connection.nonce = 0;
        }
        connection.used++;
        const signed = await signRequest({
          apiKey: connection.key.key,
          secret: connection.key.secret,
          request: '/v1/balances',
          nonce: ++connection.nonce,
        });
        batch.push({ method: 'POST', path: '/v1/balances', headers: { ...signed.headers } });
      }
      return batch;
    }),
  );
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
    const connections: Connection[] = Array.from({ length: options.connections }, () => ({
      used: 0,
      nonce: 0,
    }));

    // The bare server answers with exactly what the emulator answers, so bodies weigh the same.
    const [[probe]] = await signBatch(supply, connections.slice(0, 1), 1);
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

    // In key-rotation mode every request of a run needs a live key, and the emulator keeps only
    // its newest 1,000 keys: runs are capped below that.
    const maxRequests = Number.isFinite(supply.perKey)
      ? Math.min(options.maxRequests, (1_000 - 2 * options.connections) * supply.perKey)
      : options.maxRequests;
    const perConnection = Math.ceil(maxRequests / options.connections);
    const pids = { bare: bare.process.child.pid, emulator: emulator.process.child.pid };
    const run = async (server: 'bare' | 'emulator', batches: LoadRequest[][], limit: number) => {
      const cpuBefore = cpuMs(pids[server]);
      const result = await runLoad({
        origin: origins[server],
        connections: options.connections,
        maxRequests: limit,
        maxMs: options.maxMs,
        // Each loop sends its own keys' requests in nonce order and stops when they run out.
        next: (connection, index) => batches[connection][index],
      });
      const serverCpuMs = cpuMs(pids[server]) - cpuBefore;
      return { ...result, serverCpuMs, perCpuSecond: result.requests / (serverCpuMs / 1000) };
    };

    // Warm-up (JIT, sockets), not reported.
    const warmUp = await signBatch(supply, connections, 100);
    await run('bare', warmUp, 100 * options.connections);
    await run('emulator', warmUp, 100 * options.connections);

    const runs: EmulatorBenchResult['runs'] = [];
    for (let round = 0; round < options.rounds; round++) {
      // Fresh nonces for the emulator each round; the bare server gets the same requests.
      const batches = await signBatch(supply, connections, perConnection);
      runs.push({ server: 'bare', round, ...(await run('bare', batches, maxRequests)) });
      runs.push({
        server: 'emulator',
        round,
        ...(await run('emulator', batches, maxRequests)),
      });
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
      keys: {
        requested: REQUESTED_RATE_LIMIT,
        ...(supply.refusal
          ? { refusal: supply.refusal, requestsPerKey: supply.perKey, requestsPerRun: maxRequests }
          : {}),
      },
      runs,
    };
  } finally {
    await Promise.all(started.map((running) => running.stop()));
    rmSync(scratch, { recursive: true, force: true });
  }
}
