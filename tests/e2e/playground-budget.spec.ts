import { expect, test } from '@playwright/test';
import { BUDGETS } from '../../scripts/lib/budgets.ts';
import {
  fetchPageLoad,
  initialScripts,
  jsTotal,
  scriptLabel,
} from '../../scripts/lib/bench-weights.ts';

/** Issue #4: initial JS of the playground page within budget, Shiki excluded (it loads on demand). */
const BUDGET_BYTES = BUDGETS.playgroundInitialJsGzip;

for (const locale of ['en', 'de']) {
  test(`initial JS of the ${locale} playground page stays within ${BUDGET_BYTES / 1000} KB gzip`, async ({
    baseURL,
  }) => {
    const load = await fetchPageLoad(`${baseURL}/${locale}/tools/playground/`);
    const { initial } = await initialScripts(load);
    const measured = jsTotal(initial, load.html);
    const report = initial.map((script) => `${script.gzipBytes}\t${scriptLabel(script)}`);
    report.push(`${measured.gzipBytes}\ttotal`);
    test
      .info()
      .annotations.push({ type: 'initial JS (gzip bytes)', description: report.join('\n') });
    const names = initial.flatMap((script) => (script.url ? [new URL(script.url).pathname] : []));
    // The island must be in it (else the measurement measured nothing useful)…
    expect(names.some((name) => name.includes('PlaygroundIsland'))).toBe(true);
    // …and what loads on demand must not be: Shiki, the in-page emulator, the snippet generators.
    expect(names.join(' ')).not.toMatch(
      /shiki|highlight|core\.|engine-javascript|python|typescript|github-|emulator|snippets|SnippetsBody|hono|PlaygroundForm|PlaygroundResults|PlaygroundExtras/i,
    );
    expect(measured.gzipBytes, report.join('\n')).toBeLessThanOrEqual(BUDGET_BYTES);
  });
}
