/**
 * The private endpoints' work once a call is authenticated: each handler gets the key, the
 * account and the decoded payload and returns the JSON body (or throws a GeminiError).
 */
import type { KeyRecord } from './auth.ts';
import { formatDecimal, type Fixed } from './decimal.ts';
import { GeminiError } from './errors.ts';
import {
  balancesView,
  cancelOrder,
  FEES_BPS,
  findSymbol,
  liveOrders,
  orderView,
  placeOrder,
  SYMBOLS,
  tradeView,
  usdNotional,
  type Account,
  type IdSource,
  type Order,
  type Trade,
} from './market.ts';
import { jsonNumberText } from '../json/index.ts';
import { describe, parseOrderRequest } from './order-params.ts';
import {
  createGroupAccount,
  listAccounts,
  listAddresses,
  listTransfers,
  newAddress,
  notionalBalances,
  paymentMethods,
  transferBetweenAccounts,
  withdraw,
} from './funds.ts';

export interface PrivateCall {
  record: KeyRecord;
  account: Account;
  payload: Record<string, unknown>;
  now: number;
  ids: IdSource;
  /** Every fill, for the public market-data feed. */
  onTrade?: (trade: Trade) => void;
  /** The path's `:name` segments, e.g. `network` of `/v1/addresses/:network`. */
  params?: Record<string, string>;
}

type Handler = (call: PrivateCall) => unknown;

