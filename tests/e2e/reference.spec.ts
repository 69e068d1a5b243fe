/**
 * The reference part of the site: FAQ, glossary, support-tickets page and the error reference.
 * Stable anchors support agents link to, and the fact box
 * of an error page with its playground and tool links.
 */
import { test, expect } from '@playwright/test';
import { CATALOGUE } from '../../src/lib/errors/catalogue.ts';

// axe runs on every page, light and dark, in a11y.spec.ts.

test.describe('stable anchors', () => {
  const anchors = [
    'reference/faq/#nonce-seconds',
    'reference/faq/#sandbox-2fa',
    'reference/glossary/#time-based-nonce',
    'reference/support-tickets/#never',
    'errors/invalid-nonce/#causes',
    'errors/#order-parameters',
  ];
  for (const locale of ['en', 'de'] as const) {
    for (const anchor of anchors) {
      test(`/${locale}/${anchor} lands on its heading`, async ({ page }) => {
        await page.goto(`/${locale}/${anchor}`);
        const id = anchor.split('#')[1];
        const heading = page.locator(`[id="${id}"]`);
        await expect(heading).toHaveCount(1);
        await expect(heading).toBeInViewport();
      });
    }
  }
});

test.describe('error page fact box', () => {
  test('shows status, reason and ccxt exception, and links to the playground and tools', async ({
    page,
  }) => {
    await page.goto('/de/errors/invalid-signature/');
    const facts = page.locator('[data-error-reason="InvalidSignature"]');
    await expect(facts).toContainText('400 Bad Request');
    await expect(facts).toContainText('AuthenticationError');
    await expect(facts.getByRole('link', { name: 'Im Playground nachstellen' })).toHaveAttribute(
      'href',
      '/de/tools/playground/?experiment=wrong-secret',
    );
    await expect(facts.locator('a[href="/de/tools/signature-doctor/"]')).toHaveCount(1);
    await expect(facts.locator('a[href="/de/errors/"]')).toHaveCount(1);
  });

  test('a prefill link carries the bad field as JSON the playground can read', async ({ page }) => {
    await page.goto('/en/errors/invalid-side/');
    const href = await page
      .locator('[data-error-reason="InvalidSide"]')
      .getByRole('link', { name: 'Reproduce it in the playground' })
      .getAttribute('href');
    const query = new URL(href ?? '', 'http://localhost').searchParams;
    expect(query.get('endpoint')).toBe('/v1/order/new');
    expect(JSON.parse(query.get('params') ?? '{}')).toMatchObject({ side: 'long' });
  });

  test('the index links every error page of its locale', async ({ page }) => {
    await page.goto('/de/errors/');
    const links = page.locator('main table a[href^="/de/errors/"]');
    // Every reason of the catalogue: the emulator's and the ones only Gemini documents.
    await expect(links).toHaveCount(CATALOGUE.length);
    const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(new Set(hrefs)).toEqual(new Set(CATALOGUE.map(({ slug }) => `/de/errors/${slug}/`)));
  });
});
