import { describe, expect, it } from 'vitest';
import { parseJson } from '../../src/lib/json/index.ts';
import { compareExact, parseExactNumber, readNonce } from '../../src/lib/nonce.ts';

const payload = (text: string) => parseJson(text) as Record<string, unknown>;

describe('readNonce', () => {
  it('reads a JSON number beyond 2^53 exactly, and the same digits as a string', () => {
    for (const text of ['{"nonce":12345678901234567890}', '{"nonce":"12345678901234567890"}']) {
      expect(readNonce(payload(text))).toEqual({
        kind: 'ok',
        text: '12345678901234567890',
        value: { digits: 12345678901234567890n, scale: 0 },
      });
    }
  });

  it('says what is wrong with a missing, non-numeric or non-positive nonce', () => {
    expect(readNonce(payload('{}'))).toEqual({ kind: 'missing' });
    expect(readNonce(payload('{"nonce":{"x":1}}'))).toMatchObject({
      kind: 'invalid',
      text: '{"x":1}',
      problem: 'must be a number or a string of digits',
    });
    expect(readNonce(payload('{"nonce":"soon"}'))).toMatchObject({ problem: 'is not a number' });
    expect(readNonce(payload('{"nonce":0}'))).toMatchObject({
      problem: 'must be greater than zero',
    });
    expect(readNonce(payload('{"nonce":1e999}'))).toMatchObject({ problem: 'is not a number' });
  });
});

describe('exact decimals', () => {
  it('reads 0.1, 0.10 and 1e-7 as digits / 10^scale', () => {
    expect(parseExactNumber('0.1')).toEqual({ digits: 1n, scale: 1 });
    expect(parseExactNumber('0.10')).toEqual({ digits: 10n, scale: 2 });
    expect(parseExactNumber('1e-7')).toEqual({ digits: 1n, scale: 7 });
    expect(parseExactNumber('1.5e3')).toEqual({ digits: 1500n, scale: 0 });
  });

  it('compares without floating point', () => {
    const exact = (text: string) => parseExactNumber(text)!;
    expect(compareExact(exact('0.1'), exact('0.10'))).toBe(0);
    expect(compareExact(exact('1e-7'), exact('0.0000001'))).toBe(0);
    // 2^53 + 1 and 2^53 are the same double, not the same nonce.
    expect(compareExact(exact('9007199254740993'), exact('9007199254740992'))).toBe(1);
    expect(compareExact(exact('1477963240741083307'), exact('1477963240741083400'))).toBe(-1);
  });
});
