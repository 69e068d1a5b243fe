/**
 * Byte budgets (issue #8). Bytes are deterministic for a given build, so these are tests, not
 * benchmarks. The rules live in scripts/lib/bench-weights.ts (shared with `npm run bench`):
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
  classifyLoad,
  initialScripts,
  isShiki,
  jsTotal,
  recordPageLoad,
  scriptLabel,
  type PageLoad,
  type ScriptPiece,
} from '../../scripts/lib/bench-weights.ts';

const KB = 1000;
const LESSON_OWN_JS_BUDGET = 10 * KB;
const PLAYGROUND_INITIAL_JS_BUDGET = 60 * KB;

interface Weighed {
  load: PageLoad;
  initial: ScriptPiece[];
  /** Owner of each of `load.scripts`. */
  owner: Map<ScriptPiece, string>;
  /** One line per script, for failure messages. */
  listing: string;
}

async function weigh(page: Page, path: string): Promise<Weighed> {
  const load = await recordPageLoad(page, path);
  expect(load.resources.find((resource) => resource.kind === 'html')?.status).toBe(200);
  const classes = classifyLoad(load);
  const { initial } = await initialScripts(load);
  const owner = new Map(load.scripts.map((script, i) => [script, classes[i].owner]));
  const listing = load.scripts
    .map((script, i) =>
      [
        classes[i].owner.padEnd(9),
        initial.includes(script) ? 'initial' : 'later  ',
        `${String(script.gzipBytes).padStart(6)} B gz`,
        scriptLabel(script),
        `(${classes[i].rule})`,
      ].join(' '),
    )
    .join('\n');
  const unknown = load.scripts.filter((script) => owner.get(script) === 'unknown');
  expect(
    unknown.map(scriptLabel),
    `scripts no ownership rule recognises; extend scripts/lib/bench-weights.ts:\n${listing}`,
  ).toEqual([]);
  return { load, initial, owner, listing };
}

for (const locale of ['en', 'de'] as const) {
  test(`a lesson page (${locale}) ships at most 10 KB gzip of our JavaScript on top of Starlight's`, async ({
    page,
  }) => {
    const { load, initial, owner, listing } = await weigh(
      page,
      `/${locale}/lessons/how-this-guide-works/`,
    );
    const own = jsTotal(
      initial.filter((script) => owner.get(script) === 'ours'),
      load.html,
    );
    // Our lesson script must be found at all, or the rule measures nothing.
    expect(own.count, `no script of ours found:\n${listing}`).toBeGreaterThan(0);
    expect(
      own.gzipBytes,
      `our initial JS on the lesson page is ${own.gzipBytes} B gzip (budget ${LESSON_OWN_JS_BUDGET}):\n${listing}`,
    ).toBeLessThanOrEqual(LESSON_OWN_JS_BUDGET);
  });
}

const PLAYGROUND = '/en/tools/playground/';

test('the playground page loads at most 60 KB gzip of JavaScript at first', async ({ page }) => {
  const { load, initial, listing } = await weigh(page, PLAYGROUND);
  // The island hydrates from initial JS only; if it did not, "initial" would be missing it.
  await expect(page.getByTestId('pipeline').first()).toBeVisible();
  expect(initial.filter((script) => isShiki(script)).map(scriptLabel)).toEqual([]);
  const initialJs = jsTotal(initial, load.html);
  expect(
    initialJs.gzipBytes,
    `initial JS on the playground is ${initialJs.gzipBytes} B gzip (budget ${PLAYGROUND_INITIAL_JS_BUDGET}):\n${listing}`,
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

  const { load } = await weigh(page, PLAYGROUND);
  await expect(page.getByTestId('pipeline').first()).toBeVisible();
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
