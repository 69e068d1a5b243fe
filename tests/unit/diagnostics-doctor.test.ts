/**
 * Each wrong recipe: a signature made with exactly that mistake (independently, with node:crypto)
 * is diagnosed as that mistake and reproduced by no other recipe. Correct signatures are never
 * flagged; garbage gives a verdict, never an exception.
 */
import { createHmac } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  diagnose,
  RECIPES,
  signatureShape,
  type RecipeId,
} from '../../src/lib/diagnostics/doctor.ts';
import { decodeInput } from '../../src/lib/diagnostics/decode.ts';
import { hexToBytes } from '../../src/lib/diagnostics/bytes.ts';
import vectors from '../fixtures/signing-vectors.json' with { type: 'json' };

/** Property tests run many cases; a busy shared machine must not turn them into timeouts. */
const PROPERTY_TEST_TIMEOUT = 60_000;

type Key = string | Buffer;
const hmac = (key: Key, message: string, algorithm = 'sha384') =>
  createHmac(algorithm, key).update(message, 'utf8').digest();
const hex = (key: Key, message: string, algorithm = 'sha384') =>
  hmac(key, message, algorithm).toString('hex');
const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
const b64url = (text: string) => Buffer.from(text, 'utf8').toString('base64url');

const vector = (name: string) => vectors.vectors.find((item) => item.name === name)!;
const balances = vector('balances');
const orderNew = vector('order-new');
/** 28 alphanumerics, like real secrets; also valid base64 (21 bytes). */
const secret = 'zq8Pm3Lr5Tn1Kv7Xc2Bw9Hd4Fs6J';

/** Ids of every recipe whose reproductions include `signature`. */
async function recipesReproducing(payloadText: string, signature: string, key: string) {
  const decoded = decodeInput(payloadText);
  const correct = hexToBytes(hex(key, decoded.payload!))!;
  const context = {
    payload: decoded.payload!,
    json: decoded.json,
    value: decoded.value,
    secret: key,
    correct,
  };
  const ids: string[] = [];
  for (const recipe of RECIPES) {
    const reproductions = await recipe.reproduce(context);
    if (reproductions.some((candidate) => candidate.signature === signature)) ids.push(recipe.id);
  }
  return ids;
}

async function expectMistake(
  payloadText: string,
  signature: string,
  key: string,
  id: RecipeId,
  variant?: string,
) {
  const result = await diagnose(payloadText, signature, key);
  expect(result.verdict).toBe('mistake');
  expect(result.match?.recipe.id).toBe(id);
  if (variant !== undefined) expect(result.match?.reproduction.variant).toBe(variant);
  expect(await recipesReproducing(payloadText, signature, key)).toEqual([id]);
  return result;
}

describe('diagnose: correct signatures', () => {
  it.each(vectors.vectors)('accepts the known-answer vector $name', async (item) => {
    const result = await diagnose(item.base64, item.signature, vectors.secret);
    expect(result.verdict).toBe('valid');
    expect(result.expected).toBe(item.signature);
  });

  it('takes payload and signature from a pasted header block', async () => {
    const headers = `X-GEMINI-APIKEY: ${vectors.apiKey}\nX-GEMINI-PAYLOAD: ${balances.base64}\nX-GEMINI-SIGNATURE: ${balances.signature}`;
    expect((await diagnose(headers, '', vectors.secret)).verdict).toBe('valid');
  });

  it(
    'never flags a correct signature (any payload object, any secret)',
    async () => {
      const payloads = fc.record({
        request: fc.string(),
        nonce: fc.oneof(fc.bigInt(0n, 10n ** 20n).map(String), fc.bigInt(0n, 10n ** 20n)),
        params: fc.dictionary(fc.string({ unit: 'binary' }), fc.jsonValue()),
        spaced: fc.boolean(),
      });
      await fc.assert(
        fc.asyncProperty(payloads, fc.string({ unit: 'binary', minLength: 1 }), async (p, key) => {
          const nonce = typeof p.nonce === 'bigint' ? p.nonce.toString() : JSON.stringify(p.nonce);
          const json =
            `{"request":${JSON.stringify(p.request)},"nonce":${nonce}` +
            Object.entries(p.params)
              .map(([name, value]) => `,${JSON.stringify(name)}:${JSON.stringify(value)}`)
              .join('') +
            '}';
          const text = p.spaced ? json.replace(/,"/g, ', "') : json;
          const payload = b64(text);
          const result = await diagnose(payload, hex(key, payload), key);
          expect(result.verdict).toBe('valid');
        }),
        { numRuns: 100 },
      );
    },
    PROPERTY_TEST_TIMEOUT,
  );

  it(
    'never flags a correct signature over any base64 text',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.string({ unit: 'binary', minLength: 1 }),
          fc.string({ minLength: 1 }),
          async (text, key) => {
            const payload = b64(text);
            expect((await diagnose(payload, hex(key, payload), key)).verdict).toBe('valid');
          },
        ),
        { numRuns: 100 },
      );
    },
    PROPERTY_TEST_TIMEOUT,
  );
});

