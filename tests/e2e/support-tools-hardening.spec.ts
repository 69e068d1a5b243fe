/**
 * Issue 17 in the decoder and the doctor: credentials in the address bar are removed before
 * anything reads them (and the page says so), the doctor's secret field is not a password field,
 * and a ~10 KB deeply nested `?payload=` link gets a specific answer instead of a stuck tool.
 */
import { test, expect, type Page } from '@playwright/test';

const DECODER = '/en/tools/payload-decoder/';
const DOCTOR = '/en/tools/signature-doctor/';
const SECRET = 'Zq8Pm3Lr5Tn1Kv7Xc2Bw9Hd4Fs6J';
const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
const payload = b64('{"request":"/v1/balances","nonce":1700000000000}');

async function open(page: Page, path: string) {
  await page.goto(path);
  await expect(page.locator('.support-tool[data-ready="true"]')).toBeVisible();
}

for (const tool of [DECODER, DOCTOR]) {
  test(`${tool}: ?secret=, ?api_secret=, ?apiKey= leave the URL and history first, and it says so`, async ({
    page,
  }) => {
    await page.goto('/en/');
    const query = `?payload=${encodeURIComponent(payload)}&secret=${SECRET}&api_secret=${SECRET}&apiKey=account-x&API_SECRET=${SECRET}`;
    await open(page, `${tool}${query}`);
    await expect(page.locator('[data-output="stripped-params"]')).toContainText('?secret=');
    await expect(page.locator('[data-output="stripped-params"]')).toContainText('?apiKey=');
    expect(page.url()).not.toContain(SECRET);
    expect(page.url()).not.toContain('apiKey');
    expect(page.url()).toContain('payload=');
    await expect(page.locator('[data-input="payload"]')).toHaveValue(payload);
    // The history entry was replaced, not added to: back leads to the page before.
    await page.goBack();
    await expect(page).toHaveURL(/\/en\/$/);
    await page.goForward();
    await expect(page.locator('.support-tool[data-ready="true"]')).toBeVisible();
    expect(page.url()).not.toContain(SECRET);
  });

  test(`${tool}: a ~10 KB deeply nested ?payload= link gets a specific answer, and the tool still works`, async ({
    page,
  }) => {
    const deep = b64(`{"request":"/v1/x","nonce":1,"a":${'['.repeat(3_600)}${']'.repeat(3_600)}}`);
    expect(deep.length).toBeGreaterThan(9_000);
    await open(page, `${tool}?payload=${encodeURIComponent(deep)}`);
    if (tool === DECODER) {
      await expect(page.locator('[data-finding="json-too-deep"]')).toBeVisible();
    } else {
      await page.locator('[data-input="signature"]').fill('00');
      await page.locator('[data-input="secret"]').fill(SECRET);
      await page.locator('[data-action="check"]').click();
      await expect(page.locator('[data-finding="json-too-deep"]')).toBeVisible();
    }
    await page.locator('[data-input="payload"]').fill(payload);
    if (tool === DECODER) {
      await expect(page.locator('[data-field="request"]')).toHaveText('/v1/balances');
    } else {
      await page.locator('[data-action="check"]').click();
      await expect(page.locator('[data-finding="json-too-deep"]')).toHaveCount(0);
    }
  });
}

test('the doctor’s secret field is masked text, not a password field a manager offers to save', async ({
  page,
}) => {
  await open(page, DOCTOR);
  const field = page.locator('[data-input="secret"]');
  await expect(field).toHaveAttribute('type', 'text');
  await expect(field).toHaveAttribute('autocomplete', 'off');
  await expect(field).toHaveAttribute('data-1p-ignore', '');
  await expect(field).toHaveAttribute('data-lpignore', 'true');
  await expect(page.locator('input[type="password"]')).toHaveCount(0);
  await field.fill(SECRET);
  expect(
    await field.evaluate((el) => getComputedStyle(el).getPropertyValue('-webkit-text-security')),
  ).toBe('disc');
  await page.getByRole('button', { name: 'Show secret' }).click();
  expect(
    await field.evaluate((el) => getComputedStyle(el).getPropertyValue('-webkit-text-security')),
  ).toBe('none');
});
