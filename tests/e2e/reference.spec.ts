/**
 * The reference part of the site: FAQ, glossary, support-tickets page and the error reference.
 * Accessibility (axe, light and dark), stable anchors support agents link to, and the fact box
 * of an error page with its playground and tool links.
 */
import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

const A11Y_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const PAGES = [
  'reference/faq/',
  'reference/glossary/',
  'reference/support-tickets/',
  'errors/',
  'errors/invalid-signature/',
  'errors/invalid-nonce/',
  'errors/rate-limit/',
  'errors/missing-account-name/',
];

async function expectNoAxeViolations(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(A11Y_TAGS).analyze();
  const summary = violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((node) => node.target.join(' ')).join(', ')})`,
  );
  expect(summary).toEqual([]);
}

for (const locale of ['en', 'de'] as const) {
  for (const path of PAGES) {
    for (const colorScheme of ['light', 'dark'] as const) {
      test(`axe ${colorScheme}: /${locale}/${path}`, async ({ page }) => {
        await page.emulateMedia({ colorScheme });
        await page.goto(`/${locale}/${path}`);
        await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
        await expectNoAxeViolations(page);
      });
    }
  }
}

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
    await expect(links).toHaveCount(27);
  });
});
