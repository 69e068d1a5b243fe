import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { format, localeFromPath, type Strings } from '../../src/i18n/index.ts';

const dir = new URL('../../src/i18n/', import.meta.url);
const featureFiles = readdirSync(dir).filter((file) => file.endsWith('.ts') && file !== 'index.ts');

describe('UI strings', () => {
  it('has at least one feature file', () => expect(featureFiles.length).toBeGreaterThan(0));

  for (const file of featureFiles) {
    it(`${file}: German has exactly the English keys, none empty, same placeholders`, async () => {
      const { default: strings } = (await import(new URL(file, dir).href)) as {
        default: Strings<Record<string, string>>;
      };
      expect(Object.keys(strings.de).sort()).toEqual(Object.keys(strings.en).sort());
      for (const [key, english] of Object.entries(strings.en)) {
        const german = strings.de[key] ?? '';
        expect(german.trim(), `${file}: de.${key} is empty`).not.toBe('');
        const placeholders = (text: string) =>
          [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
        expect(placeholders(german), `${file}: placeholders of ${key}`).toEqual(
          placeholders(english),
        );
      }
    });
  }

  it('finds the locale in a path and fills placeholders', () => {
    expect(localeFromPath('/de/lessons/x/')).toBe('de');
    expect(localeFromPath('/en/')).toBe('en');
    expect(localeFromPath('/')).toBe('en');
    expect(format('{done} of {total}', { done: 1, total: 3 })).toBe('1 of 3');
    expect(format('{missing}', {})).toBe('{missing}');
  });
});
