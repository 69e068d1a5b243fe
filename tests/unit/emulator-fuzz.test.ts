/**
 * The emulator fuzz suite (#17): hostile headers, payload JSON (depth, size, prototype keys,
 * 1e999, 10k-digit nonces, invalid UTF-8, bad base64), paths and methods. Every answer is
 * Gemini-shaped JSON with a 4xx (or a 200 where the input happens to be valid), never a 500,
 * nothing reaches the internal-error log, and the server stays up. Memory stays bounded while
 * minting keys and placing orders in a loop (a child process with --expose-gc).
 */
import { spawnSync } from 'node:child_process';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulatorServer, type EmulatorServer } from '../../scripts/lib/emulator-server.ts';
import { createEmulator, type MintedKey } from '../../src/lib/emulator/index.ts';
import { encodeBase64, hmacSha384Hex } from '../../src/lib/signing/index.ts';

const internalErrors: unknown[] = [];
// A clock that moves on quickly, so the fuzzing stays within every rate limit without waiting.
let fakeNow = Date.now();
const emulator = createEmulator({
  clock: () => (fakeNow += 50),
  sleep: async () => {},
  onInternalError: (error) => internalErrors.push(error),
  mintLimit: { perMinute: 1_000_000, burst: 1_000_000 },
});
let key: MintedKey;
let master: MintedKey;
let server: EmulatorServer;

beforeAll(async () => {
  key = await emulator.mintKey({
    roles: ['trader', 'fundmanager'],
    timeBasedNonce: true, // nonces need not increase: every fuzzed call reaches its handler
  });
  master = await emulator.mintKey({ scope: 'master', roles: ['trader', 'fundmanager'] });
  server = await startEmulatorServer({ port: 0, emulator });
});
afterAll(() => server?.close());

const PRIVATE_PATHS = [
  '/v1/balances',
  '/v1/order/new',
  '/v1/order/status',
  '/v1/order/cancel',
  '/v1/orders/history',
  '/v1/mytrades',
  '/v2/transfers',
  '/v2/withdraw/bitcoin/btc',
  '/v1/deposit/ethereum/newAddress',
  '/v1/account/transfer/btc',
  '/v1/account/create',
  '/v1/notionalbalances/usd',
];

async function expectGeminiAnswer(response: Response, context: string) {
  const text = await response.text();
  expect(response.status, `${context}: ${text.slice(0, 200)}`).toBeLessThan(500);
  expect(response.headers.get('content-type') ?? '', context).toMatch(
    /^(application\/json|text\/html)/,
  );
  if (response.status >= 400) {
    expect(JSON.parse(text), context).toEqual({
      result: 'error',
      reason: expect.any(String),
      message: expect.any(String),
    });
  }
}

/** Signs raw payload bytes (any text, even invalid UTF-8 once encoded) with the key. */
async function signedRaw(path: string, payloadBase64: string, signer: MintedKey = key) {
  return new Request(`http://emulator${path}`, {
    method: 'POST',
    headers: {
      'X-GEMINI-APIKEY': signer.key,
      'X-GEMINI-PAYLOAD': payloadBase64,
      'X-GEMINI-SIGNATURE': await hmacSha384Hex(signer.secret, payloadBase64),
    },
  });
}

const nowSeconds = () => Math.floor(fakeNow / 1000);

/** JSON text for hostile payload values. */
const hostileValue = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v) ?? 'null'),
  fc.integer({ min: 1, max: 20_000 }).map((d) => `${'['.repeat(d)}1${']'.repeat(d)}`),
  fc.integer({ min: 1, max: 20_000 }).map((d) => `${'{"a":'.repeat(d)}1${'}'.repeat(d)}`),
  fc.constantFrom('1e999', '-1e999', '1e-999', '1E+999999999', '0.0000001e7', '-0', '1.5e3'),
  fc.integer({ min: 100, max: 10_000 }).map((n) => '9'.repeat(n)),
  fc.integer({ min: 1_000, max: 200_000 }).map((n) => JSON.stringify('x'.repeat(n))),
  fc.constantFrom(
    '{"__proto__":{"polluted":1}}',
    '{"constructor":{"prototype":{"x":1}}}',
    '[]',
    'null',
    'true',
  ),
);

