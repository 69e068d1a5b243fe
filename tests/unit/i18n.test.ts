import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { format, localeFromPath, type Strings, type StringTree } from '../../src/i18n/index.ts';

const dir = new URL('../../src/i18n/', import.meta.url);
const featureFiles = readdirSync(dir).filter((file) => file.endsWith('.ts') && file !== 'index.ts');
const load = async (file: string) =>
  ((await import(new URL(file, dir).href)) as { default: Strings<StringTree> }).default;

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/** Differences between the English and German trees: missing keys, empty texts, placeholders. */
function parityProblems(en: StringTree, de: StringTree, path = ''): string[] {
  const problems: string[] = [];
  const keys = new Set([...Object.keys(en), ...Object.keys(de)]);
  for (const key of keys) {
    const where = path ? `${path}.${key}` : key;
    const english = en[key];
    const german = de[key];
    if (english === undefined || german === undefined) {
      problems.push(`${where}: only in ${english === undefined ? 'de' : 'en'}`);
    } else if (typeof english === 'string' || typeof german === 'string') {
      if (typeof english !== typeof german) problems.push(`${where}: a text in one locale only`);
      else if ((german as string).trim() === '' || (english as string).trim() === '')
        problems.push(`${where}: empty`);
      else if (placeholders(german as string).join() !== placeholders(english as string).join())
        problems.push(`${where}: placeholders differ`);
    } else {
      problems.push(...parityProblems(english, german, where));
    }
  }
  return problems;
}

/** Every source file under src/ outside src/i18n, as text. */
function sources(folder = new URL('../../src/', import.meta.url)): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory())
      return entry.name === 'i18n' ? [] : sources(new URL(`${entry.name}/`, folder));
    return /\.(ts|svelte|astro|mjs)$/.test(entry.name)
      ? [readFileSync(new URL(entry.name, folder), 'utf8')]
      : [];
  });
}

/** Top-level keys that no source names (`t.key`, `t['key']`, `'key'` in a typed key list). */
function unusedKeys(strings: StringTree, code: string): string[] {
  return Object.keys(strings).filter((key) => {
    const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return !new RegExp(`\\.${escaped}\\b|['"\`]${escaped}['"\`]`).test(code);
  });
}

describe('UI strings', () => {
  it('has at least one feature file', () => expect(featureFiles.length).toBeGreaterThan(0));

  for (const file of featureFiles) {
    it(`${file}: German has exactly the English keys at every depth, none empty, same placeholders`, async () => {
      const strings = await load(file);
      expect(parityProblems(strings.en, strings.de as StringTree)).toEqual([]);
    });
  }

  it('the parity check catches a missing key, an empty text and a lost placeholder', () => {
    expect(
      parityProblems(
        { a: 'A {n}', b: { x: 'X', y: 'Y' }, c: 'C' },
        { a: 'A', b: { x: ' ' }, d: 'D' },
      ).sort(),
    ).toEqual([
      'a: placeholders differ',
      'b.x: empty',
      'b.y: only in en',
      'c: only in en',
      'd: only in de',
    ]);
  });

  // astro.config.mjs reads the sidebar labels.
  const code = [
    ...sources(),
    readFileSync(new URL('../../astro.config.mjs', import.meta.url), 'utf8'),
  ].join('\n');
  for (const file of featureFiles) {
    it(`${file}: every top-level key is used somewhere in src/`, async () => {
      expect(unusedKeys((await load(file)).en, code)).toEqual([]);
    });
  }

  it('the unused check catches a key nothing names', () => {
    expect(unusedKeys({ used: 'x', neverNamed: 'y' }, 'const a = t.used;')).toEqual(['neverNamed']);
  });

  it('finds the locale in a path and fills placeholders', () => {
    expect(localeFromPath('/de/lessons/x/')).toBe('de');
    expect(localeFromPath('/en/')).toBe('en');
    expect(localeFromPath('/')).toBe('en');
    expect(format('{done} of {total}', { done: 1, total: 3 })).toBe('1 of 3');
    expect(format('{missing}', {})).toBe('{missing}');
  });
});
