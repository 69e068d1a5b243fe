import { describe, expect, it } from 'vitest';
import {
  LOCAL_EMULATOR_ORIGIN,
  TargetRefusedError,
  assertAllowedUrl,
  isGeminiApiPath,
  isProductionHost,
  parseTarget,
  requestUrl,
  snippetBaseUrl,
} from '../../src/lib/playground/targets.ts';

const page = 'http://127.0.0.1:4321';

describe('parseTarget', () => {
  it.each(['builtin', 'local', 'site', 'relay'])('accepts the target id %s', (id) => {
    expect(parseTarget(id)).toEqual({ ok: true, target: id });
  });

  it('maps allowlisted origins to their target', () => {
    expect(parseTarget('http://127.0.0.1:4322')).toEqual({ ok: true, target: 'local' });
    expect(parseTarget('http://localhost:4322/')).toEqual({ ok: true, target: 'local' });
    expect(parseTarget('https://api.sandbox.gemini.com')).toEqual({ ok: true, target: 'relay' });
  });

  it.each([
    'https://api.gemini.com',
    'api.gemini.com',
    'https://API.GEMINI.COM/v1/balances',
    'https://exchange.gemini.com',
    'https://gemini.com.',
  ])('refuses the production host in %s', (value) => {
    const parsed = parseTarget(value);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.refusal.code).toBe('production-host');
  });

  it('refuses hosts that are not on the allowlist, naming them', () => {
    expect(parseTarget('https://evil.example')).toEqual({
      ok: false,
      refusal: { code: 'not-allowlisted', host: 'evil.example' },
    });
    expect(parseTarget('http://127.0.0.1:9999')).toEqual({
      ok: false,
      refusal: { code: 'not-allowlisted', host: '127.0.0.1:9999' },
    });
    // A look-alike that only contains the sandbox name is not the sandbox.
    expect(parseTarget('https://api.sandbox.gemini.com.evil.example').ok).toBe(false);
  });

  it('reports a word it does not know as an unknown target', () => {
    expect(parseTarget('production')).toEqual({
      ok: false,
      refusal: { code: 'unknown-target', value: 'production' },
    });
  });
});

describe('isProductionHost', () => {
  it('knows production from sandbox', () => {
    expect(isProductionHost('api.gemini.com')).toBe(true);
    expect(isProductionHost('gemini.com')).toBe(true);
    expect(isProductionHost('api.sandbox.gemini.com')).toBe(false);
    expect(isProductionHost('notgemini.com')).toBe(false);
    expect(isProductionHost('127.0.0.1')).toBe(false);
  });
});

describe('isGeminiApiPath', () => {
  it.each(['/v1/balances', '/v1/order/new', '/v2/ticker/btcusd', '/v1/symbols/details/btcusd?x=1'])(
    'accepts %s',
    (path) => expect(isGeminiApiPath(path)).toBe(true),
  );
  it.each([
    '/',
    '/v3/balances',
    '/v1',
    '/v1/',
    '/emulator/keys',
    '/v1/../admin',
    '/v1/./balances',
    '//evil.example/v1/balances',
    '/v1/balances#x',
    '/v1/bal ances',
    'https://api.gemini.com/v1/balances',
  ])('refuses %s', (path) => expect(isGeminiApiPath(path)).toBe(false));
});

describe('requestUrl and assertAllowedUrl', () => {
  it('builds the URL of each target', () => {
    expect(requestUrl('local', '/v1/balances', page)).toBe(`${LOCAL_EMULATOR_ORIGIN}/v1/balances`);
    expect(requestUrl('relay', '/v1/balances', page)).toBe(`${page}/relay/v1/balances`);
    expect(requestUrl('site', '/v1/balances', page)).toBe(`${page}/sandbox/v1/balances`);
    expect(requestUrl('builtin', '/v1/balances', page)).toMatch(
      /^https:\/\/[^/]+\.invalid\/v1\/balances$/,
    );
  });

  it('lets key minting through on the emulators only', () => {
    expect(requestUrl('local', '/emulator/keys', page)).toBe(
      `${LOCAL_EMULATOR_ORIGIN}/emulator/keys`,
    );
    expect(requestUrl('site', '/emulator/keys', page)).toBe(`${page}/sandbox/emulator/keys`);
    expect(() => requestUrl('relay', '/emulator/keys', page)).toThrow(TargetRefusedError);
  });

  it('refuses paths outside the API', () => {
    expect(() => requestUrl('local', '/admin', page)).toThrow(TargetRefusedError);
    expect(() => requestUrl('relay', '/../v1/balances', page)).toThrow(TargetRefusedError);
  });

  it.each([
    'https://api.gemini.com/v1/balances',
    'https://api.sandbox.gemini.com/v1/balances',
    'https://evil.example/relay/v1/balances',
    `${page}/v1/balances`,
    `${page}/sandboxes/v1/balances`,
    'https://evil.example/sandbox/v1/balances',
    'http://127.0.0.1:4323/v1/balances',
    'not a url',
  ])('refuses to send to %s', (url) => {
    expect(() => assertAllowedUrl(url, page)).toThrow(TargetRefusedError);
  });

  it('snippets call the local emulator or Gemini sandbox directly', () => {
    expect(snippetBaseUrl('builtin')).toBe(LOCAL_EMULATOR_ORIGIN);
    expect(snippetBaseUrl('local')).toBe(LOCAL_EMULATOR_ORIGIN);
    expect(snippetBaseUrl('relay')).toBe('https://api.sandbox.gemini.com');
    expect(snippetBaseUrl('site', page)).toBe(`${page}/sandbox`);
  });
});
