/**
 * A key's accounts as a snapshot (src/lib/emulator/account-state.ts): exported after orders,
 * fills and a cancel, imported into a fresh emulator holding the same key, the account answers
 * exactly as before; a corrupt snapshot is refused with a clear error and changes nothing.
 */
import { describe, expect, it } from 'vitest';
import { createEmulator, type Emulator } from '../../src/lib/emulator/index.ts';
import { signRequest } from '../../src/lib/signing/index.ts';

const KEY = { key: 'account-StateStateStateState', secret: 'statestatestatestatestatesta' };
// A second passes per reading: calls stay well inside the key's 600/min rate limit.
let now = 1_750_000_000_000;
const clock = () => (now += 1_000);

// One nonce sequence for all calls: a key restored into a fresh emulator keeps its floor in a host.
let nonce = 1;
function caller(emulator: Emulator) {
  return async (request: string, params: Record<string, unknown> = {}) => {
    const signed = await signRequest({ ...KEY, apiKey: KEY.key, request, nonce: nonce++, params });
    const response = await emulator.fetch(
      new Request(`http://emulator.test${request}`, { method: 'POST', headers: signed.headers }),
    );
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };
}

const order = (side: string, amount: string, price: string, extra = {}) => ({
  symbol: 'btcusd',
  side,
  amount,
  price,
  type: 'exchange limit',
  ...extra,
});

async function answers(call: ReturnType<typeof caller>, ids: string[]) {
  const result = {
    balances: await call('/v1/balances'),
    orders: await call('/v1/orders'),
    trades: await call('/v1/mytrades', { symbol: 'btcusd' }),
    statuses: [] as unknown[],
  };
  for (const id of ids) {
    result.statuses.push(
      await call('/v1/order/status', { order_id: Number(id), include_trades: true }),
    );
  }
  return result;
}

async function tradedEmulator() {
  const emulator = createEmulator({ clock });
  await emulator.importKey(KEY);
  const call = caller(emulator);
  const placed = [
    await call('/v1/order/new', order('buy', '0.1', '61000')), // fills at once
    await call('/v1/order/new', order('buy', '0.8', '60030.00', { client_order_id: 'bot-7' })), // partly fills, rests
    await call('/v1/order/new', order('sell', '2', '70000')), // rests
    await call('/v1/order/new', order('buy', '0.01', '50000')), // rests, then cancelled
  ];
  for (const { status } of placed) expect(status).toBe(200);
  const ids = placed.map(({ body }) => String(body.order_id));
  expect((await call('/v1/order/cancel', { order_id: Number(ids[3]) })).status).toBe(200);
  return { emulator, ids };
}

describe('account state snapshot', () => {
  it('restores balances, orders, trades and statuses exactly in a fresh emulator', async () => {
    const { emulator, ids } = await tradedEmulator();
    const before = await answers(caller(emulator), ids);
    expect(before.orders.body).toHaveLength(2);
    expect(before.statuses.map((status) => (status as { status: number }).status)).toEqual([
      200, 200, 200, 200,
    ]);
    expect((before.trades.body as unknown as unknown[]).length).toBeGreaterThanOrEqual(2);

    const snapshot = emulator.exportAccountState(KEY.key);
    const text = JSON.stringify(snapshot);
    const fresh = createEmulator({ clock });
    await fresh.importKey(KEY);
    // Before the import the fresh key holds a fresh account: the test can fail.
    expect((await answers(caller(fresh), ids)).orders.body).toEqual([]);
    fresh.importAccountState(KEY.key, JSON.parse(text));
    expect(await answers(caller(fresh), ids)).toEqual(before);
    expect(fresh.exportAccountState(KEY.key)).toEqual(snapshot);

    // Ids continue after the restored ones, and a resting order can still be cancelled.
    const call = caller(fresh);
    const next = await call('/v1/order/new', order('buy', '0.01', '50000'));
    expect(next.status, JSON.stringify(next.body)).toBe(200);
    expect(BigInt(String(next.body.order_id))).toBeGreaterThan(BigInt(ids[3]));
    const cancelled = await call('/v1/order/cancel', { order_id: Number(ids[2]) });
    expect(cancelled.body).toMatchObject({ is_cancelled: true, is_live: false });
  });

  it('refuses a corrupt snapshot with a clear error and keeps the account as it was', async () => {
    const { emulator } = await tradedEmulator();
    const good = emulator.exportAccountState(KEY.key)!;
    const fresh = createEmulator({ clock });
    await fresh.importKey(KEY);
    const untouched = JSON.stringify(fresh.exportAccountState(KEY.key));
    const corrupt = (change: (copy: any) => void) => {
      const copy = JSON.parse(JSON.stringify(good));
      change(copy);
      return copy;
    };
    const bad: [unknown, RegExp][] = [
      [null, /must be a JSON object/],
      [corrupt((s) => (s.version = 99)), /version must be 1/],
      [corrupt((s) => (s.key = 'account-other')), /belongs to another key/],
      [corrupt((s) => (s.accounts[0].balances.USD = '1e5')), /balances\.USD must be decimal text/],
      [corrupt((s) => (s.accounts[0].orders[0].symbol = 'dogeusd')), /not a symbol/],
      [corrupt((s) => (s.accounts[0].trades[0].order = '1')), /names no order/],
      [corrupt((s) => (s.accounts[0].recent = [123])), /names no trade/],
      [corrupt((s) => (s.ids.order = -1)), /ids\.order must be a non-negative/],
    ];
    for (const [snapshot, message] of bad) {
      expect(() => fresh.importAccountState(KEY.key, snapshot)).toThrow(message);
      expect(JSON.stringify(fresh.exportAccountState(KEY.key))).toBe(untouched);
    }
    expect(() => fresh.importAccountState('account-none', good)).toThrow(/mint or import it/);
    expect(fresh.exportAccountState('account-none')).toBeUndefined();
  });
});
