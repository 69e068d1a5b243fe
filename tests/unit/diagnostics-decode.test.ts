import fc from 'fast-check';

import { describe, expect, it } from 'vitest';
import { decodeInput, MAX_JSON_DEPTH } from '../../src/lib/diagnostics/decode.ts';
import { scanJson } from '../../src/lib/json/index.ts';
import { FINDING_RULES, type FindingId } from '../../src/lib/diagnostics/findings.ts';
import vectors from '../fixtures/signing-vectors.json' with { type: 'json' };

/** Property tests run many cases; a busy shared machine must not turn them into timeouts. */
const PROPERTY_TEST_TIMEOUT = 60_000;

const NOW = 1_700_000_000_000; // ms; the vectors' nonces are around this time
const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
const ids = (input: string, now = NOW) => decodeInput(input, { now }).findings.map((f) => f.id);
const vector = (name: string) => vectors.vectors.find((item) => item.name === name)!;
const balances = vector('balances');
const seconds = (json: string) => b64(json.replace('1700000000000', '1700000000'));

describe('decodeInput: what it reads', () => {
  it('decodes a payload: JSON text, request and nonce with its unit and distance', () => {
    const result = decodeInput(balances.base64, { now: NOW + 2_000 });
    expect(result.kind).toBe('base64');
    expect(result.json).toBe(balances.json);
    expect(result.request).toBe('/v1/balances');
    expect(result.nonce).toEqual({
      text: '1700000000000',
      jsonType: 'number',
      unit: 'milliseconds',
      secondsFromNow: -2,
    });
  });

  it('reads a 19-digit nonce without losing digits', () => {
    const result = decodeInput(vector('big-nonce-19-digits').base64, { now: NOW });
    expect(result.nonce?.text).toBe('1477963240741083307');
    expect(result.nonce?.unit).toBe('nanoseconds');
    expect(result.pretty).toContain('1477963240741083307');
  });

  it.each([
    ['1700000005', 'seconds', 'string'],
    ['1700000000123', 'milliseconds', 'string'],
    ['1700000000123456', 'microseconds', 'string'],
    ['123456', 'counter', 'string'],
    ['1.7e9', 'seconds', 'string'],
  ])('classifies nonce %s as %s', (nonce, unit, jsonType) => {
    const result = decodeInput(b64(`{"request":"/v1/balances","nonce":"${nonce}"}`), { now: NOW });
    expect(result.nonce).toMatchObject({ text: nonce, unit, jsonType });
  });

  it('reads a header block, taking the key and signature too', () => {
    const block = `POST /v1/balances HTTP/1.1\nX-GEMINI-APIKEY: ${vectors.apiKey}\nX-GEMINI-PAYLOAD: ${balances.base64}\nX-GEMINI-SIGNATURE: ${balances.signature}\n`;
    const result = decodeInput(block, { now: NOW });
    expect(result).toMatchObject({
      kind: 'headers',
      apiKey: vectors.apiKey,
      signature: balances.signature,
      payload: balances.base64,
      request: '/v1/balances',
    });
  });

  it('reads a Python headers dict', () => {
    const dict = `{'Content-Type': 'text/plain', 'X-GEMINI-APIKEY': 'account-x', 'X-GEMINI-PAYLOAD': '${balances.base64}', 'X-GEMINI-SIGNATURE': '${balances.signature}'}`;
    expect(decodeInput(dict, { now: NOW })).toMatchObject({
      kind: 'headers',
      payload: balances.base64,
    });
  });

  it('reads a multi-line curl command with mixed quotes', () => {
    const curl = `curl -X POST "https://api.sandbox.gemini.com/v1/balances" \\\n  -H 'Content-Type: text/plain' \\\n  -H "X-GEMINI-APIKEY: ${vectors.apiKey}" \\\n  -H 'X-GEMINI-PAYLOAD: ${balances.base64}' \\\n  --header "X-GEMINI-SIGNATURE: ${balances.signature}"`;
    const result = decodeInput(curl, { now: NOW });
    expect(result).toMatchObject({
      kind: 'curl',
      url: 'https://api.sandbox.gemini.com/v1/balances',
      apiKey: vectors.apiKey,
      signature: balances.signature,
      payload: balances.base64,
    });
    expect(result.findings.map((f) => f.id)).toEqual(['nonce-unit-time-based']);
  });

  it('reads the JSON itself and tells the base64 to send', () => {
    const result = decodeInput(balances.json, { now: NOW });
    expect(result.kind).toBe('json');
    expect(result.findings[0]).toEqual({
      id: 'json-not-base64',
      params: { base64: balances.base64 },
    });
  });
});

