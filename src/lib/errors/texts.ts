/**
 * An error reason's words, per locale: its meaning and its fix, written once in the error page's
 * frontmatter (content/docs/<locale>/errors/<slug>.mdx, validated by ./schema.ts). The playground's
 * error explanation, the support desk's reply, the index table and /errors.json all read them
 * from here; the status comes from the emulator's REASONS (./catalogue.ts).
 */
import type { Locale } from '../../site.ts';
import type { ErrorFrontmatter } from './schema.ts';

export interface ReasonText {
  /** One sentence; `code` in backticks. */
  meaning: string;
  /** One sentence; `code` in backticks. */
  fix: string;
}

/** By reason name (`InvalidNonce`). */
export type ErrorTexts = Record<string, ReasonText>;

/** A docs entry as the content collection (or a test reading the same files) gives it. */
export interface ErrorPageEntry {
  /** `en/errors/invalid-nonce`. */
  id: string;
  data: { error?: ErrorFrontmatter };
}

export function errorTextsOf(entries: readonly ErrorPageEntry[]): Record<Locale, ErrorTexts> {
  const texts: Record<Locale, ErrorTexts> = { en: {}, de: {} };
  for (const { id, data } of entries) {
    const locale = id.split('/')[0];
    if (data.error && (locale === 'en' || locale === 'de')) {
      texts[locale][data.error.reason] = { meaning: data.error.meaning, fix: data.error.fix };
    }
  }
  return texts;
}

/** Splits `a `code` b` into ['a ', 'code', ' b']: odd indexes are code. */
export function splitCode(text: string): string[] {
  return text.split('`');
}

/** The text without its code marks, for plain-text replies. */
export function plainText(text: string): string {
  return text.replaceAll('`', '');
}
