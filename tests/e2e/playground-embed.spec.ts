import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from '@playwright/test';
import playgroundStrings from '../../src/i18n/playground.ts';

/** Built pages that embed `<Playground mode="pipeline" …>` (the lessons do). */
function pagesWithPipelineEmbed(dir = 'dist'): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return pagesWithPipelineEmbed(path);
    return entry === 'index.html' && readFileSync(path, 'utf8').includes('/PipelineDemo.')
      ? [`/${relative('dist', dir)}/`]
      : [];
  });
}

const pages = pagesWithPipelineEmbed();

test('a lesson embed shows the live pipeline of its endpoint and opens it in the playground', async ({
  page,
}) => {
  test.skip(pages.length === 0, 'no built page embeds <Playground mode="pipeline"> yet');
  await page.goto(pages.find((path) => path.startsWith('/en/')) ?? pages[0]!);
  const embed = page.locator('.pipeline-demo').first();
  await embed.scrollIntoViewIfNeeded(); // client:visible hydrates on sight
  await expect(embed.getByTestId('stage-json')).toContainText('"request":"/v1/');
  await expect(embed).toContainText('1234abcd');
  const textarea = embed.getByRole('textbox');
  const before = await embed.getByTestId('stage-signature').textContent();
  await textarea.fill('{"showPendingBalances": true}');
  await expect(embed.getByTestId('stage-json')).toContainText('"showPendingBalances":true');
  await expect(embed.getByTestId('stage-signature')).not.toHaveText(before ?? '');
  await textarea.fill('{"showPendingBalances": tru}');
  await expect(embed.locator('.error')).toContainText('Line 1, column 25');
  const link = embed.getByRole('link', { name: /playground/i });
  expect(await link.getAttribute('href')).toMatch(
    /\/tools\/playground\/\?target=builtin&endpoint=/,
  );
});

test('a lesson embed ships only the pipeline strings, the playground page all of its own', () => {
  test.skip(pages.length === 0, 'no built page embeds <Playground mode="pipeline"> yet');
  const html = (path: string) => readFileSync(join('dist', path, 'index.html'), 'utf8');
  for (const locale of ['en', 'de'] as const) {
    const lesson = pages.find((path) => path.startsWith(`/${locale}/`));
    expect(lesson, `a ${locale} page with the embed`).toBeDefined();
    const { safetyBody, pipelineDemoLabel } = playgroundStrings[locale];
    // A playground-only string (the safety notice) is absent; the embed's own label is there.
    const probe = safetyBody.slice(0, 40);
    const has = (path: string, text: string) => html(path).includes(text);
    expect(has(lesson!, pipelineDemoLabel), `${lesson} has the embed's label`).toBe(true);
    expect(has(lesson!, probe), `${lesson} ships the playground's safety notice`).toBe(false);
    expect(has(`${locale}/tools/playground`, probe), 'the playground has it').toBe(true);
  }
});
