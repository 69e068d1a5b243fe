/**
 * Every page exists in English and German with the same anchors: the same step ids in the same
 * order, the same checklist ids, the same lesson facts. Support links (`/de/lessons/x/#step`) and
 * saved progress (checklist ids) depend on it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const docsRoot = join(import.meta.dirname, '../../content/docs');

function pagesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.mdx?$/.test(file))
    .map((file) => relative(dir, join(dir, file)).split('\\').join('/'))
    .sort();
}

/** The source without fenced code blocks, where `## ` or `<Check` are only examples. */
function withoutCodeFences(source: string): string {
  return source.replace(/^(\s*)(`{3,}|~{3,})[^\n]*\n[\s\S]*?^\1\2\s*$/gm, '');
}

/** Headings with an id attribute: `## Title { #id .step }` → { id, step }. */
export function headingAnchors(source: string): { id: string; step: boolean }[] {
  const anchors: { id: string; step: boolean }[] = [];
  for (const match of withoutCodeFences(source).matchAll(/^#{1,6} .*\{([^}]*)\}\s*$/gm)) {
    const attributes = match[1].trim().split(/\s+/);
    const id = attributes.find((part) => part.startsWith('#'));
    if (id) anchors.push({ id: id.slice(1), step: attributes.includes('.step') });
  }
  return anchors;
}

export function stepIds(source: string): string[] {
  return headingAnchors(source)
    .filter((anchor) => anchor.step)
    .map((anchor) => anchor.id);
}

export function checkIds(source: string): string[] {
  return [...withoutCodeFences(source).matchAll(/<Check\s+id="([^"]*)"/g)].map((m) => m[1]);
}

/** Numbers and links in the frontmatter that must not differ between translations. */
export function frontmatterFacts(source: string) {
  const frontmatter = /^---\n([\s\S]*?)\n---/.exec(source)?.[1] ?? '';
  return {
    order: /^\s+order:\s*(\S+)/m.exec(frontmatter)?.[1],
    duration: /^\s+duration:\s*(\S+)/m.exec(frontmatter)?.[1],
    isLesson: /^lesson:/m.test(frontmatter),
    sources: [...frontmatter.matchAll(/^\s+href:\s*(\S+)/gm)].map((m) => m[1]),
  };
}

describe('anchor extraction', () => {
  const sample = [
    '## Build it { #build-payload .step }',
    '## Aside heading { #not-a-step }',
    '```md',
    '## In a code block { #ignored .step }',
    '<Check id="ignored-check">x</Check>',
    '```',
    '### Second { .step #choose-nonce }',
    '<Check id="payload-built">Done</Check>',
  ].join('\n');

  it('finds step ids in order, whatever the attribute order, and skips code blocks', () => {
    expect(stepIds(sample)).toEqual(['build-payload', 'choose-nonce']);
    expect(headingAnchors(sample).map((a) => a.id)).toEqual([
      'build-payload',
      'not-a-step',
      'choose-nonce',
    ]);
  });

  it('finds checklist ids outside code blocks', () => {
    expect(checkIds(sample)).toEqual(['payload-built']);
  });
});

describe('English and German pages match', () => {
  const en = pagesUnder(join(docsRoot, 'en'));
  const de = pagesUnder(join(docsRoot, 'de'));

  it('have the same pages', () => {
    expect(en.length).toBeGreaterThan(0);
    expect(de).toEqual(en);
  });

  for (const page of en.filter((file) => de.includes(file))) {
    describe(page, () => {
      const enSource = readFileSync(join(docsRoot, 'en', page), 'utf8');
      const deSource = readFileSync(join(docsRoot, 'de', page), 'utf8');

      it('has the same heading anchors and step ids, in the same order', () => {
        expect(headingAnchors(deSource)).toEqual(headingAnchors(enSource));
      });

      it('has the same checklist ids, in the same order', () => {
        expect(checkIds(deSource)).toEqual(checkIds(enSource));
      });

      it('has the same sidebar order, duration and sources', () => {
        expect(frontmatterFacts(deSource)).toEqual(frontmatterFacts(enSource));
      });

      it('uses kebab-case ids that are unique on the page', () => {
        const ids = [...headingAnchors(enSource).map((a) => a.id), ...checkIds(enSource)];
        for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
        expect(new Set(ids).size).toBe(ids.length);
      });

      it('links to pages of its own locale', () => {
        expect(enSource).not.toMatch(/\]\(\/de\/|href="\/de\//);
        expect(deSource).not.toMatch(/\]\(\/en\/|href="\/en\//);
      });
    });
  }
});
