/**
 * Signatures per second of the signing core (WebCrypto) against Node's `createHmac`, in the same
 * process and run. Rounds alternate between the contenders so a noisy neighbour on a shared
 * machine slows both alike; each figure is the median of the rounds.
 */
import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { stripTypeScriptTypes } from 'node:module';
import type { Browser } from '@playwright/test';
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

export type SigningContender =
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

/** Signatures per second of `sign`, awaited one at a time (as the emulator and the playground sign). */
async function rate(roundMs: number, sign: (i: number) => unknown): Promise<number> {
  let done = 0;
  const start = performance.now();
  const end = start + roundMs;
  while (performance.now() < end) {
    for (let batch = 0; batch < 50; batch++) await sign(done++);
  }
  return done / ((performance.now() - start) / 1000);
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

  const contenders: Record<SigningContender, (i: number) => unknown> = {
    'webcrypto-hmac': () => hmacSha384Hex(secret, message),
    'webcrypto-hmac-imported-key': () => hmacSha384HexWithKey(key, message),
    // One call = IN_FLIGHT signatures; its rate is scaled below.
    'webcrypto-hmac-imported-key-64-in-flight': () =>
      Promise.all(Array.from({ length: IN_FLIGHT }, () => hmacSha384HexWithKey(key, message))),
    'node-hmac': () => createHmac('sha384', secret).update(message).digest('hex'),
    'webcrypto-sign-request': (nonce) => signRequest({ apiKey, secret, request, nonce, params }),
    'node-sign-request': (nonce) => nodeSignRequest(nonce),
  };
  const samples = Object.fromEntries(Object.keys(contenders).map((name) => [name, [] as number[]]));
  for (const sign of Object.values(contenders)) await rate(100, sign); // warm up the JIT
  for (let round = 0; round < rounds; round++) {
    for (const [name, sign] of Object.entries(contenders))
      samples[name].push(await rate(roundMs, sign));
  }
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
 * The signing core's HMAC code itself (src/lib/signing/hmac.ts, types stripped) run in Chromium:
 * the same two variants as in Node, one signature awaited at a time.
 */
export async function benchSigningInChromium(
  browser: Browser,
  { rounds = 5, roundMs = 1000 } = {},
): Promise<BrowserSigningResult> {
  const source = stripTypeScriptTypes(
    readFileSync(new URL('../../src/lib/signing/hmac.ts', import.meta.url), 'utf8'),
  ).replace(/^export /gm, '');
  if (/^\s*import\b/m.test(source))
    throw new Error(
      'src/lib/signing/hmac.ts now imports modules; load it in the page another way.',
    );
  const message = encodeBase64(serializePayload(buildPayload({ request, nonce: 1, params })));
  const expected = createHmac('sha384', secret).update(message).digest('hex');
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    // WebCrypto needs a secure context: loopback is one; the page never reaches the network.
    const blank = 'http://127.0.0.1/bench-signing';
    await page.route(blank, (route) =>
      route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>signing</title>' }),
    );
    await page.goto(blank);
    const perSecond = await page.evaluate(
      async ({ source, secret, message, expected, rounds, roundMs }) => {
        const core = new Function(
          `${source}; return { hmacSha384Hex, hmacSha384HexWithKey, importHmacKey };`,
        )() as {
          hmacSha384Hex(secret: string, message: string): Promise<string>;
          hmacSha384HexWithKey(key: CryptoKey, message: string): Promise<string>;
          importHmacKey(secret: string): Promise<CryptoKey>;
        };
        if ((await core.hmacSha384Hex(secret, message)) !== expected)
          throw new Error('The core disagrees with node:crypto in Chromium.');
        const key = await core.importHmacKey(secret);
        const contenders = {
          'webcrypto-hmac': () => core.hmacSha384Hex(secret, message),
          'webcrypto-hmac-imported-key': () => core.hmacSha384HexWithKey(key, message),
        };
        const rate = async (ms: number, sign: () => Promise<string>) => {
          let done = 0;
          const start = performance.now();
          while (performance.now() < start + ms) {
            for (let batch = 0; batch < 50; batch++, done++) await sign();
          }
          return done / ((performance.now() - start) / 1000);
        };
        const samples: Record<string, number[]> = {};
        for (const sign of Object.values(contenders)) await rate(100, sign);
        for (let round = 0; round < rounds; round++)
          for (const [name, sign] of Object.entries(contenders))
            (samples[name] ??= []).push(await rate(roundMs, sign));
        const middle = (values: number[]) => values.sort((a, b) => a - b)[values.length >> 1];
        return {
          'webcrypto-hmac': middle(samples['webcrypto-hmac']),
          'webcrypto-hmac-imported-key': middle(samples['webcrypto-hmac-imported-key']),
        };
      },
      { source, secret, message, expected, rounds, roundMs },
    );
    return { perSecond, chromium: browser.version() };
  } finally {
    await context.close();
  }
}
