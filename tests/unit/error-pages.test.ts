/**
 * The error reference covers every reason the emulator can return (an MDX page per reason and
 * locale in content/docs/<locale>/errors/, its reason and meaning in the frontmatter) and every
 * reason only Gemini documents (src/lib/errors/documented.ts, pages built from it). Statuses
 * come from one source, the catalogue; pages do not repeat them in props.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import ccxt from 'ccxt';
import { describe, expect, it } from 'vitest';
import {
  ccxtExceptionFor,
  playgroundHref,
  statusLine,
  STATUS_TEXT,
} from '../../src/lib/errors/error-facts.ts';
import { REASONS, reasonSlug } from '../../src/lib/emulator/reasons.ts';
import { locales } from '../../src/site.ts';
import { CATALOGUE, GROUPS, entryForReason } from '../../src/lib/errors/catalogue.ts';
import { DOCUMENTED_REASONS } from '../../src/lib/errors/documented.ts';
import { catalogueJson } from '../../src/lib/errors/catalogue-json.ts';
import { errorTexts } from '../fixtures/error-texts.ts';
import { errorSchema } from '../../src/lib/errors/schema.ts';

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

    // The frontmatter names the reason; the fact box takes its status from the catalogue.
    expect(frontmatterValue(source.replace(/^error:\n {2}/m, 'error_'), 'error_reason')).toBe(
      reason,
    );
    const facts = /<ErrorFacts\b([\s\S]*?)\/>/.exec(source)?.[1] ?? '';
    expect(facts).toContain(`reason="${reason}"`);
    expect(facts).not.toMatch(/status=/);
    // A description that names a status names the catalogue's (some leave an unsettled one out).
    const named = /\(HTTP (\d{3})/.exec(description)?.[1];
    if (named) expect(Number(named)).toBe(status);

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

  it('index has a section with a table for every group, in the catalogue order', () => {
    const index = read(join(errorsDir(locale), 'index.mdx'));
    const tables = [...index.matchAll(/<ErrorTable group="([a-z-]+)" \/>/g)].map((m) => m[1]);
    expect(tables).toEqual([...GROUPS]);
    for (const group of GROUPS) expect(index).toMatch(new RegExp(`^## .*\\{ #${group} \\}$`, 'm'));
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

describe('the catalogue', () => {
  it('holds every emulator reason once and every documented-only reason once', () => {
    const reasons = CATALOGUE.map((entry) => entry.reason);
    expect(new Set(reasons).size).toBe(reasons.length);
    for (const { reason } of REASONS) expect(entryForReason(reason)?.emulated).toBe(true);
    for (const { reason } of DOCUMENTED_REASONS)
      expect(entryForReason(reason)?.emulated).toBe(false);
  });

  it('names the reasons support meets that the emulator never returns', () => {
    for (const reason of [
      'RemoteAddressForbidden',
      'ApiKeyIpFilteringFailure',
      'Maintenance',
      'MarketNotOpen',
      'InvalidApiKey',
      'NoSSL',
      'InvalidStopPrice',
    ])
      expect(entryForReason(reason)?.emulated, reason).toBe(false);
    expect(entryForReason('ApiKeyIpFilteringFailure')?.status).toBe(403);
    expect(entryForReason('Maintenance')?.status).toBe(503);
  });

  it.each(DOCUMENTED_REASONS)('$reason: text in both locales, a known status, sources', (entry) => {
    expect(STATUS_TEXT[entry.status], entry.reason).toBeDefined();
    expect(entry.sources.length).toBeGreaterThan(0);
    for (const locale of ['en', 'de'] as const) {
      expect(entry[locale].meaning.length).toBeGreaterThan(10);
      expect(entry[locale].causes.length).toBeGreaterThan(0);
      expect(entry[locale].fix.length).toBeGreaterThan(0);
    }
    expect(entry.de.causes).toHaveLength(entry.en.causes.length);
    expect(entry.de.fix).toHaveLength(entry.en.fix.length);
  });

  it('the frontmatter schema accepts emulator reasons and refuses others', () => {
    expect(
      errorSchema.safeParse({
        reason: 'InvalidNonce',
        meaning: 'A nonce problem.',
        fix: 'Send a larger nonce.',
      }).success,
    ).toBe(true);
    expect(
      errorSchema.safeParse({ reason: 'InvalidNonce', meaning: 'A nonce problem.' }).success,
      'fix is required',
    ).toBe(false);
    expect(
      errorSchema.safeParse({
        reason: 'Maintenance',
        meaning: 'Documented only.',
        fix: 'Wait for the end.',
      }).success,
    ).toBe(false);
    expect(
      errorSchema.safeParse({ reason: 'NoSuchReason', meaning: 'Not a reason.' }).success,
    ).toBe(false);
  });

  it('every reason the emulator returns has its meaning and fix once, on its page, in both locales', () => {
    for (const locale of ['en', 'de'] as const) {
      expect(Object.keys(errorTexts[locale]).sort(), locale).toEqual(
        REASONS.map(({ reason }) => reason).sort(),
      );
      for (const { reason } of REASONS) {
        const text = errorTexts[locale][reason]!;
        expect(text.meaning.length, `${locale} ${reason}`).toBeGreaterThan(10);
        expect(text.fix.length, `${locale} ${reason}`).toBeGreaterThan(10);
        expect(text.fix, `${locale} ${reason}: one sentence`).toMatch(/[.!]$/);
      }
    }
  });

  it('/errors.json lists every reason with its meaning, fix and pages in both locales', () => {
    const { reasons } = catalogueJson('https://guide.example', errorTexts);
    expect(reasons).toHaveLength(CATALOGUE.length);
    const maintenance = reasons.find((entry) => entry.reason === 'Maintenance')!;
    expect(maintenance).toMatchObject({
      status: 503,
      emulated: false,
      retry: 'later',
      pages: {
        en: 'https://guide.example/en/errors/maintenance/',
        de: 'https://guide.example/de/errors/maintenance/',
      },
    });
    expect(maintenance.fix.en.length).toBeGreaterThan(0);
    expect(maintenance.fix.de.join(' ')).not.toBe(maintenance.fix.en.join(' '));
    const nonce = reasons.find((entry) => entry.reason === 'InvalidNonce')!;
    expect(nonce.fix).toEqual({
      en: [errorTexts.en.InvalidNonce!.fix],
      de: [errorTexts.de.InvalidNonce!.fix],
    });
    expect(() => catalogueJson('https://guide.example', { en: {}, de: {} })).toThrow(
      /no en meaning/,
    );
  });
});

describe('ccxt exception names', () => {
  const exchange = new ccxt.gemini();

  it.each(CATALOGUE)('$reason matches what ccxt 4.5 throws', ({ reason, status }) => {
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
