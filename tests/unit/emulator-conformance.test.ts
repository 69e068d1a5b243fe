/**
 * Gemini's conformance fixtures (vendored) run against the emulator, what real clients send,
 * time-based nonces both ways, and the caps of #17 finding 9 (mint throttle, cross-origin
 * mints, eviction by idleness, expiry).
 */
import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  createEmulator,
  REASONS,
  type EmulatorOptions,
  type MintedKey,
} from '../../src/lib/emulator/index.ts';
import { jsonNumberText, parseJson } from '../../src/lib/json/index.ts';
import { decodeBase64, encodeBase64, signRequest } from '../../src/lib/signing/index.ts';

const DIR = 'vendor/gemini-developer-platform/conformance';
const manifest = JSON.parse(readFileSync(`${DIR}/manifest.json`, 'utf8'));
const suite = (id: string): any[] =>
  manifest.suites
    .find((s: any) => s.id === id)
    .cases.map((name: string) => JSON.parse(readFileSync(`${DIR}/${id}/${name}.json`, 'utf8')));

function fakeClock(start: number) {
  let now = start;
  return { clock: () => now, advance: (ms: number) => (now += ms), now: () => now };
}

function harness(start = 1_700_000_000_000, options: EmulatorOptions = {}) {
  const time = fakeClock(start);
  const emulator = createEmulator({ clock: time.clock, ...options });
  async function send(headers: Record<string, string>, path: string, init: RequestInit = {}) {
    time.advance(200);
    const response = await emulator.fetch(
      new Request(`http://emulator${path}`, { method: 'POST', ...init, headers }),
    );
    return { status: response.status, headers: response.headers, body: await response.json() };
  }
  async function signed(key: MintedKey, path: string, params = {}, nonce?: number | string) {
    const { headers } = await signRequest({
      apiKey: key.key,
      secret: key.secret,
      request: path,
      nonce: nonce ?? time.now(),
      params,
    });
    return send({ ...headers }, path);
  }
  return { emulator, time, send, signed };
}

describe('Gemini conformance fixtures: HMAC request vectors', () => {
  const cases = suite('http/hmac-requests');

  it('the manifest lists every fixture file, and each case has one', () => {
    expect(cases.map((c) => c.id)).toEqual(
      manifest.suites[0].cases.map((name: string) => `http/hmac-requests/${name}`),
    );
  });

  it.each(cases.filter((c) => c.nonce.mode === 'monotonic'))(
    '$id: signed by the signing core, accepted by the emulator with the fixture key',
    async (fixture) => {
      const { emulator, send, time } = harness(Number(fixture.nonce.value) - 1_000);
      const { apiKey, apiSecret } = fixture.credentials;
      await emulator.importKey({ key: apiKey, secret: apiSecret });
      // The fixture's body holds raw JSON numbers (9007199254740993): write them exactly.
      const fields = Object.entries(fixture.request.body)
        .map(
          ([k, v]) =>
            `,${JSON.stringify(k)}:${typeof v === 'number' ? rawNumber(fixture, k) : JSON.stringify(v)}`,
        )
        .join('');
      const json = `{"request":"${fixture.request.path}","nonce":${fixture.nonce.value}${fields}}`;
      const signed = await signRequest({
        apiKey,
        secret: apiSecret,
        request: fixture.request.path,
        nonce: fixture.nonce.value,
        params: {},
        json,
      });
      const headers = { ...signed.headers } as Record<string, string>;
      for (const name of fixture.expect.headers) expect(headers[name]).toBeTruthy();
      expect(headers['X-GEMINI-APIKEY']).toBe(fixture.expect.apiKeyHeader);
      // Decoded payload: request, nonce by decimal text, each field's raw JSON value.
      const payload = parseJson(decodeBase64(headers['X-GEMINI-PAYLOAD'])) as any;
      expect(payload.request).toBe(fixture.expect.payload.request);
      expect(jsonNumberText(payload.nonce) ?? payload.nonce).toBe(fixture.expect.payload.nonce);
      for (const [name, value] of Object.entries(fixture.expect.payload.fields)) {
        const text = jsonNumberText(payload[name]);
        expect(text ?? payload[name]).toBe(
          typeof value === 'number' ? rawNumber(fixture, name) : value,
        );
      }
      // Independent HMAC: node:crypto over the base64 text, lower-case hex.
      expect(headers['X-GEMINI-SIGNATURE']).toBe(
        createHmac('sha384', apiSecret).update(headers['X-GEMINI-PAYLOAD']).digest('hex'),
      );
      time.advance(1_000);
      const answer = await send(headers, fixture.request.path);
      // Accepted by authentication: the answer is the endpoint's own (an order, or no such order).
      expect(['InvalidSignature', 'InvalidNonce', 'InvalidJson']).not.toContain(answer.body.reason);
      if (fixture.request.body.order_id !== undefined) {
        expect(answer).toMatchObject({ status: 404, body: { reason: 'OrderNotFound' } });
        expect(answer.body.message).toContain('9007199254740993'); // not rounded to …992
      } else if (fixture.request.path === '/v1/order/new') {
        expect(answer).toMatchObject({ status: 200, body: { symbol: 'btcusd', price: '1000.00' } });
      } else {
        expect(answer.body.reason).toBe('MissingOrderField');
      }
    },
  );

  it('websocket-upgrade-nonce (the new WebSocket API): payload = base64(epoch seconds), verified', () => {
    const fixture = cases.find((c) => c.nonce.mode === 'websocket');
    const nonce = String(Math.floor(Date.now() / 1000));
    const payload = encodeBase64(nonce);
    expect(decodeBase64(payload)).toMatch(/^\d{10}$/);
    const signature = createHmac('sha384', fixture.credentials.apiSecret)
      .update(payload)
      .digest('hex');
    expect(signature).toMatch(/^[0-9a-f]{96}$/);
  });
});

