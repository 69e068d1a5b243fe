/**
 * The WebSocket feeds of the Node emulator server, driven by Node's global WebSocket (undici,
 * which can send headers on the upgrade, as Gemini's private feed needs): subscribe → order
 * placed → events → cancel → events; the public market-data feed; refusals before upgrading.
 */
import { execFile, spawnSync } from 'node:child_process';
import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulatorServer, type EmulatorServer } from '../../scripts/lib/emulator-server.ts';
import { createEmulator, type MintedKey } from '../../src/lib/emulator/index.ts';
import { signRequest } from '../../src/lib/signing/index.ts';

let server: EmulatorServer;
let wsBase: string;
let nonce = Date.now();
const heartbeats: Array<() => void> = [];

beforeAll(async () => {
  // Heartbeat timers the test fires itself, so no test waits five real seconds.
  const emulator = createEmulator({
    timers: {
      setInterval: (callback: () => void) => heartbeats.push(callback) - 1,
      clearInterval: (handle: unknown) => (heartbeats[handle as number] = () => {}),
    },
  });
  server = await startEmulatorServer({ port: 0, emulator });
  wsBase = server.url.replace(/^http/, 'ws');
});
afterAll(() => server.close());

async function signedHeaders(key: MintedKey, request: string, params = {}) {
  const signed = await signRequest({
    apiKey: key.key,
    secret: key.secret,
    request,
    nonce: ++nonce,
    params,
  });
  return signed.headers as unknown as Record<string, string>;
}

async function post(key: MintedKey, path: string, params = {}) {
  const response = await fetch(server.url + path, {
    method: 'POST',
    headers: await signedHeaders(key, path, params),
  });
  return { status: response.status, body: await response.json() };
}

/** A client that queues every message, so the test waits for what it expects, never a timer. */
function connect(url: string, headers?: Record<string, string>) {
  const socket = new WebSocket(url, { headers } as unknown as string[]);
  const queue: unknown[] = [];
  const waiters: Array<() => void> = [];
  socket.addEventListener('message', (event) => {
    queue.push(JSON.parse(String(event.data)));
    waiters.splice(0).forEach((wake) => wake());
  });
  const closed = new Promise<number>((resolve) =>
    socket.addEventListener('close', (event) => resolve(event.code)),
  );
  const opened = new Promise<boolean>((resolve) => {
    socket.addEventListener('open', () => resolve(true));
    socket.addEventListener('error', () => resolve(false));
  });
  async function next(): Promise<any> {
    while (queue.length === 0) await new Promise<void>((resolve) => waiters.push(resolve));
    return queue.shift();
  }
  /** The next messages until one matches, returning all of them. */
  async function until(match: (message: any) => boolean): Promise<any[]> {
    const seen: any[] = [];
    for (;;) {
      const message = await next();
      seen.push(message);
      if (match(message)) return seen;
    }
  }
  return { socket, next, until, opened, closed };
}

/** An upgrade request over node:http (fetch refuses Upgrade headers): the refusal it gets. */
function refusedUpgrade(headers: Record<string, string>): Promise<{ status: number; body: any }> {
  const { port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path: '/v1/order/events', headers });
    req.on('upgrade', () => reject(new Error('upgraded although it should be refused')));
    req.on('response', (res) => {
      let text = '';
      res.on('data', (chunk) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) }));
    });
    req.on('error', reject);
    req.end();
  });
}

const order = (price: string, extra = {}) => ({
  symbol: 'btcusd',
  amount: '0.1',
  price,
  side: 'buy',
  type: 'exchange limit',
  ...extra,
});

