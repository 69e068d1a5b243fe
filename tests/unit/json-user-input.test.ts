import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isJsonNumber,
  LosslessNumber,
  MAX_JSON_DEPTH,
  stringifyJson,
} from '../../src/lib/json/index.ts';
import { parseJsonText } from '../../src/lib/json/user-input.ts';

function errorOf(text: string) {
  const parsed = parseJsonText(text);
  if (parsed.ok) throw new Error(`expected an error for ${text}`);
  return parsed.error;
}

describe('parseJsonText', () => {
  it('reads what JSON.parse reads, for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = JSON.stringify(value, null, 1);
        const parsed = parseJsonText(text);
        expect(parsed.ok).toBe(true);
        // Numbers come back as their exact text; JSON.parse reads that text as a double.
        const asDoubles = (item: unknown) =>
          JSON.parse(JSON.stringify(item, (_k, v) => (isJsonNumber(v) ? Number(v.value) : v)));
        if (parsed.ok) expect(asDoubles(parsed.value)).toEqual(JSON.parse(text));
      }),
    );
  });

  it('fails exactly where JSON.parse fails, with a position inside the text', () => {
    const mutated = fc
      .tuple(fc.jsonValue(), fc.nat(), fc.constantFrom('', ',', '"', '}', ']', '[', ':', '0', 'x'))
      .map(([value, at, insert]) => {
        const text = JSON.stringify(value, null, 1);
        const cut = at % (text.length + 1);
        return text.slice(0, cut) + insert + text.slice(cut + (at % 2));
      });
    fc.assert(
      fc.property(fc.oneof(mutated, fc.string()), (text) => {
        const parsed = parseJsonText(text);
        if (!parsed.ok && parsed.error.code === 'duplicate-key') return;
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        expect(parsed.ok).toBe(valid);
        if (!parsed.ok) {
          expect(parsed.error.offset).toBeGreaterThanOrEqual(0);
          expect(parsed.error.offset).toBeLessThanOrEqual(text.length);
          expect(parsed.error.line).toBe(text.slice(0, parsed.error.offset).split('\n').length);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps integers beyond 2^53 and decimals exact, as their text', () => {
    const parsed = parseJsonText('{"order_id": 18446744073709551615, "small": 42, "p": 0.10}');
    expect(parsed).toEqual({
      ok: true,
      value: {
        order_id: new LosslessNumber('18446744073709551615'),
        small: new LosslessNumber('42'),
        p: new LosslessNumber('0.10'),
      },
    });
  });

  it('keeps a __proto__ key as data', () => {
    const parsed = parseJsonText('{"__proto__": {"polluted": true}}');
    expect(parsed.ok).toBe(true);
    if (parsed.ok) {
      expect(Object.keys(parsed.value as object)).toEqual(['__proto__']);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    }
  });

  it('points at a missing comma: line, column, what was expected and found', () => {
    const error = errorOf('{\n  "symbol": "btcusd"\n  "amount": "1"\n}');
    expect(error).toMatchObject({
      code: 'unexpected-character',
      line: 3,
      column: 3,
      expected: 'comma-or-close-brace',
      found: '"',
    });
  });

  it('names a trailing comma', () => {
    expect(errorOf('{"a": 1,}')).toMatchObject({ code: 'trailing-comma', line: 1, column: 9 });
    expect(errorOf('[1, 2,]')).toMatchObject({ code: 'trailing-comma', column: 7 });
  });

  it('names single quotes, unquoted keys and bare words', () => {
    expect(errorOf("{'a': 1}")).toMatchObject({
      code: 'unexpected-character',
      expected: 'key',
      found: "'",
    });
    expect(errorOf('{"a": \'x\'}')).toMatchObject({ expected: 'double-quoted-string', column: 7 });
    expect(errorOf('{a: 1}')).toMatchObject({ expected: 'key', found: 'a', column: 2 });
    expect(errorOf('{"a": yes}')).toMatchObject({ expected: 'value', found: 'y' });
  });

  it('reports unterminated strings where the string starts or the line breaks', () => {
    expect(errorOf('{"a": "abc')).toMatchObject({ code: 'unterminated-string', column: 7 });
    expect(errorOf('{"a": "abc\n"}')).toMatchObject({
      code: 'unterminated-string',
      line: 1,
      column: 11,
      found: '\n',
    });
  });

  it('reports bad numbers, escapes, duplicates, the end and trailing text', () => {
    expect(errorOf('{"a": 01}')).toMatchObject({ code: 'bad-number', found: '01' });
    expect(errorOf('{"a": 1.}')).toMatchObject({ code: 'bad-number' });
    expect(errorOf('{"a": "\\x"}')).toMatchObject({ code: 'bad-escape', found: '\\x' });
    expect(errorOf('{"a": 1, "a": 2}')).toMatchObject({
      code: 'duplicate-key',
      found: 'a',
      column: 10,
    });
    expect(errorOf('{"a": ')).toMatchObject({
      code: 'unexpected-end',
      expected: 'value',
      found: '',
    });
    expect(errorOf('{} x')).toMatchObject({ code: 'trailing-content', column: 4 });
    expect(errorOf('   ')).toMatchObject({ code: 'empty' });
    expect(errorOf('{"a": "tab\there"}')).toMatchObject({ code: 'control-character' });
  });

  it('refuses absurd nesting instead of overflowing the stack', () => {
    expect(errorOf('['.repeat(10000))).toMatchObject({ code: 'too-deep' });
  });
});

describe('stringifyJson', () => {
  it('indents like JSON.stringify(value, null, 2) and writes exact digits', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(stringifyJson(value, 2)).toBe(JSON.stringify(value, null, 2));
        expect(stringifyJson(value)).toBe(JSON.stringify(value));
      }),
    );
    const id = new LosslessNumber('18446744073709551615');
    expect(stringifyJson({ id }, 2)).toBe('{\n  "id": 18446744073709551615\n}');
  });
});

