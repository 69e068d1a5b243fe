/**
 * The German writers' glossary (content/GLOSSARY.de.md): one term per thing. Every form listed
 * under "nicht" is absent from German prose: the German pages, the German UI strings and the
 * German texts of the error catalogue. Code spans and fenced code are exempt.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DOCUMENTED_REASONS } from '../../src/lib/errors/documented.ts';

const root = join(import.meta.dirname, '../..');
const glossary = readFileSync(join(root, 'content/GLOSSARY.de.md'), 'utf8');

/** Rows of the table: the preferred term and the forms to avoid. */
export function glossaryRows(source: string): { term: string; avoid: string[] }[] {
  return [...source.matchAll(/^\| (?!Begriff|---)(.+?) \| (.+?) \|.*\|$/gm)].map((m) => ({
    term: m[1].trim(),
    avoid: m[2]
      .split(',')
      .map((form) => form.trim())
      .filter(Boolean),
  }));
}

/** A whole-word, case-insensitive match of a form; `Produktions*` also matches longer words. */
export function avoidPattern(form: string): RegExp {
  const prefix = form.endsWith('*');
  const escaped = form.replace(/\*$/, '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\wäöüß-])${escaped}${prefix ? '' : '(?![\\wäöüß-])'}`, 'gi');
}

/** Prose only: no fenced code, no inline code, no import lines. */
function prose(source: string): string {
  return source
    .replace(/^(\s*)(`{3,}|~{3,})[^\n]*\n[\s\S]*?^\1\2\s*$/gm, '')
    .replace(/`[^`\n]*`/g, '')
    .replace(/^import .*$/gm, '');
}

/** German strings of a src/i18n/<feature>.ts file: everything inside its `de: { … }` block. */
function germanStrings(source: string): string {
  const start = source.search(/^ {2}de: \{/m);
  return start === -1 ? '' : source.slice(start);
}

function germanTexts(): { file: string; text: string }[] {
  const docs = join(root, 'content/docs/de');
  const pages = readdirSync(docs, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => ({
      file: `content/docs/de/${file}`,
      text: prose(readFileSync(join(docs, file), 'utf8')),
    }));
  const i18n = readdirSync(join(root, 'src/i18n'))
    .filter((file) => file.endsWith('.ts') && file !== 'index.ts')
    .map((file) => ({
      file: `src/i18n/${file}`,
      text: germanStrings(readFileSync(join(root, 'src/i18n', file), 'utf8')),
    }));
  const errors = DOCUMENTED_REASONS.map((entry) => ({
    file: `src/lib/errors/documented.ts (${entry.reason})`,
    text: [entry.de.meaning, ...entry.de.causes, ...entry.de.fix].join('\n'),
  }));
  return [...pages, ...i18n, ...errors];
}

describe('German writers’ glossary', () => {
  const rows = glossaryRows(glossary);

  it('lists the terms the style guide fixes', () => {
    const terms = rows.map((row) => row.term).join('\n');
    for (const term of [
      'Konto-Schlüssel',
      'kompromittiert',
      'der Payload',
      'das Backoff',
      'Produktiv-',
      'Trading-Bot',
    ])
      expect(terms).toContain(term);
    for (const row of rows) expect(row.avoid.length, row.term).toBeGreaterThan(0);
  });

  it('finds a listed form (the check can fail)', () => {
    expect(avoidPattern('der Backoff').test('Dann greift Der Backoff.')).toBe(true);
    expect(avoidPattern('keine Payload').test('keine Payload-Inhalte')).toBe(false);
    expect(avoidPattern('Produktions*').test('ein Produktionsschlüssel')).toBe(true);
  });

  it.each(rows)('$term: no German text uses the forms to avoid', ({ avoid }) => {
    const hits: string[] = [];
    for (const { file, text } of germanTexts())
      for (const form of avoid) {
        const pattern = avoidPattern(form);
        for (const match of text.matchAll(pattern))
          hits.push(
            `${file}: “${text.slice(Math.max(0, match.index - 30), match.index + form.length + 30).replace(/\s+/g, ' ')}”`,
          );
      }
    expect(hits).toEqual([]);
  });
});
