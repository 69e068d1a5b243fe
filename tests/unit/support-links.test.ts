import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findLink, headingsOf, inLocale, searchLinks } from '../../src/lib/support/links.ts';
import { REASONS } from '../../src/lib/emulator/reasons.ts';
import { EXPERIMENT_IDS } from '../../src/lib/playground/experiments.ts';
import { catalogue } from '../fixtures/support-catalogue.ts';

describe('link catalogue (built from the content)', () => {
  it('reads explicit heading ids, marks steps, and skips fenced code', () => {
    const body =
      '## Build it { #build-payload .step }\n```md\n## Not a heading { #fake }\n```\n### FAQ? { #faq-one }\n## No id';
    expect(headingsOf(body)).toEqual([
      { id: 'build-payload', title: 'Build it', step: true },
      { id: 'faq-one', title: 'FAQ?', step: false },
    ]);
  });

  it('lists every lesson step, FAQ answer and error section in both locales', () => {
    for (const locale of ['en', 'de'] as const) {
      expect(findLink(catalogue, locale, 'lessons/sign-first-request', 'choose-nonce')?.kind).toBe(
        'step',
      );
      expect(findLink(catalogue, locale, 'reference/faq', 'leaked-key')?.kind).toBe('faq');
      expect(findLink(catalogue, locale, 'errors/invalid-nonce', 'causes')?.kind).toBe('section');
      expect(findLink(catalogue, locale, 'lessons/key-leaked', 'revoke-key')).toBeDefined();
      expect(
        findLink(catalogue, locale, 'lessons/sign-first-request', 'no-such-step'),
      ).toBeUndefined();
      for (const id of EXPERIMENT_IDS) {
        expect(
          catalogue.entries.some(
            (entry) =>
              entry.locale === locale &&
              entry.kind === 'experiment' &&
              entry.path.endsWith(`experiment=${id}`),
          ),
        ).toBe(true);
      }
    }
  });

  it('offers only anchors whose heading is in the page source', () => {
    for (const entry of catalogue.entries.filter((item) => item.anchor)) {
      const slug = entry.path.slice(4, -1);
      const file = `content/docs/${entry.locale}/${slug}`;
      const source = existsSync(`${file}.mdx`)
        ? readFileSync(`${file}.mdx`, 'utf8')
        : readFileSync(`${file}/index.mdx`, 'utf8');
      expect(source, `${entry.path}#${entry.anchor}`).toMatch(
        new RegExp(`\\{\\s*#${entry.anchor}[\\s.}]`),
      );
    }
  });

  it("has the fact box of every emulator reason's error page", () => {
    for (const { reason } of REASONS) {
      const facts = Object.values(catalogue.errors).find((item) => item.reason === reason);
      expect(facts, reason).toBeDefined();
    }
  });

  it('searches by words, by kind and gives the same link in the other locale', () => {
    const hits = searchLinks(catalogue, 'en', 'nonce choose', ['step']);
    expect(hits.map((entry) => `${entry.path}#${entry.anchor}`)).toContain(
      '/en/lessons/sign-first-request/#choose-nonce',
    );
    const german = inLocale(catalogue, hits[0]!, 'de');
    expect(german?.path).toBe('/de/lessons/sign-first-request/');
    expect(german?.anchor).toBe(hits[0]!.anchor);
    expect(searchLinks(catalogue, 'de', 'zzzz-nothing')).toEqual([]);
  });
});
