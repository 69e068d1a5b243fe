/**
 * `npm start` (scripts/start.ts) as users run it: the shared emulator suite against its
 * same-origin mount at /sandbox (the same instance as the local emulator port), and the
 * security headers of src/site.ts on every kind of answer. Pages are checked after the build,
 * in tests/e2e/hosting.spec.ts.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY, headersFile, SECURITY_HEADERS } from '../../src/site.ts';
import { startSiteServer } from '../../scripts/lib/worker-process.ts';
import { emulatorHttpSuite, mintAt } from './emulator-http-suite.ts';

let server: Awaited<ReturnType<typeof startSiteServer>>;
let site: string;

beforeAll(async () => {
  server = await startSiteServer({ RELAY_UPSTREAM: 'http://127.0.0.1:1' });
  site = server.url;
}, 30_000);
afterAll(() => server?.stop());

emulatorHttpSuite('npm start at /sandbox', () => `${site}/sandbox`);

describe('npm start', () => {
  it('serves the same emulator instance at /sandbox and on the local port', async () => {
    const key = await mintAt(`${site}/sandbox`);
    const { signRequest } = await import('../../src/lib/signing/index.ts');
    const signed = await signRequest({
      apiKey: key.key,
      secret: key.secret,
      request: '/v1/balances',
      nonce: 1,
    });
    const response = await fetch(`${server.sandboxUrl}/v1/balances`, {
      method: 'POST',
      headers: { ...signed.headers },
    });
    expect(response.status).toBe(200);
  });

  it.each([
    '/sandbox/v1/symbols',
    '/sandbox/v9/none',
    '/relay/v9/none',
    '/no/such/page/',
    '/de/nein/',
  ])('sends the security headers on %s', async (path) => {
    const response = await fetch(`${site}${path}`);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    const csp = response.headers.get('content-security-policy');
    if (path.startsWith('/relay/')) expect(csp).toBe("default-src 'none'; sandbox");
    else expect(csp).toBe(CONTENT_SECURITY_POLICY);
  });
});

describe('the security policy (src/site.ts)', () => {
  it('is a full policy with anti-framing and no eval', () => {
    for (const directive of [
      "default-src 'self'",
      "object-src 'none'",
      "base-uri 'none'",
      "form-action 'self'",
      "frame-ancestors 'none'",
      "connect-src 'self' http://127.0.0.1:4322",
    ]) {
      expect(CONTENT_SECURITY_POLICY).toContain(directive);
    }
    expect(CONTENT_SECURITY_POLICY).not.toContain("'unsafe-eval'"); // 'wasm-unsafe-eval' (Pagefind) is not eval
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/gemini\.com/);
    expect(SECURITY_HEADERS['Referrer-Policy']).toBe('no-referrer');
  });

  it('public/_headers for static hosts is generated from it (npm run headers)', () => {
    expect(readFileSync('public/_headers', 'utf8')).toBe(headersFile());
  });
});

describe('SITE_URL and SITE_HOST (src/site.ts, the one place)', () => {
  afterAll(() => vi.unstubAllEnvs());

  it('give the canonical origin and the hosted emulator, or say what a static host lacks', async () => {
    vi.stubEnv('SITE_URL', 'https://guide.example.org/');
    vi.stubEnv('SITE_HOST', 'worker');
    vi.resetModules();
    const worker = (await import('../../src/site.ts')).site;
    expect(worker.url).toBe('https://guide.example.org');
    expect(worker.emulatorUrl).toBe('https://guide.example.org/sandbox');
    vi.stubEnv('SITE_HOST', 'static');
    vi.resetModules();
    const staticHost = (await import('../../src/site.ts')).site;
    expect(staticHost.emulatorUrl).toBeNull();
    expect(staticHost.staticHostNote).toMatch(/no relay.*no same-origin emulator/);
  });
});
