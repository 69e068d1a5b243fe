/**
 * llms-full.txt's converter on every real docs page of both locales: samples inlined, MDX
 * imports and the components they bring gone, heading attributes gone, links absolute, and
 * fenced code untouched.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mdxToMarkdown } from '../../src/lib/exports/llms.ts';

const docs = resolve(import.meta.dirname, '../../content/docs');
const SITE = 'https://guide.example';
const files = readdirSync(docs, { recursive: true, encoding: 'utf8' }).filter((f) =>
  f.endsWith('.mdx'),
);

/** Lines outside fenced code. */
const prose = (markdown: string) =>
  markdown
    .split(/^```[^\n]*\n[\s\S]*?^```$/m)
    .filter((_, i) => i % 2 === 0)
    .join('\n');

describe('mdxToMarkdown', () => {
  it('covers both locales', () => {
    expect(files.filter((f) => f.startsWith('en/')).length).toBeGreaterThan(10);
    expect(files.filter((f) => f.startsWith('de/')).length).toBe(
      files.filter((f) => f.startsWith('en/')).length,
    );
  });

  it.each(files)('%s', (file) => {
    const path = join(docs, file);
    const body = readFileSync(path, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
    const markdown = mdxToMarkdown(
      body,
      (importPath) => readFileSync(resolve(dirname(path), importPath), 'utf8'),
      SITE,
    );
    const text = prose(markdown);
    expect(text).not.toMatch(/^import\s.+\sfrom\s/m);
    const components = [...body.matchAll(/^import\s+(\w+)\s+from\s+'[^']*\.astro'/gm)].map(
      (m) => m[1],
    );
    for (const name of components) expect(text).not.toContain(`<${name}`);
    expect(text).not.toMatch(/\{\s*#[\w-]+[^}]*\}\s*$/m);
    expect(text).not.toMatch(/\]\(\/(en|de)\//);
    expect(text).not.toMatch(/^ {4,}\S/m); // nothing turns into an indented code block
    for (const [, raw] of body.matchAll(/from '([^']+)\?raw'/g)) {
      const sample = readFileSync(resolve(dirname(path), raw), 'utf8').trim();
      if (body.includes(`code={`)) expect(markdown, raw).toContain(sample.split('\n')[0]);
    }
  });

  it('keeps fenced code exactly, turns checklists and asides into Markdown', () => {
    const fenced = ['```ts', "import x from 'y';", '    <Check id="a">kept</Check>', '```'];
    const body = [
      "import { Aside } from '@astrojs/starlight/components';",
      "import { Checklist, Check } from '~/components/lesson';",
      '',
      '## Step { #step .step }',
      '',
      '<Aside type="caution" title="Careful">',
      '  See [the FAQ](/en/reference/faq/).',
      '</Aside>',
      '',
      ...fenced,
      '',
      '<Checklist>',
      '  <Check id="done">I did it.</Check>',
      '</Checklist>',
    ].join('\n');
    expect(mdxToMarkdown(body, () => '', SITE)).toBe(
      [
        '## Step',
        '',
        '**Careful**',
        '',
        `  See [the FAQ](${SITE}/en/reference/faq/).`,
        '',
        ...fenced,
        '',
        '- [ ] I did it.',
      ].join('\n'),
    );
  });
});
