/**
 * A strict JSON reader for the params editor. `JSON.parse` reports errors differently in every
 * browser and rounds integers above 2^53 (order ids are uint64); this reader says exactly where
 * and what went wrong (line, column, what was expected, what was found) and keeps big integers
 * exact as bigint, so the payload carries the digits the learner typed.
 */
export type JsonValue =
  null | boolean | number | bigint | string | JsonValue[] | { [key: string]: JsonValue };

export type JsonErrorCode =
  | 'empty'
  | 'unexpected-character'
  | 'unexpected-end'
  | 'unterminated-string'
  | 'control-character'
  | 'bad-escape'
  | 'bad-number'
  | 'trailing-comma'
  | 'duplicate-key'
  | 'trailing-content'
  | 'too-deep';

export type JsonExpectation =
  | 'value'
  | 'key'
  | 'colon'
  | 'comma-or-close-brace'
  | 'comma-or-close-bracket'
  | 'double-quoted-string'
  | 'closing-quote'
  | 'escape'
  | 'number'
  | 'object'
  | 'nothing-more'
  | 'none';

export interface JsonError {
  code: JsonErrorCode;
  /** 1-based line and column of the offending character. */
  line: number;
  column: number;
  offset: number;
  /** What the reader wanted there (the UI words it per locale). */
  expected: JsonExpectation;
  /** What it found: the character ('' at the end), a word, or the key for duplicate keys. */
  found: string;
}

export type JsonParse = { ok: true; value: JsonValue } | { ok: false; error: JsonError };

const MAX_DEPTH = 64;

class Failure extends Error {
  readonly detail: Omit<JsonError, 'line' | 'column'>;
  constructor(detail: Omit<JsonError, 'line' | 'column'>) {
    super(detail.code);
    this.detail = detail;
  }
}