/** The exact text of a wide number in a fixture (JSON.parse would round it). */
function rawNumber(fixture: any, field: string): string {
  const text = readFileSync(`${DIR}/${fixture.id}.json`, 'utf8');
  return new RegExp(`"${field}"\\s*:\\s*(-?\\d+(?:\\.\\d+)?)`).exec(text)![1];
}

describe('Gemini conformance fixtures: error envelopes', () => {
  const cases = suite('http/errors');
  // How the emulator provokes each reason it answers with.
  const provoke: Record<string, (h: ReturnType<typeof harness>) => Promise<any>> = {
    InvalidNonce: async (h) => {
      const key = await h.emulator.mintKey();
      await h.signed(key, '/v1/balances', {}, h.time.now() + 10_000);
      return h.signed(key, '/v1/balances', {}, h.time.now());
    },
    MissingRole: async (h) =>
      h.signed(await h.emulator.mintKey({ roles: ['auditor'] }), '/v1/order/new'),
    InsufficientFunds: async (h) =>
      h.signed(await h.emulator.mintKey(), '/v1/order/new', {
        symbol: 'btcusd',
        amount: '1000000',
        price: '60000.00',
        side: 'buy',
        type: 'exchange limit',
      }),
    RateLimit: async (h) => {
      const key = await h.emulator.mintKey({ rateLimit: { perMinute: 1, burst: 0 } });
      const { headers } = await signRequest({
        apiKey: key.key,
        secret: key.secret,
        request: '/v1/balances',
        nonce: 1,
        params: {},
      });
      const { headers: second } = await signRequest({
        apiKey: key.key,
        secret: key.secret,
        request: '/v1/balances',
        nonce: 2,
        params: {},
      });
      await h.emulator.fetch(
        new Request('http://e/v1/balances', { method: 'POST', headers: { ...headers } }),
      );
      const response = await h.emulator.fetch(
        new Request('http://e/v1/balances', { method: 'POST', headers: { ...second } }),
      );
      return { status: response.status, headers: response.headers, body: await response.json() };
    },
    OrderNotFound: async (h) =>
      h.signed(await h.emulator.mintKey(), '/v1/order/status', { order_id: 1 }),
  };

  it.each(cases)('$id', async (fixture) => {
    const reason = fixture.expect.reason;
    if (!reason || !provoke[reason]) {
      // Reasons the emulator never answers with (terms, market closed, bare 404/500 bodies).
      expect(REASONS.map((r) => r.reason)).not.toContain(reason ?? '(none)');
      return;
    }
    const answer = await provoke[reason](harness());
    expect(answer.status).toBe(fixture.response.status);
    expect(answer.headers.get('content-type')).toMatch(/^application\/json/);
    expect(answer.body).toMatchObject({ result: 'error', reason, message: expect.any(String) });
    if (fixture.expect.retryAfterSeconds !== undefined) {
      expect(answer.headers.get('retry-after')).toMatch(/^\d+$/);
    }
  });
});

