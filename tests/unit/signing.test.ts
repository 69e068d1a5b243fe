import { createHmac } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import vectors from '../fixtures/signing-vectors.json' with { type: 'json' };
import {
  buildPayload,
  createNonceSource,
  decodeBase64,
  encodeBase64,
  hmacSha384Hex,
  serializePayload,
  signRequest,
} from '../../src/lib/signing/index.ts';

const nodeSignature = (secret: string, base64: string) =>
  createHmac('sha384', Buffer.from(secret, 'utf8')).update(base64).digest('hex');
const vector = (name: string) => vectors.vectors.find((v) => v.name === name)!;

describe('known-answer vectors', () => {
  it.each(vectors.vectors)(
    '$name: base64 and signature match',
    async ({ json, base64, signature }) => {
      expect(encodeBase64(json)).toBe(base64);
      expect(decodeBase64(base64)).toBe(json);
      expect(await hmacSha384Hex(vectors.secret, base64)).toBe(signature);
    },
  );

  it('signRequest reproduces the balances vector with every stage and the six headers', async () => {
    const signed = await signRequest({
      apiKey: vectors.apiKey,
      secret: vectors.secret,
      request: '/v1/balances',
      nonce: 1700000000000,
    });
    const balances = vector('balances');
    expect(signed.payload).toEqual({ request: '/v1/balances', nonce: 1700000000000 });
    expect(signed.json).toBe(balances.json);
    expect(signed.jsonBytes).toBe(48);
    expect(signed.base64).toBe(balances.base64);
    expect(signed.base64Bytes).toBe(balances.base64.length);
    expect(signed.signature).toBe(balances.signature);
    expect(signed.headers).toEqual({
      'Content-Type': 'text/plain',
      'Content-Length': '0',
      'X-GEMINI-APIKEY': vectors.apiKey,
      'X-GEMINI-PAYLOAD': balances.base64,
      'X-GEMINI-SIGNATURE': balances.signature,
      'Cache-Control': 'no-cache',
    });
  });

  it('signRequest builds the order-new vector from params in documented key order', async () => {
    const signed = await signRequest({
      apiKey: vectors.apiKey,
      secret: vectors.secret,
      request: '/v1/order/new',
      nonce: 1700000000001,
      params: {
        client_order_id: 'tutorial-0001',
        symbol: 'btcusd',
        amount: '0.001',
        price: '30000.00',
        side: 'buy',
        type: 'exchange limit',
        options: ['maker-or-cancel'],
      },
    });
    expect(signed.json).toBe(vector('order-new').json);
    expect(signed.signature).toBe(vector('order-new').signature);
  });

  it('signRequest signs an exact JSON override (pretty-printed docs example)', async () => {
    const pretty = vector('docs-order-status-pretty');
    const signed = await signRequest({
      apiKey: vectors.apiKey,
      secret: vectors.secret,
      request: '/v1/order/status',
      nonce: 123456,
      params: { order_id: 18834 },
      json: pretty.json,
    });
    expect(signed.json).toBe(pretty.json);
    expect(signed.base64).toBe(pretty.base64);
    expect(signed.signature).toBe(pretty.signature);
  });

  it('a string nonce is serialized as a JSON string (ccxt style)', async () => {
    const signed = await signRequest({
      apiKey: vectors.apiKey,
      secret: vectors.secret,
      request: '/v1/balances',
      nonce: '1700000000000',
    });
    expect(signed.json).toBe(vector('string-nonce').json);
    expect(signed.signature).toBe(vector('string-nonce').signature);
  });

  it('a bigint nonce keeps all 19 digits', async () => {
    const signed = await signRequest({
      apiKey: vectors.apiKey,
      secret: vectors.secret,
      request: '/v1/order/events',
      nonce: 1477963240741083307n,
    });
    expect(signed.json).toBe(vector('big-nonce-19-digits').json);
    expect(signed.signature).toBe(vector('big-nonce-19-digits').signature);
  });

  it('non-ASCII params are UTF-8 encoded before base64', async () => {
    const signed = await signRequest({
      apiKey: vectors.apiKey,
      secret: vectors.secret,
      request: '/v1/order/new',
      nonce: 1700000000002,
      params: {
        client_order_id: 'bücher-1',
        symbol: 'btcusd',
        amount: '1',
        price: '1.00',
        side: 'buy',
        type: 'exchange limit',
      },
    });
    expect(signed.json).toBe(vector('non-ascii-param').json);
    expect(signed.jsonBytes).toBe(signed.json.length + 1); // ü takes two bytes
    expect(signed.signature).toBe(vector('non-ascii-param').signature);
  });
});

