/**
 * Link and anchor check over the production build (`dist/`), with linkinator: every internal
 * href and #fragment must resolve, in both locales. External links are listed, not fetched
 * (this machine has no network, and a guide's correctness must not depend on someone's uptime).
 */
import { LinkChecker, LinkState } from 'linkinator';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = 'dist';
if (!existsSync(join(root, 'en', 'index.html'))) {
  console.error('No build found in dist/. Run `npm run build` first.');
  process.exit(2);
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return entry === 'pagefind' ? [] : htmlFiles(path);
    return entry.endsWith('.html') ? [path] : [];
  });
}

const pages = htmlFiles(root);
const external = new Set<string>();
const port = 4390 + Math.floor(Math.random() * 500);
const checker = new LinkChecker();
const result = await checker.check({
  path: pages.map((page) => relative(root, page)),
  serverRoot: root,
  port,
  recurse: true,
  checkFragments: true,
  concurrency: 20,
  linksToSkip: async (link: string) => {
    const url = new URL(link, `http://localhost:${port}/`);
    const local = url.port === String(port) && ['localhost', '127.0.0.1'].includes(url.hostname);
    if (!local) external.add(url.origin);
    return !local;
  },
});

const broken = result.links.filter((link) => link.state === LinkState.BROKEN);
const checked = result.links.filter((link) => link.state === LinkState.OK).length;
for (const link of broken) {
  const where = link.parent ?? '(seed)';
  console.error(`✖ ${where} → ${link.url} (HTTP ${link.status ?? 'no answer'})`);
}
console.log(
  `${pages.length} pages, ${checked} internal links and anchors resolve, ${broken.length} broken; ` +
    `external origins not fetched: ${[...external].sort().join(', ') || 'none'}`,
);
process.exit(broken.length === 0 ? 0 : 1);