describe('decodeInput: every problem it can see', () => {
  const cases: Array<[string, string, FindingId[]]> = [
    ['empty', '  \n ', ['empty-input']],
    ['too long', 'A'.repeat(100_001), ['input-too-long']],
    [
      'line breaks in the base64',
      balances.base64.replace(/(.{20})/g, '$1\n'),
      ['line-breaks', 'nonce-unit-time-based'],
    ],
    [
      'spaces in the base64',
      balances.base64.replace(/(.{20})/, '$1 '),
      ['spaces-in-base64', 'nonce-unit-time-based'],
    ],
    [
      'base64url',
      Buffer.from('{"request":"/v1/x","nonce":"1700000000","a":"~~~"}').toString('base64url'),
      ['base64url'],
    ],
    [
      'missing padding',
      b64('{"request":"/v1/x","nonce":"1700000000"}').replace(/=+$/, ''),
      ['missing-padding'],
    ],
    ['a character outside base64', 'eyJy*ZXF1', ['invalid-base64']],
    ['padding in the middle', 'eyJ=ZXF1', ['invalid-base64']],
    ['truncated base64', 'eyJyZ', ['truncated-base64']],
    [
      'bytes that are not UTF-8',
      Buffer.from([0xff, 0xfe, 0xfd]).toString('base64'),
      ['invalid-utf8'],
    ],
    ['invalid JSON', b64('{"request":"/v1/x",'), ['invalid-json']],
    ['JSON that is not an object', b64('"1700000000"'), ['not-an-object']],
    ['no request', b64('{"nonce":"1700000000"}'), ['missing-request']],
    ['request not a string', b64('{"request":1,"nonce":"1700000000"}'), ['request-not-string']],
    [
      'full URL as request',
      b64('{"request":"https://api.gemini.com/v1/x","nonce":"1700000000"}'),
      ['path-full-url'],
    ],
    [
      'path without slash',
      b64('{"request":"v1/x","nonce":"1700000000"}'),
      ['path-no-leading-slash'],
    ],
    [
      'query string in the path',
      b64('{"request":"/v1/x?a=1","nonce":"1700000000"}'),
      ['path-query-string'],
    ],
    [
      'trailing slash',
      b64('{"request":"/v1/balances/","nonce":"1700000000"}'),
      ['path-trailing-slash'],
    ],
    ['no nonce', b64('{"request":"/v1/x"}'), ['missing-nonce']],
    ['nonce not a number', b64('{"request":"/v1/x","nonce":"abc"}'), ['nonce-not-numeric']],
    ['negative nonce', b64('{"request":"/v1/x","nonce":-5}'), ['nonce-not-numeric']],
    ['nonce in milliseconds', balances.base64, ['nonce-unit-time-based']],
    ['a counter nonce', b64('{"request":"/v1/x","nonce":42}'), ['nonce-unit-time-based']],
    [
      'seconds nonce outside ±30 s',
      b64('{"request":"/v1/x","nonce":1699999960}'),
      ['nonce-outside-window'],
    ],
    [
      'JSON nested too deep',
      b64(`{"request":"/v1/x","nonce":1,"a":${'['.repeat(5000)}${']'.repeat(5000)}}`),
      ['json-too-deep'],
    ],
    ['float seconds', b64('{"request":"/v1/x","nonce":1700000000.25}'), ['nonce-fraction']],
    ['seconds nonce inside the window', seconds(balances.json), []],
    [
      'master key without account',
      `X-GEMINI-APIKEY: master-abc\nX-GEMINI-PAYLOAD: ${seconds(balances.json)}\nX-GEMINI-SIGNATURE: x`,
      ['master-without-account'],
    ],
    [
      'account key with account',
      `X-GEMINI-APIKEY: account-abc\nX-GEMINI-PAYLOAD: ${b64('{"request":"/v1/x","nonce":"1700000000","account":"primary"}')}\nX-GEMINI-SIGNATURE: x`,
      ['account-key-with-account'],
    ],
    [
      'headers without payload',
      'X-GEMINI-APIKEY: account-x\nX-GEMINI-SIGNATURE: abc',
      ['no-payload-found'],
    ],
    [
      'headers without key and signature',
      `X-GEMINI-PAYLOAD: ${seconds(balances.json)}`,
      ['missing-apikey-header', 'missing-signature-header'],
    ],
    [
      'a shell variable instead of the value',
      'curl -H "X-GEMINI-APIKEY: k" -H "X-GEMINI-PAYLOAD: $PAYLOAD" -H "X-GEMINI-SIGNATURE: s" https://api.sandbox.gemini.com/v1/x',
      ['payload-is-variable'],
    ],
    [
      'a variable in a headers dict',
      `{'X-GEMINI-APIKEY': 'k', 'X-GEMINI-PAYLOAD': b64, 'X-GEMINI-SIGNATURE': 's'}`,
      ['payload-is-variable'],
    ],
    [
      'curl to another path than the payload names',
      `curl https://api.sandbox.gemini.com/v1/balance -H "X-GEMINI-APIKEY: k" -H "X-GEMINI-PAYLOAD: ${seconds(balances.json)}" -H "X-GEMINI-SIGNATURE: s"`,
      ['url-path-mismatch'],
    ],
    [
      'curl to production',
      `curl https://api.gemini.com/v1/balances -H "X-GEMINI-APIKEY: k" -H "X-GEMINI-PAYLOAD: ${seconds(balances.json)}" -H "X-GEMINI-SIGNATURE: s"`,
      ['production-host'],
    ],
  ];

  it.each(cases)('%s', (_label, input, expected) => {
    expect(ids(input)).toEqual(expected);
  });

  it('has a case above for every finding id except the JSON paste (tested with its params)', () => {
    const covered = new Set(cases.flatMap(([, , expected]) => expected));
    const missing = Object.keys(FINDING_RULES).filter(
      (id) => !covered.has(id as FindingId) && id !== 'json-not-base64',
    );
    expect(missing).toEqual([]);
  });

  it('gives what to use instead where it can', () => {
    const [trailing] = decodeInput(
      b64('{"request":"/v1/balances/","nonce":"1700000000"}'),
    ).findings;
    expect(trailing?.params).toEqual({ path: '/v1/balances' });
    const [outside] = decodeInput(b64('{"request":"/v1/x","nonce":1699999960}'), {
      now: NOW,
    }).findings;
    expect(outside?.params).toEqual({ seconds: -40, window: 30 });
    const [invalid] = decodeInput('eyJy*ZXF1').findings;
    expect(invalid?.params).toEqual({ char: '*', position: 5 });
  });
});