export function parseJsonText(text: string): JsonParse {
  let index = 0;

  const fail = (
    code: JsonErrorCode,
    expected: JsonExpectation = 'none',
    at = index,
    found?: string,
  ): never => {
    throw new Failure({ code, offset: at, expected, found: found ?? describe(text[at]) });
  };
  const skipWhitespace = () => {
    while (index < text.length && ' \t\n\r'.includes(text[index] as string)) index++;
  };
  const expectEnd = (expected: JsonExpectation) => {
    if (index >= text.length) fail('unexpected-end', expected);
  };

  const parseValue = (depth: number): JsonValue => {
    if (depth > MAX_DEPTH) fail('too-deep');
    skipWhitespace();
    expectEnd('value');
    const char = text[index] as string;
    if (char === '{') return parseObject(depth);
    if (char === '[') return parseArray(depth);
    if (char === '"') return parseString();
    if (char === '-' || (char >= '0' && char <= '9')) return parseNumber();
    for (const [word, value] of [
      ['true', true],
      ['false', false],
      ['null', null],
    ] as const) {
      if (text.startsWith(word, index)) {
        index += word.length;
        return value;
      }
    }
    if (char === "'") fail('unexpected-character', 'double-quoted-string');
    return fail('unexpected-character', 'value');
  };

  const parseObject = (depth: number): JsonValue => {
    const result: Record<string, JsonValue> = {};
    const seen = new Set<string>();
    index++; // {
    skipWhitespace();
    if (text[index] === '}') {
      index++;
      return result;
    }
    for (;;) {
      skipWhitespace();
      expectEnd('key');
      if (text[index] === '}') fail('trailing-comma', 'key');
      if (text[index] !== '"') fail('unexpected-character', 'key');
      const keyAt = index;
      const key = parseString();
      if (seen.has(key)) fail('duplicate-key', 'none', keyAt, key);
      seen.add(key);
      skipWhitespace();
      expectEnd('colon');
      if (text[index] !== ':') fail('unexpected-character', 'colon');
      index++;
      // defineProperty so a key named __proto__ is data, not a prototype change
      Object.defineProperty(result, key, {
        value: parseValue(depth + 1),
        enumerable: true,
        writable: true,
        configurable: true,
      });
      skipWhitespace();
      expectEnd('comma-or-close-brace');
      if (text[index] === ',') {
        index++;
        continue;
      }
      if (text[index] === '}') {
        index++;
        return result;
      }
      fail('unexpected-character', 'comma-or-close-brace');
    }
  };

  const parseArray = (depth: number): JsonValue => {
    const result: JsonValue[] = [];
    index++; // [
    skipWhitespace();
    if (text[index] === ']') {
      index++;
      return result;
    }
    for (;;) {
      skipWhitespace();
      if (text[index] === ']') fail('trailing-comma', 'value');
      result.push(parseValue(depth + 1));
      skipWhitespace();
      expectEnd('comma-or-close-bracket');
      if (text[index] === ',') {
        index++;
        continue;
      }
      if (text[index] === ']') {
        index++;
        return result;
      }
      fail('unexpected-character', 'comma-or-close-bracket');
    }
  };

  const parseString = (): string => {
    const start = index;
    index++; // opening quote
    let result = '';
    for (;;) {
      if (index >= text.length) fail('unterminated-string', 'closing-quote', start, '"');
      const char = text[index] as string;
      if (char === '"') {
        index++;
        return result;
      }
      if (char === '\n') fail('unterminated-string', 'closing-quote');
      if (char < ' ') fail('control-character', 'escape');
      if (char === '\\') {
        const next = text[index + 1];
        const simple: Record<string, string> = {
          '"': '"',
          '\\': '\\',
          '/': '/',
          b: '\b',
          f: '\f',
          n: '\n',
          r: '\r',
          t: '\t',
        };
        if (next !== undefined && next in simple) {
          result += simple[next];
          index += 2;
          continue;
        }
        if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(index + 2, index + 6))) {
          result += String.fromCharCode(parseInt(text.slice(index + 2, index + 6), 16));
          index += 6;
          continue;
        }
        fail('bad-escape', 'escape', index, `\\${next ?? ''}`);
      }
      result += char;
      index++;
    }
  };

  const parseNumber = (): number | bigint => {
    const match = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/.exec(text.slice(index));
    const after = text[index + (match?.[0].length ?? 0)];
    if (!match || (after !== undefined && /[0-9.eE+\-a-zA-Z]/.test(after))) {
      fail('bad-number', 'number', index, readWord(text, index));
    }
    const literal = (match as RegExpExecArray)[0];
    index += literal.length;
    const isInteger = !(match as RegExpExecArray)[2] && !(match as RegExpExecArray)[3];
    if (isInteger) {
      const big = BigInt(literal);
      if (big > BigInt(Number.MAX_SAFE_INTEGER) || big < BigInt(Number.MIN_SAFE_INTEGER))
        return big;
    }
    return Number(literal);
  };

  try {
    skipWhitespace();
    if (index >= text.length) fail('empty', 'object', index, '');
    const value = parseValue(0);
    skipWhitespace();
    if (index < text.length) fail('trailing-content', 'nothing-more');
    return { ok: true, value };
  } catch (error) {
    if (!(error instanceof Failure)) throw error;
    const { line, column } = lineAndColumn(text, error.detail.offset);
    return { ok: false, error: { ...error.detail, line, column } };
  }
}

/** The character found, or '' at the end of the text (the UI words both per locale). */
function describe(char: string | undefined): string {
  return char ?? '';
}

function readWord(text: string, from: number): string {
  return /^[^\s,\]}:]*/.exec(text.slice(from, from + 24))?.[0] || describe(text[from]);
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/**
 * Indented JSON (two spaces) for display, writing bigint as its exact digits. The compact form
 * that gets signed is the signing core's `serializePayload`.
 */
export function prettyJson(value: unknown): string {
  const pad = (depth: number) => `\n${'  '.repeat(depth)}`;
  const write = (item: unknown, depth: number): string => {
    if (typeof item === 'bigint') return item.toString();
    if (Array.isArray(item)) {
      if (item.length === 0) return '[]';
      const parts = item.map((entry) => pad(depth + 1) + write(entry, depth + 1));
      return `[${parts.join(',')}${pad(depth)}]`;
    }
    if (item !== null && typeof item === 'object') {
      const entries = Object.entries(item as Record<string, unknown>);
      if (entries.length === 0) return '{}';
      const parts = entries.map(
        ([key, entry]) => `${pad(depth + 1)}${JSON.stringify(key)}: ${write(entry, depth + 1)}`,
      );
      return `{${parts.join(',')}${pad(depth)}}`;
    }
    return JSON.stringify(item) ?? 'null';
  };
  return write(value, 0);
}
