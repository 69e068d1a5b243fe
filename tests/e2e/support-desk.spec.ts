/**
 * Support desk journeys, in both locales: paste (keyboard) → diagnosis → copied reply whose
 * links all resolve in the built site (200, and the anchor exists); the secret detector; the
 * safe-diagnostics block read back; the link builder; no request while in use; nothing stored
 * but the reply language; axe clean.
 */
import { test, expect, type Page, type Request } from '@playwright/test';
import { expectNoAxeViolations } from './axe.ts';
import { site } from '../../src/site.ts';

const SECRET = 'Zq8Pm3Lr5Tn1Kv7Xc2Bw9Hd4Fs6J';
const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
const nowSeconds = () => Math.floor(Date.now() / 1000);
const mixedPaste = () =>
  [
    `2026-11-28 09:31:05,123 ERROR bot ccxt.base.errors.InvalidNonce: gemini {"result":"error","reason":"InvalidNonce","message":"Nonce '1764322265' has not increased since your last call to the Gemini API."}`,
    'X-GEMINI-APIKEY: account-Ab3dEf5hIj7lMn9pQr1t',
    `X-GEMINI-PAYLOAD: ${b64(`{"request":"/v1/balances","nonce":${nowSeconds() * 1000}}`)}`,
    `X-GEMINI-SIGNATURE: ${'c0ffee'.repeat(16)}`,
  ].join('\n');

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

async function openDesk(page: Page, locale: 'en' | 'de') {
  await page.goto(`/${locale}/tools/support-desk/`);
  await expect(page.locator('.support-tool[data-ready="true"]')).toBeVisible();
  await page.waitForLoadState('networkidle');
}

/** Pastes like a person: text on the clipboard, Ctrl+V into the field. */
async function pasteIntoDesk(page: Page, text: string) {
  await page.evaluate((value) => navigator.clipboard.writeText(value), text);
  await page.locator('[data-input="paste"]').focus();
  await page.keyboard.press('Control+V');
}

/** Every link in the reply resolves in the built site: 200, and the anchor is on the page. */
async function expectLinksResolve(page: Page, reply: string, locale: string) {
  const urls = reply.match(/https?:\/\/[^\s)]+/g) ?? [];
  expect(urls.length).toBeGreaterThan(2);
  for (const url of urls) {
    expect(url.startsWith(`${site.url}/${locale}/`), url).toBe(true);
    const local = new URL(url.slice(site.url.length), page.url());
    const response = await page.request.get(local.href);
    expect(response.status(), url).toBe(200);
    if (local.hash) {
      const html = await response.text();
      expect(html, url).toContain(`id="${local.hash.slice(1)}"`);
    }
  }
}

