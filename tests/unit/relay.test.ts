import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  checkUpstream,
  createRelay,
  RELAY_RATE_LIMIT,
  SIGNING_HEADERS,
} from '../../src/lib/relay/index.ts';
import { startFakeUpstream } from '../fixtures/fake-upstream.ts';

const SITE = 'http://127.0.0.1:4321';
const signing = {
  'X-GEMINI-APIKEY': 'account-abc',
  'X-GEMINI-PAYLOAD': 'eyJ9',
  'X-GEMINI-SIGNATURE': 'ff',
};
const extras = {
  'Content-Type': 'application/x-www-form-urlencoded',
  Cookie: 'session=private',
  Origin: SITE,
  'Sec-Fetch-Site': 'same-origin',
  Referer: `${SITE}/en/tools/playground/`,
  Authorization: 'Bearer nope',
  'X-Forwarded-For': '203.0.113.9',
  'CF-Connecting-IP': '203.0.113.9',
  'X-Custom': 'leak',
};
/** What undici itself adds to any fetch; everything else upstream must come from the relay. */
const FETCH_DEFAULTS = [
  'host',
  'connection',
  'accept',
  'accept-language',
  'accept-encoding',
  'user-agent',
  'sec-fetch-mode',
];

let upstream: Awaited<ReturnType<typeof startFakeUpstream>>;
beforeAll(async () => (upstream = await startFakeUpstream()));
afterAll(() => upstream.close());

const post = (path: string, headers: Record<string, string> = {}, body?: BodyInit) =>
  new Request(`${SITE}${path}`, { method: 'POST', headers, body, duplex: 'half' } as RequestInit);
const get = (path: string, headers: Record<string, string> = {}) =>
  new Request(`${SITE}${path}`, { headers });

async function expectRefusal(response: Response, status: number, reason: string) {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  expect(response.headers.get('content-security-policy')).toBe("default-src 'none'; sandbox");
  expect(await response.json()).toMatchObject({ result: 'error', reason });
}

describe('relay against a fake upstream', () => {
  it('forwards exactly the signing headers, no body, no cookie, no client address', async () => {
    const relay = createRelay({ upstream: upstream.url });
    const before = upstream.requests.length;
    const response = await relay(post('/relay/v1/balances', { ...signing, ...extras }, 'dropped'), {
      clientId: '198.51.100.1',
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual([{ currency: 'USD', amount: '100' }]);
    expect(response.headers.get('set-cookie')).toBeNull();
    const sent = upstream.requests.slice(before);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ method: 'POST', url: '/v1/balances', body: '' });
    const own = Object.keys(sent[0]!.headers).filter((name) => !FETCH_DEFAULTS.includes(name));
    expect(own.sort()).toEqual(
      [...SIGNING_HEADERS, 'cache-control', 'content-length', 'content-type'].sort(),
    );
    for (const [name, value] of Object.entries(signing)) {
      expect(sent[0]!.headers[name.toLowerCase()]).toBe(value);
    }
    expect(sent[0]!.headers['content-type']).toBe('text/plain');
    expect(JSON.stringify(sent[0]!.headers)).not.toMatch(/203\.0\.113|198\.51|session|leak|nope/);
  });

  it('forwards a public GET with its query string', async () => {
    const relay = createRelay({ upstream: upstream.url });
    const response = await relay(get('/relay/v2/ticker/btcusd?x=1'));
    expect(response.status).toBe(200);
    expect(response.headers.get('retry-after')).toBe('7');
    expect(upstream.requests.at(-1)).toMatchObject({ method: 'GET', url: '/v2/ticker/btcusd?x=1' });
  });

  it('never serves upstream HTML as HTML: plain text in a sandbox, no cookies', async () => {
    const response = await createRelay({ upstream: upstream.url })(get('/relay/v2/ticker/html'));
    expect(response.status).toBe(503);
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe("default-src 'none'; sandbox");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('set-cookie')).toBeNull();
  });

  it('caps the upstream body without reading it all', async () => {
    const relay = createRelay({ upstream: upstream.url, maxResponseBytes: 100_000 });
    await expectRefusal(await relay(get('/relay/v2/ticker/huge')), 502, 'RelayUpstreamTooLarge');
  });

  it.each(['stall', 'slow'])(
    'answers an upstream that goes quiet (%s) quickly with a JSON error and logs nothing',
    async (kind) => {
      const log = vi.spyOn(console, 'log');
      const error = vi.spyOn(console, 'error');
      const relay = createRelay({ upstream: upstream.url, timeoutMs: 300 });
      const started = Date.now();
      await expectRefusal(
        await relay(get(`/relay/v2/ticker/${kind}`)),
        504,
        'RelayUpstreamTimeout',
      );
      expect(Date.now() - started).toBeLessThan(2_000);
      expect(log).not.toHaveBeenCalled();
      expect(error).not.toHaveBeenCalled();
    },
  );

  it('answers 502 in Gemini shape when the upstream is unreachable', async () => {
    const relay = createRelay({ upstream: 'http://127.0.0.1:1' });
    await expectRefusal(
      await relay(post('/relay/v1/balances', signing)),
      502,
      'RelayUpstreamUnavailable',
    );
  });
});

