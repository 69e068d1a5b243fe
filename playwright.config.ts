import { defineConfig } from '@playwright/test';
import { chromiumExecutable, quietChromiumArgs } from './tests/e2e/browser.ts';

// Ports can be moved so two checkouts can test side by side; the defaults are what users get.
const sitePort = Number(process.env.SITE_PORT ?? 4321);
const sandboxPort = Number(process.env.SANDBOX_PORT ?? 4322);
const executablePath = chromiumExecutable();

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${sitePort}`,
    browserName: 'chromium',
    launchOptions: { ...(executablePath ? { executablePath } : {}), args: quietChromiumArgs },
    trace: 'retain-on-failure',
  },
  webServer: {
    // Serves the production build (npm test builds first); relay and local emulator included.
    command: `node --experimental-strip-types scripts/start.ts --no-build --port ${sitePort} --sandbox-port ${sandboxPort}`,
    url: `http://127.0.0.1:${sitePort}/en/`,
    reuseExistingServer: !process.env.CI,
    env: { RELAY_UPSTREAM: `http://127.0.0.1:${sandboxPort}` },
    stdout: 'pipe',
  },
});
