/**
 * The sandbox emulator: Gemini's private and public REST API as one fetch handler (a Hono app)
 * with no Node-only APIs, so the same code serves the page, `npm run sandbox` and CCXT.
 * State (keys, accounts, orders) lives in memory only. Time, randomness and waiting are
 * injected, so tests are deterministic.
 */
import { Hono, type Context } from 'hono';
import { importHmacKey } from '../signing/index.ts';
import {
  type HmacSha384,
  checkNonce,
  checkRequestPath,
  checkRole,
  decodePayload,
  findKey,
  readAuthHeaders,
  resolveAccount,
  verifySignature,
  type KeyRecord,
} from './auth.ts';
import { CATALOGUE, findEndpoint, ORDER_EVENTS_ENDPOINT, type EndpointSpec } from './catalogue.ts';
import {
  errorResponse,
  GeminiError,
  jsonResponse,
  systemError,
  systemErrorResponse,
} from './errors.ts';
import {
  checkKeyOptions,
  generateKeyPair,
  type KeyOptions,
  type KeySettings,
  type MintedKey,
} from './keys.ts';
import { cancelOrder, createAccount, createIdSource, formatPrice, type Trade } from './market.ts';
import { PRIVATE_HANDLERS } from './private-routes.ts';
import {
  createFeedHub,
  readOrderEventFilters,
  type FeedSession,
  type FeedSocket,
  type FeedTimers,
  type OrderEventsGrant,
} from './feeds.ts';
import {
  backgroundTrades,
  candles,
  feePromos,
  orderBook,
  priceFeed,
  pubticker,
  queryInteger,
  requireSymbol,
  rootPage,
  symbolDetails,
  symbolsList,
  ticker,
  tradesView,
  type PublicTrade,
} from './public-routes.ts';
import { networksOf } from './funds.ts';
import { readCapped, TooLarge } from '../read-capped.ts';
import { formatDecimal } from './decimal.ts';
import { raiseNonceFloor, readNonceFloor } from './nonce-floor.ts';
import { exportAccounts, readAccountState, type AccountState } from './account-state.ts';
import {
  decide,
  initialRateState,
  PUBLIC_RATE_LIMIT,
  type RateLimitPolicy,
  type RateLimitState,
} from './rate-limit.ts';

export { CATALOGUE, findEndpoint, ORDER_OPTIONS } from './catalogue.ts';
export type { EndpointSpec, ParamSpec, ParamType } from './catalogue.ts';
export { REASONS, reasonSlug, statusOf, type Reason } from './reasons.ts';
export { ROLES, ROLE_NAMES, checkKeyOptions } from './keys.ts';
export type { KeyOptions, KeySettings, MintedKey, Role, Scope } from './keys.ts';
export { SYMBOLS, STARTING_BALANCES, FEES_BPS } from './market.ts';
export { PRIVATE_RATE_LIMIT, PUBLIC_RATE_LIMIT, type RateLimitPolicy } from './rate-limit.ts';
export type { HmacSha384 } from './auth.ts';
export { ACCOUNT_STATE_VERSION, type AccountState } from './account-state.ts';
export {
  FEED_HEARTBEAT_MS,
  type FeedSession,
  type FeedSocket,
  type FeedTimers,
  type OrderEventsGrant,
} from './feeds.ts';

export interface EmulatorOptions {
  /** Epoch milliseconds; default `Date.now`. */
  clock?: () => number;
  /** Uniform in [0, 1); mints keys. Default: `crypto.getRandomValues`. */
  random?: () => number;
  /** Waits while a request sits in the rate-limit queue. Default: `setTimeout`. */
  sleep?: (ms: number) => Promise<void>;
  /** The limit for public endpoints, per client. Default: Gemini's 120/min + 5 queued. */
  publicRateLimit?: RateLimitPolicy;
  /** Sees unexpected errors (answered as a bare 500 System error); the Node server logs them. */
  onInternalError?: (error: unknown) => void;
  /** Verifies signatures; default WebCrypto. Node passes `node:crypto` (see `nodeHmacSha384`). */
  hmac?: HmacSha384;
  /**
   * Web origins allowed to mint keys besides local ones (http://127.0.0.1, localhost, [::1] on
   * any port) and the request's own origin. A mint carrying any other `Origin` is refused.
   */
  mintOrigins?: readonly string[];
  /** Mints per client: a bucket of `burst` refilled at `perMinute`. Default 120, then 60 per minute. */
  mintLimit?: { perMinute: number; burst: number };
  /** How many keys live at once (the least recently used goes first). Default 1,000. */
  maxKeys?: number;
  /** A key unused this long expires with its accounts and orders. Default 24 h. */
  keyIdleMs?: number;
  /** Heartbeat timers of the WebSocket feeds; default the global setInterval/clearInterval. */
  timers?: FeedTimers;
}

