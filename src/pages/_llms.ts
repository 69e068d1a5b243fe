/**
 * Shared by the llms.txt routes: the docs collection of one locale as LlmsPage objects, the
 * sidebar order, and `?raw` imports read from the page's own directory (build time, Node).
 */
import { getCollection } from 'astro:content';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { llmsFullTxt, llmsTxt, type LlmsPage } from '../lib/exports/llms.ts';
import { pagesIn } from '../sidebar.ts';
import { site, type Locale } from '../site.ts';

const OTHER: Record<Locale, { locale: Locale; label: string }> = {
  en: { locale: 'de', label: 'Deutsch' },
  de: { locale: 'en', label: 'English' },
};
/** The home page, then the sidebar's groups in their order. */
const order = () => ({
  '': ['index'],
  ...Object.fromEntries(['lessons', 'tools', 'reference', 'errors'].map((d) => [d, pagesIn(d)])),
});

async function pages(locale: Locale): Promise<Array<LlmsPage & { filePath?: string }>> {
  const entries = await getCollection(
    'docs',
    (entry) => entry.id === locale || entry.id.startsWith(`${locale}/`),
  );
  return entries.map((entry) => ({
    id: entry.id,
    title: entry.data.title,
    description: entry.data.description,
    body: entry.body ?? '',
    filePath: entry.filePath,
  }));
}

export const llmsUrls = (locale: Locale) => ({
  index: `${site.url}/${locale}/llms.txt`,
  full: `${site.url}/${locale}/llms-full.txt`,
});

export async function llmsIndex(locale: Locale): Promise<string> {
  const other = OTHER[locale];
  return llmsTxt({
    locale,
    title: site.title[locale],
    description: site.description[locale],
    siteUrl: site.url,
    pages: await pages(locale),
    order: order(),
    fullUrl: llmsUrls(locale).full,
    otherLocale: { label: other.label, url: llmsUrls(other.locale).index },
  });
}

export async function llmsFull(locale: Locale): Promise<string> {
  return llmsFullTxt({
    locale,
    title: site.title[locale],
    siteUrl: site.url,
    pages: await pages(locale),
    order: order(),
    resolveRaw: (page, importPath) => {
      const file = (page as { filePath?: string }).filePath;
      if (!file) throw new Error(`llms-full.txt: no file path for ${page.id}`);
      return readFileSync(resolve(dirname(file), importPath), 'utf8');
    },
  });
}

export const textResponse = (text: string) =>
  new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
