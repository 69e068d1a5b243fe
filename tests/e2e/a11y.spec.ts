/** Accessibility sweep: every built page, light and dark, zero axe violations at WCAG 2.2 AA. */
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe.ts';
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

function builtPages(dir = 'dist'): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory())
      return entry === 'pagefind' || entry === '_astro' ? [] : builtPages(path);
    return entry === 'index.html'
      ? [`/${relative('dist', dir).split(sep).join('/')}/`.replace('//', '/')]
      : [];
  });
}

const pages = builtPages().filter((path) => path !== '/'); // `/` only redirects

for (const theme of ['light', 'dark'] as const) {
  test.describe(`axe, ${theme} theme`, () => {
    test.beforeEach(async ({ page }) => {
      await page.addInitScript((value) => localStorage.setItem('starlight-theme', value), theme);
    });
    for (const path of pages) {
      test(path, async ({ page }) => {
        await page.goto(path);
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        await expectNoAxeViolations(page);
      });
    }
  });
}