/** Per-request facts the host adds: the Node server passes the client's address. */
export interface RequestContext {
  clientId?: string;
}

export interface Emulator {
  fetch(request: Request, context?: RequestContext): Promise<Response>;
  /** Mints a key as `POST /emulator/keys` does; throws an Error saying what is wrong with bad options. */
  mintKey(options?: KeyOptions): Promise<MintedKey>;
  /** Adds a key with a given key and secret (replacing one of the same name): for test vectors and hosts. */
  importKey(input: KeyOptions & { key: string; secret: string }): Promise<MintedKey>;
  /** The Hono app, to mount under another app. */
  app: Hono<{ Bindings: RequestContext }>;
  /** The WebSocket feeds, for a host that accepts sockets (see feeds.ts). */
  feeds: EmulatorFeeds;
  /**
   * A signed `POST` to a private endpoint without Request/Response objects, for hosts with their
   * own HTTP layer (the Node server's fast path). Undefined (at once, not a promise) when the
   * path is not a private endpoint: then use `fetch`. The body is ignored, as in `fetch`.
   */
  answerSigned(call: SignedCall): Promise<PlainAnswer> | undefined;
  /**
   * The key's nonce floor (its last accepted nonce, as decimal text) for a host that keeps it
   * across restarts; undefined for an unknown key, a key without calls yet, or a time-based key
   * (judged by the clock within ±30 s, it has no floor). See nonce-floor.ts.
   */
  nonceFloor(key: string): string | undefined;
  /** Raises a key's nonce floor (never lowers it), e.g. restored from storage; throws for an unknown key or bad text. */
  restoreNonceFloor(key: string, floor: string): void;
  /**
   * A key's accounts (balances, orders, trades, id counters) as versioned JSON-safe data, for a
   * host that keeps them across restarts; undefined for an unknown key. See account-state.ts.
   */
  exportAccountState(key: string): AccountState | undefined;
  /** Replaces a key's accounts with a snapshot; throws an Error saying what is wrong (changing nothing). */
  importAccountState(key: string, snapshot: unknown): void;
}

/** Where the X-GEMINI-* headers are read from (`Headers`, or a wrapper over Node's). */
export interface HeaderSource {
  get(name: string): string | null | undefined;
}

export interface SignedCall {
  /** The URL path, without the query string. */
  path: string;
  headers: HeaderSource;
}

export interface PlainAnswer {
  status: number;
  headers: Record<string, string>;
  /** JSON text; Content-Type is application/json. */
  body: string;
}

const PRIVATE_ROUTES = CATALOGUE.filter((endpoint) => endpoint.access === 'private').map(
  (endpoint) => ({
    endpoint,
    names: [...endpoint.path.matchAll(/:([A-Za-z_]+)/g)].map((m) => m[1]),
    pattern: new RegExp(
      `^${endpoint.path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/:[A-Za-z_]+/g, '([^/]+)')}$`,
    ),
  }),
);

