/**
 * Every lesson, in both locales: it renders its steps and checklist, passes axe in the light and
 * the dark theme, and each of its "open in playground" links carries a state the playground
 * accepts and, on the playground page, restores.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, type Page } from '@playwright/test';
import { decodeShareQuery } from '../../src/lib/playground/state.ts';
import { findEndpoint } from '../../src/lib/emulator/catalogue.ts';

// A page load, hydration and two axe passes: slow on a busy machine, so allow a minute.
test.describe.configure({ timeout: 60_000 });

const root = join(import.meta.dirname, '../..');
const lessons = readdirSync(join(root, 'content/docs/en/lessons'))
  .filter((file) => file.endsWith('.mdx'))
  .map((file) => file.replace(/\.mdx$/, ''))
  .sort();
const locales = ['en', 'de'] as const;
const themes = ['light', 'dark'] as const;
/** Lessons whose text links prefilled playground states (the test must find them). */
const lessonsLinkingThePlayground = ['create-api-key', 'sign-first-request', 'test-in-sandbox'];
/** The playground page exists once the `playground` branch is merged. */
const playgroundBuilt = existsSync(join(root, 'src/components/playground/Playground.astro'));

async function openLesson(page: Page, path: string, theme: (typeof themes)[number]) {
  await page.emulateMedia({ colorScheme: theme });
  await page.addInitScript((value) => localStorage.setItem('starlight-theme', value), theme);
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(200);
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
  // Islands hydrate when visible: bring every part of the page into view once.
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await page.waitForLoadState('networkidle');
}

/** The playground links inside the lesson text, as paths with their query. */
async function playgroundLinks(page: Page): Promise<string[]> {
  const hrefs = await page
    .locator('.sl-markdown-content a[href*="/tools/playground/?"]')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  return [...new Set(hrefs)];
}

test('the lesson list is complete', () => {
  expect(lessons).toEqual(
    [
      'before-you-start',
      'create-api-key',
      'go-live',
      'how-this-guide-works',
      'key-leaked',
      'protect-credentials',
      'quickstart',
      'rate-limits',
      'sign-first-request',
      'staying-current',
      'test-in-sandbox',
      'websockets',
    ].sort(),
  );
});

for (const locale of locales) {
  for (const lesson of lessons) {
    const path = `/${locale}/lessons/${lesson}/`;

    test.describe(path, () => {
      for (const theme of themes) {
        // axe runs on every page in both themes in a11y.spec.ts.
        test(`renders steps and checklist (${theme})`, async ({ page }) => {
          await openLesson(page, path, theme);
          await expect(page.locator('h1')).toBeVisible();
          expect(await page.locator('.sl-markdown-content .step[id]').count()).toBeGreaterThan(0);
          expect(await page.locator('[data-check-id]').count()).toBeGreaterThan(0);
        });
      }

      test('its playground links carry a valid state that the playground restores', async ({
        page,
      }) => {
        await openLesson(page, path, 'light');
        const links = await playgroundLinks(page);
        if (lessonsLinkingThePlayground.includes(lesson)) expect(links.length).toBeGreaterThan(0);
        for (const href of links) {
          const url = new URL(href, 'http://localhost');
          expect(url.pathname, href).toBe(`/${locale}/tools/playground/`);
          const { state, problems } = decodeShareQuery(url.search, (p) => Boolean(findEndpoint(p)));
          expect(problems, href).toEqual([]);
          const wanted = Object.fromEntries(url.searchParams);
          if (wanted.endpoint) expect(state.endpoint).toBe(wanted.endpoint);
          if (wanted.params)
            expect(JSON.parse(state.params ?? '')).toEqual(JSON.parse(wanted.params));
          if (wanted.experiment) expect(state.experiment).toBe(wanted.experiment);

          if (!playgroundBuilt) continue;
          await page.goto(href);
          if (wanted.endpoint) {
            const picker = page.locator(`select:has(option[value="${wanted.endpoint}"])`).first();
            await expect(picker, href).toHaveValue(wanted.endpoint);
          }
          if (wanted.params) {
            const paramsText = await page.getByTestId('params-json').first().inputValue();
            expect(JSON.parse(paramsText), href).toEqual(JSON.parse(wanted.params));
          }
          if (wanted.experiment) {
            await expect(page.locator(`#experiment-${wanted.experiment}`), href).toHaveClass(
              /suggested/,
            );
          }
        }
      });
    });
  }
}