const FIELDS = [
  'nonce',
  'symbol',
  'amount',
  'price',
  'side',
  'type',
  'options',
  'order_id',
  'client_order_id',
  'account',
  'address',
  'name',
  'limit_trades',
  'timestamp',
  '__proto__',
  'constructor',
  'request',
];

describe('fuzz: payload JSON through a valid signature', () => {
  it('hostile values in every field, on every private endpoint', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...PRIVATE_PATHS),
        fc.dictionary(fc.constantFrom(...FIELDS), hostileValue, { maxKeys: 4 }),
        fc.boolean(),
        async (path, fields, useMaster) => {
          const extra = Object.entries(fields)
            .filter(([name]) => name !== 'request')
            .map(([name, value]) => `,${JSON.stringify(name)}:${value}`)
            .join('');
          const nonce = fields.nonce === undefined ? `,"nonce":${nowSeconds()}` : '';
          const json = `{"request":${fields.request ?? JSON.stringify(path)}${nonce}${extra}}`;
          const request = await signedRaw(path, encodeBase64(json), useMaster ? master : key);
          await expectGeminiAnswer(await emulator.fetch(request), `${path} ${json.slice(0, 120)}`);
        },
      ),
      { numRuns: 250 },
    );
    expect(internalErrors).toEqual([]);
  }, 60_000);

  it('a nonce nested deep, 10k digits, 1e999: 400 InvalidNonce or InvalidJson, never 500', async () => {
    const cases: Array<[string, string]> = [
      [`${'['.repeat(50)}1${']'.repeat(50)}`, 'InvalidNonce'],
      [`${'['.repeat(100_000)}1${']'.repeat(100_000)}`, 'InvalidJson'],
      [`{"a":${'{"a":'.repeat(10)}1${'}'.repeat(11)}`, 'InvalidNonce'],
      ['9'.repeat(10_000), 'InvalidNonce'],
      ['1e999', 'InvalidNonce'],
      ['1e999999999', 'InvalidNonce'],
      ['"1e999"', 'InvalidNonce'],
    ];
    for (const [nonce, reason] of cases) {
      const json = `{"request":"/v1/balances","nonce":${nonce}}`;
      const response = await emulator.fetch(await signedRaw('/v1/balances', encodeBase64(json)));
      expect(
        { status: response.status, reason: (await response.json()).reason },
        nonce.slice(0, 20),
      ).toEqual({
        status: 400,
        reason,
      });
    }
    expect(internalErrors).toEqual([]);
  });

  it('invalid UTF-8 and bad base64 in X-GEMINI-PAYLOAD', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc
            .uint8Array({ minLength: 1, maxLength: 300 })
            .map((bytes) => Buffer.from(bytes).toString('base64')),
          fc.string({ maxLength: 300 }).filter((s) => /^[\x20-\x7e]*$/.test(s) && s.trim() !== ''),
          fc.constantFrom('====', 'e30', 'e30==', '!!!!', 'eyJ9', '/w==', '7/+/'),
        ),
        async (payload) => {
          await expectGeminiAnswer(
            await emulator.fetch(await signedRaw('/v1/balances', payload)),
            payload.slice(0, 60),
          );
        },
      ),
      { numRuns: 200 },
    );
    expect(internalErrors).toEqual([]);
  }, 60_000);
});