/** The private endpoint a path names, with its decoded `:name` segments. */
function matchPrivateRoute(path: string) {
  for (const route of PRIVATE_ROUTES) {
    const match = route.pattern.exec(path);
    if (!match) continue;
    const params: Record<string, string> = {};
    route.names.forEach((name, i) => (params[name] = safeDecode(match[i + 1])));
    return { endpoint: route.endpoint, params };
  }
  return undefined;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * WebSockets without a transport. For `GET /v1/order/events` with `Upgrade: websocket`, call
 * `authorizeOrderEvents(request)`: a Response is the refusal to send instead of upgrading; a
 * grant means accept the socket and call `openOrderEvents(grant, socket)`. For
 * `/v2/marketdata`, accept and call `openMarketData(request, socket)`. Pass each text message
 * to `session.message(text)` and the close to `session.close()`.
 */
export interface EmulatorFeeds {
  authorizeOrderEvents(request: Request): Promise<OrderEventsGrant | Response>;
  openOrderEvents(grant: OrderEventsGrant, socket: FeedSocket): FeedSession;
  openMarketData(request: Request | string, socket: FeedSocket): FeedSession;
  /** Open feeds. */
  size(): number;
}

/**
 * The emulator's revoke drill (not a Gemini endpoint: Gemini revokes keys in Settings → API). A
 * signed POST whose payload is `{"request":"/emulator/keys/revoke","nonce":…}` revokes the
 * signing key.
 */
export const REVOKE_PATH = '/emulator/keys/revoke';

/** Gemini: "if the exchange does not receive a message for 30 seconds … cancel all outstanding orders". */
export const HEARTBEAT_TIMEOUT_MS = 30_000;
// Memory bounds for a long-running emulator: the least recently used keys (and their accounts)
// go first, and keys idle for a day expire.
export const EMULATOR_CAPS = {
  maxKeys: 1_000,
  keyIdleMs: 24 * 3_600_000,
  maxClients: 10_000,
  maxMintBodyBytes: 16_384,
  mintLimit: { perMinute: 60, burst: 120 },
} as const;
const MAX_CLIENTS = EMULATOR_CAPS.maxClients;
const MAX_PUBLIC_TRADES = 500;
const MAX_MINT_BODY_BYTES = EMULATOR_CAPS.maxMintBodyBytes;
const LOCAL_ORIGIN = /^https?:\/\/(?:127\.0\.0\.1|localhost|\[::1\])(?::\d{1,5})?$/;

export function createEmulator(options: EmulatorOptions = {}): Emulator {
  const clock = options.clock ?? Date.now;
  const random = options.random ?? cryptoRandom;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const publicLimit = options.publicRateLimit ?? PUBLIC_RATE_LIMIT;
  const keys = new Map<string, KeyRecord>();
  const heartbeatKeys = new Set<KeyRecord>();
  const publicRates = new Map<string, RateLimitState>();
  const mintBuckets = new Map<string, { tokens: number; atMs: number }>();
  const ids = createIdSource();
  const hub = createFeedHub(clock, options.timers ?? globalThis);
  /** The emulator's own fills per symbol, newest first, for `/v1/trades` (bounded). */
  const recentTrades = new Map<string, PublicTrade[]>();
  function recordTrade(trade: Trade) {
    const { spec } = trade.order;
    const list = recentTrades.get(spec.symbol) ?? [];
    list.unshift({
      timestampMs: trade.timestampMs,
      tid: trade.tid,
      price: formatPrice(spec, trade.price),
      amount: formatDecimal(trade.amount),
      side: trade.order.side,
    });
    if (list.length > MAX_PUBLIC_TRADES) list.pop();
    recentTrades.set(spec.symbol, list);
    hub.publishTrade(trade);
  }
  const maxKeys = options.maxKeys ?? EMULATOR_CAPS.maxKeys;
  const keyIdleMs = options.keyIdleMs ?? EMULATOR_CAPS.keyIdleMs;
  const mintLimit = options.mintLimit ?? EMULATOR_CAPS.mintLimit;
  const mintOrigins = new Set(options.mintOrigins ?? []);

  function dropKey(record: KeyRecord) {
    keys.delete(record.key);
    heartbeatKeys.delete(record);
    hub.closeKey(record);
  }

  /** Keys sit in the map by last use (oldest first): expire the idle ones, then keep the cap. */
  function evictIdle(now: number) {
    for (const record of keys.values()) {
      if (keys.size <= maxKeys && now - record.lastUsedMs < keyIdleMs) break;
      dropKey(record);
    }
  }

  function touch(record: KeyRecord, now: number) {
    record.lastUsedMs = now;
    keys.delete(record.key);
    keys.set(record.key, record);
  }

  async function mintKey(input: unknown = {}): Promise<MintedKey> {
    const check = checkKeyOptions(input);
    if (!check.ok) throw new Error(check.problem);
    const { key, secret } = generateKeyPair(check.settings.scope, random);
    return addKey(key, secret, check.settings);
  }

  /** A key with a given key and secret (conformance vectors; a host restoring its keys). */
  async function importKey(input: KeyOptions & { key: string; secret: string }) {
    const { key, secret, ...rest } = input;
    if (typeof key !== 'string' || !/^[\x21-\x7e]{1,100}$/.test(key)) {
      throw new Error('key must be 1 to 100 printable ASCII characters without spaces.');
    }
    if (typeof secret !== 'string' || secret.length < 1 || secret.length > 200) {
      throw new Error('secret must be a string of 1 to 200 characters.');
    }
    const check = checkKeyOptions(rest);
    if (!check.ok) throw new Error(check.problem);
    return addKey(key, secret, check.settings);
  }

  async function addKey(key: string, secret: string, settings: KeySettings): Promise<MintedKey> {
    const now = clock();
    const record: KeyRecord = {
      key,
      secret,
      settings,
      accounts: new Map([['primary', createAccount(now)]]),
      lastAuthenticatedMs: now,
      lastUsedMs: now,
      rate: initialRateState(),
      queue: Promise.resolve(),
    };
    if (!options.hmac) record.cryptoKey = await importHmacKey(secret);
    const previous = keys.get(key);
    if (previous) dropKey(previous);
    keys.set(key, record);
    if (settings.requiresHeartbeat) heartbeatKeys.add(record);
    evictIdle(now);
    return { key, secret, ...settings, account: 'primary' };
  }

  /**
   * Refuses mints (and revocations) from other web origins: a page elsewhere must not evict,
   * farm or revoke keys.
   */
  function checkMintOrigin(request: Request, action = 'Minting keys') {
    const origin = request.headers.get('Origin');
    if (origin === null) return;
    if (LOCAL_ORIGIN.test(origin) || mintOrigins.has(origin)) return;
    if (origin === new URL(request.url).origin) return;
    throw new GeminiError(
      'MissingRole',
      `${action} is refused for pages on other origins (this request came from ${JSON.stringify(origin.slice(0, 100))}). Use this site's playground, or curl or a script (they send no Origin).`,
    );
  }

  /** A token bucket per client: a burst of mints, then a steady trickle. */
  function throttleMint(client: string) {
    const now = clock();
    if (!mintBuckets.has(client) && mintBuckets.size >= MAX_CLIENTS) mintBuckets.clear();
    const bucket = mintBuckets.get(client) ?? { tokens: mintLimit.burst, atMs: now };
    const refill = ((now - bucket.atMs) * mintLimit.perMinute) / 60_000;
    const tokens = Math.min(mintLimit.burst, bucket.tokens + Math.max(0, refill));
    if (tokens < 1) {
      const retry = Math.max(1, Math.ceil(((1 - tokens) * 60) / mintLimit.perMinute));
      mintBuckets.set(client, { tokens, atMs: now });
      throw new GeminiError(
        'RateLimit',
        `Too many keys minted: the limit is ${mintLimit.burst} at once, then ${mintLimit.perMinute} per minute per client. Reuse a key, or retry after ${retry} s.`,
        { 'Retry-After': String(retry) },
      );
    }
    mintBuckets.set(client, { tokens: tokens - 1, atMs: now });
  }

  /**
   * Admits a request under the rate limit at the moment it arrives: returns how long it must
   * wait in the queue (0 when served at once), or throws RateLimit. Synchronous, so the decision
   * follows arrival order; the caller waits.
   */
  function admit(
    state: RateLimitState,
    policy: RateLimitPolicy,
    store: (s: RateLimitState) => void,
  ): number {
    const { state: next, decision } = decide(state, policy, clock());
    store(next);
    if (decision.kind === 'rejected') {
      throw new GeminiError(
        'RateLimit',
        `Requests were made too frequently: the limit is ${policy.perMinute} per minute plus ${policy.burst} queued. Retry after ${decision.retryAfterSeconds} s and slow down.`,
        { 'Retry-After': String(decision.retryAfterSeconds) },
      );
    }
    return decision.kind === 'queued' ? decision.waitMs : 0;
  }

  /** Cancels the orders of heartbeat keys that went quiet for 30 s (lazily, at the time they expired). */
  function expireHeartbeats(now: number) {
    for (const record of heartbeatKeys) {
      if (now - record.lastAuthenticatedMs < HEARTBEAT_TIMEOUT_MS) continue;
      for (const account of record.accounts.values()) {
        for (const order of account.orders.values()) {
          if (order.live && order.sessionKey === record.key) cancelOrder(order, 'Heartbeat', now);
        }
      }
    }
  }

  /**
   * The checks of a signed call up to the role, in arrival order: headers, key, rate limit,
   * signature, payload, request path, nonce. Resolves once the call may be served.
   */
  async function authenticate(
    rawHeaders: HeaderSource,
    requestPath: string,
  ): Promise<{ record: KeyRecord; payload: Record<string, unknown> }> {
    const headers = readAuthHeaders(rawHeaders);
    const record = findKey(keys, headers.apiKey);
    const servedAt =
      clock() + admit(record.rate, record.settings.rateLimit, (s) => (record.rate = s));
    // Signature and nonce are judged in arrival order, before any queue wait: a queued request
    // keeps its place, so its nonce is not overtaken by later calls while it waits.
    const payload = await inArrivalOrder(record, async () => {
      await verifySignature(record, headers, options.hmac);
      const payload = decodePayload(headers.payload);
      checkRequestPath(payload, requestPath);
      const arrivedAt = clock();
      expireHeartbeats(arrivedAt);
      checkNonce(record, payload, arrivedAt);
      record.lastAuthenticatedMs = arrivedAt;
      touch(record, arrivedAt);
      return payload;
    });
    const wait = servedAt - clock();
    if (wait > 0) await sleep(wait);
    return { record, payload };
  }

  /** A private call from headers to the answer's body (throws GeminiError). */
  async function answerPrivate(
    endpoint: EndpointSpec,
    path: string,
    params: Record<string, string>,
    headers: HeaderSource,
  ): Promise<unknown> {
    // The payload's request is the path as sent, so path segments (`/v1/addresses/bitcoin`) count.
    const { record, payload } = await authenticate(headers, path);
    const now = clock();
    checkRole(record, endpoint);
    const account = resolveAccount(record, payload, endpoint);
    return PRIVATE_HANDLERS[endpoint.path]({
      record,
      account,
      payload,
      now,
      ids,
      onTrade: recordTrade,
      params,
    });
  }

  async function handlePrivate(c: Context, endpoint: EndpointSpec): Promise<Response> {
    const params = c.req.param() as Record<string, string>;
    return jsonResponse(await answerPrivate(endpoint, c.req.path, params, c.req.raw.headers));
  }

  /** The same private call without Request/Response objects (see `Emulator.answerSigned`). */
  function answerSigned(call: SignedCall): Promise<PlainAnswer> | undefined {
    const route = matchPrivateRoute(call.path);
    return route && answerRoute(route, call);
  }

  async function answerRoute(
    route: NonNullable<ReturnType<typeof matchPrivateRoute>>,
    call: SignedCall,
  ): Promise<PlainAnswer> {
    try {
      const body = await answerPrivate(route.endpoint, call.path, route.params, call.headers);
      return { status: 200, headers: {}, body: JSON.stringify(body) };
    } catch (error) {
      if (!(error instanceof GeminiError)) {
        options.onInternalError?.(error);
        error = systemError();
      }
      const { status, reason, message, headers } = error as GeminiError;
      return { status, headers, body: JSON.stringify({ result: 'error', reason, message }) };
    }
  }

  /** Authorizes a `/v1/order/events` upgrade: the same checks as a private call (Trader or Auditor). */
  async function authorizeOrderEvents(request: Request): Promise<OrderEventsGrant | Response> {
    try {
      const url = new URL(request.url);
      const filters = readOrderEventFilters(url);
      const { record } = await authenticate(request.headers, ORDER_EVENTS_ENDPOINT.path);
      checkRole(record, ORDER_EVENTS_ENDPOINT);
      return { record, filters };
    } catch (error) {
      if (error instanceof GeminiError) return errorResponse(error);
      options.onInternalError?.(error);
      return systemErrorResponse();
    }
  }

  async function throttlePublic(c: Context<{ Bindings: RequestContext }>) {
    const client = c.env?.clientId ?? 'local';
    if (!publicRates.has(client) && publicRates.size >= MAX_CLIENTS) publicRates.clear();
    const queuedMs = admit(publicRates.get(client) ?? initialRateState(), publicLimit, (s) =>
      publicRates.set(client, s),
    );
    if (queuedMs > 0) await sleep(queuedMs);
  }

  async function handlePublic(c: Context<{ Bindings: RequestContext }>, body: () => unknown) {
    await throttlePublic(c);
    return jsonResponse(body());
  }

  const app = new Hono<{ Bindings: RequestContext }>();

  app.post('/emulator/keys', async (c) => {
    checkMintOrigin(c.req.raw);
    throttleMint(c.env?.clientId ?? 'local');
    let options: unknown;
    try {
      const text = new TextDecoder().decode(await readCapped(c.req.raw.body, MAX_MINT_BODY_BYTES));
      // Plain JSON.parse (not src/lib/json): key options are flags and small whole numbers.
      options = text.trim() === '' ? {} : JSON.parse(text);
    } catch (error) {
      const why =
        error instanceof TooLarge
          ? `the body is larger than ${MAX_MINT_BODY_BYTES} bytes`
          : (error as Error).message;
      throw new GeminiError('InvalidJson', `Key options must be a JSON object: ${why}`);
    }
    try {
      return jsonResponse(await mintKey(options));
    } catch (error) {
      throw new GeminiError('InvalidJson', `Invalid key options: ${(error as Error).message}`);
    }
  });

  // The revoke drill: the key that signs this request is revoked, as if removed in Gemini's
  // Settings → API. Only the key's holder can do it (a signed call, the secret never travels);
  // from then on the key is unknown, so the next call with it fails as an unknown key does.
  app.post(REVOKE_PATH, async (c) => {
    checkMintOrigin(c.req.raw, 'Revoking keys');
    const { record } = await authenticate(c.req.raw.headers, REVOKE_PATH);
    dropKey(record);
    return jsonResponse({
      result: 'ok',
      key: record.key,
      revoked: true,
      message: `Key ${record.key} is revoked: every later call signed with it is refused with InvalidSignature (unknown key).`,
    });
  });
  app.all(REVOKE_PATH, () => {
    throw new GeminiError(
      'EndpointNotFound',
      `${REVOKE_PATH} revokes the key that signs the request: send a POST with the X-GEMINI-APIKEY, X-GEMINI-PAYLOAD ({"request":"${REVOKE_PATH}","nonce":…}) and X-GEMINI-SIGNATURE headers.`,
    );
  });

  app.get('/', async (c) => {
    await throttlePublic(c);
    return c.html(rootPage());
  });
  app.get('/v1/symbols', (c) => handlePublic(c, symbolsList));
  app.get('/v1/symbols/details/:symbol', (c) =>
    handlePublic(c, () => symbolDetails(requireSymbol(c.req.param('symbol')))),
  );
  app.get('/v1/pubticker/:symbol', (c) =>
    handlePublic(c, () => pubticker(requireSymbol(c.req.param('symbol')), clock())),
  );
  app.get('/v2/ticker/:symbol', (c) =>
    handlePublic(c, () => ticker(requireSymbol(c.req.param('symbol')))),
  );
  app.get('/v1/book/:symbol', (c) =>
    handlePublic(c, () =>
      orderBook(
        requireSymbol(c.req.param('symbol')),
        clock(),
        queryInteger(c.req.query('limit_bids'), 'limit_bids', 50, 0, 500),
        queryInteger(c.req.query('limit_asks'), 'limit_asks', 50, 0, 500),
      ),
    ),
  );
  app.get('/v1/trades/:symbol', (c) =>
    handlePublic(c, () => {
      const spec = requireSymbol(c.req.param('symbol'));
      const now = clock();
      const limit = queryInteger(c.req.query('limit_trades'), 'limit_trades', 50, 1, 500);
      const sinceTid = queryInteger(
        c.req.query('since_tid'),
        'since_tid',
        0,
        0,
        Number.MAX_SAFE_INTEGER,
      );
      let since = queryInteger(
        c.req.query('timestamp'),
        'timestamp',
        0,
        0,
        Number.MAX_SAFE_INTEGER,
      );
      if (since < 1e11) since *= 1000; // seconds, as Gemini documents; milliseconds accepted
      const own = recentTrades.get(spec.symbol) ?? [];
      return tradesView(
        [...own, ...backgroundTrades(spec, now)]
          .filter((trade) => trade.timestampMs >= since && trade.tid > sinceTid)
          .sort((a, b) => b.timestampMs - a.timestampMs || b.tid - a.tid)
          .slice(0, limit),
      );
    }),
  );
  app.get('/v1/pricefeed', (c) => handlePublic(c, priceFeed));
  app.get('/v1/feepromos', (c) => handlePublic(c, feePromos));
  app.get('/v2/candles/:symbol/:time_frame', (c) =>
    handlePublic(c, () =>
      candles(requireSymbol(c.req.param('symbol')), c.req.param('time_frame'), clock()),
    ),
  );
  app.get('/v2/network/:token', (c) => handlePublic(c, () => networksOf(c.req.param('token'))));
  for (const endpoint of CATALOGUE) {
    if (endpoint.access === 'private') app.post(endpoint.path, (c) => handlePrivate(c, endpoint));
  }

  app.notFound((c) => {
    const endpoint = findEndpoint(c.req.path);
    const message = endpoint
      ? `${endpoint.path} is a ${endpoint.access} endpoint: ${
          endpoint.access === 'private'
            ? 'send a POST with the X-GEMINI-APIKEY, X-GEMINI-PAYLOAD and X-GEMINI-SIGNATURE headers'
            : 'send a GET'
        }, not ${c.req.method}.`
      : `API entry point '${c.req.path.slice(0, 100)}' not found.`;
    return errorResponse(new GeminiError('EndpointNotFound', message));
  });

  app.onError((error) => {
    if (error instanceof GeminiError) return errorResponse(error);
    options.onInternalError?.(error);
    return systemErrorResponse();
  });

  /** A key a host restores state into; throws for an unknown one. */
  function knownKey(key: string): KeyRecord {
    const record = keys.get(key);
    if (!record)
      throw new Error(`No key ${JSON.stringify(key.slice(0, 100))}: mint or import it first.`);
    return record;
  }

  return {
    app,
    answerSigned,
    feeds: {
      authorizeOrderEvents,
      openOrderEvents: hub.openOrderEvents,
      openMarketData: (request, socket) =>
        hub.openMarketData(new URL(typeof request === 'string' ? request : request.url), socket),
      size: hub.size,
    },
    mintKey: (keyOptions) => mintKey(keyOptions),
    importKey,
    nonceFloor: (key) => {
      const record = keys.get(key);
      return record && readNonceFloor(record);
    },
    restoreNonceFloor: (key, floor) => raiseNonceFloor(knownKey(key), floor),
    exportAccountState: (key) => {
      const record = keys.get(key);
      return record && exportAccounts(record, ids);
    },
    importAccountState: (key, snapshot) => {
      const record = knownKey(key);
      const state = readAccountState(record, snapshot);
      record.accounts = state.accounts;
      ids.raise(state.ids);
    },
    fetch: async (request, context = {}) => {
      try {
        return await app.fetch(request, context);
      } catch (error) {
        options.onInternalError?.(error);
        return systemErrorResponse();
      }
    },
  };
}

/**
 * Runs a key's signature and nonce checks one call at a time, in the order the calls arrived:
 * WebCrypto resolves concurrent signatures in any order, and nonces must be judged in sequence.
 */
async function inArrivalOrder<T>(record: KeyRecord, check: () => Promise<T>): Promise<T> {
  const previous = record.queue;
  let release!: () => void;
  record.queue = new Promise<void>((resolve) => (release = resolve));
  await previous;
  try {
    return await check();
  } finally {
    release();
  }
}

/** Uniform in [0, 1) from crypto.getRandomValues, drawn 256 at a time (one buffer, reused). */
const randomPool = new Uint32Array(256);
let randomLeft = 0;
function cryptoRandom(): number {
  if (randomLeft === 0) {
    crypto.getRandomValues(randomPool);
    randomLeft = randomPool.length;
  }
  return randomPool[--randomLeft] / 2 ** 32;
}
