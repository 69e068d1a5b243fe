/**
 * The site as hosted: every built page from `npm start` (the webServer) and from the Worker in
 * local workerd answers with the security headers of src/site.ts and keeps the CSP meta tag;
 * Astro's assets are cached for good; unknown paths get their locale's 404 page; and the
 * playground works against the Worker: a hosted key minted via the target "This site's
 * emulator", and the relay target against a local fake upstream.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { CONTENT_SECURITY_POLICY } from '../../src/site.ts';
import { startFakeUpstream } from '../fixtures/fake-upstream.ts';
import { startWorker, type RunningWorker } from '../../scripts/lib/worker-process.ts';
import {
  chooseTarget,
  mintKey,
  playgroundReady,
  recordRequests,
  responseBody,
  send,
} from './playground-helpers.ts';

function builtPages(dir = 'dist'): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return builtPages(path);
    return entry === 'index.html' ? [`/${relative('dist', dir)}/`.replace('//', '/')] : [];
  });
}

async function expectHeadersOnEveryPage(request: APIRequestContext, origin: string) {
  const pages = builtPages();
  expect(pages.length).toBeGreaterThan(50);
  for (const path of pages) {
    const response = await request.get(`${origin}${path}`);
    expect(response.status(), path).toBe(200);
    const headers = response.headers();
    expect(headers['content-security-policy'], path).toBe(CONTENT_SECURITY_POLICY);
    expect(headers['x-content-type-options'], path).toBe('nosniff');
    expect(headers['referrer-policy'], path).toBe('no-referrer');
    const html = await response.text();
    expect(html, `${path} keeps its CSP meta tag`).toMatch(
      /<meta http-equiv="Content-Security-Policy" content="default-src 'self';[^"]*object-src 'none'/,
    );
  }
}

async function expectAssetsAnd404s(request: APIRequestContext, origin: string) {
  const html = await (await request.get(`${origin}/en/`)).text();
  const asset = html.match(/\/_astro\/[^"']+\.(?:css|js)/)![0];
  const cached = await request.get(`${origin}${asset}`);
  expect(cached.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  expect(cached.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
  for (const [path, lang] of [
    ['/en/no-such-page/', 'en'],
    ['/de/keine-seite/', 'de'],
  ]) {
    const missing = await request.get(`${origin}${path}`);
    expect(missing.status()).toBe(404);
    expect(missing.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(await missing.text()).toContain(`lang="${lang}"`);
  }
}

test('npm start: every page and asset has the security headers; 404s per locale', async ({
  request,
  baseURL,
}) => {
  test.setTimeout(120_000);
  await expectHeadersOnEveryPage(request, baseURL!);
  await expectAssetsAnd404s(request, baseURL!);
});

test.describe('the Worker in local workerd', () => {
  test.describe.configure({ mode: 'serial' });
  let worker: RunningWorker;
  let upstream: Awaited<ReturnType<typeof startFakeUpstream>>;

  test.beforeAll(async () => {
    test.setTimeout(150_000);
    upstream = await startFakeUpstream();
    worker = await startWorker({ relayUpstream: upstream.url });
  });
  test.afterAll(async () => {
    await worker?.stop();
    await upstream?.close();
  });

  test('every page and asset has the security headers; 404s per locale', async ({ request }) => {
    test.setTimeout(120_000);
    await expectHeadersOnEveryPage(request, worker.url);
    await expectAssetsAnd404s(request, worker.url);
  });

  test("playground: a hosted key from this site's emulator, send, 200", async ({ page }) => {
    await page.goto(`${worker.url}/en/tools/playground/`);
    await playgroundReady(page);
    const requests = recordRequests(page);
    await chooseTarget(page, /This site’s emulator/);
    await mintKey(page);
    await send(page);
    await expect(page.getByTestId('response-status')).toHaveText(/^\s*200/);
    expect(await responseBody(page)).toContainEqual(expect.objectContaining({ currency: 'USD' }));
    const paths = requests.map((r) => new URL(r.url()));
    expect(paths.every((url) => url.origin === worker.url)).toBe(true);
    expect(paths.map((url) => url.pathname)).toEqual(
      expect.arrayContaining(['/sandbox/emulator/keys', '/sandbox/v1/balances']),
    );
  });

  test('playground: the relay target through the Worker to a fake upstream, 200', async ({
    page,
  }) => {
    await page.goto(`${worker.url}/en/tools/playground/`);
    await playgroundReady(page);
    await chooseTarget(page, /Gemini sandbox/);
    await page
      .getByRole('textbox', { name: 'API key', exact: true })
      .fill('account-AAAAAAAAAAAAAAAAAAAA');
    await page
      .getByRole('textbox', { name: 'API secret', exact: true })
      .fill('BBBBBBBBBBBBBBBBBBBBBBBBBBBB');
    await page.getByRole('button', { name: 'Use this key' }).click();
    const before = upstream.requests.length;
    await send(page);
    await expect(page.getByTestId('response-status')).toHaveText(/^\s*200/);
    const sent = upstream.requests.slice(before);
    expect(sent.map((r) => `${r.method} ${r.url}`)).toEqual(['POST /v1/balances']);
    expect(sent[0]!.headers['x-gemini-apikey']).toBe('account-AAAAAAAAAAAAAAAAAAAA');
    expect(sent[0]!.headers.cookie).toBeUndefined();
    expect(sent[0]!.headers.origin).toBeUndefined();
  });
});