describe('Gemini conformance fixtures: lossless JSON decoding', () => {
  it.each(suite('json'))('$id', (fixture) => {
    const value = (parseJson(fixture.raw) as any)[fixture.field];
    expect(jsonNumberText(value) ?? value).toBe(fixture.expect.text);
  });
});

describe('what real clients send', () => {
  it('Content-Type: application/json with the payload also as the body (Gemini’s samples): accepted', async () => {
    const h = harness();
    const key = await h.emulator.mintKey();
    const json = `{"request":"/v1/balances","nonce":${h.time.now()}}`;
    const { headers } = await signRequest({
      apiKey: key.key,
      secret: key.secret,
      request: '/v1/balances',
      nonce: 0,
      params: {},
      json,
    });
    const answer = await h.send(
      { ...headers, 'Content-Type': 'application/json' },
      '/v1/balances',
      { body: json },
    );
    expect(answer.status).toBe(200);
  });

  it('a body that differs from the payload is ignored: the signed payload decides', async () => {
    const h = harness();
    const key = await h.emulator.mintKey();
    const { headers } = await signRequest({
      apiKey: key.key,
      secret: key.secret,
      request: '/v1/balances',
      nonce: h.time.now(),
      params: {},
    });
    const answer = await h.send(
      { ...headers, 'Content-Type': 'application/json' },
      '/v1/balances',
      {
        body: '{"request":"/v1/order/new","nonce":1}',
      },
    );
    expect(answer.status).toBe(200);
  });

  it('upper-case symbols (BTCUSD) in order payloads and paths', async () => {
    const h = harness();
    const key = await h.emulator.mintKey();
    const placed = await h.signed(key, '/v1/order/new', {
      symbol: 'BTCUSD',
      amount: '0.01',
      price: '50000.00',
      side: 'buy',
      type: 'exchange limit',
    });
    expect(placed).toMatchObject({ status: 200, body: { symbol: 'btcusd', is_live: true } });
    const book = await h.emulator.fetch(new Request('http://emulator/v1/book/BTCUSD'));
    expect(book.status).toBe(200);
  });

  it('seconds nonces (Gemini’s MCP server) on a counter key: accepted while they increase; the same second twice is refused as Gemini refuses it', async () => {
    const h = harness();
    const key = await h.emulator.mintKey();
    const seconds = Math.floor(h.time.now() / 1000);
    expect((await h.signed(key, '/v1/balances', {}, seconds)).status).toBe(200);
    const again = await h.signed(key, '/v1/balances', {}, seconds);
    expect(again).toMatchObject({ status: 400, body: { reason: 'InvalidNonce' } });
    expect(again.body.message).toBe(
      `Nonce '${seconds}' has not increased since your last call to the Gemini API.`,
    );
  });
});

