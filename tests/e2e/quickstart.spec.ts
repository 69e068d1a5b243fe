/**
 * The five-minute promise: from the home page to a signed HTTP 200 using only visible controls
 * (links and buttons found by their names, as a newcomer would). Prints the steps and seconds.
 */
import { test, expect, type Page } from '@playwright/test';
import { playgroundReady } from './playground-helpers.ts';

test.describe.configure({ timeout: 60_000 });

const labels = {
  en: { start: /Quickstart/, mint: 'New throwaway key', send: 'Send request' },
  de: { start: /Schnellstart/, mint: 'Neuer Wegwerf-Schlüssel', send: 'Anfrage senden' },
} as const;

for (const locale of ['en', 'de'] as const) {
  test(`${locale}: home page to a signed HTTP 200 with visible controls`, async ({ page }) => {
    const t = labels[locale];
    const steps: string[] = [];
    const started = Date.now();
    const step = async (name: string, action: (page: Page) => Promise<void>) => {
      await action(page);
      steps.push(`${steps.length + 1}. ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    };

    await step('open the home page', async (p) => {
      await p.goto(`/${locale}/`);
    });
    await step('click the Quickstart link', async (p) => {
      await p.getByRole('link', { name: t.start }).first().click();
      await expect(p).toHaveURL(new RegExp(`/${locale}/lessons/quickstart/`));
    });
    const playground = page.locator('section.playground');
    await step(`press “${t.mint}”`, async () => {
      await playground.scrollIntoViewIfNeeded();
      await playgroundReady(page);
      await playground.getByRole('button', { name: t.mint }).click();
      await expect(playground.getByTestId('api-key')).toHaveText(/^account-[A-Za-z0-9]{20}$/);
    });
    await step(`press “${t.send}”`, async () => {
      await playground.getByRole('button', { name: t.send }).click();
      await expect(playground.getByTestId('response-status')).toContainText('200');
    });
    const body = JSON.parse((await playground.getByTestId('response-body').textContent()) ?? '');
    expect(Array.isArray(body)).toBe(true);

    const seconds = (Date.now() - started) / 1000;
    console.log(
      `Quickstart (${locale}): ${steps.length} steps, ${seconds.toFixed(1)} s\n  ${steps.join('\n  ')}`,
    );
    expect(steps).toHaveLength(4);
  });
}
