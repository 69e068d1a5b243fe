/**
 * A small deterministic exchange: fixed reference prices, a synthetic order book of five levels
 * per side around each, and accounts with balances, holds, orders and trades. User orders
 * trade only against the synthetic book (it does not deplete and never fills resting orders):
 * the emulator's choice, so every result is reproducible.
 */
import {
  basisPoints,
  decimal,
  divide,
  formatDecimal,
  formatFixedPlaces,
  min,
  multiply,
  placesOf,
  roundToStep,
  type Fixed,
} from './decimal.ts';
import { GeminiError } from './errors.ts';

export interface SymbolSpec {
  /** Lower-case id, as `/v1/symbols` lists it. */
  symbol: string;
  base: string;
  quote: string;
  referencePrice: string;
  /** Amount step (Gemini's `tick_size`). */
  tickSize: string;
  /** Price step (Gemini's `quote_increment`). */
  quoteIncrement: string;
  minOrderSize: string;
  /** Size of the best synthetic level; level k holds (k + 1) × this. */
  levelSize: string;
  /** A fixed 24 h volume in the base currency for the tickers. */
  volume24h: string;
}

export const SYMBOLS: readonly SymbolSpec[] = [
  symbol('btcusd', 'BTC', 'USD', '60000.00', '0.00000001', '0.01', '0.00001', '0.5', '2210.5'),
  symbol('ethusd', 'ETH', 'USD', '3000.00', '0.000001', '0.01', '0.001', '5', '18500'),
  symbol('ethbtc', 'ETH', 'BTC', '0.05000', '0.000001', '0.00001', '0.001', '5', '950'),
  symbol('solusd', 'SOL', 'USD', '150.000', '0.000001', '0.001', '0.01', '50', '120000'),
  symbol('ltcusd', 'LTC', 'USD', '80.00', '0.00001', '0.01', '0.01', '50', '40000'),
  symbol('bchusd', 'BCH', 'USD', '400.00', '0.000001', '0.01', '0.001', '10', '6000'),
  symbol('linkusd', 'LINK', 'USD', '15.00000', '0.000001', '0.00001', '0.1', '500', '300000'),
];

function symbol(
  ...fields: [string, string, string, string, string, string, string, string, string]
) {
  const [
    id,
    base,
    quote,
    referencePrice,
    tickSize,
    quoteIncrement,
    minOrderSize,
    levelSize,
    volume,
  ] = fields;
  return {
    symbol: id,
    base,
    quote,
    referencePrice,
    tickSize,
    quoteIncrement,
    minOrderSize,
    levelSize,
    volume24h: volume,
  };
}

export function findSymbol(text: string): SymbolSpec | undefined {
  const id = text.toLowerCase();
  return SYMBOLS.find((spec) => spec.symbol === id);
}

/**
 * A fresh account's funds. Gemini credits "USD, BTC, ETH, BCH, LTC, OXT, LINK, BAT and DAI"
 * but does not say how much: these amounts are the emulator's choice.
 */
export const STARTING_BALANCES: Readonly<Record<string, string>> = {
  USD: '100000',
  BTC: '1000',
  ETH: '20000',
  BCH: '10000',
  LTC: '10000',
  OXT: '1000000',
  LINK: '100000',
  BAT: '1000000',
  DAI: '100000',
};

/** Fee rates in basis points, from the example in Gemini's `/v1/notionalvolume` spec. */
export const FEES_BPS = {
  apiMaker: 10,
  apiTaker: 35,
  apiAuction: 20,
  webMaker: 25,
  webTaker: 35,
  webAuction: 25,
  fixMaker: 10,
  fixTaker: 35,
  fixAuction: 20,
} as const;

// ---- the synthetic book -------------------------------------------------------------------

export interface Level {
  price: Fixed;
  size: Fixed;
}
export interface Book {
  /** Best (highest) first. */
  bids: Level[];
  /** Best (lowest) first. */
  asks: Level[];
}

const LEVELS = 5;
const books = new Map<string, Book>();

/** Best levels 5 bps either side of the reference price, then one level every 10 bps. */
export function bookOf(spec: SymbolSpec): Book {
  let book = books.get(spec.symbol);
  if (!book) {
    const reference = decimal(spec.referencePrice);
    const step = decimal(spec.quoteIncrement);
    const gap = roundToStep(basisPoints(reference, 10), step, 'up');
    const bestAsk = roundToStep(reference + basisPoints(reference, 5), step, 'up');
    const bestBid = roundToStep(reference - basisPoints(reference, 5), step, 'down');
    const size = decimal(spec.levelSize);
    const levels = (best: Fixed, direction: 1n | -1n) =>
      Array.from({ length: LEVELS }, (_, k) => ({
        price: best + direction * BigInt(k) * gap,
        size: size * BigInt(k + 1),
      }));
    book = { bids: levels(bestBid, -1n), asks: levels(bestAsk, 1n) };
    books.set(spec.symbol, book);
  }
  return book;
}

