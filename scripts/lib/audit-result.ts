/**
 * Reads the JSON `npm audit --omit=dev --json` prints and decides what it means for the test
 * run: clean, real findings (fail), or the registry's advisory endpoint unavailable (some
 * registries and mirrors answer its bulk POST with 405). Unavailable is tolerated on purpose,
 * and said loudly: the README's dependency table lists the production versions so they can be
 * checked elsewhere. Anything else unreadable fails, so a broken audit never passes silently.
 */

export type AuditVerdict =
  | { kind: 'clean'; dependencies?: number }
  | { kind: 'findings'; total: number; bySeverity: Record<string, number>; packages: string[] }
  | { kind: 'unavailable'; status?: number; message: string }
  | { kind: 'unreadable'; message: string };

/** HTTP statuses that mean "the advisory service is not there", not "your tree is bad". */
const UNAVAILABLE_STATUSES = new Set([404, 405, 501, 502, 503, 504]);

export function readAuditOutput(stdout: string): AuditVerdict {
  let report: Record<string, unknown>;
  try {
    const parsed: unknown = JSON.parse(stdout);
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
      return { kind: 'unreadable', message: 'npm audit printed JSON that is not an object' };
    }
    report = parsed as Record<string, unknown>;
  } catch {
    return { kind: 'unreadable', message: `npm audit printed no JSON: ${stdout.slice(0, 200)}` };
  }

  const status = typeof report.statusCode === 'number' ? report.statusCode : undefined;
  const message = typeof report.message === 'string' ? report.message : '';
  const errorCode =
    typeof (report.error as { code?: unknown } | undefined)?.code === 'string'
      ? (report.error as { code: string }).code
      : '';
  if (status !== undefined && UNAVAILABLE_STATUSES.has(status)) {
    return { kind: 'unavailable', status, message };
  }
  if (/^(ENOTFOUND|ECONNREFUSED|ECONNRESET|ETIMEDOUT|EAI_AGAIN|ENETUNREACH)$/.test(errorCode)) {
    return { kind: 'unavailable', message: `${errorCode} ${message}`.trim() };
  }

  const metadata = report.metadata as
    { vulnerabilities?: Record<string, number>; dependencies?: { prod?: number } } | undefined;
  if (!metadata?.vulnerabilities) {
    return { kind: 'unreadable', message: message || 'npm audit printed no vulnerability summary' };
  }
  const bySeverity = Object.fromEntries(
    Object.entries(metadata.vulnerabilities).filter(
      ([severity, count]) => severity !== 'total' && typeof count === 'number' && count > 0,
    ),
  );
  const total = Object.values(bySeverity).reduce((sum, count) => sum + count, 0);
  if (total === 0) return { kind: 'clean', dependencies: metadata.dependencies?.prod };
  const packages = Object.keys((report.vulnerabilities as Record<string, unknown>) ?? {}).sort();
  return { kind: 'findings', total, bySeverity, packages };
}
