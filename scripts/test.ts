/**
 * `npm test`: the whole suite, in the order that fails fastest. Unit tests, `npm audit` of the
 * production dependencies, the production build, the link and anchor check over it, then the browser tests (e2e, axe) against it.
 */
import { spawnSync } from 'node:child_process';

const steps: Array<[label: string, command: string, args: string[]]> = [
  ['unit tests (Vitest)', 'npx', ['vitest', 'run']],
  // Production dependencies only; a 405 from the advisory endpoint is tolerated (see the script).
  [
    'npm audit (production dependencies)',
    'node',
    ['--experimental-strip-types', 'scripts/audit.ts'],
  ],
  ['production build', 'npx', ['astro', 'build']],
  ['links and anchors', 'node', ['--experimental-strip-types', 'scripts/check-links.ts']],
  ['browser tests (Playwright + axe)', 'npx', ['playwright', 'test']],
];

for (const [label, command, args] of steps) {
  console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`);
  const { status } = spawnSync(command, args, { stdio: 'inherit' });
  if (status !== 0) {
    console.error(`\n✖ ${label} failed (exit ${status}). Later steps were not run.`);
    process.exit(status ?? 1);
  }
}
console.log('\n✔ All test steps passed.');