export const formatPrice = (spec: SymbolSpec, price: Fixed) =>
  formatFixedPlaces(price, placesOf(spec.quoteIncrement));

// ---- accounts, orders, trades --------------------------------------------------------------

export type Side = 'buy' | 'sell';
export type OrderOption = 'maker-or-cancel' | 'immediate-or-cancel' | 'fill-or-kill';

export interface Trade {
  tid: number;
  order: Order;
  price: Fixed;
  amount: Fixed;
  fee: Fixed;
  timestampMs: number;
}

export interface Order {
  id: string;
  clientOrderId?: string;
  spec: SymbolSpec;
  side: Side;
  price: Fixed;
  /** The price and amount texts as sent; responses echo them. */
  priceText: string;
  amountText: string;
  amount: Fixed;
  executed: Fixed;
  /** Sum of price × amount over fills, for the average execution price. */
  executedNotional: Fixed;
  options: OrderOption[];
  createdMs: number;
  live: boolean;
  cancelled: boolean;
  /** Why the order was cancelled (Gemini's order-level reasons). */
  reason?: string;
  /** The API key that placed it: `/v1/order/cancel/session` and heartbeats act per key. */
  sessionKey: string;
  trades: Trade[];
  /** The account's observers (order-events feeds), told about every change of this order. */
  observers?: Set<OrderObserver>;
}

/** What happened to an order, in the words of Gemini's order-events feed. */
export type OrderChangeKind = 'accepted' | 'rejected' | 'booked' | 'fill' | 'cancelled' | 'closed';
export interface OrderChange {
  kind: OrderChangeKind;
  order: Order;
  /** For `fill`. */
  trade?: Trade;
  timestampMs: number;
}
export type OrderObserver = (change: OrderChange) => void;

function notify(order: Order, kind: OrderChangeKind, timestampMs: number, trade?: Trade) {
  if (!order.observers) return;
  for (const observer of order.observers) observer({ kind, order, trade, timestampMs });
}

export interface Account {
  /** Gemini's `accountName` and `shortName` (the nickname master keys send as `account`). */
  name: string;
  shortName: string;
  createdMs: number;
  balances: Map<string, Fixed>;
  orders: Map<string, Order>;
  /** Newest last. */
  trades: Trade[];
  /** Order-events feeds watching this account (see feeds.ts). */
  observers: Set<OrderObserver>;
}

// Bounds that keep memory flat in a long-running emulator; old closed orders and old trades go.
export const MAX_ORDERS_PER_ACCOUNT = 5_000;
export const MAX_TRADES_PER_ACCOUNT = 2_000;

export function createAccount(createdMs: number, shortName = 'primary'): Account {
  return {
    name: shortName === 'primary' ? 'Primary' : shortName,
    shortName,
    createdMs,
    balances: new Map(
      Object.entries(STARTING_BALANCES).map(([code, text]) => [code, decimal(text)]),
    ),
    orders: new Map(),
    trades: [],
    observers: new Set(),
  };
}

export interface IdSource {
  nextOrderId(): string;
  nextTradeId(): number;
  /** The last ids handed out (for a snapshot, see account-state.ts). */
  last(): { order: number; trade: number };
  /** Continues after these ids if they are higher (never goes back, so no id repeats). */
  raise(last: { order: number; trade: number }): void;
}

/** Sequential numeric ids (Gemini's are numeric strings for orders, numbers for trades). */
export function createIdSource(): IdSource {
  let order = 7_000_000_000;
  let trade = 8_000_000_000;
  return {
    nextOrderId: () => String(++order),
    nextTradeId: () => ++trade,
    last: () => ({ order, trade }),
    raise: (last) => {
      order = Math.max(order, last.order);
      trade = Math.max(trade, last.trade);
    },
  };
}

const remainingOf = (order: Order) => order.amount - order.executed;

/** Funds an open order holds: the quote it may still spend (with the taker fee) or the base it may sell. */
function holdOf(order: Order): { currency: string; amount: Fixed } {
  const remaining = remainingOf(order);
  if (order.side === 'sell') return { currency: order.spec.base, amount: remaining };
  const notional = multiply(order.price, remaining);
  return {
    currency: order.spec.quote,
    amount: notional + basisPoints(notional, FEES_BPS.apiTaker),
  };
}