export const PRIVATE_HANDLERS: Record<string, Handler> = {
  '/v1/balances': ({ account }) => balancesView(account),

  '/v1/order/new': ({ account, payload, now, record, ids, onTrade }) =>
    orderView(
      placeOrder(account, parseOrderRequest(payload), {
        now,
        sessionKey: record.key,
        ids,
        onTrade,
      }),
    ),

  '/v1/order/status': ({ account, payload }) =>
    orderView(findOrder(account, payload, true), payload.include_trades === true),

  '/v1/order/cancel': ({ account, payload, now }) => {
    const order = findOrder(account, payload, false);
    if (!order.live) {
      throw new GeminiError(
        'OrderNotFound',
        `Order ${order.id} is not open (it was ${order.cancelled ? 'cancelled' : 'filled'}), so it cannot be cancelled.`,
      );
    }
    cancelOrder(order, 'Requested', now);
    return orderView(order);
  },

  '/v1/order/cancel/all': ({ account, now }) => cancelMany(liveOrders(account), now),

  '/v1/order/cancel/session': ({ account, record, now }) =>
    cancelMany(
      liveOrders(account).filter((order) => order.sessionKey === record.key),
      now,
    ),

  '/v1/orders': ({ account }) => liveOrders(account).map((order) => orderView(order)),

  '/v1/mytrades': ({ account, payload }) => {
    const spec = optionalSymbol(payload);
    const limit = clampInteger(payload.limit_trades, 50, 1, 500);
    const since = readTimestampMs(payload.timestamp);
    return account.trades
      .filter((trade) => (!spec || trade.order.spec === spec) && trade.timestampMs >= since)
      .reverse()
      .slice(0, limit)
      .map(tradeView);
  },

  '/v1/account': ({ account, record, now }) => ({
    account: {
      accountName: account.name,
      shortName: account.shortName,
      type: 'exchange',
      created: String(account.createdMs),
    },
    users: [
      {
        name: 'Emulator User',
        lastSignIn: new Date(now).toISOString(),
        status: 'Active',
        countryCode: 'US',
        isVerified: true,
      },
    ],
    memo_reference_code: `GEM${record.key.slice(-6).toUpperCase()}`,
    virtual_account_number: String(100000 + (account.createdMs % 900000)),
  }),

  '/v1/heartbeat': () => ({ result: 'ok' }),

  '/v1/orders/history': ({ account, payload }) => {
    const spec = optionalSymbol(payload);
    const limit = clampInteger(payload.limit_orders, 50, 1, 500);
    const since = readTimestampMs(payload.timestamp);
    return [...account.orders.values()]
      .filter((o) => !o.live && (!spec || o.spec === spec) && o.createdMs >= since)
      .reverse()
      .slice(0, limit)
      .map((order) => orderView(order, true));
  },

  '/v1/tradevolume': ({ account }) => tradeVolume(account),

  '/v1/notionalbalances/:currency': ({ account, params }) =>
    notionalBalances(account, params?.currency ?? ''),
  '/v1/addresses/:network': ({ account, params }) => listAddresses(account, params?.network ?? ''),
  '/v1/deposit/:network/newAddress': ({ account, params, payload, now }) =>
    newAddress(account, params?.network ?? '', payload, now),
  '/v2/transfers': ({ account, payload }) => listTransfers(account, payload),
  '/v2/withdraw/:network/:ticker': ({ account, params, payload, now }) =>
    withdraw(account, params?.network ?? '', params?.ticker ?? '', payload, now),
  '/v1/payments/methods': ({ account }) => paymentMethods(account),
  '/v1/account/list': ({ record }) => listAccounts(record),
  '/v1/account/create': ({ record, payload, now }) => createGroupAccount(record, payload, now),
  '/v1/account/transfer/:currency': ({ record, params, payload }) =>
    transferBetweenAccounts(record, params?.currency ?? '', payload),

  '/v1/roles': ({ record }) => {
    const { roles, scope } = record.settings;
    return {
      isAuditor: roles.includes('auditor'),
      isFundManager: roles.includes('fundmanager'),
      isTrader: roles.includes('trader'),
      ...(scope === 'master'
        ? {
            counterparty_id: record.key.slice(-8).toUpperCase(),
            isAccountAdmin: roles.includes('administrator'),
          }
        : {}),
    };
  },

  '/v1/notionalvolume': ({ account, payload, now }) => {
    optionalSymbol(payload);
    const monthAgo = now - 30 * 86_400_000;
    const byDate = new Map<string, Fixed>();
    let total = 0n;
    for (const trade of account.trades) {
      if (trade.timestampMs < monthAgo) continue;
      const notional = usdNotional(trade);
      const date = isoDate(trade.timestampMs);
      byDate.set(date, (byDate.get(date) ?? 0n) + notional);
      total += notional;
    }
    return {
      web_maker_fee_bps: FEES_BPS.webMaker,
      web_taker_fee_bps: FEES_BPS.webTaker,
      web_auction_fee_bps: FEES_BPS.webAuction,
      api_maker_fee_bps: FEES_BPS.apiMaker,
      api_taker_fee_bps: FEES_BPS.apiTaker,
      api_auction_fee_bps: FEES_BPS.apiAuction,
      fix_maker_fee_bps: FEES_BPS.fixMaker,
      fix_taker_fee_bps: FEES_BPS.fixTaker,
      fix_auction_fee_bps: FEES_BPS.fixAuction,
      notional_30d_volume: Number(formatDecimal(total)),
      last_updated_ms: now,
      date: isoDate(now),
      notional_1d_volume: [...byDate].map(([date, volume]) => ({
        date,
        notional_volume: Number(formatDecimal(volume)),
      })),
    };
  },
};

