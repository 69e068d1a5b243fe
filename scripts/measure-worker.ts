/**
 * `node --experimental-strip-types scripts/measure-worker.ts [--keys 100] [--per-key 10] [--concurrency 16]`
 * Signed POST /v1/balances per second through the Worker in local workerd (a Durable Object
 * per key) vs through `npm start`'s /sandbox mount (one Node process), same client, same run,
 * plus p50/p99 latency of each. Requests are signed before the clock starts; each key sends
 * its requests one after another (increasing nonces) within its 600/min bucket, and keys run
 * in parallel, so the numbers measure the host, not the rate limit. Needs a build (dist/).
 */
import { parseCliArgs } from './lib/args.ts';
import { startSiteServer, startWorker } from './lib/worker-process.ts';
import { signRequest } from '../src/lib/signing/index.ts';

const usage =
  'Usage: node --experimental-strip-types scripts/measure-worker.ts [--keys 100] [--per-key 10] [--concurrency 16]';
const args = parseCliArgs(
  { keys: { type: 'string' }, 'per-key': { type: 'string' }, concurrency: { type: 'string' } },
  usage,
);
const keys = Number(args.keys ?? 100);
const perKey = Math.min(10, Number(args['per-key'] ?? 10)); // a key's bucket serves 10 at once
const concurrency = Number(args.concurrency ?? 16);

interface Result {
  host: string;
  requests: number;
  ok: number;
  seconds: number;
  p50: number;
  p99: number;
}

async function measure(host: string, base: string): Promise<Result> {
  const batches: Array<Array<{ headers: Record<string, string> }>> = [];
  for (let k = 0; k < keys; k++) {
    const minted = await fetch(`${base}/emulator/keys`, {
      method: 'POST',
      // The Worker limits mints per client address; wrangler dev takes this header as the address.
      headers: { 'CF-Connecting-IP': `10.0.${k >> 8}.${k & 255}` },
    });
    if (!minted.ok) throw new Error(`${host}: minting failed with ${minted.status}`);
    const key = (await minted.json()) as { key: string; secret: string };
    const batch = [];
    for (let n = 1; n <= perKey; n++) {
      const signed = await signRequest({
        apiKey: key.key,
        secret: key.secret,
        request: '/v1/balances',
        nonce: n,
      });
      batch.push({ headers: { ...signed.headers } });
    }
    batches.push(batch);
  }
  const latencies: number[] = [];
  let ok = 0;
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < batches.length) {
        for (const { headers } of batches[next++]!) {
          const t = performance.now();
          const response = await fetch(`${base}/v1/balances`, { method: 'POST', headers });
          await response.arrayBuffer();
          latencies.push(performance.now() - t);
          if (response.status === 200) ok++;
        }
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]!;
  return { host, requests: latencies.length, ok, seconds, p50: at(0.5), p99: at(0.99) };
}

const site = await startSiteServer();
const worker = await startWorker();
try {
  // A short warm-up on each, then the measured runs.
  const results = [];
  for (const [host, base] of [
    ['npm start (Node, /sandbox)', `${site.url}/sandbox`],
    ['Worker (workerd, DO per key)', `${worker.url}/sandbox`],
  ] as const) {
    results.push(await measure(host, base));
  }
  console.log(`| host | requests | 200s | req/s | p50 ms | p99 ms |\n|---|---|---|---|---|---|`);
  for (const r of results) {
    console.log(
      `| ${r.host} | ${r.requests} | ${r.ok} | ${(r.requests / r.seconds).toFixed(0)} | ${r.p50.toFixed(1)} | ${r.p99.toFixed(1)} |`,
    );
  }
  const [node, cf] = results;
  console.log(
    `\nWorker/Node throughput ratio: ${(cf!.requests / cf!.seconds / (node!.requests / node!.seconds)).toFixed(2)} (${keys} keys × ${perKey}, ${concurrency} connections, one run)`,
  );
} finally {
  site.stop();
  await worker.stop();
}
