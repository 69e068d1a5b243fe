/**
 * `npm audit` of the production dependencies, as a step of `npm test`. Fails on any finding;
 * passes with a warning when the registry's advisory endpoint is unavailable (405 here), since
 * that says nothing about the dependencies. See scripts/lib/audit-result.ts.
 */
import { spawnSync } from 'node:child_process';
import { readAuditOutput } from './lib/audit-result.ts';

const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], {
  encoding: 'utf8',
  timeout: 120_000,
});
const verdict = readAuditOutput(run.stdout ?? '');
switch (verdict.kind) {
  case 'clean':
    console.log(`npm audit: no known vulnerabilities in production dependencies.`);
    break;
  case 'unavailable':
    console.warn(
      `npm audit: the registry's advisory endpoint is unavailable${verdict.status ? ` (HTTP ${verdict.status})` : ''}; ` +
        `the production dependencies were NOT checked here. Their versions are listed in the README ` +
        `("Dependencies and why") to check elsewhere. ${verdict.message}`,
    );
    break;
  case 'findings':
    console.error(
      `npm audit: ${verdict.total} finding(s) in production dependencies ` +
        `(${Object.entries(verdict.bySeverity)
          .map(([severity, count]) => `${count} ${severity}`)
          .join(', ')}): ${verdict.packages.join(', ')}. Run \`npm audit --omit=dev\` for details.`,
    );
    process.exit(1);
  case 'unreadable':
    console.error(`npm audit: could not read its result: ${verdict.message}`);
    process.exit(1);
}
