/**
 * Signatures per second of the signing core (WebCrypto) against Node's `createHmac`, in the same
 * process and run, timed by tinybench. Rounds alternate between the contenders so a noisy
 * neighbour on a shared machine slows both alike; each figure is the median of the rounds.
 */
import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire, stripTypeScriptTypes } from 'node:module';
import type { Browser } from '@playwright/test';
import { Bench, type Task } from 'tinybench';
import {
  buildPayload,
  encodeBase64,
  hmacSha384Hex,
  hmacSha384HexWithKey,
  importHmacKey,
  serializePayload,
  signRequest,
} from '../../src/lib/signing/index.ts';
import { median } from './bench-format.ts';

export interface SigningResult {
  /** Signatures per second, median of the rounds. */
  perSecond: Record<SigningContender, number>;
  /**
   * node:crypto rate ÷ WebCrypto rate (goal: ≤ 3): for the core's `hmacSha384Hex` as shipped
   * (imports the key on every call), with a key imported once, with 64 signatures in flight, and
   * for the whole `signRequest` against the same pipeline on node:crypto.
   */
  hmacSlowdown: number;
  importedKeySlowdown: number;
  inFlightSlowdown: number;
  requestSlowdown: number;
  rounds: number;
  roundMs: number;
}

type SigningContender =
  | 'webcrypto-hmac'
  | 'webcrypto-hmac-imported-key'
  | 'webcrypto-hmac-imported-key-64-in-flight'
  | 'node-hmac'
  | 'webcrypto-sign-request'
  | 'node-sign-request';

const secret = 'X'.repeat(96); // a Gemini secret is 96 characters; the value does not matter
const apiKey = 'account-bench000000000';
const request = '/v1/order/new';
const params = {
  symbol: 'btcusd',
  amount: '0.001',
  price: '50000.00',
  side: 'buy',
  type: 'exchange limit',
  options: ['maker-or-cancel'],
};

/** The same work as `signRequest`, with node:crypto for the HMAC and Buffer for base64. */
function nodeSignRequest(nonce: number) {
  const payload = buildPayload({ request, nonce, params });
  const json = serializePayload(payload);
  const base64 = Buffer.from(json).toString('base64');
  const signature = createHmac('sha384', secret).update(base64).digest('hex');
  return { payload, json, base64, signature, apiKey };
}

type Contenders = Record<string, () => unknown>;

/**
 * Signatures per second of each contender in one round of `roundMs` each, by tinybench: one
 * signature awaited at a time (as the emulator and the playground sign).
 */
async function round(contenders: Contenders, roundMs: number): Promise<Record<string, number>> {
  const bench = new Bench({ time: roundMs, warmup: false, throws: true });
  // Every contender is awaited, sync ones too, so all pay the same await per signature.
  for (const [name, sign] of Object.entries(contenders)) bench.add(name, async () => sign());
  await bench.run();
  return Object.fromEntries(bench.tasks.map((task) => [task.name, perSecond(task.result)]));
}

function perSecond(result: Task['result']): number {
  if (result.state !== 'completed') throw new Error(`a signing round ended ${result.state}`);
  return 1000 / result.period;
}

/** In flight at once for the throughput figure: WebCrypto work runs on libuv's thread pool. */
const IN_FLIGHT = 64;

export async function benchSigning({ rounds = 5, roundMs = 1000 } = {}): Promise<SigningResult> {
  const message = encodeBase64(serializePayload(buildPayload({ request, nonce: 1, params })));
  const key = await importHmacKey(secret);
  // Same answer from every contender, or the comparison is meaningless.
  const expected = createHmac('sha384', secret).update(message).digest('hex');
  if ((await hmacSha384Hex(secret, message)) !== expected)
    throw new Error(
      'WebCrypto and node:crypto disagree on HMAC-SHA384; fix the signing core first.',
    );
  const sample = await signRequest({ apiKey, secret, request, nonce: 7, params });
  if (sample.signature !== nodeSignRequest(7).signature)
    throw new Error(
      'signRequest and the node:crypto pipeline disagree; fix the signing core first.',
    );

  let nonce = 0;
  const contenders: Record<SigningContender, () => unknown> = {
    'webcrypto-hmac': () => hmacSha384Hex(secret, message),
    'webcrypto-hmac-imported-key': () => hmacSha384HexWithKey(key, message),
    // One call = IN_FLIGHT signatures; its rate is scaled below.
    'webcrypto-hmac-imported-key-64-in-flight': () =>
      Promise.all(Array.from({ length: IN_FLIGHT }, () => hmacSha384HexWithKey(key, message))),
    'node-hmac': () => createHmac('sha384', secret).update(message).digest('hex'),
    'webcrypto-sign-request': () =>
      signRequest({ apiKey, secret, request, nonce: ++nonce, params }),
    'node-sign-request': () => nodeSignRequest(++nonce),
  };
  await round(contenders, 100); // warm up the JIT
  const samples: Record<string, number[]> = {};
  for (let i = 0; i < rounds; i++)
    for (const [name, rate] of Object.entries(await round(contenders, roundMs)))
      (samples[name] ??= []).push(rate);
  const perSecond = Object.fromEntries(
    Object.entries(samples).map(([name, values]) => [
      name,
      median(values) * (name.endsWith('-in-flight') ? IN_FLIGHT : 1),
    ]),
  ) as SigningResult['perSecond'];
  return {
    perSecond,
    hmacSlowdown: perSecond['node-hmac'] / perSecond['webcrypto-hmac'],
    importedKeySlowdown: perSecond['node-hmac'] / perSecond['webcrypto-hmac-imported-key'],
    inFlightSlowdown:
      perSecond['node-hmac'] / perSecond['webcrypto-hmac-imported-key-64-in-flight'],
    requestSlowdown: perSecond['node-sign-request'] / perSecond['webcrypto-sign-request'],
    rounds,
    roundMs,
  };
}

