/**
 * Node-only (build time and tests): reads every MDX page under content/docs/<locale>/ for the
 * link catalogue (links.ts). The support desk page calls it while Astro renders it, so the
 * catalogue always matches the content that is built.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Locale } from '../../site.ts';
import type { ContentPage } from './links.ts';

function frontmatterField(frontmatter: string, name: string): string {
  const raw = frontmatter.match(new RegExp(`^${name}:\\s*(.*)$`, 'm'))?.[1]?.trim() ?? '';
  if (raw.startsWith("'") && raw.endsWith("'")) return raw.slice(1, -1).replace(/''/g, "'");
  if (raw.startsWith('"') && raw.endsWith('"')) return JSON.parse(raw) as string;
  return raw;
}

function walk(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? walk(join(directory, entry.name))
      : /\.mdx?$/.test(entry.name) && !entry.name.startsWith('_')
        ? [join(directory, entry.name)]
        : [],
  );
}

export function readContentPages(
  root = 'content/docs',
  locales: readonly Locale[] = ['en', 'de'],
): ContentPage[] {
  return locales.flatMap((locale) =>
    walk(join(root, locale)).map((file) => {
      const source = readFileSync(file, 'utf8');
      const match = source.match(/^---\r?\n([\s\S]*?)\r?\n---\r?\n?/);
      const frontmatter = match?.[1] ?? '';
      const slug = relative(join(root, locale), file)
        .replace(/\\/g, '/')
        .replace(/\.mdx?$/, '')
        .replace(/(^|\/)index$/, '');
      return {
        locale,
        slug,
        title: frontmatterField(frontmatter, 'title'),
        description: frontmatterField(frontmatter, 'description'),
        body: source.slice(match?.[0].length ?? 0),
      };
    }),
  );
}
