/**
 * The signing core that the Postman and Bruno scripts share, run here with the CryptoJS both
 * sandboxes bundle: it must reproduce the known-answer vectors exactly and build the payload,
 * nonce and headers the way src/lib/signing does.
 */
import CryptoJS from 'crypto-js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SIGNING_CORE } from '../../src/lib/exports/signing-script.ts';
import { signRequest } from '../../src/lib/signing/index.ts';

const fixtures = JSON.parse(
  readFileSync(join(import.meta.dirname, '../fixtures/signing-vectors.json'), 'utf8'),
);

interface SignInput {
  url: string;
  bodyText?: string;
  apiKey?: string;
  apiSecret?: string;
  account?: string;
  nonceMode?: string;
  lastNonce?: string;
  now: number;
}
interface Signed {
  nonce: number;
  json: string;
  headers: Record<string, string>;
}
const geminiSign = new Function('CryptoJS', `${SIGNING_CORE}\nreturn geminiSign;`)(CryptoJS) as (
  input: SignInput & { CryptoJS: unknown },
) => Signed;
const sign = (input: SignInput) =>
  geminiSign({ apiKey: fixtures.apiKey, apiSecret: fixtures.secret, CryptoJS, ...input });

describe('the exported signing core', () => {
  const usable = fixtures.vectors.filter((vector: { json: string }) => {
    const payload = JSON.parse(vector.json);
    return JSON.stringify(payload) === vector.json && Number.isSafeInteger(payload.nonce);
  });

  it('reproduces every compact known-answer vector', () => {
    expect(usable.length).toBeGreaterThanOrEqual(3);
    for (const vector of usable) {
      const { request, nonce, account, ...params } = JSON.parse(vector.json);
      const signed = sign({
        url: `https://api.sandbox.gemini.com${request}`,
        bodyText: JSON.stringify(params),
        account,
        now: nonce,
      });
      expect([vector.name, signed.json], vector.name).toEqual([vector.name, vector.json]);
      expect(signed.headers['X-GEMINI-PAYLOAD']).toBe(vector.base64);
      expect(signed.headers['X-GEMINI-SIGNATURE']).toBe(vector.signature);
    }
  });

  it('agrees with the signing core, headers included', async () => {
    const signed = sign({
      url: 'http://127.0.0.1:4321/sandbox/v1/mytrades?ignored=1',
      bodyText: '{"symbol":"ethusd","limit_trades":5}',
      account: 'primary',
      now: 1_700_000_000_123,
    });
    const core = await signRequest({
      apiKey: fixtures.apiKey,
      secret: fixtures.secret,
      request: '/v1/mytrades',
      nonce: 1_700_000_000_123,
      account: 'primary',
      params: { symbol: 'ethusd', limit_trades: 5 },
    });
    expect(signed.json).toBe(core.json);
    expect(signed.headers).toEqual({ ...core.headers });
  });

  it('keeps millisecond nonces strictly increasing, even within one millisecond', () => {
    const first = sign({ url: 'http://x/v1/balances', now: 1000, lastNonce: '0' });
    const second = sign({ url: 'http://x/v1/balances', now: 1000, lastNonce: String(first.nonce) });
    const behind = sign({ url: 'http://x/v1/balances', now: 900, lastNonce: String(second.nonce) });
    expect([first.nonce, second.nonce, behind.nonce]).toEqual([1000, 1001, 1002]);
  });

  it('sends Unix seconds in seconds mode', () => {
    expect(
      sign({ url: 'http://x/v1/balances', now: 1_700_000_000_999, nonceMode: 'seconds' }).nonce,
    ).toBe(1_700_000_000);
  });

  it.each([
    [{ url: 'http://x/v1/balances', apiSecret: '' }, /set apiKey and apiSecret/],
    [{ url: 'http://x/balances' }, /no \/v1\/ or \/v2\/ path/],
    [{ url: 'http://x/v1/balances', bodyText: '{"a":' }, /body must be a JSON object/],
    [{ url: 'http://x/v1/balances', bodyText: '[1]' }, /body must be a JSON object/],
    [{ url: 'http://x/v1/balances', nonceMode: 'micro' }, /nonceMode must be "ms" or "seconds"/],
  ])('refuses %j with a clear message', (input, message) => {
    expect(() => sign({ now: 1, ...input })).toThrow(message);
  });
});
