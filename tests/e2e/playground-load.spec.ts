/**
 * Issue #16, item 7: the playground hydrates only what a phone shows first. The key and request
 * form, the pipeline column and the panels below load and mount when they are needed: near the
 * viewport, at the first input, or (for a screen reader that gives neither) once the page is quiet.
 */
import { expect, test, type Page } from '@playwright/test';

test.use({ viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true });

const PARTS = /Playground(Form|Results|Extras)\./;

async function openUntouched(page: Page) {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await page.goto('/en/tools/playground/');
  // Hydrated: Astro drops `ssr` from the island, and the target picker answers.
  await expect(page.locator('astro-island:not([ssr]) section.playground')).toBeAttached();
  return scripts;
}

test('at load: the target picker is live; the rest is neither loaded nor mounted', async ({
  page,
}) => {
  const scripts = await openUntouched(page);
  expect(scripts.filter((path) => PARTS.test(path))).toEqual([]);
  await expect(page.getByRole('button', { name: 'New throwaway key' })).toHaveCount(0);
  await expect(page.getByTestId('pipeline')).toHaveCount(0);
  await expect(page.locator('section.playground')).not.toHaveAttribute('data-ready', 'true');
  // The hydrated picker answers (and this first input brings the rest).
  await page.getByLabel('Or type a sandbox address').fill('https://api.gemini.com');
  await page.getByRole('button', { name: 'Use this address' }).click();
  await expect(page.getByTestId('target-url-message')).not.toBeEmpty();
  await expect(page.getByRole('button', { name: 'New throwaway key' })).toBeAttached();
});

test('scrolling down mounts the form before it is reached, then the rest', async ({ page }) => {
  await openUntouched(page);
  await page.mouse.wheel(0, 600);
  const mint = page.getByRole('button', { name: 'New throwaway key' });
  await expect(mint).toBeAttached();
  await mint.click();
  await expect(page.getByTestId('api-key')).toHaveText(/^account-[A-Za-z0-9]{20}$/);
  await expect(page.locator('section.playground')).toHaveAttribute('data-ready', 'true');
});

test('with no input at all, everything mounts once the page is quiet', async ({ page }) => {
  const scripts = await openUntouched(page);
  await expect(page.locator('section.playground')).toHaveAttribute('data-ready', 'true', {
    timeout: 15_000,
  });
  await expect(page.getByRole('button', { name: 'Send request' })).toBeAttached();
  expect(scripts.filter((path) => PARTS.test(path))).toHaveLength(3);
});
