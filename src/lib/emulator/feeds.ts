/**
 * The WebSocket feeds, independent of any transport: Gemini's private order-events feed
 * (`/v1/order/events`, authenticated by the three X-GEMINI headers on the upgrade) and the public
 * market-data feed (`/v2/marketdata`). A host (the Node server, a Durable Object) authorizes the
 * upgrade request, accepts the socket, and hands this module a `FeedSocket`; it gets back a
 * `FeedSession` to pass incoming messages and the close to. Events follow the emulator's own
 * orders and fills.
 */
import type { KeyRecord } from './auth.ts';
import { divide, formatDecimal } from './decimal.ts';
import { GeminiError } from './errors.ts';
import {
  bookOf,
  findSymbol,
  formatPrice,
  liveOrders,
  SYMBOLS,
  type Account,
  type Order,
  type OrderChange,
  type OrderChangeKind,
  type Trade,
} from './market.ts';

/** What a feed needs of a socket: the host adapts its WebSocket to this. */
export interface FeedSocket {
  send(text: string): void;
  close(code?: number, reason?: string): void;
}

/** What the host passes on: each text message the client sends, and the close. */
export interface FeedSession {
  message(text: string): void;
  close(): void;
}

/** An authorized order-events upgrade: the key, and the filters from the query string. */
export interface OrderEventsGrant {
  record: KeyRecord;
  filters: OrderEventFilters;
}

export interface OrderEventFilters {
  symbols: string[];
  apiSessions: string[];
  eventTypes: string[];
  heartbeat: boolean;
}

export interface FeedTimers {
  setInterval(callback: () => void, ms: number): unknown;
  clearInterval(handle: unknown): void;
}

/** Gemini: order-events and market-data heartbeats every five seconds. */
export const FEED_HEARTBEAT_MS = 5_000;
const EVENT_TYPES = [
  'initial',
  'accepted',
  'rejected',
  'booked',
  'fill',
  'cancelled',
  'cancel_rejected',
  'closed',
];
const MAX_FILTER_VALUES = 50;
const MAX_MESSAGE_CHARS = 16_384;

/**
 * Reads `symbolFilter`, `apiSessionFilter`, `eventTypeFilter` (each repeatable) and `heartbeat`
 * from the upgrade URL; throws a GeminiError naming the bad value.
 */
export function readOrderEventFilters(url: URL): OrderEventFilters {
  const all = (name: string) => {
    const values = url.searchParams.getAll(name).flatMap((value) => value.split(','));
    if (values.length > MAX_FILTER_VALUES) {
      throw new GeminiError('InvalidJson', `${name} takes at most ${MAX_FILTER_VALUES} values.`);
    }
    return values.filter((value) => value !== '');
  };
  const symbols = all('symbolFilter').map((symbol) => {
    const spec = findSymbol(symbol);
    if (!spec) {
      throw new GeminiError(
        'InvalidSymbol',
        `symbolFilter '${symbol.slice(0, 40)}' is not a symbol. Known symbols: ${SYMBOLS.map((s) => s.symbol).join(', ')}.`,
      );
    }
    return spec.symbol;
  });
  const eventTypes = all('eventTypeFilter');
  const badType = eventTypes.find((type) => !EVENT_TYPES.includes(type));
  if (badType !== undefined) {
    throw new GeminiError(
      'InvalidJson',
      `eventTypeFilter '${badType.slice(0, 40)}' is not an event type. Types: ${EVENT_TYPES.join(', ')}.`,
    );
  }
  const heartbeatText = url.searchParams.get('heartbeat');
  if (heartbeatText !== null && heartbeatText !== 'true' && heartbeatText !== 'false') {
    throw new GeminiError(
      'InvalidJson',
      `heartbeat must be true or false, got '${heartbeatText.slice(0, 20)}'.`,
    );
  }
  return {
    symbols,
    apiSessions: all('apiSessionFilter'),
    eventTypes,
    heartbeat: heartbeatText === 'true',
  };
}

export interface FeedHub {
  openOrderEvents(grant: OrderEventsGrant, socket: FeedSocket): FeedSession;
  openMarketData(url: URL, socket: FeedSocket): FeedSession;
  /** Every fill: the market-data feed publishes it as a trade. */
  publishTrade(trade: Trade): void;
  /** A key was evicted or expired: close its feeds. */
  closeKey(record: KeyRecord): void;
  /** Open feeds, for tests and caps. */
  size(): number;
}

