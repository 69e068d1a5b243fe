/**
 * Sidebar groups read from `content/docs/en/<dir>/`. Starlight's own `autogenerate` assumes the
 * docs live in `src/content/docs/`; ours live in `content/docs/`, so we list the pages ourselves
 * and let Starlight localize each slug (titles come from each locale's page).
 * Node-only: used by astro.config.mjs at build time.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const docsRoot = 'content/docs/en';

/** `sidebar: { order: N }` from a page's frontmatter; pages without one sort last. */
function sidebarOrder(source: string): number {
  const frontmatter = /^---\n([\s\S]*?)\n---/.exec(source)?.[1] ?? '';
  const order = /^sidebar:\s*\n(?:[ \t]+.*\n)*?[ \t]+order:\s*(-?\d+)/m.exec(
    frontmatter + '\n',
  )?.[1];
  return order === undefined ? Number.MAX_SAFE_INTEGER : Number(order);
}

/** The slugs of the pages in one directory, by sidebar order, then by file name. */
export function pagesIn(directory: string): string[] {
  if (!existsSync(join(docsRoot, directory))) return [];
  return readdirSync(join(docsRoot, directory))
    .filter((file) => /\.mdx?$/.test(file))
    .map((file) => {
      const name = file.replace(/\.mdx?$/, '');
      return {
        slug: name === 'index' ? directory : `${directory}/${name}`,
        order:
          name === 'index'
            ? -1
            : sidebarOrder(readFileSync(join(docsRoot, directory, file), 'utf8')),
        name,
      };
    })
    .sort((a, b) => a.order - b.order || a.name.localeCompare(b.name))
    .map((page) => page.slug);
}
