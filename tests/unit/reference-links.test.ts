/**
 * Every internal link in the reference pages (FAQ, glossary, support tickets) and the error
 * reference resolves: the page exists and so does the `#anchor` on it. A page another branch is
 * still writing counts only if the brief's contracts promise it, with the anchors they promise;
 * once the page is in the checkout, its real headings are checked instead.
 * (The built site as a whole is checked by scripts/check-links.ts.)
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { locales } from '../../src/site.ts';
import { DOCUMENTED_REASONS } from '../../src/lib/errors/documented.ts';
import { reasonSlug } from '../../src/lib/errors/catalogue.ts';

const contentRoot = join('content', 'docs');

/** Pages and anchors promised by brief contracts #4–#7 (locale-free paths). */
const LESSONS = [
  'how-this-guide-works',
  'before-you-start',
  'create-api-key',
  'protect-credentials',
  'sign-first-request',
  'test-in-sandbox',
  'rate-limits',
  'websockets',
  'go-live',
  'key-leaked',
  'staying-current',
];
const CONTRACT_PAGES: Record<string, string[]> = {
  'tools/playground': [],
  'tools/payload-decoder': [],
  'tools/signature-doctor': [],
  'tools/backoff-lab': [],
  'reference/sandbox-emulator': [],
  ...Object.fromEntries(LESSONS.map((slug) => [`lessons/${slug}`, []])),
  'lessons/sign-first-request': [
    'build-payload',
    'choose-nonce',
    'encode-base64',
    'compute-signature',
    'send-headers',
  ],
};
/** Pages built from src/lib/errors/documented.ts by src/pages/[locale]/errors/[slug].astro. */
for (const { reason } of DOCUMENTED_REASONS) {
  CONTRACT_PAGES[`errors/${reasonSlug(reason)}`] = [
    'meaning',
    'causes',
    'fix',
    'reproduce',
    'sources',
  ];
}
/** Files the build publishes outside the docs (src/pages/errors.json.ts). */
const BUILT_FILES = new Set(['/errors.json']);
/** Pages whose links may carry a query string (share and prefill links). */
const QUERY_PAGES = new Set([
  'tools/playground',
  'tools/payload-decoder',
  'tools/signature-doctor',
]);

function contentFile(pagePath: string): string | undefined {
  return [join(contentRoot, `${pagePath}.mdx`), join(contentRoot, pagePath, 'index.mdx')].find(
    (file) => existsSync(file),
  );
}

/** Explicit anchors of an MDX page: `{ #id }` on headings and `id="…"` attributes. */
function anchorsOf(source: string): Set<string> {
  return new Set([
    ...[...source.matchAll(/\{ #([A-Za-z0-9_-]+)[^}]*\}/g)].map((m) => m[1]),
    ...[...source.matchAll(/\bid="([A-Za-z0-9_-]+)"/g)].map((m) => m[1]),
  ]);
}

/** Markdown link targets, ignoring code spans and fenced code. */
function linkTargets(source: string): string[] {
  const prose = source.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '');
  return [...prose.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]);
}

const myFiles = locales.flatMap((locale) => [
  ...['faq', 'glossary', 'support-tickets'].map((page) =>
    join(contentRoot, locale, 'reference', `${page}.mdx`),
  ),
  ...readdirSync(join(contentRoot, locale, 'errors'))
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => join(contentRoot, locale, 'errors', file)),
]);

describe.each(myFiles)('%s', (file) => {
  const source = readFileSync(file, 'utf8');
  const locale = file.split(/[\\/]/)[2];
  const targets = linkTargets(source);

  it('links only to pages and anchors that exist', () => {
    const problems: string[] = [];
    for (const target of targets) {
      if (/^https?:/.test(target)) {
        problems.push(`${target}: external links belong in lesson sources, not here`);
        continue;
      }
      const [beforeHash, hash] = target.split('#');
      const [path, query] = beforeHash.split('?');
      if (path === '') {
        if (hash && !anchorsOf(source).has(hash)) problems.push(`${target}: no such anchor here`);
        continue;
      }
      if (BUILT_FILES.has(path)) continue;
      const match = /^\/(en|de)\/(.*?)\/?$/.exec(path);
      if (!match || !path.endsWith('/')) {
        problems.push(`${target}: internal links are /<locale>/…/ with a trailing slash`);
        continue;
      }
      const pagePath = `${match[1]}/${match[2]}`.replace(/\/$/, '');
      const localeFree = match[2];
      if (query !== undefined && !QUERY_PAGES.has(localeFree)) {
        problems.push(`${target}: only tool pages take a query string`);
      }
      const existing = contentFile(pagePath);
      if (existing) {
        if (hash && !anchorsOf(readFileSync(existing, 'utf8')).has(hash)) {
          problems.push(`${target}: ${existing} has no anchor #${hash}`);
        }
      } else if (localeFree in CONTRACT_PAGES) {
        if (hash && !CONTRACT_PAGES[localeFree].includes(hash)) {
          problems.push(`${target}: #${hash} is not a promised anchor of ${localeFree}`);
        }
      } else {
        problems.push(`${target}: no such page`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('stays in its own locale', () => {
    const foreign = targets.filter(
      (target) => /^\/(en|de)\//.test(target) && !target.startsWith(`/${locale}/`),
    );
    expect(foreign).toEqual([]);
  });
});

describe('reference pages have the same anchors in both locales', () => {
  it.each(['faq', 'glossary', 'support-tickets'])('%s', (page) => {
    const [en, de] = locales.map((locale) =>
      [
        ...anchorsOf(readFileSync(join(contentRoot, locale, 'reference', `${page}.mdx`), 'utf8')),
      ].sort(),
    );
    expect(de).toEqual(en);
    expect(en.length).toBeGreaterThan(3);
  });
});