export function createFeedHub(clock: () => number, timers: FeedTimers): FeedHub {
  const orderFeeds = new Map<KeyRecord, Set<() => void>>();
  const marketFeeds = new Set<{ symbols: Set<string>; send: (message: unknown) => void }>();
  let eventId = 9_000_000_000;

  function openOrderEvents({ record, filters }: OrderEventsGrant, socket: FeedSocket) {
    let sequence = 0;
    const send = (message: unknown) => {
      const stamped = Array.isArray(message)
        ? message.map((event) => ({ ...event, socket_sequence: sequence++ }))
        : { ...(message as object), socket_sequence: sequence++ };
      socket.send(JSON.stringify(stamped));
    };
    const passes = (order: Order, type: string) =>
      (filters.symbols.length === 0 || filters.symbols.includes(order.spec.symbol)) &&
      (filters.apiSessions.length === 0 || filters.apiSessions.includes(order.sessionKey)) &&
      (filters.eventTypes.length === 0 || filters.eventTypes.includes(type));
    const observer = (change: OrderChange) => {
      if (passes(change.order, change.kind)) send([orderEvent(change.kind, change, ++eventId)]);
    };
    const accounts: Account[] = [...record.accounts.values()];
    send({
      type: 'subscription_ack',
      accountId: accountIdOf(record),
      subscriptionId: `orderevents-websocket-${record.key.slice(-8)}${eventId}`,
      symbolFilter: filters.symbols,
      apiSessionFilter: filters.apiSessions,
      eventTypeFilter: filters.eventTypes,
    });
    const initial = accounts
      .flatMap((account) => liveOrders(account))
      .filter((order) => passes(order, 'initial'))
      .map((order) =>
        orderEvent('initial', { kind: 'booked', order, timestampMs: clock() }, ++eventId),
      );
    if (initial.length > 0) send(initial);
    for (const account of accounts) account.observers.add(observer);
    const heartbeat = filters.heartbeat
      ? timers.setInterval(() => {
          send({
            type: 'heartbeat',
            timestampms: clock(),
            sequence,
            trace_id: `emulator-${sequence}`,
          });
        }, FEED_HEARTBEAT_MS)
      : undefined;

    let closed = false;
    const stop = () => {
      if (closed) return;
      closed = true;
      for (const account of accounts) account.observers.delete(observer);
      if (heartbeat !== undefined) timers.clearInterval(heartbeat);
      const feeds = orderFeeds.get(record);
      feeds?.delete(shut);
      if (feeds?.size === 0) orderFeeds.delete(record);
    };
    const shut = () => {
      stop();
      socket.close(1008, 'API key expired');
    };
    if (!orderFeeds.has(record)) orderFeeds.set(record, new Set());
    orderFeeds.get(record)!.add(shut);
    return {
      // Gemini's order-events feed takes no client messages; they are ignored.
      message: () => {},
      close: stop,
    };
  }

  function openMarketData(url: URL, socket: FeedSocket): FeedSession {
    const feed = {
      symbols: new Set<string>(),
      send: (message: unknown) => socket.send(JSON.stringify(message)),
    };
    marketFeeds.add(feed);
    const heartbeat = timers.setInterval(
      () => feed.send({ type: 'heartbeat', timestamp: clock() }),
      FEED_HEARTBEAT_MS,
    );
    void url;
    const fail = (message: string) =>
      feed.send({ result: 'error', reason: 'InvalidJson', message });
    return {
      message(text) {
        if (text.length > MAX_MESSAGE_CHARS) {
          return fail(`Messages are at most ${MAX_MESSAGE_CHARS} characters.`);
        }
        let request: unknown;
        try {
          request = JSON.parse(text);
        } catch {
          return fail(
            'Send JSON like {"type":"subscribe","subscriptions":[{"name":"l2","symbols":["BTCUSD"]}]}.',
          );
        }
        const problem = applySubscription(request, feed.symbols, (symbol) => {
          const spec = findSymbol(symbol)!;
          feed.send(l2Snapshot(spec.symbol));
        });
        if (problem) fail(problem);
      },
      close() {
        marketFeeds.delete(feed);
        timers.clearInterval(heartbeat);
      },
    };
  }

  return {
    openOrderEvents,
    openMarketData,
    publishTrade(trade) {
      const symbol = trade.order.spec.symbol;
      for (const feed of marketFeeds) {
        if (!feed.symbols.has(symbol)) continue;
        feed.send({
          type: 'trade',
          symbol: symbol.toUpperCase(),
          event_id: trade.tid,
          timestamp: trade.timestampMs,
          price: formatPrice(trade.order.spec, trade.price),
          quantity: formatDecimal(trade.amount),
          side: trade.order.side,
        });
      }
    },
    closeKey(record) {
      for (const shut of [...(orderFeeds.get(record) ?? [])]) shut();
    },
    size: () => marketFeeds.size + [...orderFeeds.values()].reduce((n, s) => n + s.size, 0),
  };
}

