/**
 * llms.txt and llms-full.txt (llmstxt.org) in both locales, served from the build: the index
 * links every page of its locale and the other locale's index; the full file holds every page.
 */
import { expect, test } from '@playwright/test';
import { readdirSync } from 'node:fs';

const pagesOf = (locale: string) =>
  readdirSync(`content/docs/${locale}`, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => file.replace(/\.mdx$/, '').replace(/(^|\/)index$/, ''))
    .map((slug) => `/${locale}/${slug ? `${slug}/` : ''}`);

for (const [path, locale] of [
  ['/llms.txt', 'en'],
  ['/en/llms.txt', 'en'],
  ['/de/llms.txt', 'de'],
] as const) {
  test(`${path} links every ${locale} page and the other locale`, async ({ request }) => {
    const response = await request.get(path);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('text/plain');
    const text = await response.text();
    expect(text).toMatch(/^# .+\n\n> .+/);
    for (const page of pagesOf(locale)) expect(text, page).toContain(`${page})`);
    expect(text).toContain(`/${locale === 'en' ? 'de' : 'en'}/llms.txt`);
    expect(text).toContain(`/${locale}/llms-full.txt`);
  });
}

for (const locale of ['en', 'de']) {
  test(`/${locale}/llms-full.txt holds every ${locale} page with its samples`, async ({
    request,
  }) => {
    const response = await request.get(`/${locale}/llms-full.txt`);
    expect(response.status()).toBe(200);
    const text = await response.text();
    for (const page of pagesOf(locale))
      expect(text, page).toMatch(new RegExp(`^URL: \\S+${page.replace(/\//g, '\\/')}$`, 'm'));
    expect(text.match(/^URL: /gm)?.length).toBe(pagesOf(locale).length);
    expect(text).toContain('createHmac'); // a sample inlined from content/samples
  });
}
