/**
 * Presentation helpers shared by the support-tool islands: localized finding text, prefill links
 * and clipboard. The secret never passes through here.
 */
import { format } from '../../i18n/index.ts';
import type { ToolStrings } from '../../i18n/tools.ts';
import type { Locale } from '../../site.ts';
import type { Finding } from '../../lib/diagnostics/findings.ts';

export function findingMessage(t: ToolStrings, item: Finding): string {
  const params = { ...item.params };
  const units: Record<string, string> = t.unit;
  if (typeof params.unit === 'string' && Object.hasOwn(units, params.unit))
    params.unit = units[params.unit]!;
  return format(t.finding[item.id], params);
}

export { reasonName } from '../../lib/diagnostics/findings.ts';

export { splitCode } from '../../lib/errors/texts.ts';

/**
 * Prefill values from a support link. Only `payload` and `signature` are read: a secret is
 * never taken from a URL. A `+` in an unencoded link arrives as a space; base64 has no spaces.
 */
export function readPrefill(search: string): { payload?: string; signature?: string } {
  const params = new URLSearchParams(search);
  const payload = params.get('payload')?.replace(/ /g, '+');
  const signature = params.get('signature')?.trim();
  return { payload: payload || undefined, signature: signature || undefined };
}

/**
 * Query parameters a link must never carry (`?secret=`, `?api_secret=`, `?apiKey=`, `?password=`
 * …), matched by name without regard to case or separators.
 */
export const FORBIDDEN_LINK_PARAM =
  /secret|^api[-_]?key$|^key$|passw|passphrase|token|private|credential/i;

/**
 * The address without credential-like query parameters, and the names removed. Islands call it
 * first on mount and `history.replaceState` the result, so the secret leaves the address bar
 * and the history entry before anything reads the URL.
 */
export function stripCredentialParams(href: string): { url: string; removed: string[] } {
  const url = new URL(href);
  const removed = [...new Set([...url.searchParams.keys()])].filter((name) =>
    FORBIDDEN_LINK_PARAM.test(name),
  );
  for (const name of removed) url.searchParams.delete(name);
  return { url: url.toString(), removed };
}

/** Runs `stripCredentialParams` on the page's own address and rewrites it in place. */
export function stripCredentialParamsFromAddress(): string[] {
  const { url, removed } = stripCredentialParams(location.href);
  if (removed.length > 0) history.replaceState(history.state, '', url);
  return removed;
}

export function toolLink(origin: string, pathname: string, params: Record<string, string>): string {
  return `${origin}${pathname}?${new URLSearchParams(params).toString()}`;
}

export async function copyText(value: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(value);
    return true;
  } catch {
    return false;
  }
}

/** "in 5 seconds" / "vor 3 Minuten", in a unit that keeps the number readable. */
export function relativeTime(seconds: number, locale: Locale): string {
  const steps: Array<[Intl.RelativeTimeFormatUnit, number]> = [
    ['second', 90],
    ['minute', 90 * 60],
    ['hour', 36 * 3600],
    ['day', 60 * 86400],
  ];
  const size: Record<string, number> = { second: 1, minute: 60, hour: 3600, day: 86400 };
  const [unit] = steps.find(([, below]) => Math.abs(seconds) < below) ?? ['year', 0];
  const value = unit === 'year' ? seconds / (365.25 * 86400) : seconds / (size[unit] ?? 1);
  return new Intl.RelativeTimeFormat(locale, { numeric: 'always' }).format(Math.round(value), unit);
}