describe('parseJsonText: line and column of what went wrong', () => {
  it('names a repeated key with another value where it is repeated', () => {
    expect(errorOf('{\n  "a": 1,\n  "a": 2\n}')).toMatchObject({
      code: 'duplicate-key',
      found: 'a',
      line: 3,
      column: 3,
    });
  });

  it.each([
    ['{\n  "a": 1,\n  "b": [1, 2,]\n}', { code: 'trailing-comma', line: 3, column: 14 }],
    ['{\n  "a": "x\n"}', { code: 'unterminated-string', line: 2, column: 10, found: '\n' }],
    ['[1 2]', { code: 'unexpected-character', expected: 'comma-or-close-bracket', column: 4 }],
    ['{"a" 1}', { code: 'unexpected-character', expected: 'colon', column: 6, found: '1' }],
    ['\n\n  {"a": tru}', { code: 'unexpected-character', expected: 'value', line: 3, column: 9 }],
    ['{"a": 1', { code: 'unexpected-end', expected: 'comma-or-close-brace', column: 8 }],
    ['[', { code: 'unexpected-end', expected: 'value', column: 2 }],
    ['{', { code: 'unexpected-end', expected: 'key', column: 2 }],
    ['{"a": "\\u12"}', { code: 'bad-escape', found: '\\u', column: 8 }],
    ['{"a": -}', { code: 'bad-number', found: '-', column: 7 }],
    ['[1.5.3]', { code: 'bad-number', found: '1.5.3', column: 2 }],
    ['{"a": 1}\n{"b": 2}', { code: 'trailing-content', line: 2, column: 1 }],
  ])('%j', (text, expected) => {
    expect(errorOf(text)).toMatchObject(expected);
  });

  it('reports too-deep nesting as its own code', () => {
    expect(errorOf(`{"a":${'['.repeat(MAX_JSON_DEPTH)}`)).toMatchObject({
      code: 'too-deep',
      column: 5 + MAX_JSON_DEPTH,
    });
  });
});
