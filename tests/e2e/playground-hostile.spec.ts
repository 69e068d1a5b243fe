import { expect, test, type Page } from '@playwright/test';
import { chooseTarget, openPlayground, send } from './playground-helpers.ts';

async function useRelayWithAnyKey(page: Page) {
  await chooseTarget(page, /Gemini sandbox/);
  await page
    .getByRole('textbox', { name: 'API key', exact: true })
    .fill('account-HOSTILETEST000000000');
  await page.getByRole('textbox', { name: 'API secret', exact: true }).fill('not-a-real-secret');
  await page.getByRole('button', { name: 'Use this key' }).click();
}

const markup =
  '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script><b id="injected">bold</b>';

test('a hostile JSON error body is shown as text; nothing executes', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', async (dialog) => {
    dialogs++;
    await dialog.dismiss();
  });
  await page.route('**/relay/v1/balances', (route) =>
    route.fulfill({
      status: 400,
      contentType: 'text/html',
      headers: { 'X-Evil': markup },
      body: JSON.stringify({
        result: 'error',
        reason: `Evil${markup}`,
        message: `<svg onload=alert(1)>${markup}`,
      }),
    }),
  );
  await openPlayground(page);
  await useRelayWithAnyKey(page);
  await send(page);
  await expect(page.getByTestId('response-status')).toHaveText(/400/);
  await expect(page.getByTestId('response-body')).toContainText('<img src=x onerror=');
  await expect(page.getByTestId('response-body')).toContainText(
    '<script>window.__pwned=2</script>',
  );
  await expect(page.getByTestId('error-explanation')).toContainText(`What Evil<img src=x`);
  await page.getByText('Response headers').click();
  await expect(page.getByTestId('response-headers')).toContainText('<script>');
  await page.waitForTimeout(300);
  expect(
    await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
  ).toBeUndefined();
  await expect(page.locator('#injected')).toHaveCount(0);
  await expect(page.locator('section.playground img, section.playground svg[onload]')).toHaveCount(
    0,
  );
  expect(dialogs).toBe(0);
});

test('a hostile non-JSON 200 body is shown as text; nothing executes', async ({ page }) => {
  await page.route('**/relay/v1/balances', (route) =>
    route.fulfill({
      status: 200,
      contentType: 'text/html',
      body: `<!doctype html><html><body>${markup}</body></html>`,
    }),
  );
  await openPlayground(page);
  await useRelayWithAnyKey(page);
  await send(page);
  await expect(page.getByTestId('response-body')).toHaveText(
    `<!doctype html><html><body>${markup}</body></html>`,
  );
  await page.waitForTimeout(300);
  expect(
    await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
  ).toBeUndefined();
  await expect(page.locator('#injected')).toHaveCount(0);
});

test('params full of markup stay text in the pipeline and in the snippets', async ({ page }) => {
  await openPlayground(page);
  await page.getByTestId('params-json').fill(JSON.stringify({ symbol: markup }));
  await expect(page.getByTestId('stage-json')).toContainText('<img src=x onerror=');
  await page.getByText('Code for this request').click();
  await expect(page.locator('.snippets [data-highlighted="true"]')).toBeVisible();
  await expect(page.locator('.snippets')).toContainText('<script>window.__pwned=2</script>');
  expect(
    await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
  ).toBeUndefined();
  await expect(page.locator('#injected')).toHaveCount(0);
});

test('the page CSP blocks any host off the allowlist, even from script', async ({ page }) => {
  const reached: string[] = [];
  await page.context().route(
    (url) => !['127.0.0.1', 'localhost'].includes(url.hostname),
    async (route) => {
      reached.push(route.request().url());
      await route.abort();
    },
  );
  await openPlayground(page);
  const outcome = await page.evaluate(async () => {
    const violations: string[] = [];
    document.addEventListener('securitypolicyviolation', (event) =>
      violations.push(event.blockedURI),
    );
    const results = [];
    for (const url of ['https://api.gemini.com/v1/symbols', 'https://evil.example/collect']) {
      results.push(
        await fetch(url).then(
          () => 'sent',
          () => 'blocked',
        ),
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
    return { results, violations };
  });
  expect(outcome.results).toEqual(['blocked', 'blocked']);
  // Both the header and the meta tag report (the server sends one, every page carries the other).
  expect([...new Set(outcome.violations)]).toEqual([
    'https://api.gemini.com/v1/symbols',
    'https://evil.example/collect',
  ]);
  expect(reached).toEqual([]);
});

test('on a static host without the relay, the page says so instead of showing a 404 page', async ({
  page,
}) => {
  await page.route('**/relay/**', (route) =>
    route.fulfill({
      status: 404,
      contentType: 'text/html',
      body: '<!doctype html><h1>Not found</h1>',
    }),
  );
  await openPlayground(page);
  await useRelayWithAnyKey(page);
  await send(page);
  await expect(page.getByTestId('send-problem')).toHaveText(
    'Could not reach the relay at /relay/. npm start serves it; on a static host, copy the request as curl instead.',
  );
  await expect(page.getByTestId('announcer')).toContainText('Could not reach the relay');
});