describe('private order events (/v1/order/events)', () => {
  it('subscribe → order placed → accepted, booked → cancel → cancelled, closed', async () => {
    const key = await server.emulator.mintKey();
    const feed = connect(`${wsBase}/v1/order/events`, await signedHeaders(key, '/v1/order/events'));
    expect(await feed.opened).toBe(true);
    const ack = await feed.next();
    expect(ack).toMatchObject({
      type: 'subscription_ack',
      symbolFilter: [],
      apiSessionFilter: [],
      eventTypeFilter: [],
      socket_sequence: 0,
    });

    const placed = await post(key, '/v1/order/new', order('50000.00', { client_order_id: 'ws-1' }));
    expect(placed.status).toBe(200);
    const [accepted] = await feed.next();
    const [booked] = await feed.next();
    expect(accepted).toMatchObject({
      type: 'accepted',
      order_id: placed.body.order_id,
      client_order_id: 'ws-1',
      api_session: key.key,
      symbol: 'btcusd',
      side: 'buy',
      order_type: 'exchange limit',
      is_live: true,
      price: '50000.00',
      original_amount: '0.1',
    });
    expect(booked).toMatchObject({ type: 'booked', order_id: placed.body.order_id });
    expect(booked.socket_sequence).toBe(accepted.socket_sequence + 1);

    const cancelled = await post(key, '/v1/order/cancel', {
      order_id: Number(placed.body.order_id),
    });
    expect(cancelled.status).toBe(200);
    const [cancel] = await feed.next();
    const [closed] = await feed.next();
    expect(cancel).toMatchObject({ type: 'cancelled', reason: 'Requested', is_live: false });
    expect(closed).toMatchObject({ type: 'closed', is_cancelled: true });
    feed.socket.close();
    await feed.closed;
  });

  it('a crossing order fills: fill event with price, amount and fee, then closed', async () => {
    const key = await server.emulator.mintKey();
    const feed = connect(`${wsBase}/v1/order/events`, await signedHeaders(key, '/v1/order/events'));
    await feed.next(); // ack
    const placed = await post(key, '/v1/order/new', order('70000.00'));
    const events = (await feed.until((m) => m[0]?.type === 'closed')).map((m) => m[0]);
    expect(events.map((e) => e.type)).toEqual(['accepted', 'fill', 'closed']);
    expect(events[1].fill).toMatchObject({
      price: '60030.00',
      amount: '0.1',
      liquidity: 'Taker',
      fee_currency: 'USD',
    });
    expect(events[1].order_id).toBe(placed.body.order_id);
    feed.socket.close();
  });

  it('filters: symbolFilter and eventTypeFilter; open orders arrive as initial; heartbeat=true', async () => {
    const key = await server.emulator.mintKey();
    const resting = await post(key, '/v1/order/new', order('50000.00'));
    const path = '/v1/order/events';
    const feed = connect(
      `${wsBase}${path}?symbolFilter=BTCUSD&eventTypeFilter=initial&eventTypeFilter=cancelled&heartbeat=true`,
      await signedHeaders(key, path),
    );
    const ack = await feed.next();
    expect(ack.symbolFilter).toEqual(['btcusd']);
    expect(ack.eventTypeFilter).toEqual(['initial', 'cancelled']);
    const [initial] = await feed.next();
    expect(initial).toMatchObject({ type: 'initial', order_id: resting.body.order_id });

    // An ethusd order and the accepted/booked events are filtered out; only the cancel passes.
    await post(key, '/v1/order/new', { ...order('2000.00'), symbol: 'ethusd', amount: '1' });
    await post(key, '/v1/order/cancel/all');
    const types = (await feed.until((m) => Array.isArray(m) && m.length > 0)).flat();
    expect(types.map((e: any) => [e.type, e.symbol])).toEqual([['cancelled', 'btcusd']]);

    heartbeats.at(-1)!();
    expect(await feed.next()).toMatchObject({ type: 'heartbeat' });
    feed.socket.close();
  });

  it('refuses the upgrade with a Gemini-shaped HTTP error: bad signature, wrong request, missing role', async () => {
    const key = await server.emulator.mintKey();
    const upgrade = {
      Connection: 'Upgrade',
      Upgrade: 'websocket',
      'Sec-WebSocket-Version': '13',
      'Sec-WebSocket-Key': 'dGhlIHNhbXBsZSBub25jZQ==',
    };
    const cases: Array<[Record<string, string>, number, string]> = [
      [{}, 400, 'MissingApikeyHeader'],
      [
        { ...(await signedHeaders(key, '/v1/order/events')), 'X-GEMINI-SIGNATURE': 'a'.repeat(96) },
        400,
        'InvalidSignature',
      ],
      [await signedHeaders(key, '/v1/orders'), 400, 'EndpointMismatch'],
    ];
    const fundManager = await server.emulator.mintKey({ roles: ['fundmanager'] });
    cases.push([await signedHeaders(fundManager, '/v1/order/events'), 403, 'MissingRole']);
    for (const [headers, status, reason] of cases) {
      const answer = await refusedUpgrade({ ...upgrade, ...headers });
      expect({ status: answer.status, reason: answer.body.reason }).toEqual({ status, reason });
    }
    // And a real client sees the refusal as a failed connection.
    const refused = connect(`${wsBase}/v1/order/events`, {});
    expect(await refused.opened).toBe(false);
  });
});