describe('fuzz: headers, paths and methods', () => {
  const headerText = fc
    .string({ maxLength: 200 })
    .filter((s) => /^[\x21-\x7e][\x20-\x7e]*$/.test(s) || s === '');

  it('arbitrary X-GEMINI-* header values', async () => {
    await fc.assert(
      fc.asyncProperty(
        headerText,
        headerText,
        headerText,
        fc.constantFrom(...PRIVATE_PATHS),
        async (apiKey, payload, signature, path) => {
          const headers: Record<string, string> = {};
          if (apiKey) headers['X-GEMINI-APIKEY'] = apiKey;
          if (payload) headers['X-GEMINI-PAYLOAD'] = payload;
          if (signature) headers['X-GEMINI-SIGNATURE'] = signature;
          const response = await emulator.fetch(
            new Request(`http://emulator${path}`, { method: 'POST', headers }),
          );
          expect(response.status).toBeGreaterThanOrEqual(400);
          await expectGeminiAnswer(response, path);
        },
      ),
      { numRuns: 200 },
    );
  }, 60_000);

  it('arbitrary paths and methods over real HTTP; the server stays up', async () => {
    const segment = fc.oneof(
      fc.constantFrom(
        'v1',
        'v2',
        'emulator',
        'keys',
        'book',
        'btcusd',
        'BTCUSD',
        '..',
        '%00',
        '%ff',
        '__proto__',
        'constructor',
        'order',
        'events',
        'marketdata',
        'candles',
        '1h',
      ),
      fc.string({ maxLength: 12 }).map((s) => encodeURIComponent(s)),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'HEAD', 'OPTIONS'),
        fc.array(segment, { minLength: 0, maxLength: 5 }),
        fc.option(fc.string({ maxLength: 40 }).map(encodeURIComponent)),
        async (method, segments, query) => {
          const path = `/${segments.join('/')}${query ? `?limit_bids=${query}&limit_trades=${query}` : ''}`;
          const response = await fetch(server.url + path, {
            method,
            body: method === 'POST' ? '{}' : undefined,
          });
          const context = `${method} ${path}`;
          if (method === 'HEAD' || method === 'OPTIONS') {
            expect(response.status, context).toBeLessThan(500);
            return;
          }
          await expectGeminiAnswer(response, context);
        },
      ),
      { numRuns: 300 },
    );
    fakeNow += 120_000; // the public rate limit (which the fuzzing exhausts) refills
    expect((await fetch(`${server.url}/v1/symbols`)).status).toBe(200);
    expect(internalErrors).toEqual([]);
  }, 60_000);
});

describe('memory stays bounded while minting keys and placing orders', () => {
  it('100k minted keys and orders on the live ones: heap after gc stays flat (child process)', () => {
    const script = `
      const { createEmulator } = await import(${JSON.stringify(new URL('../../src/lib/emulator/index.ts', import.meta.url).href)});
      const { createHmac } = await import('node:crypto');
      const hmac = (s, m) => createHmac('sha384', s).update(m).digest('hex');
      const emulator = createEmulator({ hmac, mintLimit: { perMinute: 1e9, burst: 1e9 } });
      const heap = () => { globalThis.gc(); return process.memoryUsage(); };
      const marks = [];
      let nonce = Date.now();
      for (let i = 1; i <= 100000; i++) {
        const key = await emulator.mintKey();
        if (i % 50 === 0) {
          const json = JSON.stringify({ request: '/v1/order/new', nonce: ++nonce, symbol: 'btcusd', amount: '0.01', price: '50000.00', side: 'buy', type: 'exchange limit' });
          const payload = Buffer.from(json).toString('base64');
          const res = await emulator.fetch(new Request('http://e/v1/order/new', { method: 'POST', headers: { 'X-GEMINI-APIKEY': key.key, 'X-GEMINI-PAYLOAD': payload, 'X-GEMINI-SIGNATURE': hmac(key.secret, payload) } }));
          if (res.status !== 200) throw new Error('order refused: ' + res.status + ' ' + await res.text());
        }
        if (i === 10000 || i === 50000 || i === 100000) {
          const m = heap();
          marks.push({ keys: i, heapMB: +(m.heapUsed / 1e6).toFixed(1), rssMB: +(m.rss / 1e6).toFixed(1) });
        }
      }
      console.log(JSON.stringify(marks));
    `;
    const result = spawnSync(
      process.execPath,
      ['--expose-gc', '--experimental-strip-types', '--input-type=module', '-e', script],
      {
        encoding: 'utf8',
        timeout: 120_000,
      },
    );
    expect(result.stderr.replace(/.*ExperimentalWarning.*\n?/g, '').trim()).toBe('');
    const marks = JSON.parse(result.stdout.trim().split('\n').at(-1)!);
    console.log(`Emulator memory while minting: ${JSON.stringify(marks)}`);
    const [at10k, at50k, at100k] = marks;
    // The key cap (1,000, least recently used first) holds: no growth with the number of keys.
    expect(at100k.heapMB).toBeLessThan(at10k.heapMB * 1.25 + 5);
    expect(at50k.heapMB).toBeLessThan(at10k.heapMB * 1.25 + 5);
  }, 150_000);
});
