/**
 * Lossless reading of the payload JSON. `JSON.parse` rounds 1477963240741083307 (a nonce from
 * Gemini's own docs) to …083400, so numbers stay as their exact text (`LosslessNumber`) and a
 * nonce becomes an exact decimal: digits / 10^scale, compared without floating point.
 */
import { isLosslessNumber, parse, stringify } from 'lossless-json';

/** Parses JSON text; numbers become `LosslessNumber` (use `jsonNumberText` to read them). */
export function parseJsonLossless(text: string): unknown {
  return parse(text);
}

/** JSON text of a value read by `parseJsonLossless`, numbers in their exact source form. */
export function toJsonText(value: unknown): string | undefined {
  try {
    return stringify(value);
  } catch {
    // A value nested thousands deep overflows the stack: describe it instead of failing.
    return '(a deeply nested JSON value)';
  }
}

/** The exact source text of a JSON number read by `parseJsonLossless`, or undefined. */
export function jsonNumberText(value: unknown): string | undefined {
  return isLosslessNumber(value) ? value.value : undefined;
}

/** An exact decimal number: `digits / 10^scale`. */
export interface ExactNumber {
  digits: bigint;
  scale: number;
}

export type NonceReading =
  | { kind: 'missing' }
  | { kind: 'invalid'; text: string; problem: string }
  | { kind: 'ok'; text: string; value: ExactNumber };

const NUMBER_TEXT = /^(-?)(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/;
// A nonce is an epoch timestamp; anything with more digits than this is a mistake, and
// bounding it keeps a hostile "1e999999999" from building a gigantic bigint.
const MAX_NONCE_TEXT = 64;
const MAX_EXPONENT = 64;

/** Reads the payload's `nonce`: a JSON integer, float or string holding a number. */
export function readNonce(payload: Record<string, unknown>): NonceReading {
  if (!Object.hasOwn(payload, 'nonce')) return { kind: 'missing' };
  const raw = payload.nonce;
  const text = jsonNumberText(raw) ?? (typeof raw === 'string' ? raw : undefined);
  if (text === undefined) {
    return {
      kind: 'invalid',
      text: toJsonText(raw) ?? String(raw),
      problem: 'must be a number or a string of digits',
    };
  }
  const value = parseExactNumber(text);
  if (!value) return { kind: 'invalid', text, problem: 'is not a number' };
  if (value.digits <= 0n) return { kind: 'invalid', text, problem: 'must be greater than zero' };
  return { kind: 'ok', text, value };
}

export function parseExactNumber(text: string): ExactNumber | undefined {
  if (text.length > MAX_NONCE_TEXT) return undefined;
  const match = NUMBER_TEXT.exec(text);
  if (!match) return undefined;
  const [, sign, whole, fraction = '', exponentText = '0'] = match;
  const exponent = Number(exponentText);
  if (Math.abs(exponent) > MAX_EXPONENT) return undefined;
  let digits = BigInt(whole + fraction);
  let scale = fraction.length - exponent;
  if (scale < 0) {
    digits *= 10n ** BigInt(-scale);
    scale = 0;
  }
  return { digits: sign ? -digits : digits, scale };
}

/** -1, 0 or 1, exactly. */
export function compareExact(a: ExactNumber, b: ExactNumber): number {
  const scale = Math.max(a.scale, b.scale);
  const left = a.digits * 10n ** BigInt(scale - a.scale);
  const right = b.digits * 10n ** BigInt(scale - b.scale);
  return left < right ? -1 : left > right ? 1 : 0;
}