describe('public market data (/v2/marketdata)', () => {
  it("l2 subscription: the book, then the emulator's own fills as trades; bad messages answered", async () => {
    const feed = connect(`${wsBase}/v2/marketdata`);
    expect(await feed.opened).toBe(true);
    feed.socket.send('{"type":"subscribe","subscriptions":[{"name":"l2","symbols":["BTCUSD"]}]}');
    const book = await feed.next();
    expect(book).toMatchObject({ type: 'l2_updates', symbol: 'BTCUSD' });
    expect(book.changes[0]).toEqual(['buy', '59970.00', '0.5']);
    expect(book.changes).toContainEqual(['sell', '60030.00', '0.5']);

    const key = await server.emulator.mintKey();
    await post(key, '/v1/order/new', order('70000.00', { amount: '0.2' }));
    expect(await feed.next()).toMatchObject({
      type: 'trade',
      symbol: 'BTCUSD',
      price: '60030.00',
      quantity: '0.2',
      side: 'buy',
    });

    feed.socket.send('not json');
    expect(await feed.next()).toMatchObject({ result: 'error', reason: 'InvalidJson' });
    feed.socket.send('{"type":"subscribe","subscriptions":[{"name":"l2","symbols":["NOPE"]}]}');
    expect((await feed.next()).message).toMatch(/Unknown symbol 'NOPE'/);
    feed.socket.close();
    await feed.closed;
  });
});

describe.skipIf(spawnSync('python3', ['-c', 'import websockets']).status !== 0)(
  'a Python websockets client',
  () => {
    it('subscribes with the three headers and sees its order accepted', async () => {
      const key = await server.emulator.mintKey();
      const headers = await signedHeaders(key, '/v1/order/events');
      // websockets 13+ names the option additional_headers; Debian bookworm's 10.4 (what CI
      // installs) has only the older client, whose option is extra_headers.
      const script = `
import asyncio, json, sys
try:
    from websockets.asyncio.client import connect
    option = "additional_headers"
except ImportError:
    from websockets import connect
    option = "extra_headers"
async def main():
    async with connect(sys.argv[1], **{option: json.loads(sys.argv[2])}) as ws:
        print(json.loads(await ws.recv())["type"], flush=True)
asyncio.run(main())`;
      // Asynchronously: the emulator answers from this process, so a synchronous spawn would
      // block it until the client timed out.
      const result = await new Promise<{ stdout: string; stderr: string }>((done) =>
        execFile(
          'python3',
          ['-c', script, `${wsBase}/v1/order/events`, JSON.stringify(headers)],
          { encoding: 'utf8', timeout: 20_000 },
          (_error, stdout, stderr) => done({ stdout, stderr }),
        ),
      );
      expect(result.stdout.trim(), result.stderr).toBe('subscription_ack');
    });
  },
);
