/**
 * Support tools through the page: the doctor names each mistake, prefill links work, the secret
 * never reaches a URL, storage or the diagnostics, no request leaves the page while the tools are
 * used, and both pages pass axe in light and dark themes.
 */
import { createHmac } from 'node:crypto';
import { test, expect, type Page, type Request } from '@playwright/test';
import { expectNoAxeViolations } from './axe.ts';
import vectors from '../fixtures/signing-vectors.json' with { type: 'json' };

const DECODER = '/en/tools/payload-decoder/';
const DOCTOR = '/en/tools/signature-doctor/';
const secret = 'zq8Pm3Lr5Tn1Kv7Xc2Bw9Hd4Fs6J';

const vector = (name: string) => vectors.vectors.find((item) => item.name === name)!;
const balances = vector('balances');
const orderNew = vector('order-new');
const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
const hmac = (key: string | Buffer, message: string, algorithm = 'sha384') =>
  createHmac(algorithm, key).update(message, 'utf8').digest();
const hex = (key: string | Buffer, message: string, algorithm = 'sha384') =>
  hmac(key, message, algorithm).toString('hex');

/**
 * Wrong recipes for the journeys below, each signature made independently with that mistake.
 * That the doctor names every recipe is proven without a browser: tests/unit/diagnostics-doctor.test.ts.
 */
const MISTAKES: Array<{ recipe: string; payload: string; signature: string; key?: string }> = [
  { recipe: 'hmac-over-json', payload: balances.base64, signature: hex(secret, balances.json) },
  { recipe: 'sha256', payload: balances.base64, signature: hex(secret, balances.base64, 'sha256') },
  { recipe: 'sha512', payload: balances.base64, signature: hex(secret, balances.base64, 'sha512') },
  { recipe: 'sha1', payload: balances.base64, signature: hex(secret, balances.base64, 'sha1') },
  {
    recipe: 'reserialized-json',
    payload: balances.base64,
    signature: hex(secret, vector('python-json-dumps-spacing').base64),
  },
];

async function openTool(page: Page, path: string) {
  await page.goto(path);
  await expect(page.locator('.support-tool[data-ready="true"]')).toBeVisible();
  // Everything the page loads by itself (scripts, styles, icons) has arrived before we start.
  await page.waitForLoadState('networkidle');
}

async function checkSignature(page: Page, payload: string, signature: string, key: string) {
  await page.locator('[data-input="payload"]').fill(payload);
  await page.locator('[data-input="signature"]').fill(signature);
  await page.locator('[data-input="secret"]').fill(key);
  await page.locator('[data-action="check"]').click();
}

test('the doctor names a wrong recipe through the page, links the fix, and accepts a valid one', async ({
  page,
}) => {
  await openTool(page, DOCTOR);
  const verdict = page.locator('[data-output="verdict"]');
  const mistake = MISTAKES.find((item) => item.recipe === 'reserialized-json')!;
  await checkSignature(page, mistake.payload, mistake.signature, secret);
  await expect(verdict).toHaveAttribute('data-verdict', 'mistake');
  await expect(page.locator('[data-recipe]')).toHaveAttribute('data-recipe', mistake.recipe);
  // The lesson step and the error page are linked from the explanation.
  await expect(
    page.locator('.recipe a[href="/en/lessons/sign-first-request/#build-payload"]'),
  ).toBeVisible();
  await expect(page.locator('.recipe a[href="/en/errors/invalid-signature/"]')).toBeVisible();

  await checkSignature(page, balances.base64, balances.signature, vectors.secret);
  await expect(verdict).toHaveAttribute('data-verdict', 'valid');
});

test('the decoder shows JSON, path, nonce unit and problems, in German too', async ({ page }) => {
  await openTool(page, '/de/tools/payload-decoder/');
  const curl = `curl -X POST https://api.sandbox.gemini.com/v1/balances/ \\\n  -H "X-GEMINI-APIKEY: master-abc" \\\n  -H "X-GEMINI-PAYLOAD: ${b64('{"request":"/v1/balances/","nonce":1700000000000}').replace(/=+$/, '')}" \\\n  -H "X-GEMINI-SIGNATURE: 00"`;
  await page.locator('[data-input="payload"]').fill(curl);
  await expect(page.locator('[data-output="json"]')).toHaveText(
    '{"request":"/v1/balances/","nonce":1700000000000}',
  );
  await expect(page.locator('[data-field="request"]')).toHaveText('/v1/balances/');
  await expect(page.locator('[data-field="nonce-unit"]')).toHaveText('Millisekunden');
  for (const id of [
    'missing-padding',
    'path-trailing-slash',
    'nonce-unit-time-based',
    'master-without-account',
  ]) {
    await expect(page.locator(`[data-finding="${id}"]`)).toBeVisible();
  }
  await expect(page.locator('[data-finding="path-trailing-slash"]')).toContainText('Schrägstrich');

  await page.locator('[data-input="payload"]').fill('%%% nonsense');
  await expect(page.locator('[data-finding="invalid-base64"]')).toBeVisible();
});

test('a support link pre-fills the decoder', async ({ page }) => {
  await openTool(page, `${DECODER}?payload=${encodeURIComponent(orderNew.base64)}`);
  await expect(page.locator('[data-input="payload"]')).toHaveValue(orderNew.base64);
  await expect(page.locator('[data-field="request"]')).toHaveText('/v1/order/new');
});

