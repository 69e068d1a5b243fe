import { expect, test } from '@playwright/test';
import { measureInitialJs } from '../../scripts/lib/initial-js.ts';

/** Issue #4: initial JS of the playground page at most 60 KB gzip, Shiki excluded (it loads on demand). */
const BUDGET_BYTES = 60_000;

for (const locale of ['en', 'de']) {
  test(`initial JS of the ${locale} playground page stays within ${BUDGET_BYTES / 1000} KB gzip`, async ({
    baseURL,
  }) => {
    const measured = await measureInitialJs(`${baseURL}/${locale}/tools/playground/`);
    const report = measured.files.map((file) => `${file.gzipBytes}\t${new URL(file.url).pathname}`);
    report.push(
      `${measured.inlineGzipBytes}\t(inline scripts)`,
      `${measured.totalGzipBytes}\ttotal`,
    );
    test
      .info()
      .annotations.push({ type: 'initial JS (gzip bytes)', description: report.join('\n') });
    // The island must be in it (else the measurement measured nothing useful)…
    expect(measured.files.some((file) => file.url.includes('PlaygroundIsland'))).toBe(true);
    // …and what loads on demand must not be: Shiki, the in-page emulator, the snippet generators.
    const names = measured.files.map((file) => new URL(file.url).pathname).join(' ');
    expect(names).not.toMatch(
      /shiki|highlight|core\.|engine-javascript|python|typescript|github-|emulator|snippets|SnippetsBody|hono/i,
    );
    expect(measured.totalGzipBytes, report.join('\n')).toBeLessThanOrEqual(BUDGET_BYTES);
  });
}
