import { describe, expect, it, vi } from 'vitest';
import { checkUpstream, createRelay } from '../../src/lib/playground/relay.ts';

function recordingFetch(
  response = new Response('{"ok":true}', {
    status: 200,
    headers: { 'Content-Type': 'application/json', 'Set-Cookie': 'a=b' },
  }),
) {
  const calls: Array<{ url: string; init: RequestInit }> = [];
  const fetch = vi.fn(async (url: string | URL | Request, init?: RequestInit) => {
    calls.push({ url: String(url), init: init ?? {} });
    return response.clone();
  }) as unknown as typeof globalThis.fetch;
  return { fetch, calls };
}

const signedHeaders = {
  'X-GEMINI-APIKEY': 'account-abc',
  'X-GEMINI-PAYLOAD': 'eyJ9',
  'X-GEMINI-SIGNATURE': 'ff',
  'Content-Type': 'text/plain',
  'Cache-Control': 'no-cache',
  Cookie: 'session=private',
  Origin: 'http://127.0.0.1:4321',
  Referer: 'http://127.0.0.1:4321/en/tools/playground/',
  Authorization: 'Bearer nope',
};

describe('createRelay', () => {
  it('forwards an API path to the sandbox by default, with the signing headers only', async () => {
    const { fetch, calls } = recordingFetch();
    const relay = createRelay({ fetch });
    const response = await relay(
      new Request('http://127.0.0.1:4321/relay/v1/balances', {
        method: 'POST',
        headers: signedHeaders,
        body: 'ignored',
      }),
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true });
    expect(response.headers.get('set-cookie')).toBeNull();
    expect(calls).toHaveLength(1);
    expect(calls[0]!.url).toBe('https://api.sandbox.gemini.com/v1/balances');
    expect(calls[0]!.init.body).toBeUndefined();
    const sent = new Headers(calls[0]!.init.headers);
    expect(Object.fromEntries(sent)).toEqual({
      'x-gemini-apikey': 'account-abc',
      'x-gemini-payload': 'eyJ9',
      'x-gemini-signature': 'ff',
      'content-type': 'text/plain',
      'cache-control': 'no-cache',
      'content-length': '0',
    });
  });

  it('forwards to a configured loopback upstream, query string included', async () => {
    const { fetch, calls } = recordingFetch();
    const relay = createRelay({ fetch, upstream: 'http://127.0.0.1:4322' });
    await relay(new Request('http://127.0.0.1:4321/relay/v2/ticker/btcusd?x=1'));
    expect(calls[0]!.url).toBe('http://127.0.0.1:4322/v2/ticker/btcusd?x=1');
    expect(calls[0]!.init.method).toBe('GET');
  });

  it.each([
    ['/relay/emulator/keys', 404],
    ['/relay/admin', 404],
    ['/relay/', 404],
    ['/relay/v1/%2e%2e/%2e%2e/etc/passwd', 404],
    ['/relay//api.gemini.com/v1/balances', 404],
    ['/relay/v3/balances', 404],
    ['/other/v1/balances', 404],
  ])('refuses %s with a Gemini-shaped error and sends nothing', async (path, status) => {
    const { fetch, calls } = recordingFetch();
    const relay = createRelay({ fetch });
    const response = await relay(new Request(`http://127.0.0.1:4321${path}`, { method: 'POST' }));
    expect(response.status).toBe(status);
    expect(await response.json()).toMatchObject({ result: 'error', reason: 'RelayRefused' });
    expect(calls).toHaveLength(0);
  });

  it('refuses methods other than GET and POST', async () => {
    const { fetch, calls } = recordingFetch();
    const response = await createRelay({ fetch })(
      new Request('http://127.0.0.1:4321/relay/v1/balances', { method: 'DELETE' }),
    );
    expect(response.status).toBe(405);
    expect(calls).toHaveLength(0);
  });

  it('answers 502 in Gemini shape when the upstream is unreachable', async () => {
    const fetch = (async () => {
      throw new TypeError('fetch failed');
    }) as unknown as typeof globalThis.fetch;
    const response = await createRelay({ fetch })(
      new Request('http://127.0.0.1:4321/relay/v1/balances', { method: 'POST' }),
    );
    expect(response.status).toBe(502);
    expect(await response.json()).toMatchObject({
      result: 'error',
      reason: 'RelayUpstreamUnavailable',
    });
  });

  it('does not follow or pass on redirects', async () => {
    const { fetch } = recordingFetch(
      new Response(null, { status: 302, headers: { Location: 'https://api.gemini.com/' } }),
    );
    const response = await createRelay({ fetch })(
      new Request('http://127.0.0.1:4321/relay/v1/balances', { method: 'POST' }),
    );
    expect(response.status).toBe(502);
    expect(response.headers.get('location')).toBeNull();
  });

  it('passes Gemini errors through unchanged', async () => {
    const body = '{"result":"error","reason":"InvalidSignature","message":"InvalidSignature"}';
    const { fetch } = recordingFetch(
      new Response(body, { status: 400, headers: { 'Content-Type': 'application/json' } }),
    );
    const response = await createRelay({ fetch })(
      new Request('http://127.0.0.1:4321/relay/v1/balances', { method: 'POST' }),
    );
    expect(response.status).toBe(400);
    expect(await response.text()).toBe(body);
  });

  it('never logs', async () => {
    const log = vi.spyOn(console, 'log');
    const error = vi.spyOn(console, 'error');
    const { fetch } = recordingFetch();
    await createRelay({ fetch })(
      new Request('http://127.0.0.1:4321/relay/v1/balances', {
        method: 'POST',
        headers: signedHeaders,
      }),
    );
    expect(log).not.toHaveBeenCalled();
    expect(error).not.toHaveBeenCalled();
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
