/**
 * Byte budgets (issue #8). Bytes are deterministic for a given build, so these are tests, not
 * benchmarks. The rules live in scripts/lib/bench-weights.ts and the budgets in
 * scripts/lib/budgets.ts (both shared with `npm run bench`):
 * - initial JS = inline scripts, `<script src>`s, the modules of islands that hydrate at load,
 *   and all they import statically; dynamic `import()`s (Pagefind's UI on idle, Shiki, the
 *   in-page emulator) are not initial. Decided by the build, so no timing is involved;
 * - gzip = each file gzipped alone at level 9, inline scripts by what they add to the gzipped
 *   HTML they travel in; 1 KB = 1000 bytes;
 * - "our JavaScript" = code from src/ plus what only our islands bring (Svelte, Shiki, Astro's
 *   island runtime); "Starlight's" = Starlight, Astro's page script, Expressive Code, Pagefind.
 *   Every script must be attributed by a rule, or the test fails.
 */
import { expect, test, type Page } from '@playwright/test';
import {
  isShiki,
  scriptLabel,
  scrollThrough,
  weighPage,
  type Weighed,
} from '../../scripts/lib/bench-weights.ts';
import { BUDGETS } from '../../scripts/lib/budgets.ts';

const LESSON_OWN_JS_BUDGET = BUDGETS.lessonOwnJsGzip;

async function weigh(page: Page, path: string): Promise<Weighed> {
  const weighed = await weighPage(page, path);
  expect(weighed.load.resources.find((resource) => resource.kind === 'html')?.status).toBe(200);
  const unknown = weighed.scripts.filter((s) => s.owner === 'unknown');
  expect(
    unknown.map((s) => scriptLabel(s.script)),
    `scripts no ownership rule recognises; extend scripts/lib/bench-weights.ts:\n${weighed.listing}`,
  ).toEqual([]);
  return weighed;
}

/** A plain lesson in both locales, and the lessons that embed an island (it hydrates when visible). */
const LESSONS = [
  '/en/lessons/how-this-guide-works/',
  '/de/lessons/how-this-guide-works/',
  '/en/lessons/sign-first-request/',
  '/en/lessons/rate-limits/',
];

for (const path of LESSONS) {
  test(`${path} ships at most ${LESSON_OWN_JS_BUDGET / 1000} KB gzip of our JavaScript on top of Starlight's`, async ({
    page,
  }) => {
    const { initialOf, listing } = await weigh(page, path);
    const own = initialOf('ours');
    // Our lesson script must be found at all, or the rule measures nothing.
    expect(own.count, `no script of ours found:\n${listing}`).toBeGreaterThan(0);
    expect(
      own.gzipBytes,
      `our initial JS on the lesson page is ${own.gzipBytes} B gzip (budget ${LESSON_OWN_JS_BUDGET}):\n${listing}`,
    ).toBeLessThanOrEqual(LESSON_OWN_JS_BUDGET);
  });
}

/** A tool's stylesheet (Scalar's is 280 KB) must load on its own page only, never site-wide. */
for (const path of ['/en/', LESSONS[0]!]) {
  test(`${path} loads at most ${BUDGETS.lessonCssGzip / 1000} KB gzip of CSS`, async ({ page }) => {
    const { load } = await weigh(page, path);
    const css = load.resources.filter((resource) => resource.kind === 'css');
    const gzipBytes = css.reduce((sum, resource) => sum + resource.gzipBytes, 0);
    const listing = css.map((resource) => `${resource.gzipBytes}\t${resource.url}`).join('\n');
    expect(css.length, 'no stylesheet measured').toBeGreaterThan(0);
    expect(gzipBytes, listing).toBeLessThanOrEqual(BUDGETS.lessonCssGzip);
  });
}

/**
 * Shiki never loads until a snippet is shown. The playground page has its own test
 * (playground-snippets.spec.ts); these are the other pages, with every island hydrated.
 */
const PAGES_WITHOUT_SHOWN_SNIPPETS = [
  '/en/',
  '/en/lessons/how-this-guide-works/',
  '/en/lessons/sign-first-request/',
  '/en/lessons/rate-limits/',
  '/en/tools/backoff-lab/',
  '/en/tools/payload-decoder/',
  '/en/tools/signature-doctor/',
  '/en/errors/invalid-signature/',
  '/de/tools/backoff-lab/',
];

/** Scripts (with their code, as a grammar chunk may be named after its language only). */
function recordScripts(page: Page): () => Promise<Array<{ url: string; text?: string }>> {
  const scripts: Array<Promise<{ url: string; text?: string }>> = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script')
      scripts.push(
        response.text().then(
          (text) => ({ url: response.url(), text }),
          () => ({ url: response.url() }),
        ),
      );
  });
  return () => Promise.all(scripts);
}

for (const path of PAGES_WITHOUT_SHOWN_SNIPPETS) {
  test(`Shiki does not load on ${path} while no snippet is shown`, async ({ page }) => {
    const scripts = recordScripts(page);
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await scrollThrough(page);
    const shiki = (await scripts()).filter((script) => isShiki(script));
    expect(shiki.map((script) => script.url)).toEqual([]);
  });
}

test('the backoff lab loads Shiki once its code is opened (so the check above can fail)', async ({
  page,
}) => {
  const scripts = recordScripts(page);
  await page.goto('/en/tools/backoff-lab/');
  await scrollThrough(page);
  expect((await scripts()).filter((script) => isShiki(script))).toEqual([]);
  await page.locator('details.code summary').first().click();
  await expect(page.locator('details.code .snippet .shiki').first()).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect((await scripts()).filter((script) => isShiki(script)).length).toBeGreaterThan(0);
});
