/** Types and small formatters the lab's Svelte parts share (the strings live in src/i18n/backoff.ts). */
import type strings from '../../i18n/backoff.ts';
import { format } from '../../i18n/index.ts';
import type { Expected } from '../../lib/backoff/settings.ts';

export type BackoffStrings = (typeof strings)['en'];

export function expectedText(t: BackoffStrings, expected: Expected): string {
  if (expected.kind === 'choice')
    return format(t.expectedChoice, { options: expected.options.join(', ') });
  return format(expected.kind === 'integer' ? t.expectedInteger : t.expectedNumber, {
    min: expected.min,
    max: expected.max,
  });
}

/** Seconds with one decimal, in the page's locale (1.5 / 1,5). */
export function secondsText(locale: string, ms: number): string {
  return new Intl.NumberFormat(locale, {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(ms / 1000);
}

export function decimalText(locale: string, value: number, digits = 1): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value);
}
