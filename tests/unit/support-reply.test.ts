import { describe, expect, it } from 'vitest';
import { diagnoseDesk } from '../../src/lib/support/diagnose.ts';
import { buildReply } from '../../src/lib/support/reply.ts';
import { findLink } from '../../src/lib/support/links.ts';
import supportStrings from '../../src/i18n/support.ts';
import toolStrings from '../../src/i18n/tools.ts';
import { findingMessage } from '../../src/components/tools/present.ts';
import type { Locale } from '../../src/site.ts';
import { catalogue, knownReasons } from '../fixtures/support-catalogue.ts';
import { errorTexts } from '../fixtures/error-texts.ts';
import { plainText } from '../../src/lib/errors/texts.ts';
import { NOW, PASTES, SECRET } from '../fixtures/support-pastes.ts';

const SITE = 'https://guide.example';
const diagnose = (text: string) => diagnoseDesk({ text, now: NOW, knownReasons });
const reply = (text: string, locale: Locale) =>
  buildReply(diagnose(text), {
    locale,
    siteUrl: SITE,
    catalogue,
    strings: supportStrings[locale],
    errors: errorTexts[locale],
    describeFinding: (item) => findingMessage(toolStrings[locale], item),
  });
const paste = (name: string) => PASTES.find((item) => item.name === name)!.text;
const mixed = paste('log line, ccxt exception and headers together');

/** Every link of a reply points to a page and anchor the content has, in that locale. */
function expectLiveLinks(urls: string[], locale: Locale) {
  for (const url of urls) {
    expect(url.startsWith(`${SITE}/${locale}/`), url).toBe(true);
    const { pathname, hash } = new URL(url);
    expect(
      findLink(catalogue, locale, pathname.slice(4), hash.slice(1) || undefined),
      url,
    ).toBeDefined();
  }
}

describe('reply builder', () => {
  it('writes the English reply: cause, fixes, links, never-send-a-secret', () => {
    const result = reply(mixed, 'en');
    expect(result.text.startsWith('Hello,\n')).toBe(true);
    expect(result.cause).toBe(
      `Gemini answered with InvalidNonce: ${plainText(errorTexts.en.InvalidNonce!.meaning)}`,
    );
    expect(result.fixes[0]).toBe(plainText(errorTexts.en.InvalidNonce!.fix));
    expect(result.fixes[1]).toContain('milliseconds');
    const urls = result.links.map((link) => link.url);
    expect(urls).toEqual(
      expect.arrayContaining([
        `${SITE}/en/errors/invalid-nonce/#causes`,
        `${SITE}/en/lessons/sign-first-request/#choose-nonce`,
        `${SITE}/en/reference/faq/#nonce-seconds`,
        `${SITE}/en/tools/playground/?experiment=replayed-nonce`,
      ]),
    );
    expect(urls.some((url) => url.startsWith(`${SITE}/en/tools/payload-decoder/?payload=`))).toBe(
      true,
    );
    expectLiveLinks(
      urls.filter((url) => !url.includes('?')),
      'en',
    );
    expect(result.text).toContain(supportStrings.en['reply.neverSecret']);
    for (const url of urls) expect(result.text).toContain(url);
    expect(result.text).not.toMatch(/localhost|127\.0\.0\.1/);
  });

  it('writes the German reply with German text and /de/ links, whatever the UI language', () => {
    const result = reply(mixed, 'de');
    expect(result.text.startsWith('Hallo,\n')).toBe(true);
    expect(result.cause).toBe(
      `Gemini hat mit InvalidNonce geantwortet: ${plainText(errorTexts.de.InvalidNonce!.meaning)}`,
    );
    expect(result.fixes[1]).toContain('Millisekunden');
    expect(result.text).toContain('Bitte schicken Sie uns nie Ihr API-Secret');
    const urls = result.links.map((link) => link.url);
    expect(urls).toContain(`${SITE}/de/errors/invalid-nonce/#causes`);
    expect(urls).toContain(`${SITE}/de/reference/faq/#nonce-seconds`);
    expectLiveLinks(
      urls.filter((url) => !url.includes('?')),
      'de',
    );
    expect(result.text).not.toMatch(/\/en\//);
  });

  it('gives the same links as Markdown, escaped', () => {
    const result = reply(mixed, 'en');
    for (const link of result.links) expect(result.markdown).toContain(`](${link.url})`);
    expect(result.markdown).toContain('**What to do:**');
  });

  it('every reply over the corpus links only to anchors that exist, in both locales', () => {
    for (const item of PASTES) {
      for (const locale of ['en', 'de'] as const) {
        const result = reply(item.text, locale);
        expectLiveLinks(
          result.links.map((link) => {
            const url = new URL(link.url);
            return `${url.origin}${url.pathname}${url.hash}`;
          }),
          locale,
        );
        expect(result.text, item.name).not.toContain(SECRET);
        expect(result.markdown, item.name).not.toMatch(/<script|<img/i);
        expect(result.text, item.name).toContain(supportStrings[locale]['reply.neverSecret']);
      }
    }
  });

  it('warns about a secret in the paste first, with the leaked-key step, and never repeats it', () => {
    const result = reply(
      `secret=${SECRET}\n{"result":"error","reason":"InvalidSignature","message":"InvalidSignature"}`,
      'en',
    );
    expect(result.secretWarning).toContain(`${SITE}/en/lessons/key-leaked/#revoke-key`);
    expect(result.text.indexOf(result.secretWarning!)).toBeLessThan(
      result.text.indexOf(result.cause),
    );
    expect(result.text).not.toContain(SECRET);
    expect(result.markdown).toContain(`](${SITE}/en/lessons/key-leaked/#revoke-key)`);
    // Payload + signature with InvalidSignature: the doctor link, never a request for the secret.
    const doctor = reply(paste('payload and a SHA-384 signature'), 'en');
    expect(
      doctor.links.some((link) =>
        link.url.startsWith(`${SITE}/en/tools/signature-doctor/?payload=`),
      ),
    ).toBe(true);
    expect(doctor.links.find((link) => link.url.includes('signature-doctor'))!.url).toContain(
      'signature=',
    );
  });

  it('keeps hostile text out of the reply', () => {
    const result = reply(paste('HTML and script in the reason and message'), 'en');
    expect(result.cause).toBe(supportStrings.en['reply.cause.unknownReason']);
    expect(result.text + result.markdown).not.toMatch(/<script|onerror|<img/);
  });

  it('asks for safe diagnostics when nothing points to a cause', () => {
    const result = reply('Hi, it does not work.', 'de');
    expect(result.cause).toBe(supportStrings.de['reply.cause.none']);
    expect(result.links).toEqual([]);
  });
});

describe('reply builder: a bare status', () => {
  it('reads HTTP 429 without a body as the rate limit, with the backoff step', () => {
    const result = reply('HTTP/1.1 429 Too Many Requests', 'en');
    expect(result.cause).toBe(
      `Gemini answered with HTTP 429 (RateLimit): ${plainText(errorTexts.en.RateLimit!.meaning)}`,
    );
    expect(result.links.map((link) => link.url)).toContain(
      `${SITE}/en/lessons/rate-limits/#backoff-with-jitter`,
    );
  });
});