describe('time-based nonces: ±30 s of server time; they need not increase', () => {
  it('the same or a smaller nonce inside the window is accepted (parallel workers, seconds)', async () => {
    const h = harness();
    const key = await h.emulator.mintKey({ timeBasedNonce: true });
    const now = Math.floor(h.time.now() / 1000);
    for (const nonce of [now, now, now - 5, now + 10, now - 29]) {
      expect((await h.signed(key, '/v1/balances', {}, nonce)).status, String(nonce)).toBe(200);
    }
  });

  it('outside the window is refused, in both directions, with Gemini’s message', async () => {
    const h = harness();
    const key = await h.emulator.mintKey({ timeBasedNonce: true });
    const now = Math.floor(h.time.now() / 1000) + 1; // the call itself advances the clock 200 ms
    for (const nonce of [now - 35, now + 35]) {
      const answer = await h.signed(key, '/v1/balances', {}, nonce);
      expect(answer).toMatchObject({ status: 400, body: { reason: 'InvalidNonce' } });
      expect(answer.body.message).toMatch(/is not within 30 seconds of server time/);
    }
  });

  it('counter keys, by contrast, must increase', async () => {
    const h = harness();
    const key = await h.emulator.mintKey();
    expect((await h.signed(key, '/v1/balances', {}, 2_000)).status).toBe(200);
    expect((await h.signed(key, '/v1/balances', {}, 1_999)).status).toBe(400);
  });
});

describe('minting caps (#17 finding 9)', () => {
  const mint = (
    emulator: ReturnType<typeof createEmulator>,
    headers: Record<string, string> = {},
    clientId = 'a',
  ) =>
    emulator.fetch(
      new Request('http://127.0.0.1:4322/emulator/keys', { method: 'POST', headers, body: '{}' }),
      { clientId },
    );

  it('throttled per client: a burst, then 429 RateLimit with Retry-After; other clients unaffected', async () => {
    const time = fakeClock(1_700_000_000_000);
    const emulator = createEmulator({ clock: time.clock, mintLimit: { perMinute: 6, burst: 3 } });
    for (let i = 0; i < 3; i++) expect((await mint(emulator)).status).toBe(200);
    const refused = await mint(emulator);
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('10');
    expect(await refused.json()).toMatchObject({ result: 'error', reason: 'RateLimit' });
    expect((await mint(emulator, {}, 'b')).status).toBe(200);
    time.advance(10_000);
    expect((await mint(emulator)).status).toBe(200);
  });

  it('cross-origin mints are refused, a simple text/plain POST included; the site and local tools may mint', async () => {
    const emulator = createEmulator({ mintOrigins: ['https://guide.example'] });
    for (const origin of ['https://evil.example', 'null', 'http://127.0.0.1.evil.example']) {
      const answer = await mint(emulator, { Origin: origin, 'Content-Type': 'text/plain' });
      expect(answer.status, origin).toBe(403);
      expect((await answer.json()).message).toMatch(/refused for pages on other origins/);
    }
    for (const headers of [
      {},
      { Origin: 'http://127.0.0.1:4321' },
      { Origin: 'http://localhost:5173' },
      { Origin: 'https://guide.example' },
    ] as Record<string, string>[]) {
      expect((await mint(emulator, headers, JSON.stringify(headers))).status).toBe(200);
    }
    // Same origin as the request itself (the hosted site's /sandbox mount).
    const same = await emulator.fetch(
      new Request('https://site.example/emulator/keys', {
        method: 'POST',
        headers: { Origin: 'https://site.example' },
      }),
    );
    expect(same.status).toBe(200);
  });

  it('eviction by idleness: a key in use survives a flood of new keys; idle keys expire', async () => {
    const time = fakeClock(1_700_000_000_000);
    const emulator = createEmulator({ clock: time.clock, maxKeys: 5, keyIdleMs: 60_000 });
    const learner = await emulator.mintKey();
    const idle = await emulator.mintKey();
    const call = async (key: MintedKey) => {
      time.advance(100);
      const { headers } = await signRequest({
        apiKey: key.key,
        secret: key.secret,
        request: '/v1/balances',
        nonce: time.now(),
        params: {},
      });
      return (
        await emulator.fetch(
          new Request('http://e/v1/balances', { method: 'POST', headers: { ...headers } }),
        )
      ).status;
    };
    for (let i = 0; i < 20; i++) {
      await emulator.mintKey();
      expect(await call(learner)).toBe(200); // keeps using its key
    }
    expect(await call(learner)).toBe(200);
    expect(await call(idle)).toBe(400); // the idle one was evicted first
    time.advance(61_000);
    await emulator.mintKey(); // expiry runs on mint
    expect(await call(learner)).toBe(400);
  });
});
