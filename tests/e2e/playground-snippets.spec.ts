import { expect, test, type Response } from '@playwright/test';
import { mintKey, openPlayground } from './playground-helpers.ts';

/** Text that only Shiki's modules contain: a grammar, a theme, the core, our loader. */
const SHIKI_MARKERS = [
  'source.python',
  'source.shell',
  'github-light-default',
  'createHighlighterCore',
];

async function scriptTexts(responses: Response[]): Promise<Array<{ url: string; text: string }>> {
  return Promise.all(
    responses
      .filter((response) => response.request().resourceType() === 'script')
      .map(async (response) => ({ url: response.url(), text: await response.text() })),
  );
}

test('Shiki loads only when the snippet panel opens, then highlights in both themes', async ({
  page,
}) => {
  const responses: Response[] = [];
  page.on('response', (response) => responses.push(response));
  await openPlayground(page);
  await mintKey(page);
  await page.waitForLoadState('networkidle');
  const before = await scriptTexts(responses);
  const early = before.filter(({ text }) => SHIKI_MARKERS.some((marker) => text.includes(marker)));
  expect(early.map(({ url }) => url)).toEqual([]);

  const loadedBefore = responses.length;
  await page.getByText('Code for this request').click();
  const code = page.locator('.snippets [data-highlighted="true"]');
  await expect(code).toBeVisible();
  const after = await scriptTexts(responses.slice(loadedBefore));
  for (const marker of SHIKI_MARKERS.filter((marker) => marker !== 'source.python')) {
    expect(
      after.some(({ text }) => text.includes(marker)),
      marker,
    ).toBe(true);
  }

  // Tokens carry both themes; Starlight's data-theme picks one, without re-highlighting.
  const token = code
    .locator('.shiki span[style*="--shiki-dark"]')
    .filter({ hasText: 'curl' })
    .first();
  await page.evaluate(() => (document.documentElement.dataset.theme = 'light'));
  const light = await token.evaluate((element) => getComputedStyle(element).color);
  await page.evaluate(() => (document.documentElement.dataset.theme = 'dark'));
  const dark = await token.evaluate((element) => getComputedStyle(element).color);
  expect(light).not.toBe(dark);
});

test('snippets follow the request, read credentials from the environment, and copy', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openPlayground(page);
  await mintKey(page);
  await page.getByLabel('Endpoint').selectOption('/v1/order/new');
  await page.getByText('Code for this request').click();
  const panel = page.locator('.snippets');
  for (const [name, expected] of [
    ['curl', 'openssl dgst -sha384 -hmac "$GEMINI_API_SECRET"'],
    ['Python (requests)', 'os.environ["GEMINI_API_SECRET"]'],
    ['TypeScript (fetch)', 'process.env.GEMINI_API_SECRET'],
    ['Go', 'os.Getenv("GEMINI_API_SECRET")'],
  ] as const) {
    await panel.getByRole('radio', { name }).check();
    await expect(panel.locator('[data-highlighted="true"]')).toContainText(expected);
    await expect(panel).toContainText('/v1/order/new');
    await expect(panel).toContainText('"symbol"');
    await panel.getByRole('button', { name: 'Copy code' }).click();
    const clipboard = () => page.evaluate(() => navigator.clipboard.readText());
    await expect.poll(clipboard).toContain(expected);
    expect(await clipboard()).toContain('http://127.0.0.1:4322/v1/order/new');
  }
  // Typing updates the code.
  await page.getByRole('textbox', { name: 'price' }).fill('12345.67');
  await expect(panel).toContainText('12345.67');
});
