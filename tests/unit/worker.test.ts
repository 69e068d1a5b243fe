/**
 * The hosted Worker in local workerd (`wrangler dev`, its Durable Objects, loopback only): the
 * shared emulator suite at /sandbox, keys that expire and minting limited per client, the relay
 * against a local fake upstream, and no stack trace for anything.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmulator } from '../../src/lib/emulator/index.ts';
import { signRequest } from '../../src/lib/signing/index.ts';
import { RELAY_RATE_LIMIT, SIGNING_HEADERS } from '../../src/lib/relay/index.ts';
import { startFakeUpstream } from '../fixtures/fake-upstream.ts';
import { startWorker, type RunningWorker } from '../../scripts/lib/worker-process.ts';
import { emulatorHttpSuite, mintAt, signedPost } from './emulator-http-suite.ts';

let worker: RunningWorker;
let upstream: Awaited<ReturnType<typeof startFakeUpstream>>;

beforeAll(async () => {
  upstream = await startFakeUpstream();
  worker = await startWorker({ relayUpstream: upstream.url });
}, 120_000);
afterAll(async () => {
  await worker?.stop();
  await upstream?.close();
});

emulatorHttpSuite('the Worker (Durable Object per key)', () => `${worker.url}/sandbox`);

describe('hosted keys', { timeout: 30_000 }, () => {
  it('state how long they live', async () => {
    const key = (await mintAt(
      `${worker.url}/sandbox`,
      {},
      {
        'CF-Connecting-IP': '198.51.100.41',
      },
    )) as unknown as Record<string, unknown>;
    expect(key.expiresInSeconds).toBe(24 * 3600);
    const expires = Date.parse(String(key.expiresAt));
    expect(Math.abs(expires - Date.now() - 24 * 3600_000)).toBeLessThan(60_000);
  });

  it('refuse a mint from another site', async () => {
    const response = await fetch(`${worker.url}/sandbox/emulator/keys`, {
      method: 'POST',
      headers: { Origin: 'https://evil.example', 'Content-Type': 'text/plain' },
      body: '{}',
    });
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ result: 'error', reason: 'MintRefused' });
  });

  it('are minted at most 10 a minute per client', async () => {
    const ip = { 'CF-Connecting-IP': '198.51.100.23' };
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) {
      const response = await fetch(`${worker.url}/sandbox/emulator/keys`, {
        method: 'POST',
        headers: ip,
      });
      statuses.push(response.status);
      if (response.status === 429) {
        expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
        expect(await response.json()).toMatchObject({ reason: 'RateLimit' });
      } else await response.body?.cancel();
    }
    expect(statuses.filter((s) => s === 200).length).toBeLessThanOrEqual(10);
    expect(statuses.at(-1)).toBe(429);
  });
});

describe('the relay in the Worker, against a fake upstream', { timeout: 30_000 }, () => {
  const signing = {
    'X-GEMINI-APIKEY': 'account-abc',
    'X-GEMINI-PAYLOAD': 'eyJ9',
    'X-GEMINI-SIGNATURE': 'ff',
  };

  it('forwards the signing headers only, no cookie and no client address', async () => {
    const before = upstream.requests.length;
    const response = await fetch(`${worker.url}/relay/v1/balances`, {
      method: 'POST',
      headers: {
        ...signing,
        Cookie: 'session=1',
        'CF-Connecting-IP': '198.51.100.30',
        Origin: worker.url,
      },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe("default-src 'none'; sandbox");
    const sent = upstream.requests.slice(before);
    expect(sent).toHaveLength(1);
    for (const name of SIGNING_HEADERS) expect(sent[0]!.headers[name]).toBeDefined();
    expect(JSON.stringify(sent[0]!.headers)).not.toMatch(/session|198\.51\.100\.30/);
    expect(sent[0]!.headers.cookie).toBeUndefined();
    expect(sent[0]!.headers.origin).toBeUndefined();
  });

  it('refuses other paths, methods and cross-site callers, and serves HTML as text', async () => {
    const before = upstream.requests.length;
    expect((await fetch(`${worker.url}/relay/emulator/keys`, { method: 'POST' })).status).toBe(404);
    expect((await fetch(`${worker.url}/relay/v1/balances`)).status).toBe(405);
    const cross = await fetch(`${worker.url}/relay/v1/balances`, {
      method: 'POST',
      headers: { ...signing, Origin: 'https://evil.example' },
    });
    expect(cross.status).toBe(403);
    expect(upstream.requests.length).toBe(before);
    const html = await fetch(`${worker.url}/relay/v2/ticker/html`);
    expect(html.headers.get('content-type')).toBe('text/plain; charset=utf-8');
  });

  it('limits each client across isolates (Durable Object), with Retry-After', async () => {
    const ip = { 'CF-Connecting-IP': '198.51.100.31' };
    let last: Response | undefined;
    for (let i = 0; i <= RELAY_RATE_LIMIT.perMinute; i++) {
      last = await fetch(`${worker.url}/relay/v2/ticker/btcusd`, { headers: ip });
      if (i < RELAY_RATE_LIMIT.perMinute) expect(last.status).toBe(200);
      await last.body?.cancel();
    }
    expect(last!.status).toBe(429);
  });
});

describe('an expired hosted key', () => {
  let shortLived: RunningWorker;
  beforeAll(async () => {
    shortLived = await startWorker({ vars: { KEY_TTL_HOURS: '0.0005' } }); // 1.8 s
  }, 120_000);
  afterAll(() => shortLived?.stop());

  it('is gone once its alarm ran: the same signed call is refused', async () => {
    const base = `${shortLived.url}/sandbox`;
    const key = await mintAt(base);
    const first = await signedPost(base, key, '/v1/balances', 1);
    expect((await fetch(first.url, first.init)).status).toBe(200);
    let nonce = 2;
    let body: { reason?: string; message?: string } = {};
    const deadline = Date.now() + 20_000;
    while (Date.now() < deadline) {
      const call = await signedPost(base, key, '/v1/balances', nonce++);
      const response = await fetch(call.url, call.init);
      body = await response.json();
      if (response.status !== 200) break;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(body.reason).toBe('InvalidSignature');
    expect(body.message).toContain('knows no such key');
  }, 30_000);
});

describe(
  "order events over WebSocket through the key's Durable Object",
  { timeout: 30_000 },
  () => {
    // Contract 5: active once the emulator exposes its transport-free feeds (emulator.feeds).
    const hasFeeds = 'feeds' in createEmulator();

    async function signedUpgrade() {
      const key = await mintAt(`${worker.url}/sandbox`);
      const signed = await signRequest({
        apiKey: key.key,
        secret: key.secret,
        request: '/v1/order/events',
        nonce: 1,
      });
      return { ...signed.headers } as Record<string, string>;
    }

    it.runIf(hasFeeds)('streams a subscription_ack to a signed upgrade', async () => {
      const headers = await signedUpgrade();
      const url = `${worker.url.replace('http', 'ws')}/sandbox/v1/order/events`;
      const socket = new WebSocket(url, { headers } as unknown as string[]);
      const first = await new Promise<string>((resolve, reject) => {
        socket.addEventListener('message', (event) => resolve(String(event.data)));
        socket.addEventListener('error', () => reject(new Error('the upgrade was refused')));
      });
      socket.close();
      expect(JSON.parse(first)).toMatchObject({ type: 'subscription_ack' });
    });

    it.runIf(!hasFeeds)('answers a Gemini-shaped 501 while the emulator has no feeds', async () => {
      const headers = await signedUpgrade();
      const { port } = new URL(worker.url);
      const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
        const req = httpRequest({
          host: '127.0.0.1',
          port,
          path: '/sandbox/v1/order/events',
          headers: {
            ...headers,
            Connection: 'Upgrade',
            Upgrade: 'websocket',
            'Sec-WebSocket-Version': '13',
            'Sec-WebSocket-Key': 'dGhlIHNhbXBsZSBub25jZQ==',
          },
        });
        req.on('response', (res) => {
          let body = '';
          res.on('data', (chunk) => (body += chunk));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
        });
        req.on('upgrade', () => reject(new Error('upgraded without feeds')));
        req.on('error', reject);
        req.end();
      });
      expect(answer.status).toBe(501);
      expect(JSON.parse(answer.body)).toMatchObject({ result: 'error' });
    });
  },
);

describe("a hosted key's nonce floor and accounts after the object leaves memory", () => {
  let stateDir: string | undefined;
  let running: RunningWorker | undefined;
  afterAll(async () => {
    await running?.stop();
    if (stateDir) rmSync(stateDir, { recursive: true, force: true });
  });

  it('refuses a replay once workerd restarted on the same storage', async () => {
    stateDir = mkdtempSync(join(tmpdir(), 'worker-floor-'));
    running = await startWorker({ stateDir });
    const key = await mintAt(`${running.url}/sandbox`);
    const call = async (nonce: number) => {
      const signed = await signedPost(`${running!.url}/sandbox`, key, '/v1/balances', nonce);
      const response = await fetch(signed.url, signed.init);
      return { status: response.status, body: (await response.json()) as { reason?: string } };
    };
    expect((await call(1_700_000_000_005)).status).toBe(200);
    // Restarting workerd drops every object's memory, as an eviction does; storage stays.
    await running.stop();
    running = await startWorker({ stateDir });
    expect(await call(1_700_000_000_005)).toMatchObject({
      status: 400,
      body: { reason: 'InvalidNonce' },
    });
    expect((await call(1_700_000_000_004)).body.reason).toBe('InvalidNonce');
    expect((await call(1_700_000_000_006)).status).toBe(200);
  }, 240_000);

  it('keeps balances, open orders and trades once workerd restarted on the same storage', async () => {
    await running?.stop();
    stateDir ??= mkdtempSync(join(tmpdir(), 'worker-floor-'));
    running = await startWorker({ stateDir });
    const key = await mintAt(`${running.url}/sandbox`);
    let nonce = 1_700_000_000_000;
    const call = async (request: string, params: Record<string, unknown> = {}) => {
      const signed = await signedPost(`${running!.url}/sandbox`, key, request, nonce++, params);
      const response = await fetch(signed.url, signed.init);
      return { status: response.status, body: (await response.json()) as unknown };
    };
    const order = { symbol: 'btcusd', side: 'buy', type: 'exchange limit' };
    // One order fills against the book at once, one rests.
    expect((await call('/v1/order/new', { ...order, amount: '0.1', price: '61000' })).status).toBe(
      200,
    );
    const resting = await call('/v1/order/new', { ...order, amount: '0.01', price: '50000' });
    expect(resting.status).toBe(200);
    // Enough resting orders with long client ids that the snapshot (~40,000 characters) takes two
    // storage pieces of 32,000.
    for (let i = 0; i < 120; i++) {
      const client_order_id = `${i}-`.padEnd(99, 'x');
      const placed = await call('/v1/order/new', {
        ...order,
        amount: '0.001',
        price: '40000',
        client_order_id,
      });
      expect(placed.status).toBe(200);
    }
    const before = {
      balances: await call('/v1/balances'),
      orders: await call('/v1/orders'),
      trades: await call('/v1/mytrades', { symbol: 'btcusd' }),
    };
    expect((before.orders.body as { order_id: string }[])[0]).toMatchObject({
      order_id: (resting.body as { order_id: string }).order_id,
    });
    expect(before.orders.body).toHaveLength(121);
    await running.stop();
    running = await startWorker({ stateDir });
    expect({
      balances: await call('/v1/balances'),
      orders: await call('/v1/orders'),
      trades: await call('/v1/mytrades', { symbol: 'btcusd' }),
    }).toEqual(before);
  }, 240_000);
});