export interface BrowserSigningResult {
  /** Signatures per second in Chromium, median of the rounds (the playground's real setting). */
  perSecond: { 'webcrypto-hmac': number; 'webcrypto-hmac-imported-key': number };
  chromium: string;
}

/**
 * The signing core's HMAC code itself (src/lib/signing/hmac.ts, types stripped) run in Chromium
 * with tinybench: the same two variants as in Node, one signature awaited at a time. Both are
 * served to a blank loopback page as modules (WebCrypto needs a secure context; loopback is one,
 * and the page never reaches the network).
 */
export async function benchSigningInChromium(
  browser: Browser,
  { rounds = 5, roundMs = 1000 } = {},
): Promise<BrowserSigningResult> {
  const origin = 'http://127.0.0.1';
  const modules: Record<string, string> = {
    '/hmac.js': stripTypeScriptTypes(
      readFileSync(new URL('../../src/lib/signing/hmac.ts', import.meta.url), 'utf8'),
    ),
    '/tinybench.js': readFileSync(createRequire(import.meta.url).resolve('tinybench'), 'utf8'),
  };
  if (/^\s*import\b/m.test(modules['/hmac.js']))
    throw new Error('src/lib/signing/hmac.ts now imports modules; serve them to the page as well.');
  const message = encodeBase64(serializePayload(buildPayload({ request, nonce: 1, params })));
  const expected = createHmac('sha384', secret).update(message).digest('hex');
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.route(`${origin}/**`, (route) => {
      const path = new URL(route.request().url()).pathname;
      return path in modules
        ? route.fulfill({ contentType: 'text/javascript', body: modules[path] })
        : route.fulfill({
            contentType: 'text/html',
            body: '<!doctype html><title>signing</title>',
          });
    });
    await page.goto(`${origin}/bench-signing`);
    const perSecond = await page.evaluate(
      async ({ secret, message, expected, rounds, roundMs }) => {
        type Core = typeof import('../../src/lib/signing/hmac.ts');
        const core = (await import('/hmac.js' as string)) as Core;
        const { Bench } = (await import('/tinybench.js' as string)) as typeof import('tinybench');
        if ((await core.hmacSha384Hex(secret, message)) !== expected)
          throw new Error('The core disagrees with node:crypto in Chromium.');
        const key = await core.importHmacKey(secret);
        const round = async (time: number) => {
          const bench = new Bench({ time, warmup: false, throws: true })
            .add('webcrypto-hmac', () => core.hmacSha384Hex(secret, message))
            .add('webcrypto-hmac-imported-key', () => core.hmacSha384HexWithKey(key, message));
          await bench.run();
          return bench.tasks.map((task) =>
            task.result.state === 'completed' ? 1000 / task.result.period : NaN,
          );
        };
        await round(100); // warm up
        const samples: number[][] = [[], []];
        for (let i = 0; i < rounds; i++)
          (await round(roundMs)).forEach((rate, task) => samples[task].push(rate));
        const middle = (values: number[]) => values.sort((a, b) => a - b)[values.length >> 1];
        return {
          'webcrypto-hmac': middle(samples[0]),
          'webcrypto-hmac-imported-key': middle(samples[1]),
        };
      },
      { secret, message, expected, rounds, roundMs },
    );
    return { perSecond, chromium: browser.version() };
  } finally {
    await context.close();
  }
}
