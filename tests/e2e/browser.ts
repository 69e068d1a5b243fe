import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/**
 * Which Chromium the tests drive: Playwright's own when it is installed, else a system one
 * (CHROMIUM_PATH, then /usr/bin/chromium). Exits with the command that installs one otherwise.
 */
export function chromiumExecutable(): string | undefined {
  const own = chromium.executablePath();
  if (own && existsSync(own)) return undefined; // Playwright finds its own
  for (const candidate of [
    process.env.CHROMIUM_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
  ]) {
    if (candidate && existsSync(candidate)) return candidate;
  }
  throw new Error(
    'No Chromium found for the browser tests. Install one with `npx playwright install chromium` ' +
      '(or on Debian/Ubuntu `sudo apt-get install -y chromium`), or set CHROMIUM_PATH to a Chromium binary.',
  );
}

/** Flags that keep a system Chromium from phoning home on a machine with no network. */
export const quietChromiumArgs = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