test('a support link pre-fills the doctor but never a secret', async ({ page }) => {
  const mistake = MISTAKES.find((item) => item.recipe === 'sha256')!;
  const query = new URLSearchParams({ payload: mistake.payload, signature: mistake.signature });
  await openTool(page, `${DOCTOR}?${query}&secret=${secret}`);
  await expect(page.locator('[data-input="payload"]')).toHaveValue(mistake.payload);
  await expect(page.locator('[data-input="signature"]')).toHaveValue(mistake.signature);
  await expect(page.locator('[data-input="secret"]')).toHaveValue('');
  // A secret someone put into the link is taken out of the address bar, not used.
  expect(page.url()).not.toContain(secret);
  expect(page.url()).toContain('signature=');

  await page.locator('[data-input="secret"]').fill(secret);
  await page.locator('[data-action="check"]').click();
  await expect(page.locator('[data-recipe]')).toHaveAttribute('data-recipe', 'sha256');
});

test.describe('sharing', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('copy link warns first, then copies a link with payload and signature only', async ({
    page,
    context,
  }) => {
    await openTool(page, DOCTOR);
    await checkSignature(page, balances.base64, balances.signature, vectors.secret);
    await page.locator('[data-action="copy-link"]').click();
    // The warning comes first; nothing is copied until it is confirmed.
    const confirm = page.locator('[data-action="confirm-link"]');
    await expect(confirm).toBeFocused();
    await expect(
      page.getByText('The link will contain the payload and the signature'),
    ).toBeVisible();
    await confirm.click();
    await expect(page.getByText('Link copied.')).toBeVisible();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toContain(`payload=${encodeURIComponent(balances.base64)}`);
    expect(link).toContain(`signature=${balances.signature}`);
    expect(link).not.toContain(vectors.secret);

    const opened = await context.newPage();
    await openTool(opened, link);
    await expect(opened.locator('[data-input="payload"]')).toHaveValue(balances.base64);
    await expect(opened.locator('[data-input="signature"]')).toHaveValue(balances.signature);
  });

  test('safe diagnostics carry key, payload, verdict, browser and version, never the secret', async ({
    page,
  }) => {
    await openTool(page, DOCTOR);
    const headers = `X-GEMINI-APIKEY: ${vectors.apiKey}\nX-GEMINI-PAYLOAD: ${balances.base64}\nX-GEMINI-SIGNATURE: ${hex(vectors.secret, balances.base64, 'sha256')}`;
    await page.locator('[data-input="payload"]').fill(headers);
    await page.locator('[data-input="secret"]').fill(vectors.secret);
    await page.locator('[data-action="check"]').click();
    await expect(page.locator('[data-recipe]')).toHaveAttribute('data-recipe', 'sha256');
    await page.locator('[data-action="copy-diagnostics"]').click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain(`API key: ${vectors.apiKey}`);
    expect(copied).toContain(`X-GEMINI-PAYLOAD: ${balances.base64}`);
    expect(copied).toContain('"nonce": 1700000000000');
    expect(copied).toContain('Signature doctor: mistake (sha256)');
    expect(copied).toMatch(/Browser: .*Chrom/);
    expect(copied).toMatch(/Site version: \d+\.\d+\.\d+/);
    expect(copied).not.toContain(vectors.secret);
    await expect(page.locator('[data-output="diagnostics"]')).toHaveValue(copied);
  });
});

test('no request leaves the page while the tools are used, and nothing is stored', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const requests: Request[] = [];
  for (const path of [DECODER, DOCTOR]) {
    await openTool(page, path);
    // Every island chunk was loaded with the page (client:load); from here on, nothing at all.
    page.on('request', (request) => requests.push(request));
    if (path === DECODER) {
      await page.locator('[data-input="payload"]').fill(balances.base64);
      await expect(page.locator('[data-field="request"]')).toHaveText('/v1/balances');
      await page.locator('[data-input="payload"]').fill(`X-GEMINI-PAYLOAD: ${orderNew.base64}`);
      await expect(page.locator('[data-field="request"]')).toHaveText('/v1/order/new');
    } else {
      for (const mistake of MISTAKES.slice(0, 4)) {
        await checkSignature(page, mistake.payload, mistake.signature, mistake.key ?? secret);
        await expect(page.locator('[data-recipe]')).toHaveAttribute('data-recipe', mistake.recipe);
      }
      await page.getByRole('button', { name: 'Show secret' }).click();
    }
    await page.locator('[data-action="copy-link"]').click();
    await page.locator('[data-action="confirm-link"]').click();
    await page.locator('[data-action="copy-diagnostics"]').click();
    await expect(page.locator('[data-output="diagnostics"]')).not.toHaveValue('');
    page.removeAllListeners('request');
    expect(
      requests.map((request) => request.url()),
      `requests on ${path}`,
    ).toEqual([]);
  }
  const stored = await page.evaluate(() => JSON.stringify({ ...localStorage, ...sessionStorage }));
  expect(stored).not.toContain(secret);
  expect(stored).not.toContain(balances.base64);
  expect(page.url()).not.toContain(secret);
});

for (const theme of ['light', 'dark'] as const) {
  for (const path of [
    DECODER,
    DOCTOR,
    '/de/tools/payload-decoder/',
    '/de/tools/signature-doctor/',
  ]) {
    test(`axe: ${path} in ${theme} theme, with results shown`, async ({ page }) => {
      await page.addInitScript((value) => localStorage.setItem('starlight-theme', value), theme);
      await openTool(page, path);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      if (path.includes('doctor')) {
        const mistake = MISTAKES.find((item) => item.recipe === 'reserialized-json')!;
        await checkSignature(page, mistake.payload, mistake.signature, secret);
        await expect(page.locator('[data-recipe]')).toBeVisible();
      } else {
        await page
          .locator('[data-input="payload"]')
          .fill(`${balances.base64.slice(0, 30)}\n${balances.base64.slice(30)}`);
        await expect(page.locator('[data-finding="line-breaks"]')).toBeVisible();
      }
      await expectNoAxeViolations(page);
    });
  }
}