describe('decodeInput: garbage', () => {
  it(
    'never throws, whatever is pasted',
    () => {
      const text = fc.oneof(
        fc.string({ unit: 'binary' }),
        fc.string({ unit: 'binary' }).map((s) => `curl ${s}`),
        fc.string({ unit: 'binary' }).map((s) => `X-GEMINI-PAYLOAD: ${s}`),
        fc.jsonValue().map((value) => b64(JSON.stringify(value))),
      );
      fc.assert(
        fc.property(text, (input) => {
          const result = decodeInput(input, { now: NOW });
          expect(Array.isArray(result.findings)).toBe(true);
        }),
        { numRuns: 300 },
      );
    },
    PROPERTY_TEST_TIMEOUT,
  );
});

describe('decodeInput: deeply nested JSON (issue 17, finding 5)', () => {
  it('answers a ~10 KB link payload of brackets with json-too-deep instead of throwing', () => {
    const deep = '['.repeat(5_000) + ']'.repeat(5_000);
    for (const input of [deep, b64(deep), `{"a":${'{"a":'.repeat(4_000)}1${'}'.repeat(4_001)}`]) {
      const started = performance.now();
      const result = decodeInput(input, { now: NOW });
      expect(result.findings.map((item) => item.id)).toContain('json-too-deep');
      expect(result.findings.find((item) => item.id === 'json-too-deep')?.params).toEqual({
        max: MAX_JSON_DEPTH,
      });
      expect(result.value).toBeUndefined();
      expect(performance.now() - started).toBeLessThan(500);
    }
  });

  it('still reads JSON right at the limit, and brackets inside strings do not count', () => {
    const atLimit = `${'['.repeat(MAX_JSON_DEPTH - 1)}{"request":"/v1/x","nonce":1}${']'.repeat(MAX_JSON_DEPTH - 1)}`;
    expect(ids(atLimit)).not.toContain('json-too-deep');
    expect(scanJson(atLimit, atLimit.length, MAX_JSON_DEPTH).tooDeepAt).toBeUndefined();
    expect(scanJson(atLimit, MAX_JSON_DEPTH).open).toHaveLength(MAX_JSON_DEPTH);
    const quoted = `{"a":"${'['.repeat(100)}\\\"{"`;
    expect(scanJson(quoted, quoted.length).open).toEqual([0]);
  });
});
