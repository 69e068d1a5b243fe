/**
 * A key's accounts as JSON-safe data, for hosts that keep them outside memory (the Worker's
 * Durable Object writes the snapshot to storage after every call that changed it and imports it
 * after an eviction, so a bot's balances, open orders and trades survive). Amounts are exact
 * decimal texts (the emulator computes in bigint fixed-point, see decimal.ts).
 *
 * Size: bounded by the emulator's caps. A key holds at most 20 accounts (funds.ts); an account
 * keeps at most 5,000 orders (market.ts) plus the orders of its last 2,000 trades, and an order
 * has at most 5 fills (the synthetic book has 5 levels). An order takes at most ~800 bytes of
 * JSON (a 99-character client order id, texts of at most 100 characters), a trade ~200, so one
 * account is at most ~7,000 × 800 + 27,000 × 200 ≈ 11 MB and a key at most ~220 MB. Measured:
 * 3,469 orders with 99-character client ids and 871 trades are 1.6 MB of JSON, exported and
 * stringified in ~14 ms and imported in ~22 ms (2-core machine); a bot that places a few hundred
 * orders keeps a snapshot of tens of kilobytes.
 *
 * Not included: deposit addresses and transfer history of funds.ts, the rate-limit bucket, the
 * emulator-wide public `/v1/trades` list and feed subscriptions: they start afresh.
 */
import type { KeyRecord } from './auth.ts';
import { formatDecimal, parseDecimal, type Fixed } from './decimal.ts';
import {
  createAccount,
  findSymbol,
  type Account,
  type IdSource,
  type Order,
  type OrderOption,
  type Trade,
} from './market.ts';

export const ACCOUNT_STATE_VERSION = 1;

export interface OrderSnapshot {
  id: string;
  clientOrderId?: string;
  symbol: string;
  side: 'buy' | 'sell';
  price: string;
  priceText: string;
  amount: string;
  amountText: string;
  executed: string;
  executedNotional: string;
  options: string[];
  createdMs: number;
  live: boolean;
  cancelled: boolean;
  reason?: string;
  sessionKey: string;
  /** Trade ids of this order's fills, oldest first. */
  trades: number[];
  /** False for an order dropped from the account's list whose trades are still listed. */
  listed: boolean;
}

export interface TradeSnapshot {
  tid: number;
  order: string;
  price: string;
  amount: string;
  fee: string;
  timestampMs: number;
}

export interface AccountSnapshot {
  shortName: string;
  name: string;
  createdMs: number;
  balances: Record<string, string>;
  /** In the account's order (oldest first). */
  orders: OrderSnapshot[];
  /** Every trade an order or the account's trade list refers to. */
  trades: TradeSnapshot[];
  /** The account's trade list (`/v1/mytrades`), newest last, as trade ids. */
  recent: number[];
}

export interface AccountState {
  version: typeof ACCOUNT_STATE_VERSION;
  key: string;
  /** The last order and trade ids the emulator handed out. */
  ids: { order: number; trade: number };
  accounts: AccountSnapshot[];
}

const text = (value: Fixed) => formatDecimal(value);

export function exportAccounts(record: KeyRecord, ids: IdSource): AccountState {
  return {
    version: ACCOUNT_STATE_VERSION,
    key: record.key,
    ids: ids.last(),
    accounts: [...record.accounts.values()].map(exportAccount),
  };
}

function exportAccount(account: Account): AccountSnapshot {
  const orders = new Map<string, { order: Order; listed: boolean }>();
  for (const order of account.orders.values()) orders.set(order.id, { order, listed: true });
  for (const trade of account.trades) {
    if (!orders.has(trade.order.id))
      orders.set(trade.order.id, { order: trade.order, listed: false });
  }
  const trades = new Map<number, Trade>();
  for (const { order } of orders.values())
    for (const trade of order.trades) trades.set(trade.tid, trade);
  for (const trade of account.trades) trades.set(trade.tid, trade);
  return {
    shortName: account.shortName,
    name: account.name,
    createdMs: account.createdMs,
    balances: Object.fromEntries([...account.balances].map(([code, value]) => [code, text(value)])),
    orders: [...orders.values()].map(({ order, listed }) => ({
      id: order.id,
      ...(order.clientOrderId !== undefined ? { clientOrderId: order.clientOrderId } : {}),
      symbol: order.spec.symbol,
      side: order.side,
      price: text(order.price),
      priceText: order.priceText,
      amount: text(order.amount),
      amountText: order.amountText,
      executed: text(order.executed),
      executedNotional: text(order.executedNotional),
      options: [...order.options],
      createdMs: order.createdMs,
      live: order.live,
      cancelled: order.cancelled,
      ...(order.reason !== undefined ? { reason: order.reason } : {}),
      sessionKey: order.sessionKey,
      trades: order.trades.map((trade) => trade.tid),
      listed,
    })),
    trades: [...trades.values()].map((trade) => ({
      tid: trade.tid,
      order: trade.order.id,
      price: text(trade.price),
      amount: text(trade.amount),
      fee: text(trade.fee),
      timestampMs: trade.timestampMs,
    })),
    recent: account.trades.map((trade) => trade.tid),
  };
}