/** Per symbol and day: what this account bought and sold, all as taker (the emulator's fills). */
function tradeVolume(account: Account) {
  const rows = new Map<string, { spec: Trade['order']['spec']; date: string; trades: Trade[] }>();
  for (const trade of account.trades) {
    const date = isoDate(trade.timestampMs);
    const id = `${trade.order.spec.symbol} ${date}`;
    const row = rows.get(id) ?? { spec: trade.order.spec, date, trades: [] };
    row.trades.push(trade);
    rows.set(id, row);
  }
  return [...rows.values()].map(({ spec, date, trades }) => {
    const sum = (side: 'buy' | 'sell', pick: (t: Trade) => Fixed) =>
      trades.filter((t) => t.order.side === side).reduce((total, t) => total + pick(t), 0n);
    const count = (side: 'buy' | 'sell') => trades.filter((t) => t.order.side === side).length;
    const notional = (t: Trade) => (t.price * t.amount) / 10n ** 18n;
    const base = (t: Trade) => t.amount;
    return {
      symbol: spec.symbol,
      base_currency: spec.base,
      quote_currency: spec.quote,
      notional_currency: spec.quote,
      data_date: date,
      total_volume_base: formatDecimal(sum('buy', base) + sum('sell', base)),
      maker_buy_sell_ratio: '0',
      buy_maker_base: '0',
      buy_maker_notional: '0',
      buy_maker_count: 0,
      sell_maker_base: '0',
      sell_maker_notional: '0',
      sell_maker_count: 0,
      buy_taker_base: formatDecimal(sum('buy', base)),
      buy_taker_notional: formatDecimal(sum('buy', notional)),
      buy_taker_count: count('buy'),
      sell_taker_base: formatDecimal(sum('sell', base)),
      sell_taker_notional: formatDecimal(sum('sell', notional)),
      sell_taker_count: count('sell'),
    };
  });
}

function cancelMany(orders: Order[], now: number) {
  for (const order of orders) cancelOrder(order, 'Requested', now);
  return {
    result: 'ok',
    details: { cancelledOrders: orders.map((order) => Number(order.id)), cancelRejects: [] },
  };
}

/** By `order_id` (a JSON integer; a string of digits as ccxt sends is accepted) or `client_order_id`. */
function findOrder(
  account: Account,
  payload: Record<string, unknown>,
  allowClientId: boolean,
): Order {
  const raw = payload.order_id;
  if (raw !== undefined) {
    const id = jsonNumberText(raw) ?? (typeof raw === 'string' ? raw : undefined);
    if (id === undefined || !/^\d+$/.test(id)) {
      throw new GeminiError(
        'MissingOrderField',
        `order_id must be the order's id as a JSON integer, e.g. 7000000001; got ${describe(raw)}.`,
      );
    }
    const order = account.orders.get(id.replace(/^0+(?=\d)/, ''));
    if (!order) throw new GeminiError('OrderNotFound', `Order ${id} not found in this account.`);
    return order;
  }
  const clientId = payload.client_order_id;
  if (allowClientId && clientId !== undefined) {
    const matches = [...account.orders.values()].filter((o) => o.clientOrderId === clientId);
    const order = matches.at(-1);
    if (!order) {
      throw new GeminiError(
        'OrderNotFound',
        `No order with client_order_id ${describe(clientId)} in this account.`,
      );
    }
    return order;
  }
  throw new GeminiError(
    'MissingOrderField',
    allowClientId
      ? 'The payload needs order_id (a JSON integer) or client_order_id to find the order.'
      : 'The payload needs order_id (a JSON integer): the id of the order to cancel.',
  );
}

function optionalSymbol(payload: Record<string, unknown>) {
  if (payload.symbol === undefined) return undefined;
  const spec = typeof payload.symbol === 'string' ? findSymbol(payload.symbol) : undefined;
  if (!spec) {
    throw new GeminiError(
      'InvalidSymbol',
      `Invalid symbol ${describe(payload.symbol)}. Known symbols: ${SYMBOLS.map((s) => s.symbol).join(', ')}.`,
    );
  }
  return spec;
}

function readNumber(value: unknown): number | undefined {
  const text = jsonNumberText(value) ?? (typeof value === 'string' ? value : undefined);
  const number = text === undefined ? NaN : Number(text);
  return Number.isFinite(number) ? number : undefined;
}

function clampInteger(value: unknown, fallback: number, low: number, high: number): number {
  const number = readNumber(value);
  if (number === undefined) return fallback;
  return Math.min(high, Math.max(low, Math.floor(number)));
}

/** Gemini's `timestamp` filter is in seconds; values that can only be milliseconds are taken as such. */
function readTimestampMs(value: unknown): number {
  const number = readNumber(value);
  if (number === undefined) return 0;
  return number > 1e11 ? number : number * 1000;
}

const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);
