import { expect, test } from '@playwright/test';

const lesson = (locale: 'en' | 'de') => `/${locale}/lessons/how-this-guide-works/`;

test.describe('site shell', () => {
  for (const [locale, title, lang] of [
    ['en', 'How this guide works', 'en'],
    ['de', 'So funktioniert dieser Leitfaden', 'de'],
  ] as const) {
    test(`a lesson renders in ${locale} with identity, lesson header and disclaimer`, async ({
      page,
    }) => {
      await page.goto(lesson(locale));
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.locator('h1')).toHaveText(title);
      await expect(page).toHaveTitle(/Gemini/);
      await expect(page.locator('.lesson-meta')).toBeVisible();
      await expect(page.locator('.disclaimer')).toContainText(
        locale === 'en' ? 'crypto exchange' : 'Kryptobörse',
      );
      await expect(page.locator('#step-links')).toBeVisible();
    });
  }

  test('/ sends a German browser to /de/ and others to /en/', async ({ browser }) => {
    for (const [locale, expected] of [
      ['de-DE', '/de/'],
      ['en-US', '/en/'],
      ['fr-FR', '/en/'],
    ] as const) {
      const context = await browser.newContext({ locale });
      const page = await context.newPage();
      await page.goto('/');
      await expect(page).toHaveURL(new RegExp(`${expected}$`));
      await context.close();
    }
  });

  test('switching language keeps the step anchor', async ({ page }) => {
    await page.goto(`${lesson('en')}#work-in-order`);
    await page.locator('starlight-lang-select select').first().selectOption({ label: 'Deutsch' });
    await expect(page).toHaveURL(new RegExp(`${lesson('de')}#work-in-order$`));
    await expect(page.locator('#work-in-order')).toHaveText('Der Reihe nach arbeiten');
  });

  test('a step link copies its stable URL', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(lesson('de'));
    const link = page.getByRole('link', { name: /^Link zu diesem Schritt kopieren/ }).first();
    await expect(link).toHaveAttribute('href', '#step-links');
    await link.click();
    await expect(page.locator('#lesson-announcer')).toHaveText('Link kopiert');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(new URL(copied).pathname + new URL(copied).hash).toBe(`${lesson('de')}#step-links`);
  });

  test('checklist ticks survive a reload, show progress, and reset clears them', async ({
    page,
  }) => {
    await page.goto(lesson('en'));
    const boxes = page.locator('[data-checklist] input[type=checkbox]');
    await expect(boxes).toHaveCount(2);
    await boxes.nth(1).check();
    await expect(page.locator('[data-lesson-progress] output')).toHaveText('1 of 2 done');
    await page.reload();
    await expect(boxes.nth(1)).toBeChecked();
    await expect(boxes.nth(0)).not.toBeChecked();
    await expect(page.locator('nav.sidebar a[aria-current="page"] .sidebar-progress')).toHaveText(
      '1/2',
    );

    // The same lesson in German shares the progress (ids are the same in both locales).
    await page.goto(lesson('de'));
    await expect(page.locator('[data-lesson-progress] output')).toHaveText('1 von 2 erledigt');

    await page.getByRole('button', { name: 'Checkliste zurücksetzen' }).click();
    await expect(boxes.nth(1)).not.toBeChecked();
    await page.reload();
    await expect(boxes.nth(1)).not.toBeChecked();
    const stored = await page.evaluate(() => localStorage.getItem('gemini-guide:progress:v1'));
    expect(JSON.parse(stored ?? '{}')).toEqual({});
  });

  test('search finds a lesson', async ({ page }) => {
    await page.goto('/en/');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.locator('.pagefind-ui__search-input').fill('checklist');
    const result = page.locator('.pagefind-ui__result-link').first();
    await expect(result).toBeVisible();
    await expect(result).toHaveAttribute('href', /\/en\/lessons\//);
  });
});