/** Applies a `subscribe`/`unsubscribe` message to the set; returns a problem, or undefined. */
function applySubscription(
  request: unknown,
  symbols: Set<string>,
  subscribed: (symbol: string) => void,
): string | undefined {
  const shape =
    'Send {"type":"subscribe","subscriptions":[{"name":"l2","symbols":["BTCUSD"]}]} (or "unsubscribe").';
  if (typeof request !== 'object' || request === null) return shape;
  const { type, subscriptions } = request as Record<string, unknown>;
  if ((type !== 'subscribe' && type !== 'unsubscribe') || !Array.isArray(subscriptions)) {
    return shape;
  }
  for (const subscription of subscriptions.slice(0, MAX_FILTER_VALUES)) {
    const { name, symbols: list } = (subscription ?? {}) as Record<string, unknown>;
    if (name !== 'l2') {
      return `Subscription name ${JSON.stringify(name)?.slice(0, 40)} is not served by the emulator: it serves "l2" (order book and trades).`;
    }
    if (!Array.isArray(list) || list.some((symbol) => typeof symbol !== 'string')) {
      return 'symbols must be an array of strings like ["BTCUSD"].';
    }
    for (const text of list.slice(0, MAX_FILTER_VALUES) as string[]) {
      const spec = findSymbol(text);
      if (!spec) return `Unknown symbol '${text.slice(0, 40)}'.`;
      if (type === 'unsubscribe') symbols.delete(spec.symbol);
      else if (!symbols.has(spec.symbol)) {
        symbols.add(spec.symbol);
        subscribed(spec.symbol);
      }
    }
  }
  return undefined;
}

/** The first message of an l2 subscription: the whole synthetic book as changes. */
function l2Snapshot(symbol: string) {
  const spec = findSymbol(symbol)!;
  const book = bookOf(spec);
  const level = (side: 'buy' | 'sell') => (entry: { price: bigint; size: bigint }) => [
    side,
    formatPrice(spec, entry.price),
    formatDecimal(entry.size),
  ];
  return {
    type: 'l2_updates',
    symbol: symbol.toUpperCase(),
    changes: [...book.bids.map(level('buy')), ...book.asks.map(level('sell'))],
    trades: [],
    auction_events: [],
  };
}

/** One order event as Gemini's feed writes it. */
function orderEvent(type: OrderChangeKind | 'initial', change: OrderChange, id: number) {
  const { order, trade } = change;
  const average =
    order.executed === 0n
      ? undefined
      : formatPrice(order.spec, divide(order.executedNotional, order.executed));
  return {
    type,
    order_id: order.id,
    event_id: String(id),
    api_session: order.sessionKey,
    ...(order.clientOrderId !== undefined ? { client_order_id: order.clientOrderId } : {}),
    symbol: order.spec.symbol,
    side: order.side,
    ...(order.options[0] ? { behavior: order.options[0] } : {}),
    order_type: 'exchange limit',
    timestamp: String(Math.floor(change.timestampMs / 1000)),
    timestampms: change.timestampMs,
    is_live: order.live,
    is_cancelled: order.cancelled,
    is_hidden: false,
    ...(average !== undefined ? { avg_execution_price: average } : {}),
    executed_amount: formatDecimal(order.executed),
    remaining_amount: formatDecimal(order.amount - order.executed),
    original_amount: order.amountText,
    price: order.priceText,
    ...(type === 'cancelled' || type === 'rejected' ? { reason: order.reason } : {}),
    ...(trade
      ? {
          fill: {
            trade_id: String(trade.tid),
            liquidity: 'Taker',
            price: formatPrice(order.spec, trade.price),
            amount: formatDecimal(trade.amount),
            fee: formatDecimal(trade.fee),
            fee_currency: order.spec.quote,
          },
        }
      : {}),
  };
}

/** A stable numeric account id for the ack (Gemini's are integers). */
function accountIdOf(record: KeyRecord): number {
  let hash = 0;
  for (const char of record.key) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return hash % 100_000_000;
}
