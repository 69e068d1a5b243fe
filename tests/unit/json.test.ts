import { describe, expect, it } from 'vitest';
import {
  isJsonObject,
  jsonNumberText,
  JsonTooDeepError,
  LosslessNumber,
  MAX_JSON_DEPTH,
  parseJson,
  readJson,
  scanJson,
  stringifyJson,
} from '../../src/lib/json/index.ts';

describe('parseJson: numbers stay exact', () => {
  it('keeps an integer beyond 2^53 digit for digit (JSON.parse rounds it)', () => {
    const text = '{"nonce":12345678901234567890}';
    const value = parseJson(text) as Record<string, unknown>;
    expect(jsonNumberText(value.nonce)).toBe('12345678901234567890');
    expect(String(JSON.parse(text).nonce)).not.toBe('12345678901234567890');
    expect(stringifyJson(value)).toBe(text);
  });

  it('keeps decimals as written: 0.1, 0.10, 1e-7, -0', () => {
    const text = '{"a":0.1,"b":0.10,"c":1e-7,"d":-0,"e":1.5E+3}';
    const value = parseJson(text) as Record<string, unknown>;
    expect(Object.values(value).map(jsonNumberText)).toEqual([
      '0.1',
      '0.10',
      '1e-7',
      '-0',
      '1.5E+3',
    ]);
    expect(stringifyJson(value)).toBe(text);
  });

  it('prints bigints and LosslessNumbers exactly, compact or indented', () => {
    const value = { id: 18446744073709551615n, price: new LosslessNumber('30000.00'), ok: true };
    expect(stringifyJson(value)).toBe('{"id":18446744073709551615,"price":30000.00,"ok":true}');
    expect(stringifyJson([value.price], 2)).toBe('[\n  30000.00\n]');
    expect(stringifyJson(undefined)).toBe('null');
  });

  it('tells objects from numbers, arrays and null', () => {
    const value = parseJson('{"n":1,"a":[],"z":null,"o":{}}') as Record<string, unknown>;
    expect(isJsonObject(value)).toBe(true);
    expect([value.n, value.a, value.z].map(isJsonObject)).toEqual([false, false, false]);
    expect(isJsonObject(value.o)).toBe(true);
  });

  it('refuses a repeated key with another value, with where it is', () => {
    expect(() => parseJson('{"a":1,"a":2}')).toThrow(SyntaxError);
  });

  it('readJson answers undefined instead of throwing', () => {
    expect(readJson('{"a":')).toBeUndefined();
    expect(readJson('['.repeat(100_000))).toBeUndefined();
    expect(readJson('[1]')).toEqual([new LosslessNumber('1')]);
  });
});

describe('parseJson: nesting is bounded before parsing', () => {
  const nested = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;

  it('reads nesting up to the limit and refuses one level more, naming the bracket', () => {
    expect(() => parseJson(nested(MAX_JSON_DEPTH))).not.toThrow();
    const error = (() => {
      try {
        parseJson(nested(MAX_JSON_DEPTH + 1));
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(JsonTooDeepError);
    expect((error as JsonTooDeepError).offset).toBe(MAX_JSON_DEPTH);
    expect(() => parseJson(nested(3), { maxDepth: 2 })).toThrow(JsonTooDeepError);
  });

  it('answers a million brackets quickly, without overflowing the stack', () => {
    const started = performance.now();
    expect(() => parseJson('{"a":'.repeat(1_000_000))).toThrow(JsonTooDeepError);
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('does not count brackets inside strings', () => {
    const text = `{"a":"${'['.repeat(200)}\\"{"}`;
    expect(scanJson(text, text.length, 2).tooDeepAt).toBeUndefined();
    expect(() => parseJson(text, { maxDepth: 1 })).not.toThrow();
  });
});
