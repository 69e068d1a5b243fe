import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readAuditOutput } from '../../scripts/lib/audit-result.ts';

/** What `npm audit --omit=dev --json` printed here (registry answered the bulk POST with 405). */
const UNAVAILABLE = JSON.stringify({
  message:
    '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk',
  method: 'POST',
  uri: 'https://registry.npmjs.org/-/npm/v1/security/advisories/bulk',
  statusCode: 405,
  body: '',
  error: { summary: '', detail: '' },
});

/** npm 10/11's report shape with one real-looking finding. */
const FINDINGS = JSON.stringify({
  auditReportVersion: 2,
  vulnerabilities: {
    hono: { name: 'hono', severity: 'high', isDirect: true, via: [], range: '<4.6.5' },
  },
  metadata: {
    vulnerabilities: { info: 0, low: 0, moderate: 0, high: 1, critical: 0, total: 1 },
    dependencies: { prod: 120, dev: 0, optional: 0, peer: 0, peerOptional: 0, total: 120 },
  },
});

const CLEAN = JSON.stringify({
  auditReportVersion: 2,
  vulnerabilities: {},
  metadata: {
    vulnerabilities: { info: 0, low: 0, moderate: 0, high: 0, critical: 0, total: 0 },
    dependencies: { prod: 120, dev: 0, optional: 0, peer: 0, peerOptional: 0, total: 120 },
  },
});

describe('readAuditOutput', () => {
  it('tolerates the advisory endpoint answering 405, and says it was not checked', () => {
    expect(readAuditOutput(UNAVAILABLE)).toMatchObject({ kind: 'unavailable', status: 405 });
  });

  it('fails on real findings, naming severity and package', () => {
    expect(readAuditOutput(FINDINGS)).toEqual({
      kind: 'findings',
      total: 1,
      bySeverity: { high: 1 },
      packages: ['hono'],
    });
  });

  it('passes a clean report', () => {
    expect(readAuditOutput(CLEAN)).toEqual({ kind: 'clean', dependencies: 120 });
  });

  it('treats other errors and garbage as unreadable (fails), not as clean', () => {
    expect(readAuditOutput('').kind).toBe('unreadable');
    expect(readAuditOutput('[]').kind).toBe('unreadable');
    expect(
      readAuditOutput(JSON.stringify({ message: 'E401 Unauthorized', statusCode: 401 })).kind,
    ).toBe('unreadable');
  });

  it('the script exits 1 on findings and 0 when unavailable (fake npm on PATH)', () => {
    for (const [output, code] of [
      [FINDINGS, 1],
      [UNAVAILABLE, 0],
      [CLEAN, 0],
    ] as const) {
      const result = spawnSync(
        process.execPath,
        [
          '--experimental-strip-types',
          '--import',
          `data:text/javascript,${encodeURIComponent(
            `import cp from 'node:child_process'; import { syncBuiltinESMExports } from 'node:module';` +
              `const real = cp.spawnSync; cp.spawnSync = (cmd, args, opts) => cmd === 'npm' ? { status: 1, stdout: ${JSON.stringify(output)}, stderr: '' } : real(cmd, args, opts); syncBuiltinESMExports();`,
          )}`,
          'scripts/audit.ts',
        ],
        { encoding: 'utf8' },
      );
      expect(result.status, result.stderr).toBe(code);
    }
  });

  it('runs in npm test, right after the unit tests', () => {
    const test = readFileSync('scripts/test.ts', 'utf8');
    expect(test).toMatch(/unit tests[\s\S]*scripts\/audit\.ts[\s\S]*production build/);
  });
});
