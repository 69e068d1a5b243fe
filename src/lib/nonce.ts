/**
 * What a payload's nonce is, shared by the emulator (which enforces it) and the support tools
 * (which explain it): a JSON number or a string of digits, read exactly as a decimal
 * digits / 10^scale and compared without floating point.
 */
import { jsonNumberText, stringifyJson } from './json/index.ts';

/** An exact decimal number: `digits / 10^scale`. */
export interface ExactNumber {
  digits: bigint;
  scale: number;
}

type NonceReading =
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
      text: stringifyJson(raw),
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
