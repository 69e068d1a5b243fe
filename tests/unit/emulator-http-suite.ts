/**
 * The emulator over HTTP, as a suite any host must pass: `npm start`'s same-origin mount
 * (tests/unit/site-server.test.ts) and the Worker with its Durable Objects
 * (tests/unit/worker.test.ts) both call `emulatorHttpSuite` with their base URL (`<origin>/sandbox`).
 * It covers minting, signed calls, the revoke drill, orders, CCXT's gemini client, bad input (always Gemini-shaped
 * JSON, never a 500 or a stack trace), the same signed request from many connections at once
 * (exactly one success) and a burst over the limit (queued, then 429).
 */
import ccxt from 'ccxt';
import { describe, expect, it } from 'vitest';
import type { KeyOptions, MintedKey } from '../../src/lib/emulator/index.ts';
import { signRequest } from '../../src/lib/signing/index.ts';

export async function mintAt(
  base: string,
  options: KeyOptions = {},
  headers: Record<string, string> = {},
): Promise<MintedKey> {
  const response = await fetch(`${base}/emulator/keys`, {
    method: 'POST',
    headers,
    body: JSON.stringify(options),
  });
  expect(response.status).toBe(200);
  return response.json();
}

export async function signedPost(
  base: string,
  key: MintedKey,
  request: string,
  nonce: number,
  params: Record<string, unknown> = {},
) {
  const signed = await signRequest({
    apiKey: key.key,
    secret: key.secret,
    request,
    nonce,
    params,
  });
  return { url: `${base}${request}`, init: { method: 'POST', headers: { ...signed.headers } } };
}

async function expectGeminiError(response: Response, reason?: string) {
  const text = await response.text();
  expect(response.status, text).toBeGreaterThanOrEqual(400);
  expect(response.status, text).toBeLessThan(500);
  expect(text).not.toMatch(/\n\s+at |Error:/);
  const body = JSON.parse(text);
  expect(body).toMatchObject({ result: 'error', reason: expect.any(String) });
  expect(typeof body.message).toBe('string');
  if (reason) expect(body.reason).toBe(reason);
}

