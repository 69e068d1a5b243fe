import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { openPlayground } from './playground-helpers.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function expectNoViolations(page: Page, label: string) {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  expect(
    violations.map((violation) => ({
      id: violation.id,
      nodes: violation.nodes.map((node) => node.target.join(' ')).slice(0, 5),
    })),
    label,
  ).toEqual([]);
}

for (const scheme of ['light', 'dark'] as const) {
  for (const locale of ['en', 'de'] as const) {
    test(`axe finds nothing on the ${locale} playground in ${scheme} theme, in every state`, async ({
      page,
    }) => {
      test.slow(); // two full-page axe runs on a big page
      await page.emulateMedia({ colorScheme: scheme });
      await openPlayground(page, '', locale);
      await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
      await expectNoViolations(page, 'initial');

      // Keys, a response with an error explained, an experiment, the snippets, a JSON error.
      await page.locator('section.playground .panel').nth(1).getByRole('button').last().click();
      await expect(page.getByTestId('api-key')).toBeVisible();
      await page
        .getByLabel(locale === 'en' ? 'Endpoint' : 'Endpunkt')
        .selectOption('/v1/order/status');
      await page.locator('section.playground .send button').click();
      await expect(page.getByTestId('error-explanation')).toBeVisible();
      await page.locator('[data-experiment="auditor-order"] button').click();
      await expect(
        page.locator('[data-experiment="auditor-order"] [data-testid="experiment-verdict"]'),
      ).toBeVisible();
      await page.getByTestId('snippets').locator('summary').click();
      await expect(page.locator('.snippets [data-highlighted="true"]')).toBeVisible();
      await page.getByTestId('params-json').fill('{"order_id": 01}');
      await expect(page.getByTestId('params-error')).not.toBeEmpty();
      await page
        .getByRole('radio', { name: locale === 'en' ? /Gemini sandbox/ : /Gemini-Sandbox/ })
        .check();
      await expectNoViolations(page, 'after use');
    });
  }
}

test('everything works by keyboard: mint, edit, send, hear the answer', async ({ page }) => {
  await openPlayground(page);
  const mint = page.getByRole('button', { name: 'New throwaway key' });
  await mint.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('api-key')).toBeVisible();

  // Tab from the endpoint picker into the form and the JSON editor, type, and send with Enter.
  await page.getByLabel('Endpoint').focus();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('showPendingBalances')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('params-json')).toBeFocused();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('{"showPendingBalances": true}');
  await expect(page.getByTestId('stage-json')).toContainText('"showPendingBalances":true');
  await page.getByRole('button', { name: 'Send request' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('announcer')).toHaveText(/^Response 200 in \d+ ms\.$/);
  await expect(page.getByTestId('announcer')).toHaveAttribute('aria-live', 'polite');

  // The snippet panel opens from the keyboard.
  await page.getByTestId('snippets').locator('summary').focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.snippets [data-highlighted="true"]')).toBeVisible();

  // Every form control has an accessible name.
  const unnamed = await page.locator('section.playground').evaluate((root) =>
    [...root.querySelectorAll('input, select, textarea, button')]
      .filter((element) => {
        const el = element as HTMLInputElement;
        const labelled =
          el.labels?.length || el.getAttribute('aria-label') || el.getAttribute('aria-labelledby');
        return !labelled && !(element.tagName === 'BUTTON' && element.textContent?.trim());
      })
      .map((element) => element.outerHTML.slice(0, 80)),
  );
  expect(unnamed).toEqual([]);
});
