/**
 * Presentation helpers shared by the support-tool islands: localized finding text and times.
 * Links, clipboard and the address bar are the kit's (src/components/kit, src/lib/share).
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