export function emulatorHttpSuite(name: string, base: () => string) {
  // Generous timeouts: CI machines are slow, and the burst test waits for its queue on purpose.
  describe(`the emulator over HTTP: ${name}`, { timeout: 30_000 }, () => {
    it('serves public market data and mints keys', async () => {
      const symbols = await fetch(`${base()}/v1/symbols`);
      expect(symbols.status).toBe(200);
      expect(await symbols.json()).toContain('btcusd');
      const key = await mintAt(base());
      expect(key.key).toMatch(/^account-[A-Za-z0-9]{20}$/);
      expect(key.secret).toMatch(/^[A-Za-z0-9]{28}$/);
    });

    it('answers signed calls; a reused nonce is InvalidNonce, a wrong signature InvalidSignature', async () => {
      const key = await mintAt(base());
      const first = await signedPost(base(), key, '/v1/balances', 1);
      const ok = await fetch(first.url, first.init);
      expect(ok.status).toBe(200);
      expect(await ok.json()).toContainEqual(expect.objectContaining({ currency: 'USD' }));
      await expectGeminiError(await fetch(first.url, first.init), 'InvalidNonce');
      const forged = await signedPost(
        base(),
        { ...key, secret: 'x'.repeat(28) },
        '/v1/balances',
        2,
      );
      await expectGeminiError(await fetch(forged.url, forged.init), 'InvalidSignature');
    });

    it('the revoke drill: only a call signed with the key revokes it; the next call fails', async () => {
      // Its own client address: the Worker mints 10 keys a minute per client, and the suite's
      // other tests use those of the default one (Node ignores the header).
      const key = await mintAt(base(), {}, { 'CF-Connecting-IP': '198.51.100.50' });
      const balances = await signedPost(base(), key, '/v1/balances', 1);
      expect((await fetch(balances.url, balances.init)).status).toBe(200);
      // Other sites may not revoke (as for minting), nor may a wrong secret: the key survives.
      const foreign = await signedPost(base(), key, '/emulator/keys/revoke', 2);
      const refused = await fetch(foreign.url, {
        ...foreign.init,
        headers: { ...foreign.init.headers, Origin: 'https://evil.example' },
      });
      expect(refused.status).toBe(403);
      await expectGeminiError(refused, 'MissingRole');
      const forged = await signedPost(
        base(),
        { ...key, secret: 'x'.repeat(28) },
        '/emulator/keys/revoke',
        3,
      );
      await expectGeminiError(await fetch(forged.url, forged.init), 'InvalidSignature');
      const still = await signedPost(base(), key, '/v1/balances', 4);
      expect((await fetch(still.url, still.init)).status).toBe(200);

      const revoke = await signedPost(base(), key, '/emulator/keys/revoke', 5);
      const revoked = await fetch(revoke.url, revoke.init);
      expect(revoked.status).toBe(200);
      expect(await revoked.json()).toMatchObject({ result: 'ok', key: key.key, revoked: true });
      const after = await signedPost(base(), key, '/v1/balances', 6);
      const failed = await fetch(after.url, after.init);
      expect(failed.status).toBe(400);
      const body = await failed.json();
      expect(body).toMatchObject({ result: 'error', reason: 'InvalidSignature' });
      expect(body.message).toContain('knows no such key');
      await expectGeminiError(await fetch(`${base()}/emulator/keys/revoke`), 'EndpointNotFound');
    });

    it('places and cancels an order', async () => {
      const key = await mintAt(base());
      const order = await signedPost(base(), key, '/v1/order/new', 1, {
        symbol: 'btcusd',
        amount: '0.01',
        price: '50000',
        side: 'buy',
        type: 'exchange limit',
      });
      const placed = await fetch(order.url, order.init);
      expect(placed.status).toBe(200);
      const { order_id } = await placed.json();
      const cancel = await signedPost(base(), key, '/v1/order/cancel', 2, { order_id });
      const cancelled = await fetch(cancel.url, cancel.init);
      expect(await cancelled.json()).toMatchObject({ is_cancelled: true });
    });

    it('answers bad input with Gemini-shaped JSON errors, never a 500 or a stack trace', async () => {
      const key = await mintAt(base());
      const deep = `{"request":"/v1/balances","nonce":${'['.repeat(5000)}1${']'.repeat(5000)}}`;
      const cases: Array<[string, RequestInit]> = [
        ['/v1/balances', { method: 'POST' }],
        ['/v1/balances', { method: 'GET' }],
        ['/v1/symbols', { method: 'POST' }],
        ['/v9/nothing', { method: 'GET' }],
        ['/emulator/keys', { method: 'POST', body: '{not json' }],
        ['/emulator/keys', { method: 'POST', body: '{"roles":["wizard"]}' }],
        ['/emulator/keys', { method: 'POST', body: 'x'.repeat(200_000) }],
        [
          '/v1/balances',
          {
            method: 'POST',
            headers: {
              'X-GEMINI-APIKEY': key.key,
              'X-GEMINI-PAYLOAD': '%%%not-base64',
              'X-GEMINI-SIGNATURE': 'zz',
            },
          },
        ],
        [
          '/v1/balances',
          {
            method: 'POST',
            headers: {
              'X-GEMINI-APIKEY': 'x'.repeat(5000),
              'X-GEMINI-PAYLOAD': 'e30=',
              'X-GEMINI-SIGNATURE': 'ff',
            },
          },
        ],
      ];
      for (const [path, init] of cases)
        await expectGeminiError(await fetch(`${base()}${path}`, init));
      const nested = btoa(deep);
      const signature = (
        await signRequest({
          apiKey: key.key,
          secret: key.secret,
          request: '/v1/balances',
          nonce: 1,
          json: deep,
        })
      ).signature;
      const response = await fetch(`${base()}/v1/balances`, {
        method: 'POST',
        headers: {
          'X-GEMINI-APIKEY': key.key,
          'X-GEMINI-PAYLOAD': nested,
          'X-GEMINI-SIGNATURE': signature,
        },
      });
      expect(response.status).toBeLessThan(600); // the emulator's depth bound is its own (#17.5)
      expect(await response.text()).not.toMatch(/\n\s+at /);
    });

    it('the same signed request from many connections at once: exactly one succeeds', async () => {
      const key = await mintAt(base());
      const { url, init } = await signedPost(base(), key, '/v1/balances', 42);
      // 12: within the key's 600/min bucket (10 now + 5 queued), so only the nonce decides.
      const responses = await Promise.all(Array.from({ length: 12 }, () => fetch(url, init)));
      const bodies = await Promise.all(responses.map((r) => r.json()));
      expect(responses.filter((r) => r.status === 200)).toHaveLength(1);
      const refused = bodies.filter((b) => b.reason === 'InvalidNonce');
      expect(refused).toHaveLength(11);
    });

    it('a burst over the limit is served now, then queued, then refused with 429', async () => {
      // 120/min: a one-second bucket of 2, plus 2 queued; time-based nonces may repeat.
      const key = await mintAt(base(), {
        timeBasedNonce: true,
        rateLimit: { perMinute: 120, burst: 2 },
      });
      const nonce = Math.floor(Date.now() / 1000);
      const { url, init } = await signedPost(base(), key, '/v1/balances', nonce);
      const started = Date.now();
      const timed = await Promise.all(
        Array.from({ length: 10 }, async () => {
          const response = await fetch(url, init);
          return { status: response.status, ms: Date.now() - started, body: await response.json() };
        }),
      );
      const served = timed.filter((t) => t.status === 200);
      const limited = timed.filter((t) => t.status === 429);
      expect(served).toHaveLength(4);
      expect(limited).toHaveLength(6);
      expect(limited.every((t) => t.body.reason === 'RateLimit')).toBe(true);
      const slowest = Math.max(...served.map((t) => t.ms));
      expect(slowest).toBeGreaterThanOrEqual(400); // the queued ones waited their turn
    });

    it("CCXT's gemini client: markets, balance, an order", async () => {
      const key = await mintAt(base());
      const api = { public: base(), private: base(), web: base(), webExchange: base() };
      const gemini = new ccxt.gemini({
        apiKey: key.key,
        secret: key.secret,
        urls: { api, test: api },
      });
      await gemini.loadMarkets();
      expect(gemini.market('BTC/USD')).toMatchObject({ id: 'btcusd', spot: true });
      expect((await gemini.fetchBalance()).USD).toMatchObject({ total: 100000 });
      const order = await gemini.createOrder('BTC/USD', 'limit', 'buy', 0.01, 50000);
      expect(order).toMatchObject({ status: 'open', amount: 0.01 });
      expect((await gemini.cancelOrder(order.id!)).status).toBe('canceled');
    });
  });
}