function heldAmount(account: Account, currency: string): Fixed {
  let held = 0n;
  for (const order of account.orders.values()) {
    if (!order.live) continue;
    const hold = holdOf(order);
    if (hold.currency === currency) held += hold.amount;
  }
  return held;
}

export const balanceOf = (account: Account, currency: string) =>
  account.balances.get(currency) ?? 0n;
export const availableOf = (account: Account, currency: string) =>
  balanceOf(account, currency) - heldAmount(account, currency);

export interface OrderRequest {
  spec: SymbolSpec;
  side: Side;
  price: Fixed;
  priceText: string;
  amount: Fixed;
  amountText: string;
  clientOrderId?: string;
  options: OrderOption[];
}

/**
 * Places an order: checks funds, matches it against the synthetic book as a taker and lets the
 * rest rest, following the execution option. Throws `InsufficientFunds` (406).
 */
export function placeOrder(
  account: Account,
  request: OrderRequest,
  context: { now: number; sessionKey: string; ids: IdSource; onTrade?: (trade: Trade) => void },
): Order {
  const order: Order = {
    id: context.ids.nextOrderId(),
    clientOrderId: request.clientOrderId,
    spec: request.spec,
    side: request.side,
    price: request.price,
    priceText: request.priceText,
    amount: request.amount,
    amountText: request.amountText,
    executed: 0n,
    executedNotional: 0n,
    options: request.options,
    createdMs: context.now,
    live: true,
    cancelled: false,
    sessionKey: context.sessionKey,
    trades: [],
    observers: account.observers,
  };
  const hold = holdOf(order);
  const available = availableOf(account, hold.currency);
  if (available < hold.amount) {
    order.live = false;
    order.reason = 'InsufficientFunds';
    notify(order, 'rejected', context.now);
    throw new GeminiError(
      'InsufficientFunds',
      `Insufficient funds: this order needs ${formatDecimal(hold.amount)} ${hold.currency}` +
        `${order.side === 'buy' ? ` (price × amount + ${FEES_BPS.apiTaker / 100}% taker fee)` : ''}` +
        `, but only ${formatDecimal(available)} ${hold.currency} is available (balance minus funds held for open orders).`,
    );
  }

  notify(order, 'accepted', context.now);
  const fills = matchable(order);
  const fillable = fills.reduce((sum, fill) => sum + fill.size, 0n);
  const option = order.options[0];
  if (option === 'maker-or-cancel' && fills.length > 0) {
    closeOrder(order, 'MakerOrCancelWouldTake', context.now);
  } else if (option === 'fill-or-kill' && fillable < order.amount) {
    closeOrder(order, 'FillOrKillWouldNotFill', context.now);
  } else {
    for (const fill of fills) executeFill(account, order, fill, context);
    if (remainingOf(order) === 0n) {
      order.live = false;
      notify(order, 'closed', context.now);
    } else if (option === 'immediate-or-cancel') {
      closeOrder(order, 'ImmediateOrCancelWouldPost', context.now);
    } else notify(order, 'booked', context.now);
  }
  rememberOrder(account, order);
  return order;
}

/** The synthetic levels this order would take, best first, sized to what it still needs. */
function matchable(order: Order): Level[] {
  const book = bookOf(order.spec);
  const crosses =
    order.side === 'buy'
      ? (level: Level) => level.price <= order.price
      : (level: Level) => level.price >= order.price;
  const fills: Level[] = [];
  let needed = order.amount;
  for (const level of order.side === 'buy' ? book.asks : book.bids) {
    if (needed === 0n || !crosses(level)) break;
    const size = min(level.size, needed);
    fills.push({ price: level.price, size });
    needed -= size;
  }
  return fills;
}

function executeFill(
  account: Account,
  order: Order,
  fill: Level,
  context: { now: number; ids: IdSource; onTrade?: (trade: Trade) => void },
) {
  const { base, quote } = order.spec;
  const notional = multiply(fill.price, fill.size);
  const fee = basisPoints(notional, FEES_BPS.apiTaker);
  const sign = order.side === 'buy' ? 1n : -1n;
  account.balances.set(base, balanceOf(account, base) + sign * fill.size);
  account.balances.set(quote, balanceOf(account, quote) - sign * notional - fee);
  order.executed += fill.size;
  order.executedNotional += notional;
  const trade: Trade = {
    tid: context.ids.nextTradeId(),
    order,
    price: fill.price,
    amount: fill.size,
    fee,
    timestampMs: context.now,
  };
  order.trades.push(trade);
  account.trades.push(trade);
  notify(order, 'fill', context.now, trade);
  context.onTrade?.(trade);
  if (account.trades.length > MAX_TRADES_PER_ACCOUNT) account.trades.shift();
}

