/**
 * The one JSON module. `JSON.parse` rounds 1477963240741083307 (a nonce from Gemini's own docs)
 * to …083400 and 0.1 + 0.2 style amounts lose digits, so every reader of JSON whose numbers
 * matter (payloads, params, nonces, amounts, prices) parses here with lossless-json: a number
 * stays its exact source text as a `LosslessNumber`, the one big-number representation.
 * lossless-json's parser recurses, so nesting is bounded before parsing (bad input stays cheap).
 */
import { isLosslessNumber, LosslessNumber, parse, stringify } from 'lossless-json';

export { isLosslessNumber as isJsonNumber, LosslessNumber };

export type JsonValue =
  null | boolean | string | LosslessNumber | JsonValue[] | { [key: string]: JsonValue };

/** Nesting a payload or params object never needs; deeper text is refused before parsing. */
export const MAX_JSON_DEPTH = 64;

/** Thrown by `parseJson` when `[`/`{` nest deeper than the limit (`offset` is that bracket). */
export class JsonTooDeepError extends SyntaxError {
  readonly offset: number;
  constructor(maxDepth: number, offset: number) {
    super(`JSON nests objects or arrays more than ${maxDepth} levels deep`);
    this.offset = offset;
  }
}

interface ParseOptions {
  maxDepth?: number;
  /** Called for a repeated key whose value differs; lossless-json throws by default. */
  onDuplicateKey?: (key: string, offset: number) => never;
}

/**
 * Parses JSON text; numbers become `LosslessNumber`. Throws `JsonTooDeepError`, or lossless-json's
 * `SyntaxError` whose message ends "at position N" (zero-based).
 */
export function parseJson(text: string, options: ParseOptions = {}): JsonValue {
  const { maxDepth = MAX_JSON_DEPTH, onDuplicateKey } = options;
  const tooDeepAt = scanJson(text, text.length, maxDepth).tooDeepAt;
  if (tooDeepAt !== undefined) throw new JsonTooDeepError(maxDepth, tooDeepAt);
  return parse(text, undefined, {
    onDuplicateKey: onDuplicateKey && (({ key, position }) => onDuplicateKey(key, position - 1)),
  }) as JsonValue;
}

/** `parseJson`, or undefined for text that is not JSON (or nests too deep). */
export function readJson(text: string, options?: ParseOptions): JsonValue | undefined {
  try {
    return parseJson(text, options);
  } catch {
    return undefined;
  }
}

/** JSON text with numbers in their exact source form; `indent` spaces per level (0: compact). */
export function stringifyJson(value: unknown, indent = 0): string {
  return stringify(value, undefined, indent || undefined) ?? 'null';
}

/** The exact source text of a parsed JSON number, or undefined for anything else. */
export function jsonNumberText(value: unknown): string | undefined {
  return isLosslessNumber(value) ? value.value : undefined;
}

/** A JSON object (not an array, not a number). */
export function isJsonObject(value: unknown): value is Record<string, JsonValue> {
  return (
    value !== null && typeof value === 'object' && !Array.isArray(value) && !isLosslessNumber(value)
  );
}

interface JsonScan {
  /** Offsets of the brackets still open at `end`, outermost first. */
  open: number[];
  /** Where the string open at `end` began, if `end` is inside a string. */
  stringStart?: number;
  /** The first bracket nested deeper than the limit (the scan stops there). */
  tooDeepAt?: number;
}

/** Walks JSON text up to `end` without parsing: open brackets outside strings, open string. */
export function scanJson(text: string, end: number, limit = Number.POSITIVE_INFINITY): JsonScan {
  const open: number[] = [];
  let stringStart: number | undefined;
  for (let i = 0; i < end; i++) {
    const char = text.charCodeAt(i);
    if (stringStart !== undefined) {
      if (char === 92 /* \\ */) i++;
      else if (char === 34 /* " */) stringStart = undefined;
    } else if (char === 34) stringStart = i;
    else if (char === 91 || char === 123 /* [ { */) {
      if (open.push(i) > limit) return { open, tooDeepAt: i };
    } else if (char === 93 || char === 125 /* ] } */) open.pop();
  }
  return { open, stringStart };
}
