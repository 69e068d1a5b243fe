import { test, expect, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe.ts';
import { createEmulator } from '../../src/lib/emulator/index.ts';
import { SHARE_PARAMS } from '../../src/lib/backoff/settings.ts';

/**
 * The backoff lab against real emulators: the one inside the page, and the local-emulator
 * target with its requests answered by an emulator in this test process (page.route), so that
 * every request that reaches it can be counted. Workloads use a lowered limit (300 a minute =
 * 5 a second, 5 queued) so each run takes seconds.
 */
const LAB = '/en/tools/backoff-lab/';
const FAST = 'perMinute=300&requests=30';
const LOCAL_EMULATOR = 'http://127.0.0.1:4322';
const SANDBOX_PORT = Number(process.env.SANDBOX_PORT ?? 4322);

async function openLab(page: Page, query = '') {
  await page.goto(`${LAB}${query ? `?${query}` : ''}`);
  await page.locator('.backoff-lab').scrollIntoViewIfNeeded();
  await expect(page.locator('.backoff-lab[data-ready="true"]')).toBeVisible();
}

const counter = (page: Page, run: string, name: string) =>
  page.locator(`[data-run="${run}"] [data-counter="${name}"] dd`);

async function counterValue(page: Page, run: string, name: string): Promise<number> {
  return Number(await counter(page, run, name).textContent());
}

async function runToEnd(page: Page) {
  await page.locator('[data-action="run"]').click();
  await expect(page.locator('.backoff-lab[data-phase="finished"]')).toBeVisible({
    timeout: 45_000,
  });
}

test.describe('backoff lab', () => {
  test.describe.configure({ timeout: 60_000 });

  test('no retry against the emulator in the page: 429s, and requests lost', async ({ page }) => {
    await openLab(page, FAST);
    const site = new URL(page.url()).origin;
    const offSite: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(site)) offSite.push(request.url());
    });
    await runToEnd(page);
    expect(await counterValue(page, 'A', 'rate-limited')).toBeGreaterThan(0);
    expect(await counterValue(page, 'A', 'gave-up')).toBeGreaterThan(0);
    expect(await counterValue(page, 'A', 'ok')).toBeLessThan(30);
    expect(await counterValue(page, 'A', 'sent')).toBe(30);
    // The chart has a row per request, and the table says the same in text.
    await expect(page.locator('[data-run="A"] svg[role="img"]')).toHaveAttribute(
      'aria-label',
      /30 requests/,
    );
    await page.locator('[data-run="A"] summary').click();
    await expect(page.locator('[data-run="A"] tbody tr')).toHaveCount(30);
    await expect(
      page.locator('[data-run="A"] tbody tr[data-state="gave-up"]').first(),
    ).toContainText('RateLimit');
    // The emulator in the page needs no network at all.
    expect(offSite.filter((url) => !url.startsWith('data:'))).toEqual([]);
  });

  test('the same workload with full jitter completes, none given up', async ({ page }) => {
    await openLab(page, `${FAST}&strategy=full-jitter&retries=10`);
    await runToEnd(page);
    expect(await counterValue(page, 'A', 'ok')).toBe(30);
    expect(await counterValue(page, 'A', 'gave-up')).toBe(0);
    expect(await counterValue(page, 'A', 'rate-limited')).toBeGreaterThan(0);
    expect(await counterValue(page, 'A', 'retries')).toBeGreaterThan(0);
    await expect(page.locator('[data-status]')).toContainText('30 of 30 ok');
  });

  test('the pacer avoids 429s altogether', async ({ page }) => {
    await openLab(page, 'perMinute=600&requests=12&pacer=5');
    await runToEnd(page);
    expect(await counterValue(page, 'A', 'ok')).toBe(12);
    expect(await counterValue(page, 'A', 'rate-limited')).toBe(0);
  });

  test('Stop: nothing is in flight afterwards and nothing more reaches the emulator', async ({
    page,
  }) => {
    await openLab(page, 'perMinute=120&requests=80&concurrency=10&strategy=full-jitter&retries=10');
    await page.locator('[data-action="run"]').click();
    await expect
      .poll(() => counterValue(page, 'A', 'sent'), { timeout: 20_000 })
      .toBeGreaterThan(20);
    await page.locator('[data-action="stop"]').click();
    const panel = page.locator('[data-run="A"]');
    await expect(page.locator('.backoff-lab[data-phase="stopped"]')).toBeVisible();
    await expect(panel).toHaveAttribute('data-in-flight', '0');
    const arrived = Number(await panel.getAttribute('data-target-requests'));
    const sent = await counterValue(page, 'A', 'sent');
    expect(arrived).toBe(sent);
    // That no pending backoff or queued retry sends later is proven with fake timers, without
    // waiting: tests/unit/backoff-scheduler.test.ts ("sends nothing after Stop").
    await expect(page.locator('[data-status]')).toContainText('Stopped');
    await page.locator('[data-run="A"] summary').click();
    await expect(page.locator('[data-run="A"] tbody tr[data-state="running"]')).toHaveCount(0);
  });

  test('local emulator target: no request leaves after Stop, and the secret never leaves', async ({
    page,
  }) => {
    // The local emulator, answered from this test; the page's CSP and allowlist still apply.
    const emulator = createEmulator();
    const arrivals: number[] = [];
    const outgoing: string[] = [];
    let secret = '';
    await page.route(`${LOCAL_EMULATOR}/**`, async (route) => {
      const request = route.request();
      const cors = {
        'Access-Control-Allow-Origin': new URL(page.url()).origin,
        'Access-Control-Allow-Headers': '*',
        'Access-Control-Allow-Methods': 'POST, GET',
        'Access-Control-Expose-Headers': 'Retry-After',
      };
      if (request.method() === 'OPTIONS') return route.fulfill({ status: 204, headers: cors });
      if (!request.url().endsWith('/emulator/keys')) arrivals.push(Date.now());
      outgoing.push(
        `${request.url()} ${JSON.stringify(request.headers())} ${request.postData() ?? ''}`,
      );
      const response = await emulator.fetch(
        new Request(request.url(), {
          method: request.method(),
          headers: request.headers(),
          body: request.method() === 'POST' ? (request.postData() ?? '') : undefined,
        }),
      );
      const body = await response.text();
      if (request.url().endsWith('/emulator/keys'))
        secret = (JSON.parse(body) as { secret: string }).secret;
      await route.fulfill({
        status: response.status,
        headers: { ...Object.fromEntries(response.headers), ...cors },
        body,
      });
    });
    await openLab(
      page,
      'target=local&perMinute=120&requests=80&concurrency=10&strategy=full-jitter&retries=10',
    );
    await page.locator('[data-action="run"]').click();
    await expect.poll(() => arrivals.length, { timeout: 20_000 }).toBeGreaterThan(20);
    await page.locator('[data-action="stop"]').click();
    const stoppedAt = Date.now();
    await expect(page.locator('.backoff-lab[data-phase="stopped"]')).toBeVisible();
    await expect(page.locator('[data-run="A"]')).toHaveAttribute('data-in-flight', '0');
    // Allow the few ms between the click and the abort reaching the page. Nothing pending sends
    // later: tests/unit/backoff-scheduler.test.ts ("sends nothing after Stop").
    expect(arrivals.filter((at) => at > stoppedAt + 100)).toEqual([]);
    expect(await counterValue(page, 'A', 'sent')).toBe(arrivals.length);
    // Only signatures travelled: the secret is in no request, URL, storage or share link.
    expect(secret).toMatch(/\w{8,}/);
    expect(outgoing.filter((line) => line.includes(secret))).toEqual([]);
    const stored = await page.evaluate(() =>
      JSON.stringify({ ...localStorage, ...sessionStorage }),
    );
    expect(stored).not.toContain(secret);
    expect(page.url()).not.toContain(secret);
    expect(await page.locator('[data-testid="share-link"]').inputValue()).not.toContain(secret);
    expect(await page.content()).not.toContain(secret);
  });

  test('Gemini’s real numbers against the local Node emulator (npm run sandbox)', async ({
    page,
  }) => {
    test.skip(SANDBOX_PORT !== 4322, 'the page allows the local emulator on port 4322 only');
    await openLab(page);
    await page.getByLabel(/Gemini’s real numbers/).check();
    await expect(page.getByLabel('Target')).toHaveValue('local');
    await expect(page.getByLabel('Requests a minute')).toHaveValue('600');
    await runToEnd(page);
    // 100 requests, 20 at a time: 10 a second pass, 5 wait in the queue, the rest get 429.
    expect(await counterValue(page, 'A', 'rate-limited')).toBeGreaterThan(0);
    const ok = await counterValue(page, 'A', 'ok');
    expect(ok).toBeGreaterThanOrEqual(10);
    // Each of the 100 ends answered or given up. Over parallel HTTP connections two signed
    // requests can arrive out of order; the lab re-signs and resends those, so `sent` may exceed 100.
    expect(ok + (await counterValue(page, 'A', 'gave-up'))).toBe(100);
    expect(await counterValue(page, 'A', 'sent')).toBeGreaterThanOrEqual(100);
  });

  test('compare mode runs both strategies side by side and gives a verdict', async ({ page }) => {
    await openLab(page, `${FAST}&compare=1`);
    await expect(page.locator('[data-action="run"]')).toHaveText('Run both');
    await runToEnd(page);
    await expect(page.locator('[data-run]')).toHaveCount(2);
    await expect(page.locator('[data-run="A"] h3')).toHaveText('A: No retry');
    await expect(page.locator('[data-run="B"] h3')).toHaveText('B: Exponential, full jitter');
    expect(await counterValue(page, 'B', 'ok')).toBe(30);
    expect(await counterValue(page, 'A', 'ok')).toBeLessThan(30);
    await expect(page.locator('[data-verdict]')).toContainText('B did better');
    await expect(page.locator('[data-verdict]')).toContainText('Requests wasted');
  });

  test('share link: settings only, restored from the URL; bad values are named', async ({
    page,
  }) => {
    await openLab(page);
    await page.getByLabel('Requests', { exact: true }).fill('42');
    await page.getByLabel('On 429').selectOption('decorrelated-jitter');
    const link = await page.locator('[data-testid="share-link"]').inputValue();
    const url = new URL(link);
    expect(url.pathname).toBe(LAB);
    expect(url.searchParams.get('requests')).toBe('42');
    expect(url.searchParams.get('strategy')).toBe('decorrelated-jitter');
    for (const param of url.searchParams.keys()) expect(SHARE_PARAMS).toContain(param);
    // The tools page keeps its address in step, and the link restores the settings.
    expect(page.url()).toBe(link);
    await page.goto(`${url.pathname}${url.search}`);
    await expect(page.locator('.backoff-lab[data-ready="true"]')).toBeVisible();
    await expect(page.getByLabel('Requests', { exact: true })).toHaveValue('42');
    await expect(page.getByLabel('On 429')).toHaveValue('decorrelated-jitter');

    await openLab(page, 'requests=0&target=api.gemini.com');
    await expect(page.getByRole('alert')).toContainText(
      'requests=0 was ignored: use a whole number from 1 to 500',
    );
    await expect(page.getByRole('alert')).toContainText('target=api.gemini.com was ignored');
    await expect(page.getByLabel('Target')).toHaveValue('builtin');
  });

  test('a value out of range blocks Run and says what to enter', async ({ page }) => {
    await openLab(page);
    await page.getByLabel('Requests', { exact: true }).fill('0');
    await expect(page.getByText('Requests: use a whole number from 1 to 500.')).toBeVisible();
    await expect(page.locator('[data-action="run"]')).toBeDisabled();
  });

  test('the chosen strategy as highlighted TypeScript and Python', async ({ page }) => {
    await openLab(page, 'strategy=equal-jitter&retries=4');
    await page.locator('.backoff-lab summary', { hasText: 'Code for this strategy' }).click();
    const snippet = page.locator('.snippet');
    await expect(snippet.locator('pre.shiki')).toBeVisible();
    await expect(snippet).toContainText('const MAX_RETRIES = 4;');
    await expect(snippet).toContainText('ceiling / 2 + Math.random() * (ceiling / 2)');
    await page.getByRole('button', { name: 'Python' }).click();
    await expect(snippet).toContainText('def with_retry(send):');
    await expect(snippet.locator('pre.shiki')).toBeVisible();
  });

  test('embedded in the rate-limits lesson: runs, leaves the lesson’s URL alone, shares the tools page', async ({
    page,
  }) => {
    await page.goto('/en/lessons/rate-limits/?requests=3');
    const lab = page.locator('.backoff-lab');
    await lab.scrollIntoViewIfNeeded();
    await expect(page.locator('.backoff-lab[data-ready="true"]')).toBeVisible();
    // Only the tools page reads settings from its URL.
    await expect(lab.getByLabel('Requests', { exact: true })).toHaveValue('30');
    await runToEnd(page);
    expect(await counterValue(page, 'A', 'rate-limited')).toBeGreaterThan(0);
    expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe(
      '/en/lessons/rate-limits/?requests=3',
    );
    await expect(lab.locator('[data-testid="share-link"]')).toHaveValue(
      /\/en\/tools\/backoff-lab\/\?preset=demo$/,
    );
  });

  test('German page: German labels, same lab', async ({ page }) => {
    await page.goto('/de/tools/backoff-lab/?perMinute=300&requests=10');
    await expect(page.locator('.backoff-lab[data-ready="true"]')).toBeVisible();
    await expect(page.locator('[data-action="run"]')).toHaveText('Starten');
    await expect(page.locator('[data-testid="share-link"]')).toHaveValue(
      /\/de\/tools\/backoff-lab\/\?preset=demo/,
    );
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`passes axe in the ${theme} theme, with results, table and code open`, async ({
      page,
    }) => {
      await page.emulateMedia({ colorScheme: theme });
      await openLab(page, 'perMinute=300&requests=15&compare=1');
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      await runToEnd(page);
      for (const summary of await page.locator('.backoff-lab summary').all()) await summary.click();
      await expect(page.locator('.snippet pre.shiki')).toBeVisible();
      // The lab itself; Starlight's own chrome is the site's concern.
      await expectNoAxeViolations(page, { include: '.backoff-lab' });
    });
  }
});
