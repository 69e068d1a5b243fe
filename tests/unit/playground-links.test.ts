/**
 * Every link into the playground that the site itself contains (lessons, error pages, tools)
 * must restore cleanly: a known endpoint, a known experiment, params that parse. A broken
 * prefill link in a support answer is worse than none.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../src/lib/emulator/catalogue.ts';
import { parseJsonText } from '../../src/lib/json/user-input.ts';
import { decodeShareQuery } from '../../src/lib/playground/state.ts';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return files(path);
    return /\.(mdx?|astro|svelte|ts)$/.test(entry) ? [path] : [];
  });
}

const links = [...files('content'), ...files('src')].flatMap((file) =>
  [
    ...readFileSync(file, 'utf8').matchAll(/\/(?:en|de)\/tools\/playground\/\?([^)"'`\s>\]]+)/g),
  ].map((match) => ({ file, query: match[1]!.replace(/&amp;/g, '&') })),
);
const known = (path: string) => CATALOGUE.some((endpoint) => endpoint.path === path);

describe('links into the playground', () => {
  it('the site has some (else this test checks nothing)', () => {
    expect(links.length).toBeGreaterThan(0);
  });

  it.each(links)('$file: ?$query restores without problems', ({ query }) => {
    const { state, problems } = decodeShareQuery(query, known);
    expect(problems).toEqual([]);
    expect(Object.keys(state).length).toBeGreaterThan(0);
    if (state.params !== undefined) {
      const parsed = parseJsonText(state.params);
      expect(parsed.ok && typeof parsed.value === 'object' && !Array.isArray(parsed.value)).toBe(
        true,
      );
    }
  });
});
