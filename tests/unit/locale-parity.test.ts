/**
 * Both locales always: the same pages, and on each page the same step ids (in order) and the
 * same checklist ids, so links and saved progress work in either language.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const docs = 'content/docs';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? files(path) : /\.mdx?$/.test(entry) ? [path] : [];
  });
}
const pages = (dir: string) => files(dir).map((path) => relative(dir, path));

/** Ids given in the source: `## Heading { #id .step }` headings and `<Check id="…">` items. */
function stableIds(source: string) {
  const headingIds = [...source.matchAll(/^#{2,6} .*\{\s*#([\w-]+)[^}]*\}\s*$/gm)].map((m) => m[1]);
  const stepIds = [...source.matchAll(/^#{2,6} .*\{\s*#([\w-]+)[^}]*\.step[^}]*\}\s*$/gm)].map(
    (m) => m[1],
  );
  const checkIds = [...source.matchAll(/<Check\s+id="([\w-]+)"/g)].map((m) => m[1]);
  return { headingIds, stepIds, checkIds };
}

const english = pages(join(docs, 'en')).sort();
const german = pages(join(docs, 'de')).sort();

describe('locale parity', () => {
  it('has the same pages in English and German', () => {
    expect(german).toEqual(english);
  });

  for (const page of english.filter((p) => german.includes(p))) {
    it(`${page}: same heading ids, step ids and checklist ids`, () => {
      const en = stableIds(readFileSync(join(docs, 'en', page), 'utf8'));
      const de = stableIds(readFileSync(join(docs, 'de', page), 'utf8'));
      expect(de).toEqual(en);
      expect(new Set(en.headingIds).size, 'heading ids are unique').toBe(en.headingIds.length);
      expect(new Set(en.checkIds).size, 'checklist ids are unique').toBe(en.checkIds.length);
    });
  }
});