describe('diagnose: each wrong recipe is named', () => {
  it('HMAC over the JSON instead of the base64', async () => {
    await expectMistake(balances.base64, hex(secret, balances.json), secret, 'hmac-over-json');
  });

  it.each([
    ['sha256', 'sha256'],
    ['sha512', 'sha512'],
    ['sha1', 'sha1'],
  ] as const)('HMAC-%s instead of SHA-384', async (algorithm, id) => {
    const result = await expectMistake(
      orderNew.base64,
      hex(secret, orderNew.base64, algorithm),
      secret,
      id,
    );
    expect(result.shape?.hash).toBe(
      { sha256: 'SHA-256', sha512: 'SHA-512', sha1: 'SHA-1' }[algorithm],
    );
  });

  it('upper-case hex', async () => {
    await expectMistake(
      balances.base64,
      hex(secret, balances.base64).toUpperCase(),
      secret,
      'uppercase-hex',
    );
  });

  it.each(['base64', 'base64url'] as const)('a %s signature', async (encoding) => {
    const signature = hmac(secret, balances.base64).toString(encoding);
    await expectMistake(balances.base64, signature, secret, 'base64-signature', encoding);
  });

  // Chosen so its standard base64 has both `+` and `/`, which base64url replaces.
  const urlJson = '{"request":"/v1/order/new","nonce":1700000000003,"client_order_id":"a>?~b"}';
  it('base64url payload: signed base64url, sent standard base64', async () => {
    expect(b64(urlJson)).toMatch(/[+/]/);
    await expectMistake(
      b64(urlJson),
      hex(secret, b64url(urlJson)),
      secret,
      'base64url-payload',
      'signed-base64url',
    );
  });

  it('base64url payload: signed standard base64, sent base64url', async () => {
    await expectMistake(
      b64url(urlJson),
      hex(secret, b64(urlJson)),
      secret,
      'base64url-payload',
      'signed-standard',
    );
  });

  it('a trailing newline on the signed base64 (echo | openssl)', async () => {
    await expectMistake(
      balances.base64,
      hex(secret, `${balances.base64}\n`),
      secret,
      'trailing-newline',
      'lf',
    );
  });

  it('line breaks: signed the wrapped output of `base64`, sent it unwrapped', async () => {
    const wrapped = orderNew.base64.match(/.{1,76}/g)!.join('\n') + '\n';
    await expectMistake(orderNew.base64, hex(secret, wrapped), secret, 'line-breaks', 'wrapped-76');
  });

  it('line breaks: the pasted payload is wrapped, the signature is over the unwrapped text', async () => {
    const wrapped = orderNew.base64.match(/.{1,64}/g)!.join('\n');
    await expectMistake(wrapped, orderNew.signature, vectors.secret, 'line-breaks', 'sent-wrapped');
  });

  it('the secret decoded as base64 before use', async () => {
    const signature = hex(Buffer.from(secret, 'base64'), balances.base64);
    await expectMistake(balances.base64, signature, secret, 'secret-base64-decoded');
  });

  it('the secret decoded as hex before use', async () => {
    // The docs' example secret is valid hex (and base64): the two decodings must not be confused.
    const signature = hex(Buffer.from(vectors.secret, 'hex'), balances.base64);
    await expectMistake(balances.base64, signature, vectors.secret, 'secret-hex-decoded');
  });

  it('a newline on the end of the secret (read from a file)', async () => {
    const signature = hex(`${secret}\n`, balances.base64);
    await expectMistake(
      balances.base64,
      signature,
      secret,
      'secret-whitespace',
      'trailing-newline',
    );
  });

  describe('JSON re-serialized after signing', () => {
    const python = vector('python-json-dumps-spacing');
    const stringNonce = vector('string-nonce');
    const nonAscii = vector('non-ascii-param');
    const sortedOrder =
      '{"amount":"0.001","client_order_id":"tutorial-0001","nonce":1700000000001,"options":["maker-or-cancel"],"price":"30000.00","request":"/v1/order/new","side":"buy","symbol":"btcusd","type":"exchange limit"}';
    const cases: Array<[label: string, sentJson: string, signedJson: string, changes: string]> = [
      ['signed Python json.dumps spacing, sent compact', balances.json, python.json, 'spacing'],
      ['signed compact, sent Python spacing', python.json, balances.json, 'spacing'],
      [
        'signed the nonce as a string, sent a number',
        balances.json,
        stringNonce.json,
        'nonce-type',
      ],
      [
        'signed the nonce as a number, sent a string',
        stringNonce.json,
        balances.json,
        'nonce-type',
      ],
      ['signed with sorted keys (sort_keys, Go maps)', orderNew.json, sortedOrder, 'key-order'],
      [
        'signed non-ASCII escaped (Python ensure_ascii), sent UTF-8',
        nonAscii.json,
        nonAscii.json.replace('ü', '\\u00fc'),
        'ascii-escaping',
      ],
      [
        'signed Python spacing and a string nonce, sent compact',
        balances.json,
        python.json.replace('1700000000000', '"1700000000000"'),
        'spacing,nonce-type',
      ],
      [
        'a 19-digit nonce stays exact',
        vector('big-nonce-19-digits').json,
        '{"request": "/v1/order/events", "nonce": 1477963240741083307}',
        'spacing',
      ],
    ];

    it.each(cases)('%s', async (_label, sentJson, signedJson, changes) => {
      const result = await expectMistake(
        b64(sentJson),
        hex(secret, b64(signedJson)),
        secret,
        'reserialized-json',
        changes,
      );
      expect(result.match?.reproduction.params?.signedJson).toBe(signedJson);
    });
  });
});