describe('relay refusals (nothing is sent upstream)', () => {
  function recordingFetch(
    response = new Response('{}', { headers: { 'Content-Type': 'application/json' } }),
  ) {
    const calls: string[] = [];
    const fetch = (async (url: string) => {
      calls.push(String(url));
      return response.clone();
    }) as unknown as typeof globalThis.fetch;
    return { fetch, calls };
  }

  it.each([
    '/relay/emulator/keys',
    '/relay/admin',
    '/relay/',
    '/relay/v1/%2e%2e/%2e%2e/etc/passwd',
    '/relay//api.gemini.com/v1/balances',
    '/relay/v3/balances',
    '/relay/v1/not-an-endpoint',
    '/other/v1/balances',
  ])('refuses the path %s', async (path) => {
    const { fetch, calls } = recordingFetch();
    await expectRefusal(await createRelay({ fetch })(post(path, signing)), 404, 'RelayRefused');
    expect(calls).toHaveLength(0);
  });

  it.each([
    ['GET', '/relay/v1/balances'],
    ['POST', '/relay/v2/ticker/btcusd'],
    ['DELETE', '/relay/v1/balances'],
    ['PUT', '/relay/v1/order/new'],
    ['OPTIONS', '/relay/v1/balances'],
  ])('refuses %s %s: POST for private, GET for public paths', async (method, path) => {
    const { fetch, calls } = recordingFetch();
    const response = await createRelay({ fetch })(new Request(`${SITE}${path}`, { method }));
    await expectRefusal(response, 405, 'RelayRefused');
    expect(calls).toHaveLength(0);
  });

  it.each<Record<string, string>>([
    { Origin: 'https://evil.example' },
    { Origin: 'http://127.0.0.1:4322' },
    { Origin: 'null' },
    { 'Sec-Fetch-Site': 'cross-site' },
    { 'Sec-Fetch-Site': 'same-site' },
    { 'Sec-Fetch-Site': 'none' },
  ])('refuses a cross-site caller %o', async (headers) => {
    const { fetch, calls } = recordingFetch();
    const response = await createRelay({ fetch })(
      post('/relay/v1/balances', { ...signing, ...headers }),
    );
    await expectRefusal(response, 403, 'RelayRefused');
    expect(calls).toHaveLength(0);
  });

  it('serves same-origin pages and non-browser clients', async () => {
    const { fetch, calls } = recordingFetch();
    const relay = createRelay({ fetch });
    expect((await relay(post('/relay/v1/balances', { ...signing, Origin: SITE }))).status).toBe(
      200,
    );
    expect((await relay(post('/relay/v1/balances', signing))).status).toBe(200);
    expect(calls).toHaveLength(2);
  });

  it('caps request bodies and headers, declared or streamed', async () => {
    const { fetch, calls } = recordingFetch();
    const relay = createRelay({ fetch, maxRequestBytes: 1_000 });
    const big = 'x'.repeat(5_000);
    await expectRefusal(await relay(post('/relay/v1/balances', signing, big)), 413, 'RelayRefused');
    const stream = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 10; i++) controller.enqueue(new TextEncoder().encode(big));
        controller.close();
      },
    });
    await expectRefusal(
      await relay(post('/relay/v1/balances', signing, stream)),
      413,
      'RelayRefused',
    );
    const longPayload = { ...signing, 'X-GEMINI-PAYLOAD': big };
    await expectRefusal(await relay(post('/relay/v1/balances', longPayload)), 413, 'RelayRefused');
    expect(calls).toHaveLength(0);
  });

  it('limits each client below Gemini’s own rate, with Retry-After', async () => {
    const { fetch, calls } = recordingFetch();
    const relay = createRelay({ fetch });
    const one = { clientId: '198.51.100.7' };
    for (let i = 0; i < RELAY_RATE_LIMIT.perMinute; i++) {
      expect((await relay(get('/relay/v2/ticker/btcusd'), one)).status).toBe(200);
    }
    const limited = await relay(get('/relay/v2/ticker/btcusd'), one);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    await expectRefusal(limited, 429, 'RateLimit');
    expect((await relay(get('/relay/v2/ticker/btcusd'), { clientId: 'other' })).status).toBe(200);
    expect(calls).toHaveLength(RELAY_RATE_LIMIT.perMinute + 1);
    expect(RELAY_RATE_LIMIT.perMinute).toBeLessThan(120); // Gemini: public 120/min, private 600/min
  });

  it('does not follow or pass on redirects', async () => {
    const { fetch } = recordingFetch(
      new Response(null, { status: 302, headers: { Location: 'https://api.gemini.com/' } }),
    );
    const response = await createRelay({ fetch })(post('/relay/v1/balances', signing));
    expect(response.headers.get('location')).toBeNull();
    await expectRefusal(response, 502, 'RelayRefused');
  });

  it('passes Gemini errors through unchanged', async () => {
    const body = '{"result":"error","reason":"InvalidSignature","message":"InvalidSignature"}';
    const { fetch } = recordingFetch(
      new Response(body, { status: 400, headers: { 'Content-Type': 'application/json' } }),
    );
    const response = await createRelay({ fetch })(post('/relay/v1/balances', signing));
    expect(response.status).toBe(400);
    expect(await response.text()).toBe(body);
  });
});

describe('checkUpstream', () => {
  it('accepts the sandbox and loopback emulators', () => {
    expect(checkUpstream('https://api.sandbox.gemini.com/')).toBe('https://api.sandbox.gemini.com');
    expect(checkUpstream('http://127.0.0.1:4322')).toBe('http://127.0.0.1:4322');
    expect(checkUpstream('http://localhost:9000')).toBe('http://localhost:9000');
  });

  it.each([
    'https://api.gemini.com',
    'http://api.sandbox.gemini.com',
    'https://evil.example',
    'nonsense',
  ])('refuses %s with a message that says what to set', (upstream) => {
    expect(() => checkUpstream(upstream)).toThrow(/RELAY_UPSTREAM/);
    expect(() => createRelay({ upstream })).toThrow(/RELAY_UPSTREAM/);
  });
});
