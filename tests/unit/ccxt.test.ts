/**
 * CCXT's real gemini client against the emulator over HTTP: its signing (string nonce in ms,
 * params repeated in a JSON body, no Content-Length/Cache-Control), its parsers and its error
 * mapping must all work unchanged. Every URL it calls is recorded: none may leave the machine.
 */
import ccxt from 'ccxt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulatorServer, type EmulatorServer } from '../../scripts/lib/emulator-server.ts';
import type { KeyOptions, MintedKey } from '../../src/lib/emulator/index.ts';

let server: EmulatorServer;
const calledUrls: string[] = [];

beforeAll(async () => {
  server = await startEmulatorServer({ port: 0 });
});
afterAll(() => server.close());

async function mint(options: KeyOptions = {}): Promise<MintedKey> {
  const response = await fetch(`${server.url}/emulator/keys`, {
    method: 'POST',
    body: JSON.stringify(options),
  });
  return response.json();
}

function client(key: MintedKey, overrides: { secret?: string; enableRateLimit?: boolean } = {}) {
  const api = { public: server.url, private: server.url, web: server.url, webExchange: server.url };
  const gemini = new ccxt.gemini({
    apiKey: key.key,
    secret: overrides.secret ?? key.secret,
    enableRateLimit: overrides.enableRateLimit ?? true,
    // Only the URLs change: the emulator also serves the trading-pair data ccxt scrapes from
    // Gemini's web exchange (webExchange), so precision and limits load as they do for real.
    urls: { api, test: api },
  });
  const send = gemini.fetch.bind(gemini);
  gemini.fetch = (url: string, ...rest: unknown[]) => {
    calledUrls.push(url);
    return send(url, ...(rest as [string?, Record<string, string>?, string?]));
  };
  return gemini;
}

describe('ccxt.gemini against the emulator', () => {
  let trader: MintedKey;
  let gemini: ReturnType<typeof client>;

  beforeAll(async () => {
    trader = await mint();
    gemini = client(trader);
    await gemini.loadMarkets();
  });

  it('loadMarkets reads symbols and their details', () => {
    const market = gemini.market('BTC/USD');
    expect(market).toMatchObject({ id: 'btcusd', base: 'BTC', quote: 'USD', spot: true });
    expect(market.limits.amount?.min).toBe(0.00001);
    expect(gemini.symbols).toEqual(expect.arrayContaining(['ETH/USD', 'ETH/BTC', 'SOL/USD']));
  });

  it('fetchBalance', async () => {
    const balance = await gemini.fetchBalance();
    expect(balance.USD).toMatchObject({ free: 100000, total: 100000 });
    expect(balance.BTC.total).toBe(1000);
  });

  it('createOrder (limit), fetchOrder, fetchOpenOrders, cancelOrder', async () => {
    const resting = await gemini.createOrder('BTC/USD', 'limit', 'buy', 0.01, 50000);
    expect(resting).toMatchObject({
      status: 'open',
      side: 'buy',
      type: 'limit',
      amount: 0.01,
      price: 50000,
      filled: 0,
    });
    expect(resting.id).toMatch(/^\d+$/);
    const id = resting.id!;

    const fetched = await gemini.fetchOrder(id);
    expect(fetched).toMatchObject({ id: resting.id, status: 'open', symbol: 'BTC/USD' });

    const open = await gemini.fetchOpenOrders('BTC/USD');
    expect(open.map((order) => order.id)).toEqual([resting.id]);
    expect((await gemini.fetchBalance()).USD.free).toBeCloseTo(100000 - 500 * 1.0035, 6);

    const cancelled = await gemini.cancelOrder(id);
    expect(cancelled).toMatchObject({ id: resting.id, status: 'canceled' });
    expect(await gemini.fetchOpenOrders()).toEqual([]);
  });

  it('a crossing order fills, and fetchMyTrades returns the fills with fees', async () => {
    const filled = await gemini.createOrder('BTC/USD', 'limit', 'buy', 0.6, 60100);
    expect(filled).toMatchObject({ status: 'closed', filled: 0.6, remaining: 0, average: 60040 });

    const trades = await gemini.fetchMyTrades('BTC/USD');
    expect(trades).toHaveLength(2);
    expect(trades.map((t) => [t.order, t.side, t.price, t.amount])).toEqual(
      expect.arrayContaining([
        [filled.id, 'buy', 60030, 0.5],
        [filled.id, 'buy', 60090, 0.1],
      ]),
    );
    expect(trades.find((t) => t.price === 60030)?.fee).toMatchObject({
      cost: 105.0525,
      currency: 'USD',
    });
  });

  it('timeInForce IOC and post-only map to Gemini options the emulator honours', async () => {
    const ioc = await gemini.createOrder('ETH/USD', 'limit', 'buy', 20, 3004.5, {
      timeInForce: 'IOC',
    });
    expect(ioc).toMatchObject({ status: 'canceled', filled: 15, timeInForce: 'IOC' });
    const postOnly = await gemini.createOrder('ETH/USD', 'limit', 'buy', 1, 3001.5, {
      postOnly: true,
    });
    expect(postOnly).toMatchObject({ status: 'canceled', filled: 0, postOnly: true });
  });
});

describe('emulator errors map to the right ccxt exceptions', () => {
  it('a wrong secret → AuthenticationError', async () => {
    const key = await mint();
    const gemini = client(key, { secret: 'x'.repeat(28) });
    await expect(gemini.fetchBalance()).rejects.toBeInstanceOf(ccxt.AuthenticationError);
  });

  it('an unknown order → OrderNotFound', async () => {
    const gemini = client(await mint());
    await gemini.loadMarkets();
    await expect(gemini.fetchOrder('123')).rejects.toBeInstanceOf(ccxt.OrderNotFound);
    await expect(gemini.cancelOrder('123')).rejects.toBeInstanceOf(ccxt.OrderNotFound);
  });

  it('no funds → InsufficientFunds', async () => {
    const gemini = client(await mint());
    await gemini.loadMarkets();
    await expect(gemini.createOrder('BTC/USD', 'limit', 'buy', 100, 60000)).rejects.toBeInstanceOf(
      ccxt.InsufficientFunds,
    );
  });

  it('a burst past a lowered limit → RateLimitExceeded', async () => {
    const gemini = client(await mint({ rateLimit: { perMinute: 1, burst: 0 } }), {
      enableRateLimit: false,
    });
    await gemini.loadMarkets();
    await gemini.fetchBalance();
    const burst = gemini.fetchBalance();
    await expect(burst).rejects.toBeInstanceOf(ccxt.RateLimitExceeded);
    await expect(burst).rejects.toThrow(/the limit is 1 per minute plus 0 queued/);
  });
});

describe('isolation', () => {
  it('every request ccxt made went to the local emulator', () => {
    expect(calledUrls.length).toBeGreaterThan(10);
    for (const url of calledUrls) expect(url.startsWith(`${server.url}/`), url).toBe(true);
  });
});
