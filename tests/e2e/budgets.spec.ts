/**
 * Byte budgets (issue #8). Bytes are deterministic for a given build, so these are tests, not
 * benchmarks. What counts as "at load", how gzip is measured and whose script is whose are the
 * rules in scripts/lib/bench-weights.ts (shared with `npm run bench`, so both agree):
 * - at load = every request until the network is idle after the load event, fresh context;
 * - gzip = each file (or inline script) gzipped alone at level 9; 1 KB = 1000 bytes;
 * - "our JavaScript" = code from src/ plus what only our islands bring (Svelte, Shiki, Astro's
 *   island bootstrap); "Starlight's" = Starlight, the Astro runtime, Expressive Code, Pagefind.
 */
import { expect, test, type Page } from '@playwright/test';
import {
  classifyScript,
  isShiki,
  recordPageLoad,
  scriptLabel,
  total,
  type PageLoad,
} from '../../scripts/lib/bench-weights.ts';

const KB = 1000;
const LESSON_OWN_JS_BUDGET = 10 * KB;
const PLAYGROUND_INITIAL_JS_BUDGET = 60 * KB;

const describe = (load: PageLoad) =>
  load.scripts
    .map((script) => {
      const { owner, rule } = classifyScript(script);
      return `${owner.padEnd(9)} ${String(script.gzipBytes).padStart(6)} B gz  ${scriptLabel(script)}  (${rule})`;
    })
    .join('\n');

/** Every script must be attributed, or "ours" could silently shrink. */
function expectAllClassified(load: PageLoad) {
  const unknown = load.scripts.filter((script) => classifyScript(script).owner === 'unknown');
  expect(
    unknown.map(scriptLabel),
    `scripts no ownership rule recognises; extend scripts/lib/bench-weights.ts:\n${describe(load)}`,
  ).toEqual([]);
}

const ours = (load: PageLoad) =>
  total(load.scripts.filter((script) => classifyScript(script).owner === 'ours'));

for (const locale of ['en', 'de'] as const) {
  test(`a lesson page (${locale}) ships at most 10 KB gzip of our JavaScript on top of Starlight's`, async ({
    page,
  }) => {
    const load = await recordPageLoad(page, `/${locale}/lessons/how-this-guide-works/`);
    expectAllClassified(load);
    const own = ours(load);
    // Our lesson script must be there at all, or the rule measures nothing.
    expect(own.count, `no script of ours found:\n${describe(load)}`).toBeGreaterThan(0);
    expect(
      own.gzipBytes,
      `our JS on the lesson page is ${own.gzipBytes} B gzip (budget ${LESSON_OWN_JS_BUDGET}):\n${describe(load)}`,
    ).toBeLessThanOrEqual(LESSON_OWN_JS_BUDGET);
  });
}

const PLAYGROUND = '/en/tools/playground/';

async function loadPlayground(page: Page): Promise<PageLoad> {
  const load = await recordPageLoad(page, PLAYGROUND);
  expect(load.resources.find((resource) => resource.kind === 'html')?.status).toBe(200);
  // The island must have hydrated, or "initial JS" would miss it.
  await expect(page.getByTestId('pipeline').first()).toBeVisible();
  return load;
}

test('the playground page loads at most 60 KB gzip of JavaScript at first, Shiki excluded', async ({
  page,
}) => {
  const load = await loadPlayground(page);
  expectAllClassified(load);
  const initial = total(load.scripts.filter((script) => !isShiki(script)));
  expect(
    initial.gzipBytes,
    `initial JS on the playground is ${initial.gzipBytes} B gzip (budget ${PLAYGROUND_INITIAL_JS_BUDGET}):\n${describe(load)}`,
  ).toBeLessThanOrEqual(PLAYGROUND_INITIAL_JS_BUDGET);
});

test('Shiki loads on the playground only once the snippet panel is opened', async ({ page }) => {
  // Code is checked by contents too: a grammar chunk may be named after its language only.
  const responses: Array<Promise<{ url: string; text?: string }>> = [];
  page.on('response', (response) =>
    responses.push(
      (response.request().resourceType() === 'script'
        ? response.text().catch(() => undefined)
        : Promise.resolve(undefined)
      ).then((text) => ({ url: response.url(), text })),
    ),
  );
  const shikiSoFar = async () =>
    (await Promise.all(responses)).filter((resource) => isShiki(resource)).map((r) => r.url);

  const load = await loadPlayground(page);
  const inlineShiki = load.scripts.filter((script) => !script.url && isShiki(script));
  expect(inlineShiki.map(scriptLabel), 'no Shiki inlined into the page').toEqual([]);
  expect(await shikiSoFar(), 'Shiki must not load before a snippet is shown').toEqual([]);

  // Working with the rest of the playground does not load it either.
  await page.getByTestId('params-json').first().focus();
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.waitForLoadState('networkidle');
  expect(await shikiSoFar(), 'Shiki must not load while editing params').toEqual([]);

  await page.getByTestId('snippets').first().locator('summary').click();
  await expect(
    page.locator('[data-testid="snippets"] [data-highlighted="true"]').first(),
  ).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(
    (await shikiSoFar()).length,
    'opening the snippet panel should load Shiki (else this test proves nothing)',
  ).toBeGreaterThan(0);
});
