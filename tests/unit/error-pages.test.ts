/**
 * The error reference (content/docs/<locale>/errors/) covers every reason the emulator can
 * return: one page per reason and locale, with the reason's status in the fact box, the example
 * response and the index table, plus the sections support agents link to.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import ccxt from 'ccxt';
import { describe, expect, it } from 'vitest';
import { ccxtExceptionFor, playgroundHref, statusLine } from '../../src/lib/errors/error-facts.ts';
import { REASONS, reasonSlug } from '../../src/lib/emulator/reasons.ts';
import { locales } from '../../src/site.ts';

const errorsDir = (locale: string) => join('content', 'docs', locale, 'errors');
const read = (path: string) => readFileSync(path, 'utf8');

function frontmatterValue(source: string, key: string): string | undefined {
  const frontmatter = /^---\n([\s\S]*?)\n---/.exec(source)?.[1] ?? '';
  const raw = new RegExp(`^${key}: (.*)$`, 'm').exec(frontmatter)?.[1]?.trim();
  return raw?.replace(/^'(.*)'$/, '$1').replace(/''/g, "'");
}

/** The heading ids a page declares with `{ #id }`. */
function headingIds(source: string): string[] {
  return [...source.matchAll(/^#{2,6} .*\{ #([a-z0-9-]+)[^}]*\}\s*$/gm)].map((m) => m[1]);
}

const descriptionMarker: Record<string, string> = {
  en: 'Gemini exchange API error',
  de: 'Gemini-Exchange-API-Fehler',
};

describe('reason slugs', () => {
  it('are kebab-case of the reason', () => {
    expect(reasonSlug('InvalidSignature')).toBe('invalid-signature');
    expect(reasonSlug('MissingApikeyHeader')).toBe('missing-apikey-header');
    expect(reasonSlug('AccountsOnGroupOnlyApi')).toBe('accounts-on-group-only-api');
    expect(reasonSlug('System')).toBe('system');
  });
});

describe.each(locales)('error pages (%s)', (locale) => {
  it('exist for exactly the reasons the emulator returns', () => {
    const pages = readdirSync(errorsDir(locale))
      .filter((file) => file.endsWith('.mdx') && file !== 'index.mdx')
      .map((file) => file.replace(/\.mdx$/, ''))
      .sort();
    expect(pages).toEqual(REASONS.map(({ reason }) => reasonSlug(reason)).sort());
  });

  it.each(REASONS)('$reason: title, description, status and sections', ({ reason, status }) => {
    const path = join(errorsDir(locale), `${reasonSlug(reason)}.mdx`);
    expect(existsSync(path), `${path} is missing`).toBe(true);
    const source = read(path);

    expect(frontmatterValue(source, 'title')).toBe(reason);
    const description = frontmatterValue(source, 'description') ?? '';
    expect(description).toContain(descriptionMarker[locale]);
    expect(description).toContain(reason);

    // The fact box gets the reason and the status the emulator answers with.
    const facts = /<ErrorFacts\b([\s\S]*?)\/>/.exec(source)?.[1] ?? '';
    expect(facts).toContain(`reason="${reason}"`);
    expect(facts).toMatch(new RegExp(`status=\\{${status}\\}`));

    // Every example response is a Gemini-shaped error body with this reason and status.
    const examples = [...source.matchAll(/```http[^\n]*\n([\s\S]*?)```/g)].map((m) => m[1]);
    expect(examples.length).toBeGreaterThan(0);
    for (const example of examples) {
      expect(example.split('\n')[0]).toBe(`HTTP/1.1 ${statusLine(status)}`);
      const body = JSON.parse(example.trim().split('\n').at(-1) ?? '');
      expect(body).toMatchObject({ result: 'error', reason });
      expect(typeof body.message).toBe('string');
    }

    expect(headingIds(source)).toEqual(
      expect.arrayContaining(['example', 'meaning', 'causes', 'fix', 'taught-in']),
    );
  });

  it('index lists every reason once, with its status and page link', () => {
    const index = read(join(errorsDir(locale), 'index.mdx'));
    const rows = [...index.matchAll(/^\| \[(\w+)\]\(([^)]+)\) \| (\d{3}) \|/gm)].map(
      ([, reason, href, status]) => ({ reason, href, status: Number(status) }),
    );
    expect(rows).toHaveLength(REASONS.length);
    for (const { reason, status } of REASONS) {
      expect(rows).toContainEqual({
        reason,
        href: `/${locale}/errors/${reasonSlug(reason)}/`,
        status,
      });
    }
  });
});

describe('the two locales', () => {
  it('use the same section ids on every error page', () => {
    for (const { reason } of REASONS) {
      const [en, de] = ['en', 'de'].map((locale) =>
        headingIds(read(join(errorsDir(locale), `${reasonSlug(reason)}.mdx`))),
      );
      expect(de, reason).toEqual(en);
    }
  });

  it('use the same playground links and tools in the fact box', () => {
    for (const { reason } of REASONS) {
      const [en, de] = ['en', 'de'].map(
        (locale) =>
          /<ErrorFacts\b([\s\S]*?)\/>/.exec(
            read(join(errorsDir(locale), `${reasonSlug(reason)}.mdx`)),
          )?.[1],
      );
      expect(de, reason).toBe(en);
    }
  });
});

describe('ccxt exception names', () => {
  const exchange = new ccxt.gemini();

  it.each(REASONS)('$reason matches what ccxt 4.5 throws', ({ reason, status }) => {
    const body = { result: 'error', reason, message: 'test' };
    let thrown: unknown;
    try {
      exchange.handleErrors(
        status,
        '',
        'https://api.sandbox.gemini.com/v1/x',
        'POST',
        {},
        JSON.stringify(body),
        body,
        {},
        '',
      );
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(Error);
    expect((thrown as Error).constructor.name).toBe(ccxtExceptionFor(reason).exception);
  });
});

describe('playground links', () => {
  it('carry the prefill as query parameters the playground can read back', () => {
    const params = { symbol: 'BTC/USD', type: 'exchange limit', options: ['maker-or-cancel'] };
    const href = playgroundHref('de', { endpoint: '/v1/order/new', params });
    expect(href.startsWith('/de/tools/playground/?')).toBe(true);
    const query = new URL(href, 'https://example.test').searchParams;
    expect(query.get('endpoint')).toBe('/v1/order/new');
    expect(JSON.parse(query.get('params') ?? '')).toEqual(params);
  });

  it('name an experiment, and never anything but the contract’s keys', () => {
    const href = playgroundHref('en', { experiment: 'wrong-secret' });
    expect(href).toBe('/en/tools/playground/?experiment=wrong-secret');
    expect(playgroundHref('en', {})).toBe('/en/tools/playground/');
  });
});