for (const [ui, customer] of [
  ['en', 'en'],
  ['de', 'de'],
  ['en', 'de'],
] as const) {
  test(`paste → diagnosis → copied reply (${ui} page, reply in ${customer}); no request, nothing stored`, async ({
    page,
  }) => {
    await openDesk(page, ui);
    const requests: Request[] = [];
    page.on('request', (request) => requests.push(request));

    await page.locator('[data-input="reply-locale"]').selectOption(customer);
    await pasteIntoDesk(page, mixedPaste());
    // The paste is read at once: pieces, reason, payload and nonce.
    await expect(page.locator('[data-piece="ccxt-exception"]')).toBeVisible();
    await expect(page.locator('[data-piece="headers"]')).toBeVisible();
    await expect(page.locator('[data-reason="InvalidNonce"]')).toBeVisible();
    await expect(page.locator('[data-field="nonce-unit"]')).toHaveText(
      ui === 'en' ? 'milliseconds' : 'Millisekunden',
    );
    await expect(page.locator('[data-finding="nonce-unit-time-based"]')).toBeVisible();
    // Keyboard first: after reading, focus is on "copy reply"; Enter copies.
    await expect(page.locator('[data-action="copy-reply-text"]')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(
      page.locator('.reply [data-action="copy-reply-text"] + [role="status"]'),
    ).toHaveText(ui === 'en' ? 'Copied.' : 'Kopiert.');
    const reply = await page.evaluate(() => navigator.clipboard.readText());
    expect(reply).toBe(await page.locator('[data-output="reply"]').inputValue());
    expect(reply.startsWith(customer === 'en' ? 'Hello,' : 'Hallo,')).toBe(true);
    expect(reply).toContain(
      customer === 'en' ? 'never send us your API secret' : 'nie Ihr API-Secret',
    );
    expect(reply).toContain(`/${customer}/errors/invalid-nonce/#causes`);

    await page.locator('[data-action="copy-reply-markdown"]').click();
    const markdown = await page.evaluate(() => navigator.clipboard.readText());
    expect(markdown).toContain(`](${site.url}/${customer}/errors/invalid-nonce/#causes)`);

    page.removeAllListeners('request');
    expect(requests.map((request) => request.url())).toEqual([]);
    const stored = await page.evaluate(() => ({ ...localStorage, ...sessionStorage }));
    expect(Object.keys(stored).filter((key) => key !== 'starlight-theme')).toEqual([
      'gemini-guide:support-desk:v1',
    ]);
    expect(JSON.parse(stored['gemini-guide:support-desk:v1']!)).toEqual({ replyLocale: customer });

    await expectLinksResolve(page, reply, customer);
  });
}

test('a secret in the paste: warned first in red, removed everywhere, nothing sent', async ({
  page,
}) => {
  await openDesk(page, 'en');
  const requests: Request[] = [];
  page.on('request', (request) => requests.push(request));
  await pasteIntoDesk(
    page,
    `api key account-Ab3dEf5hIj7lMn9pQr1t secret ${SECRET}\n{"result":"error","reason":"InvalidSignature","message":"InvalidSignature"}`,
  );
  const alert = page.locator('[data-output="secret-alert"]');
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('This paste contained an API secret');
  await expect(alert.locator('a[href="/en/lessons/key-leaked/#revoke-key"]')).toBeVisible();
  expect(await alert.evaluate((el) => getComputedStyle(el).borderTopColor)).not.toBe(
    'rgb(0, 0, 0)',
  );
  // It comes before the rest of the diagnosis.
  const alertBox = await alert.boundingBox();
  const piecesBox = await page.locator('[data-output="pieces"]').boundingBox();
  expect(alertBox!.y).toBeLessThan(piecesBox!.y);
  // Discarded: not in the field, the page, the reply or storage.
  await expect(page.locator('[data-input="paste"]')).not.toHaveValue(new RegExp(SECRET));
  expect(await page.content()).not.toContain(SECRET);
  await page.locator('[data-action="copy-reply-text"]').click();
  const reply = await page.evaluate(() => navigator.clipboard.readText());
  expect(reply).not.toContain(SECRET);
  expect(reply).toContain('/en/lessons/key-leaked/#revoke-key');
  const stored = await page.evaluate(() => JSON.stringify({ ...localStorage, ...sessionStorage }));
  expect(stored).not.toContain(SECRET);
  page.removeAllListeners('request');
  expect(requests.map((request) => request.url())).toEqual([]);
});

test('the safe diagnostics block copied from the decoder is read back by the desk', async ({
  page,
}) => {
  const payload = b64(`{"request":"/v1/balances","nonce":1477963240741083307}`);
  await page.goto('/en/tools/payload-decoder/');
  await expect(page.locator('.support-tool[data-ready="true"]')).toBeVisible();
  await page.locator('[data-input="payload"]').fill(payload);
  await page.locator('[data-action="copy-diagnostics"]').click();
  const block = await page.evaluate(() => navigator.clipboard.readText());
  expect(block).toContain('Gemini API request diagnostics');

  await openDesk(page, 'en');
  await page.locator('[data-input="paste"]').focus();
  await page.keyboard.press('Control+V');
  await expect(page.locator('[data-piece="safe-diagnostics"]')).toBeVisible();
  await expect(page.locator('[data-field="nonce"]')).toHaveText('1477963240741083307');
  await expect(page.locator('[data-field="nonce-unit"]')).toHaveText('nanoseconds');
  // The tool state it links to opens the decoder with the same payload.
  await page.locator('[data-link="decoder"]').click();
  await expect(page.locator('.support-tool[data-ready="true"]')).toBeVisible();
  await expect(page.locator('[data-input="payload"]')).toHaveValue(payload);
});

test('the link builder finds a step and gives its link in the other language', async ({ page }) => {
  await openDesk(page, 'en');
  await page.locator('[data-input="link-search"]').fill('nonce');
  await page.locator('[data-input="link-kind"]').selectOption('step');
  await page.locator('[data-input="link-locale"]').selectOption('de');
  const item = page
    .locator('[data-output="link-results"] li')
    .filter({ hasText: `${site.url}/de/lessons/sign-first-request/#choose-nonce` });
  await expect(item).toHaveCount(1);
  await item.locator('[data-action="copy-link"]').click();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toBe(`${site.url}/de/lessons/sign-first-request/#choose-nonce`);
  await expectLinksResolve(page, `${link} ${link} ${link}`, 'de');
});

test('unknown text gets "nothing recognised" and what the desk can read; Ctrl+Enter reads', async ({
  page,
}) => {
  await openDesk(page, 'de');
  await page.locator('[data-input="paste"]').fill('Hallo, mein Bot geht nicht.');
  await page.locator('[data-input="paste"]').press('Control+Enter');
  await expect(page.locator('[data-output="nothing-recognised"]')).toContainText('Nichts erkannt');
});

for (const locale of ['en', 'de'] as const) {
  test(`axe: support desk (${locale}) with a diagnosis, a secret alert and the reply shown`, async ({
    page,
  }) => {
    await openDesk(page, locale);
    await pasteIntoDesk(page, `secret=${SECRET}\n${mixedPaste()}`);
    await expect(page.locator('[data-output="secret-alert"]')).toBeVisible();
    await expect(page.locator('[data-output="reply"]')).toBeVisible();
    await page.locator('[data-input="link-search"]').fill('nonce');
    await expectNoAxeViolations(page);
  });
}

test('hostile text is shown as text, never run; the ticket time is compared with the nonce', async ({
  page,
}) => {
  await openDesk(page, 'en');
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.locator('[data-input="ticket-time"]').fill('2026-11-28T09:00:00');
  await pasteIntoDesk(
    page,
    `{"result":"error","reason":"<img src=x onerror=alert(1)>","message":"<script>alert(2)</script>"}\n${b64(`{"request":"/v1/balances","nonce":${nowSeconds()}}`)}`,
  );
  await expect(page.locator('[data-reason="unknown"]')).toContainText(
    '<img src=x onerror=alert(1)>',
  );
  await expect(page.locator('.support-desk img')).toHaveCount(0);
  await expect(page.locator('[data-field="nonce-from-ticket"]')).not.toBeEmpty();
  await expect(page.locator('[data-field="nonce-from-now"]')).not.toBeEmpty();
  const reply = await page.locator('[data-output="reply"]').inputValue();
  expect(reply).not.toMatch(/<img|<script/);
  expect(dialogs).toEqual([]);
});

test('a 1 MB paste of log lines is read, cut where it says, and the page stays usable', async ({
  page,
}) => {
  await openDesk(page, 'en');
  const line = '2026-11-28 09:31:05,123 ERROR bot {"result":"error","reason":"RateLimit"}\n';
  const text = line.repeat(Math.ceil(1_000_000 / line.length));
  // Set at once (typing a megabyte would take minutes), as a paste would.
  await page.locator('[data-input="paste"]').evaluate((field: HTMLTextAreaElement, value) => {
    field.value = value;
    field.dispatchEvent(new Event('input', { bubbles: true }));
  }, text);
  await page.locator('[data-input="paste"]').press('Control+Enter');
  await expect(page.locator('[data-notice="paste-cut"]')).toBeVisible({ timeout: 15_000 });
  await expect(page.locator('[data-reason="RateLimit"]')).toBeVisible();
  // The list shows the first pieces and says how many more there are.
  await expect(page.locator('[data-output="pieces"] li')).toHaveCount(50);
  await page.locator('[data-action="clear"]').click();
  await expect(page.locator('[data-input="paste"]')).toHaveValue('');
});