function closeOrder(order: Order, reason: string, nowMs: number) {
  order.live = false;
  order.cancelled = true;
  order.reason = reason;
  notify(order, 'cancelled', nowMs);
  notify(order, 'closed', nowMs);
}

/** Cancels a live order (its held funds are released, since holds derive from live orders). */
export function cancelOrder(order: Order, reason = 'Requested', nowMs = Date.now()) {
  if (order.live) closeOrder(order, reason, nowMs);
}

function rememberOrder(account: Account, order: Order) {
  account.orders.set(order.id, order);
  if (account.orders.size <= MAX_ORDERS_PER_ACCOUNT) return;
  for (const [id, old] of account.orders) {
    if (!old.live) {
      account.orders.delete(id);
      return;
    }
  }
}

export function liveOrders(account: Account): Order[] {
  return [...account.orders.values()].filter((order) => order.live);
}

// ---- response shapes -----------------------------------------------------------------------

export function orderView(order: Order, includeTrades = false): Record<string, unknown> {
  const average =
    order.executed === 0n
      ? '0.00'
      : formatPrice(order.spec, divide(order.executedNotional, order.executed));
  return {
    order_id: order.id,
    id: order.id,
    symbol: order.spec.symbol,
    exchange: 'gemini',
    avg_execution_price: average,
    side: order.side,
    type: 'exchange limit',
    timestamp: String(Math.floor(order.createdMs / 1000)),
    timestampms: order.createdMs,
    is_live: order.live,
    is_cancelled: order.cancelled,
    is_hidden: false,
    was_forced: false,
    executed_amount: formatDecimal(order.executed),
    remaining_amount: formatDecimal(remainingOf(order)),
    ...(order.clientOrderId !== undefined ? { client_order_id: order.clientOrderId } : {}),
    options: order.options,
    price: order.priceText,
    original_amount: order.amountText,
    ...(order.reason !== undefined ? { reason: order.reason } : {}),
    ...(includeTrades ? { trades: order.trades.map(tradeView) } : {}),
  };
}

export function tradeView(trade: Trade): Record<string, unknown> {
  const { order } = trade;
  return {
    price: formatPrice(order.spec, trade.price),
    amount: formatDecimal(trade.amount),
    timestamp: Math.floor(trade.timestampMs / 1000),
    timestampms: trade.timestampMs,
    type: order.side === 'buy' ? 'Buy' : 'Sell',
    aggressor: true,
    fee_currency: order.spec.quote,
    fee_amount: formatDecimal(trade.fee),
    tid: trade.tid,
    order_id: order.id,
    exchange: 'gemini',
    is_auction_fill: false,
    is_clearing_fill: false,
    symbol: order.spec.symbol.toUpperCase(),
    ...(order.clientOrderId !== undefined ? { client_order_id: order.clientOrderId } : {}),
  };
}

/** Gemini lists the currencies an account holds; zero balances are left out. */
export function balancesView(account: Account): Record<string, unknown>[] {
  // One pass over the open orders for every currency's hold (not one pass per currency).
  const holds = new Map<string, Fixed>();
  for (const order of account.orders.values()) {
    if (!order.live) continue;
    const hold = holdOf(order);
    holds.set(hold.currency, (holds.get(hold.currency) ?? 0n) + hold.amount);
  }
  const view: Record<string, unknown>[] = [];
  for (const [currency, amount] of account.balances) {
    const held = holds.get(currency) ?? 0n;
    if (amount === 0n && held === 0n) continue;
    const available = formatDecimal(amount - held);
    view.push({
      type: 'exchange',
      currency,
      amount: formatDecimal(amount),
      available,
      availableForWithdrawal: available,
    });
  }
  return view;
}

/** A trade's notional in USD, valued at reference prices (for `/v1/notionalvolume`). */
export function usdNotional(trade: Trade): Fixed {
  const { spec } = trade.order;
  const notional = multiply(trade.price, trade.amount);
  if (spec.quote === 'USD') return notional;
  const quoteInUsd = findSymbol(`${spec.quote}usd`);
  return quoteInUsd ? multiply(notional, decimal(quoteInUsd.referencePrice)) : 0n;
}