describe('diagnose: other answers', () => {
  it('says mismatch (no recipe) for a signature made with another secret', async () => {
    const result = await diagnose(balances.base64, hex('another-secret', balances.base64), secret);
    expect(result.verdict).toBe('mismatch');
    expect(result.shape).toEqual({
      encoding: 'hex',
      bytes: 48,
      hash: 'SHA-384',
      letterCase: 'lower',
    });
  });

  it('says what is missing instead of guessing', async () => {
    expect((await diagnose('', '', '')).problems).toEqual([
      'no-payload',
      'no-signature',
      'no-secret',
    ]);
    const noSecret = await diagnose(balances.base64, balances.signature, '');
    expect(noSecret.verdict).toBe('incomplete');
    expect(noSecret.problems).toEqual(['no-secret']);
  });

  it(
    'never throws on garbage',
    async () => {
      const text = fc.oneof(
        fc.string({ unit: 'binary' }),
        fc.string({ unit: 'binary' }).map((s) => `X-GEMINI-PAYLOAD: ${s}`),
        fc.string({ unit: 'binary' }).map((s) => `curl -H 'X-GEMINI-PAYLOAD: ${s}`),
        fc.jsonValue().map((value) => b64(JSON.stringify(value))),
      );
      await fc.assert(
        fc.asyncProperty(
          text,
          fc.string({ unit: 'binary' }),
          fc.string({ unit: 'binary' }),
          async (payload, signature, key) => {
            const result = await diagnose(payload, signature, key);
            expect(['valid', 'mistake', 'mismatch', 'incomplete']).toContain(result.verdict);
          },
        ),
        { numRuns: 150 },
      );
    },
    PROPERTY_TEST_TIMEOUT,
  );

  it('tolerates non-string arguments from untyped callers', async () => {
    const result = await diagnose(
      undefined as unknown as string,
      null as unknown as string,
      42 as unknown as string,
    );
    expect(result.verdict).toBe('incomplete');
  });
});

describe('signatureShape', () => {
  it.each([
    ['a'.repeat(96), { encoding: 'hex', bytes: 48, hash: 'SHA-384', letterCase: 'lower' }],
    ['AB'.repeat(32), { encoding: 'hex', bytes: 32, hash: 'SHA-256', letterCase: 'upper' }],
    [Buffer.alloc(48, 7).toString('base64'), { encoding: 'base64', bytes: 48, hash: 'SHA-384' }],
    ['not a signature', { encoding: 'other' }],
  ])('%s', (signature, shape) => {
    expect(signatureShape(signature)).toEqual(shape);
  });
});
