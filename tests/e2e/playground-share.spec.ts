import { expect, test, type Page } from '@playwright/test';
import {
  chooseTarget,
  mintKey,
  openPlayground,
  playgroundReady,
  send,
} from './playground-helpers.ts';

const orderParams =
  '{\n  "symbol": "ethusd",\n  "amount": "0.5",\n  "price": "1999.99",\n  "side": "sell",\n  "type": "exchange limit",\n  "client_order_id": "shared ü & = # ?"\n}';

/** Records every request to a Gemini host and aborts it, so none could ever reach production. */
async function trapGemini(page: Page): Promise<string[]> {
  const trapped: string[] = [];
  await page.context().route(
    (url) => /(^|\.)gemini\.com$/.test(url.hostname),
    async (route) => {
      trapped.push(route.request().url());
      await route.abort();
    },
  );
  return trapped;
}

test('a share link round-trips target, endpoint, params, nonce mode and experiment, and asks for a key', async ({
  page,
  browser,
}) => {
  await openPlayground(page);
  await chooseTarget(page, /Local emulator/);
  await page.getByLabel('Endpoint').selectOption('/v1/order/new');
  await page.getByTestId('params-json').fill(orderParams);
  await page.getByRole('radio', { name: 'Manual' }).check();
  await page.getByTestId('manual-nonce').fill('1700000000000');
  await page.locator('[data-experiment="replayed-nonce"]').getByRole('button').click();
  const link = await page.getByTestId('share-link').inputValue();
  expect(link).not.toMatch(/secret|account-/);

  // A fresh browser: no saved state, no key.
  const context = await browser.newContext();
  const other = await context.newPage();
  await other.goto(link);
  await playgroundReady(other);
  await expect(other.getByRole('radio', { name: /Local emulator/ })).toBeChecked();
  await expect(other.getByLabel('Endpoint')).toHaveValue('/v1/order/new');
  await expect(other.getByTestId('params-json')).toHaveValue(orderParams);
  await expect(other.getByRole('radio', { name: 'Manual' })).toBeChecked();
  await expect(other.locator('[data-experiment="replayed-nonce"]')).toContainText(
    'Suggested by the link',
  );
  await expect(other.getByTestId('link-notice')).toContainText(
    'Restored from a shared link: /v1/order/new on Local emulator',
  );
  await expect(other.getByTestId('link-notice')).toContainText('Mint a throwaway key');
  await expect(other.getByTestId('api-key')).toHaveCount(0);
  // The form shows the params of the link too.
  await expect(other.getByRole('textbox', { name: 'client_order_id' })).toHaveValue(
    'shared ü & = # ?',
  );
  await context.close();
});

test('a production host in a share link is refused, visibly, and nothing is sent there', async ({
  page,
}) => {
  const trapped = await trapGemini(page);
  await openPlayground(page, '?target=https%3A%2F%2Fapi.gemini.com&endpoint=/v1/balances&nonce=ms');
  const notice = page.getByTestId('link-notice').getByRole('alert');
  await expect(notice).toContainText('api.gemini.com is a Gemini production host');
  await expect(page.getByRole('radio', { name: /Built-in sandbox/ })).toBeChecked();
  await mintKey(page);
  await send(page);
  await expect(page.getByTestId('response-status')).toHaveText(/^\s*200/);
  expect(trapped).toEqual([]);
});

test('other hosts in a share link are refused by name', async ({ page }) => {
  const trapped = await trapGemini(page);
  await openPlayground(
    page,
    '?target=https%3A%2F%2Fevil.example&experiment=nope&nonce=hours&secret=abc',
  );
  const notice = page.getByTestId('link-notice');
  await expect(notice).toContainText('evil.example is not one of the playground’s targets');
  await expect(notice).toContainText('“nope” is not an experiment');
  await expect(notice).toContainText('“hours” is not a nonce mode');
  await expect(notice).toContainText('The link carried secret');
  expect(trapped).toEqual([]);
});

test('a production host typed as an address is refused, and nothing is sent there', async ({
  page,
}) => {
  const trapped = await trapGemini(page);
  await openPlayground(page);
  await page.getByLabel('Or type a sandbox address').fill('https://api.gemini.com/v1/balances');
  await page.getByRole('button', { name: 'Use this address' }).click();
  await expect(page.getByTestId('target-url-message')).toHaveText(
    /api\.gemini\.com is a Gemini production host/,
  );
  await expect(page.getByTestId('target-url-message')).toHaveAttribute('role', 'alert');
  await expect(page.getByRole('radio', { name: /Built-in sandbox/ })).toBeChecked();
  await mintKey(page);
  await send(page);
  await expect(page.getByTestId('response-status')).toHaveText(/^\s*200/);

  // An allowlisted address is accepted and maps to its target.
  await page.getByLabel('Or type a sandbox address').fill('https://api.sandbox.gemini.com');
  await page.getByRole('button', { name: 'Use this address' }).click();
  await expect(page.getByRole('radio', { name: /Gemini sandbox/ })).toBeChecked();
  expect(trapped).toEqual([]);
});

test('non-secret inputs survive a reload; Reset restores the defaults', async ({ page }) => {
  await openPlayground(page);
  await page.getByLabel('Endpoint').selectOption('/v1/mytrades');
  await page.getByTestId('params-json').fill('{"limit_trades": 7}');
  await page.getByRole('radio', { name: 'Time-based: seconds' }).check();
  await mintKey(page);
  await page.reload();
  await playgroundReady(page);
  await expect(page.getByLabel('Endpoint')).toHaveValue('/v1/mytrades');
  await expect(page.getByTestId('params-json')).toHaveValue('{"limit_trades": 7}');
  await expect(page.getByRole('radio', { name: 'Time-based: seconds' })).toBeChecked();
  // The key is not restored: it lived in memory only.
  await expect(page.getByTestId('api-key')).toHaveCount(0);

  await page.getByRole('button', { name: 'Reset inputs' }).click();
  await expect(page.getByLabel('Endpoint')).toHaveValue('/v1/balances');
  await expect(page.getByRole('radio', { name: 'Automatic: milliseconds' })).toBeChecked();
  await page.reload();
  await playgroundReady(page);
  await expect(page.getByLabel('Endpoint')).toHaveValue('/v1/balances');
});

test('German page: the share link opens the German playground', async ({ page }) => {
  await openPlayground(page, '?endpoint=/v1/orders', 'de');
  await expect(page.getByTestId('link-notice')).toContainText(
    'Aus einem geteilten Link wiederhergestellt',
  );
  expect(await page.getByTestId('share-link').inputValue()).toMatch(
    /\/de\/tools\/playground\/\?target=builtin&endpoint=%2Fv1%2Forders/,
  );
});