/** Something wrong with a snapshot: says where, and what to do. */
class BadSnapshot extends Error {
  constructor(where: string, problem: string) {
    super(
      `Not an account snapshot from exportAccountState: ${where} ${problem}. Export the key's state again (or start the key afresh).`,
    );
  }
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function str(value: unknown, where: string, max = 100): string {
  if (typeof value !== 'string' || value.length > max) {
    throw new BadSnapshot(where, `must be a string of at most ${max} characters`);
  }
  return value;
}

function int(value: unknown, where: string): number {
  if (!Number.isSafeInteger(value) || (value as number) < 0) {
    throw new BadSnapshot(where, 'must be a non-negative whole number');
  }
  return value as number;
}

function fixed(value: unknown, where: string): Fixed {
  const parsed = typeof value === 'string' ? parseDecimal(value) : undefined;
  if (parsed === undefined) throw new BadSnapshot(where, 'must be decimal text such as "1.5"');
  return parsed;
}

function bool(value: unknown, where: string): boolean {
  if (typeof value !== 'boolean') throw new BadSnapshot(where, 'must be true or false');
  return value;
}

function list(value: unknown, where: string, max: number): unknown[] {
  if (!Array.isArray(value) || value.length > max) {
    throw new BadSnapshot(where, `must be a list of at most ${max} entries`);
  }
  return value;
}

const OPTIONS: readonly string[] = ['maker-or-cancel', 'immediate-or-cancel', 'fill-or-kill'];
const MAX_ACCOUNTS = 20;
const MAX_ORDERS = 7_000;
const MAX_TRADES = 27_000;

/** Validates a snapshot for this key and builds its accounts; throws a clear Error, changes nothing. */
export function readAccountState(
  record: KeyRecord,
  input: unknown,
): { accounts: Map<string, Account>; ids: { order: number; trade: number } } {
  if (!isObject(input)) throw new BadSnapshot('the snapshot', 'must be a JSON object');
  if (input.version !== ACCOUNT_STATE_VERSION) {
    throw new BadSnapshot('version', `must be ${ACCOUNT_STATE_VERSION}`);
  }
  if (input.key !== record.key) throw new BadSnapshot('key', 'belongs to another key');
  if (!isObject(input.ids)) throw new BadSnapshot('ids', 'must be an object');
  const ids = {
    order: int(input.ids.order, 'ids.order'),
    trade: int(input.ids.trade, 'ids.trade'),
  };
  const accounts = new Map<string, Account>();
  list(input.accounts, 'accounts', MAX_ACCOUNTS).forEach((raw, index) => {
    const account = readAccount(raw, `accounts[${index}]`, record);
    if (accounts.has(account.shortName)) {
      throw new BadSnapshot(`accounts[${index}].shortName`, 'repeats another account');
    }
    accounts.set(account.shortName, account);
  });
  if (!accounts.has('primary')) throw new BadSnapshot('accounts', 'must include "primary"');
  return { accounts, ids };
}

function readAccount(raw: unknown, where: string, record: KeyRecord): Account {
  if (!isObject(raw)) throw new BadSnapshot(where, 'must be an object');
  const shortName = str(raw.shortName, `${where}.shortName`);
  const account = createAccount(int(raw.createdMs, `${where}.createdMs`), shortName);
  // Feeds already watching the key's account keep watching it.
  const observers = record.accounts.get(shortName)?.observers;
  if (observers) account.observers = observers;
  account.name = str(raw.name, `${where}.name`);
  account.balances.clear();
  if (!isObject(raw.balances)) throw new BadSnapshot(`${where}.balances`, 'must be an object');
  for (const [code, value] of Object.entries(raw.balances)) {
    str(code, `${where}.balances key`, 10);
    account.balances.set(code, fixed(value, `${where}.balances.${code}`));
  }
  const orders = new Map<string, { order: Order; listed: boolean; trades: number[] }>();
  list(raw.orders, `${where}.orders`, MAX_ORDERS).forEach((rawOrder, index) => {
    const entry = readOrder(rawOrder, `${where}.orders[${index}]`, account);
    if (orders.has(entry.order.id)) {
      throw new BadSnapshot(`${where}.orders[${index}].id`, 'repeats another order');
    }
    orders.set(entry.order.id, entry);
  });
  const trades = new Map<number, Trade>();
  list(raw.trades, `${where}.trades`, MAX_TRADES).forEach((rawTrade, index) => {
    const at = `${where}.trades[${index}]`;
    if (!isObject(rawTrade)) throw new BadSnapshot(at, 'must be an object');
    const order = orders.get(str(rawTrade.order, `${at}.order`))?.order;
    if (!order) throw new BadSnapshot(`${at}.order`, 'names no order of this account');
    const trade: Trade = {
      tid: int(rawTrade.tid, `${at}.tid`),
      order,
      price: fixed(rawTrade.price, `${at}.price`),
      amount: fixed(rawTrade.amount, `${at}.amount`),
      fee: fixed(rawTrade.fee, `${at}.fee`),
      timestampMs: int(rawTrade.timestampMs, `${at}.timestampMs`),
    };
    trades.set(trade.tid, trade);
  });
  const tradeOf = (tid: unknown, at: string) => {
    const trade = trades.get(int(tid, at));
    if (!trade) throw new BadSnapshot(at, 'names no trade of this account');
    return trade;
  };
  for (const { order, listed, trades: tids } of orders.values()) {
    order.trades = tids.map((tid, i) => tradeOf(tid, `${where} order ${order.id} trades[${i}]`));
    if (listed) account.orders.set(order.id, order);
  }
  account.trades = list(raw.recent, `${where}.recent`, MAX_TRADES).map((tid, i) =>
    tradeOf(tid, `${where}.recent[${i}]`),
  );
  return account;
}

function readOrder(
  raw: unknown,
  where: string,
  account: Account,
): { order: Order; listed: boolean; trades: number[] } {
  if (!isObject(raw)) throw new BadSnapshot(where, 'must be an object');
  const spec = findSymbol(str(raw.symbol, `${where}.symbol`));
  if (!spec) throw new BadSnapshot(`${where}.symbol`, 'is not a symbol the emulator trades');
  if (raw.side !== 'buy' && raw.side !== 'sell') {
    throw new BadSnapshot(`${where}.side`, 'must be "buy" or "sell"');
  }
  const options = list(raw.options, `${where}.options`, 1).map((option, i) => {
    if (!OPTIONS.includes(option as string)) {
      throw new BadSnapshot(`${where}.options[${i}]`, `must be one of ${OPTIONS.join(', ')}`);
    }
    return option as OrderOption;
  });
  const order: Order = {
    id: str(raw.id, `${where}.id`, 30),
    ...(raw.clientOrderId !== undefined
      ? { clientOrderId: str(raw.clientOrderId, `${where}.clientOrderId`) }
      : {}),
    spec,
    side: raw.side,
    price: fixed(raw.price, `${where}.price`),
    priceText: str(raw.priceText, `${where}.priceText`),
    amount: fixed(raw.amount, `${where}.amount`),
    amountText: str(raw.amountText, `${where}.amountText`),
    executed: fixed(raw.executed, `${where}.executed`),
    executedNotional: fixed(raw.executedNotional, `${where}.executedNotional`),
    options,
    createdMs: int(raw.createdMs, `${where}.createdMs`),
    live: bool(raw.live, `${where}.live`),
    cancelled: bool(raw.cancelled, `${where}.cancelled`),
    ...(raw.reason !== undefined ? { reason: str(raw.reason, `${where}.reason`) } : {}),
    sessionKey: str(raw.sessionKey, `${where}.sessionKey`),
    trades: [],
    observers: account.observers,
  };
  const trades = list(raw.trades, `${where}.trades`, 5).map((tid, i) =>
    int(tid, `${where}.trades[${i}]`),
  );
  return { order, listed: bool(raw.listed, `${where}.listed`), trades };
}
