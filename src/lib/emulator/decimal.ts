/**
 * Exact decimal money: values are bigints scaled by 10^18, so "0.1" + "0.2" is "0.3" and fees
 * never drift. Enough for any price or amount Gemini quotes (at most 10 decimal places).
 */
export type Fixed = bigint;

const DECIMALS = 18;
export const ONE: Fixed = 10n ** BigInt(DECIMALS);
const DECIMAL_TEXT = /^(-?)(\d{1,30})(?:\.(\d{1,18}))?$/;

/** Parses "123", "0.001", "-1.5"; anything else (exponents, >18 decimals, junk) is undefined. */
export function parseDecimal(text: string): Fixed | undefined {
  const match = DECIMAL_TEXT.exec(text);
  if (!match) return undefined;
  const [, sign, whole, fraction = ''] = match;
  const value = BigInt(whole) * ONE + BigInt(fraction.padEnd(DECIMALS, '0'));
  return sign ? -value : value;
}

// Balances repeat (every fresh account holds the same amounts): their texts are remembered.
const formatted = new Map<Fixed, string>();
const MAX_FORMATTED = 4_096;

/** The shortest exact text: "100000", "0.105", "-2.5". */
export function formatDecimal(value: Fixed): string {
  let text = formatted.get(value);
  if (text === undefined) {
    text = formatUncached(value);
    if (formatted.size >= MAX_FORMATTED) formatted.clear();
    formatted.set(value, text);
  }
  return text;
}

function formatUncached(value: Fixed): string {
  const negative = value < 0n;
  const magnitude = negative ? -value : value;
  const whole = magnitude / ONE;
  const fraction = (magnitude % ONE).toString().padStart(DECIMALS, '0').replace(/0+$/, '');
  return `${negative ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`;
}

/** Like formatDecimal but with at least `places` decimals, e.g. prices as "60030.00". */
export function formatFixedPlaces(value: Fixed, places: number): string {
  const text = formatDecimal(value);
  const [whole, fraction = ''] = text.split('.');
  return fraction.length >= places ? text : `${whole}.${fraction.padEnd(places, '0')}`;
}

export const decimal = (text: string): Fixed => {
  const value = parseDecimal(text);
  if (value === undefined) throw new Error(`Not a decimal: ${text}`);
  return value;
};

export const multiply = (a: Fixed, b: Fixed): Fixed => (a * b) / ONE;
export const divide = (a: Fixed, b: Fixed): Fixed => (a * ONE) / b;
export const basisPoints = (value: Fixed, bps: number): Fixed => (value * BigInt(bps)) / 10_000n;
export const min = (a: Fixed, b: Fixed): Fixed => (a < b ? a : b);

/** Rounds a positive value to a multiple of `step`, down or up. */
export function roundToStep(value: Fixed, step: Fixed, direction: 'down' | 'up'): Fixed {
  const remainder = value % step;
  if (remainder === 0n) return value;
  return direction === 'down' ? value - remainder : value - remainder + step;
}

/** Decimal places of a step like "0.01" (2) or "0.00000001" (8). */
export function placesOf(step: string): number {
  return step.split('.')[1]?.length ?? 0;
}
