/**
 * JSON typed by a person (the playground's params editor): parsed by `parseJson`, and when that
 * fails, the error said exactly (line, column, what was expected, what was found) in codes the
 * UI words per locale. Browsers word `JSON.parse` errors differently, lossless-json words them in
 * English: the code comes from its message and the text around the position it reports.
 */
import { JsonTooDeepError, MAX_JSON_DEPTH, parseJson, scanJson, type JsonValue } from './index.ts';

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

type JsonParse = { ok: true; value: JsonValue } | { ok: false; error: JsonError };

type Detail = Omit<JsonError, 'line' | 'column'>;

class DuplicateKey extends SyntaxError {
  readonly key: string;
  readonly offset: number;
  constructor(key: string, offset: number) {
    super('duplicate key');
    this.key = key;
    this.offset = offset;
  }
}

export function parseJsonText(text: string): JsonParse {
  let detail: Detail;
  if (text.trim() === '') {
    detail = { code: 'empty', offset: text.length, expected: 'object', found: '' };
  } else {
    try {
      const value = parseJson(text, {
        maxDepth: MAX_JSON_DEPTH,
        onDuplicateKey: (key, offset) => {
          throw new DuplicateKey(key, offset);
        },
      });
      return { ok: true, value };
    } catch (error) {
      detail = describeFailure(text, error);
    }
  }
  const before = text.slice(0, detail.offset);
  const line = before.split('\n').length;
  return {
    ok: false,
    error: { ...detail, line, column: detail.offset - before.lastIndexOf('\n') },
  };
}

const NUMBER = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?$/;

function describeFailure(text: string, error: unknown): Detail {
  if (error instanceof DuplicateKey) {
    return { code: 'duplicate-key', offset: error.offset, expected: 'none', found: error.key };
  }
  if (error instanceof JsonTooDeepError) {
    return {
      code: 'too-deep',
      offset: error.offset,
      expected: 'none',
      found: text[error.offset] ?? '',
    };
  }
  if (!(error instanceof SyntaxError)) throw error;
  const message = error.message;
  const offset = Number(/at position (\d+)$/.exec(message)?.[1] ?? text.length);
  const char = text[offset] ?? '';
  const at = (code: JsonErrorCode, expected: JsonExpectation, where = offset, found = char) => ({
    code,
    offset: where,
    expected,
    found,
  });
  const missing = (expected: JsonExpectation): Detail =>
    char === '' ? at('unexpected-end', expected) : at('unexpected-character', expected);
  const previous = text.slice(0, offset).trimEnd().at(-1);

  const badNumber = /^Invalid number '([^']*)'/.exec(message);
  if (badNumber) return numberAt(text, offset - (badNumber[1] as string).length);
  if (message.startsWith('Comma') || message.startsWith('Expected end of input')) {
    // lossless-json reads "01" or "1x" as a number followed by junk; say the number is bad.
    let start = offset;
    while (start > 0 && /[-+0-9.eE]/.test(text[start - 1] as string)) start--;
    if (/[0-9.eE+\-a-zA-Z]/.test(char) && NUMBER.test(text.slice(start, offset))) {
      return numberAt(text, start);
    }
    if (message.startsWith('Expected')) return at('trailing-content', 'nothing-more');
    const { open } = scanJson(text, offset);
    const inObject = text[open.at(-1) ?? 0] === '{';
    return at('unexpected-character', inObject ? 'comma-or-close-brace' : 'comma-or-close-bracket');
  }
  if (message.startsWith('Quoted object key or end')) {
    return missing(previous === '{' ? 'key' : 'comma-or-close-brace');
  }
  if (message.startsWith('Array item or end')) {
    return missing(previous === '[' ? 'value' : 'comma-or-close-bracket');
  }
  if (message.startsWith('Quoted object key expected')) {
    return char === '}' ? at('trailing-comma', 'key') : missing('key');
  }
  if (message.startsWith('Colon')) return missing('colon');
  if (/^(JSON value|Object value|Array item) expected/.test(message)) {
    if (char === ']' && message.startsWith('Array')) return at('trailing-comma', 'value');
    return missing(char === "'" ? 'double-quoted-string' : 'value');
  }
  if (message.startsWith('End of string')) {
    const start = scanJson(text, text.length).stringStart ?? offset;
    return at('unterminated-string', 'closing-quote', start, '"');
  }
  if (message.startsWith('Invalid character')) {
    return char === '\n'
      ? at('unterminated-string', 'closing-quote')
      : at('control-character', 'escape');
  }
  if (/^Invalid (escape|unicode) character/.test(message)) {
    return at('bad-escape', 'escape', offset, text.slice(offset, offset + 2));
  }
  return at('unexpected-character', 'value');
}

function numberAt(text: string, start: number): Detail {
  const word = /^[^\s,\]}:]*/.exec(text.slice(start, start + 24))?.[0] || (text[start] ?? '');
  return { code: 'bad-number', offset: start, expected: 'number', found: word };
}