describe('payload', () => {
  it('puts account after nonce and before params, and params cannot override request/nonce', () => {
    const payload = buildPayload({
      request: '/v1/balances',
      nonce: 5,
      account: 'primary',
      params: { request: '/v1/other', nonce: 1, showPendingBalances: true },
    });
    expect(Object.keys(payload)).toEqual(['request', 'nonce', 'account', 'showPendingBalances']);
    expect(payload.request).toBe('/v1/balances');
    expect(payload.nonce).toBe(5);
  });

  it('serializes like JSON.stringify for ordinary values, bigints as exact digits', () => {
    const value = { a: 'x"y', b: [1, undefined, null, true], c: undefined, d: { e: 1.5 } };
    expect(serializePayload(value)).toBe(JSON.stringify(value));
    expect(serializePayload({ n: 12345678901234567890n, list: [1n] })).toBe(
      '{"n":12345678901234567890,"list":[1]}',
    );
  });
});

describe('base64', () => {
  it('has no newlines even for long payloads', () => {
    const long = 'x'.repeat(100_000);
    const encoded = encodeBase64(long);
    expect(encoded).not.toMatch(/\s/);
    expect(encoded).toBe(Buffer.from(long).toString('base64'));
    expect(decodeBase64(encoded)).toBe(long);
  });

  it.each([
    ['eyJ\nhIjoxfQ==', /whitespace/],
    ['eyJhIjoxfQ', /padded/],
    ['eyJh-joxfQ==', /URL-safe/],
    ['eyJh*joxfQ==', /outside the base64 alphabet/],
    ['e===', /padded/],
    ['/w==', /not valid UTF-8/],
  ])('rejects %j with a clear message', (input, message) => {
    expect(() => decodeBase64(input)).toThrow(message);
  });
});

describe('property: matches node:crypto on random payloads', () => {
  it('base64 and HMAC agree with Buffer and createHmac, including non-ASCII', async () => {
    const text = fc.string({ unit: 'grapheme', maxLength: 40 });
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }),
        fc.dictionary(text, fc.oneof(text, fc.integer(), fc.boolean()), { maxKeys: 6 }),
        fc.oneof(fc.nat(), fc.bigInt({ min: 0n, max: 10n ** 20n }), fc.nat().map(String)),
        async (secret, params, nonce) => {
          const signed = await signRequest({
            apiKey: 'account-TEST0000000000000000',
            secret,
            request: '/v1/order/new',
            nonce,
            params,
          });
          expect(signed.base64).toBe(Buffer.from(signed.json, 'utf8').toString('base64'));
          expect(signed.jsonBytes).toBe(Buffer.byteLength(signed.json, 'utf8'));
          expect(decodeBase64(signed.base64)).toBe(signed.json);
          expect(signed.signature).toBe(nodeSignature(secret, signed.base64));
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('nonce source', () => {
  it('milliseconds strictly increase for many calls in the same millisecond', () => {
    const source = createNonceSource(() => 1_700_000_000_000);
    const values = Array.from({ length: 1000 }, () => source.milliseconds());
    expect(values[0]).toBe(1_700_000_000_000);
    for (let i = 1; i < values.length; i++) expect(values[i]).toBe(values[i - 1] + 1);
  });

  it('milliseconds keep increasing when the clock steps back, then follow the clock again', () => {
    let now = 1_700_000_000_000;
    const source = createNonceSource(() => now);
    expect(source.milliseconds()).toBe(1_700_000_000_000);
    now -= 60_000; // an NTP step back
    expect(source.milliseconds()).toBe(1_700_000_000_001);
    expect(source.milliseconds()).toBe(1_700_000_000_002);
    now = 1_700_000_010_000;
    expect(source.milliseconds()).toBe(1_700_000_010_000);
  });

  it('seconds are whole epoch seconds and strictly increase too', () => {
    let now = 1_700_000_000_999;
    const source = createNonceSource(() => now);
    expect(source.seconds()).toBe(1_700_000_000);
    expect(source.seconds()).toBe(1_700_000_001);
    now = 1_699_999_000_000;
    expect(source.seconds()).toBe(1_700_000_002);
    now = 1_700_000_100_500;
    expect(source.seconds()).toBe(1_700_000_100);
  });
});
