import { describe, expect, it } from 'vitest';
import {
  CATALOGUE,
  createEmulator,
  REASONS,
  reasonSlug,
  type KeyOptions,
  type MintedKey,
  type Reason,
} from '../../src/lib/emulator/index.ts';
import {
  hmacSha384Hex,
  signRequest,
  encodeBase64,
  type Nonce,
} from '../../src/lib/signing/index.ts';

const START = 1_700_000_000_000;
const BASE = 'http://emulator.test';

/** A fake clock whose sleeps resolve only when the test advances time. */
function fakeTime(start = START) {
  let now = start;
  let failing = false;
  const timers: { at: number; resolve: () => void }[] = [];
  return {
    clock: () => {
      if (failing) throw new Error('clock exploded (internal detail that must not leak)');
      return now;
    },
    sleep: (ms: number) => new Promise<void>((resolve) => timers.push({ at: now + ms, resolve })),
    async advance(ms: number) {
      now += ms;
      timers.sort((a, b) => a.at - b.at);
      while (timers.length > 0 && timers[0].at <= now) timers.shift()!.resolve();
      await flush();
    },
    pending: () => timers.length,
    now: () => now,
    fail: (value: boolean) => (failing = value),
  };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Lets pending work (WebCrypto runs off the main thread) settle until `done()` or a bound. */
async function settle(done: () => boolean) {
  for (let i = 0; i < 500 && !done(); i++) await new Promise((resolve) => setTimeout(resolve, 1));
}

/** A seeded generator, so minted keys are the same on every run. */
function seededRandom(seed = 42) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

interface CallOptions {
  nonce?: Nonce;
  account?: string;
  json?: string;
  secret?: string;
  headers?: Record<string, string | undefined>;
  body?: string;
  request?: string;
}

/**
 * `pace`: fake milliseconds that pass before each signed call, so ordinary tests stay within
 * the 600/min limit (100 ms = exactly 10/s); the rate-limit tests send bursts with pace 0.
 */
function setup({ pace = 100 } = {}) {
  const time = fakeTime();
  const emulator = createEmulator({ clock: time.clock, sleep: time.sleep, random: seededRandom() });
  let nonce = START;

  async function mint(options: KeyOptions = {}): Promise<MintedKey> {
    const response = await emulator.fetch(
      new Request(`${BASE}/emulator/keys`, { method: 'POST', body: JSON.stringify(options) }),
    );
    expect(response.status).toBe(200);
    return response.json();
  }

  /** A signed request, ready to send; options override parts of it to provoke errors. */
  async function sign(key: MintedKey, path: string, params = {}, options: CallOptions = {}) {
    const signed = await signRequest({
      apiKey: key.key,
      secret: options.secret ?? key.secret,
      request: options.request ?? path,
      nonce: options.nonce ?? ++nonce,
      params,
      account: options.account ?? (key.scope === 'master' ? 'primary' : undefined),
      json: options.json,
    });
    const headers: Record<string, string> = { ...signed.headers };
    for (const [name, value] of Object.entries(options.headers ?? {})) {
      if (value === undefined) delete headers[name];
      else headers[name] = value;
    }
    return new Request(`${BASE}${path}`, { method: 'POST', headers, body: options.body });
  }

  async function send(key: MintedKey, path: string, params = {}, options: CallOptions = {}) {
    if (pace > 0) await time.advance(pace);
    return emulator.fetch(await sign(key, path, params, options));
  }

  /** Sends and returns the parsed body, asserting the status. */
  async function call(key: MintedKey, path: string, params = {}, options: CallOptions = {}) {
    const response = await send(key, path, params, options);
    const body = await response.json();
    if (response.status !== 200) throw new Error(`${response.status} ${JSON.stringify(body)}`);
    return body;
  }

  return { emulator, time, mint, sign, send, call, nextNonce: () => ++nonce };
}

async function expectError(
  response: Response | Promise<Response>,
  status: number,
  reason: Reason,
  message: string | RegExp,
) {
  const res = await response;
  expect(res.headers.get('content-type')).toMatch(/^application\/json/);
  const body = await res.json();
  expect({ status: res.status, ...body }).toMatchObject({ status, result: 'error', reason });
  expect(Object.keys(body).sort()).toEqual(['message', 'reason', 'result']);
  if (typeof message === 'string') expect(body.message).toBe(message);
  else expect(body.message).toMatch(message);
  return body;
}

const order = (overrides: Record<string, unknown> = {}) => ({
  symbol: 'btcusd',
  amount: '0.1',
  price: '50000.00',
  side: 'buy',
  type: 'exchange limit',
  ...overrides,
});

interface Balance {
  currency: string;
  amount: string;
  available: string;
  availableForWithdrawal: string;
}
const balance = (balances: Balance[], currency: string) =>
  balances.find((b) => b.currency === currency)!;

describe('every reason in REASONS is produced, with its status and message', () => {
  const produced = new Set<string>();
  const check = async (
    response: Response | Promise<Response>,
    reason: Reason,
    message: string | RegExp,
  ) => {
    const status = REASONS.find((r) => r.reason === reason)!.status;
    await expectError(response, status, reason, message);
    produced.add(reason);
  };

  it('header, key, signature, JSON, path and nonce checks', async () => {
    const { mint, send, emulator } = setup();
    const key = await mint();
    await check(
      send(key, '/v1/balances', {}, { headers: { 'X-GEMINI-APIKEY': undefined } }),
      'MissingApikeyHeader',
      "Must provide 'X-GEMINI-APIKEY' header",
    );
    await check(
      send(key, '/v1/balances', {}, { headers: { 'X-GEMINI-PAYLOAD': undefined } }),
      'MissingPayloadHeader',
      "Must provide 'X-GEMINI-PAYLOAD' header",
    );
    await check(
      send(key, '/v1/balances', {}, { headers: { 'X-GEMINI-SIGNATURE': '' } }),
      'MissingSignatureHeader',
      "Must provide 'X-GEMINI-SIGNATURE' header",
    );
    await check(
      send(key, '/v1/balances', {}, { secret: 'wrong-secret' }),
      'InvalidSignature',
      /does not match.*exactly as sent/,
    );
    await check(
      send({ ...key, key: 'account-UNKNOWN0000000000000' }, '/v1/balances'),
      'InvalidSignature',
      /Invalid API key 'account-UNKNOWN0000000000000'.*POST \/emulator\/keys/,
    );
    const garbage = 'not base64!';
    await check(
      send(
        key,
        '/v1/balances',
        {},
        {
          headers: {
            'X-GEMINI-PAYLOAD': garbage,
            'X-GEMINI-SIGNATURE': await hmacSha384Hex(key.secret, garbage),
          },
        },
      ),
      'InvalidJson',
      /not standard base64/,
    );
    await check(
      send(key, '/v1/balances', {}, { json: '{"request":"/v1/balances",' }),
      'InvalidJson',
      /decoded X-GEMINI-PAYLOAD is not JSON/,
    );
    await check(
      send(key, '/v1/balances', {}, { json: '[1,2]' }),
      'InvalidJson',
      /must be a JSON object/,
    );
    await check(
      send(key, '/v1/balances', {}, { request: '/v1/orders' }),
      'EndpointMismatch',
      "The request was submitted to an endpoint different than the one in the payload: the payload's request is \"/v1/orders\", the URL path is '/v1/balances'.",
    );
    await check(
      send(key, '/v1/balances', {}, { json: '{"nonce":1700000000999}' }),
      'EndpointMismatch',
      "The payload has no 'request' field; it must be the path you POST to, '/v1/balances'.",
    );
    await check(
      send(key, '/v1/nothing-here'),
      'EndpointNotFound',
      "API entry point '/v1/nothing-here' not found.",
    );
    await check(
      emulator.fetch(new Request(`${BASE}/v1/balances`)),
      'EndpointNotFound',
      /\/v1\/balances is a private endpoint: send a POST .* not GET\./,
    );
    await check(
      send(key, '/v1/balances', {}, { json: '{"request":"/v1/balances"}' }),
      'MissingNonce',
      'A nonce was not provided in the payload.',
    );
    await call200(send(key, '/v1/balances', {}, { nonce: 1_800_000_000_000 }));
    await check(
      send(key, '/v1/balances', {}, { nonce: 1_700_000_000_500 }),
      'InvalidNonce',
      "Nonce '1700000000500' has not increased since your last call to the Gemini API.",
    );
    await check(
      send(key, '/v1/balances', {}, { nonce: 'soon' }),
      'InvalidNonce',
      /Nonce 'soon' is not a number/,
    );
  });

  it('role, account and order checks', async () => {
    const { mint, send } = setup();
    const auditor = await mint({ roles: ['auditor'] });
    await check(
      send(auditor, '/v1/order/new', order()),
      'MissingRole',
      "This API key lacks the role /v1/order/new requires: Trader. The key's roles: Auditor. Create a key with that role.",
    );
    const master = await mint({ scope: 'master' });
    await check(
      sendWithoutAccount(send, master),
      'MissingAccountName',
      `Master API keys must name the account to act for: add "account": "primary" to the payload (this group's accounts: 'primary').`,
    );
    const trader = await mint();
    await check(
      send(trader, '/v1/balances', {}, { account: 'primary' }),
      'AccountsOnGroupOnlyApi',
      "The 'account' parameter is only for master API keys; this is an account-level key, so remove 'account' from the payload.",
    );
    const cases: [Record<string, unknown>, Reason, string | RegExp][] = [
      [
        order({ symbol: 'dogeusd' }),
        'InvalidSymbol',
        /Invalid symbol "dogeusd"\. Known symbols: btcusd/,
      ],
      [
        order({ price: '-1' }),
        'InvalidPrice',
        /Invalid price "-1": price must be a positive decimal/,
      ],
      [order({ price: '100.001' }), 'InvalidPrice', /prices move in steps of 0\.01 USD/],
      [order({ amount: 0.1 }), 'InvalidQuantity', /Invalid quantity 0\.1 \(a JSON number\)/],
      [
        order({ amount: '0.000001' }),
        'InvalidQuantity',
        /minimum order size for btcusd is 0\.00001 BTC/,
      ],
      [order({ side: 'long' }), 'InvalidSide', 'Invalid side "long": use "buy" or "sell".'],
      [
        order({ type: 'exchange market' }),
        'InvalidOrderType',
        /the emulator supports only "exchange limit"/,
      ],
      [
        order({ type: 'limit' }),
        'InvalidOrderType',
        /Invalid order type "limit": use "exchange limit"/,
      ],
      [
        order({ client_order_id: 'x'.repeat(100) }),
        'ClientOrderIdTooLong',
        /under 100 characters; this one has 100/,
      ],
      [
        order({ client_order_id: 12 }),
        'ClientOrderIdMustBeString',
        /must be a string, got 12 \(a JSON number\)/,
      ],
      [
        order({ options: ['maker-or-cancel', 'fill-or-kill'] }),
        'ConflictingOptions',
        /at most one execution option/,
      ],
      [
        order({ options: ['auction-only'] }),
        'UnsupportedOption',
        /"auction-only" is not supported by the emulator/,
      ],
      [
        order({ options: ['yolo'] }),
        'UnsupportedOption',
        /Option "yolo" is not supported\. Supported:/,
      ],
      [order({ options: 'maker-or-cancel' }), 'OptionsMustBeArray', /options must be an array/],
      [
        order({ amount: '10' }),
        'InsufficientFunds',
        /needs 501750 USD .* only 100000 USD is available/,
      ],
    ];
    for (const [params, reason, message] of cases) {
      await check(send(trader, '/v1/order/new', params), reason, message);
    }
    await check(
      send(trader, '/v1/order/status'),
      'MissingOrderField',
      'The payload needs order_id (a JSON integer) or client_order_id to find the order.',
    );
    await check(
      send(trader, '/v1/order/cancel', { order_id: 'abc' }),
      'MissingOrderField',
      /order_id must be the order's id as a JSON integer/,
    );
    await check(
      send(trader, '/v1/order/status', { order_id: 123 }),
      'OrderNotFound',
      'Order 123 not found in this account.',
    );
  });

  it('rate limit and system errors', async () => {
    const { mint, send, emulator, time } = setup({ pace: 0 });
    const slow = await mint({ rateLimit: { perMinute: 60, burst: 0 } });
    await call200(send(slow, '/v1/heartbeat'));
    const limited = await expectError(
      send(slow, '/v1/heartbeat'),
      429,
      'RateLimit',
      'Requests were made too frequently: the limit is 60 per minute plus 0 queued. Retry after 1 s and slow down.',
    );
    expect(limited).toBeTruthy();
    produced.add('RateLimit');

    time.fail(true);
    const response = await emulator.fetch(new Request(`${BASE}/v1/symbols`));
    time.fail(false);
    const body = await expectError(response, 500, 'System', /technical issues/);
    expect(body.message).not.toMatch(/exploded|at .*\.ts/);
    produced.add('System');
  });

  it('covers the whole list', () => {
    expect([...produced].sort()).toEqual(REASONS.map((r) => r.reason).sort());
  });
});

async function sendWithoutAccount(
  send: ReturnType<typeof setup>['send'],
  master: MintedKey,
): Promise<Response> {
  // `send` adds account "primary" for master keys; pass the payload JSON explicitly instead.
  return send(
    master,
    '/v1/balances',
    {},
    {
      json: JSON.stringify({ request: '/v1/balances', nonce: START + 10_000 }),
    },
  );
}

async function call200(response: Promise<Response>) {
  const res = await response;
  expect(res.status, await res.clone().text()).toBe(200);
  return res.json();
}

describe('reasonSlug', () => {
  it('kebab-cases reasons', () => {
    expect(reasonSlug('InvalidSignature')).toBe('invalid-signature');
    expect(reasonSlug('MissingApikeyHeader')).toBe('missing-apikey-header');
    expect(reasonSlug('AccountsOnGroupOnlyApi')).toBe('accounts-on-group-only-api');
    expect(new Set(REASONS.map((r) => reasonSlug(r.reason))).size).toBe(REASONS.length);
  });
});

describe('roles', () => {
  // Gemini's roles table; Administrator alone can read only /v1/account and /v1/roles.
  const allowed: Record<string, string[]> = {
    '/v1/balances': ['trader', 'fundmanager', 'auditor', 'trader+fundmanager'],
    '/v1/order/new': ['trader', 'trader+fundmanager'],
    '/v1/order/status': ['trader', 'auditor', 'trader+fundmanager'],
    '/v1/order/cancel': ['trader', 'trader+fundmanager'],
    '/v1/order/cancel/all': ['trader', 'trader+fundmanager'],
    '/v1/order/cancel/session': ['trader', 'trader+fundmanager'],
    '/v1/orders': ['trader', 'auditor', 'trader+fundmanager'],
    '/v1/mytrades': ['trader', 'auditor', 'trader+fundmanager'],
    '/v1/account': ['trader', 'fundmanager', 'auditor', 'trader+fundmanager', 'administrator'],
    '/v1/heartbeat': ['trader', 'trader+fundmanager'],
    '/v1/roles': ['trader', 'fundmanager', 'auditor', 'trader+fundmanager', 'administrator'],
    '/v1/notionalvolume': ['trader', 'auditor', 'trader+fundmanager'],
    '/v1/orders/history': ['trader', 'auditor', 'trader+fundmanager'],
    '/v1/tradevolume': ['trader', 'auditor', 'trader+fundmanager'],
    '/v1/notionalbalances/:currency': ['trader', 'fundmanager', 'auditor', 'trader+fundmanager'],
    '/v1/addresses/:network': ['trader', 'fundmanager', 'auditor', 'trader+fundmanager'],
    '/v1/deposit/:network/newAddress': ['fundmanager', 'trader+fundmanager'],
    '/v2/transfers': ['trader', 'fundmanager', 'auditor', 'trader+fundmanager'],
    '/v2/withdraw/:network/:ticker': ['fundmanager', 'trader+fundmanager'],
    '/v1/payments/methods': [
      'trader',
      'fundmanager',
      'auditor',
      'trader+fundmanager',
      'administrator',
    ],
    '/v1/account/list': ['trader', 'fundmanager', 'auditor', 'trader+fundmanager', 'administrator'],
    '/v1/account/create': ['administrator'],
    '/v1/account/transfer/:currency': ['fundmanager', 'trader+fundmanager'],
  };
  const keyOptions: Record<string, KeyOptions> = {
    trader: { roles: ['trader'] },
    fundmanager: { roles: ['fundmanager'] },
    auditor: { roles: ['auditor'] },
    'trader+fundmanager': { roles: ['trader', 'fundmanager'] },
    administrator: { roles: ['administrator'], scope: 'master' },
  };

  it('the catalogue carries the same table', () => {
    for (const endpoint of CATALOGUE.filter((e) => e.access === 'private')) {
      expect(allowed[endpoint.path], endpoint.path).toBeDefined();
    }
  });

  it.each(Object.keys(keyOptions))(
    '%s key: allowed endpoints pass, others get 403 MissingRole',
    async (name) => {
      const { mint, send } = setup();
      const key = await mint(keyOptions[name]);
      for (const [path, roles] of Object.entries(allowed)) {
        // Params that make each call succeed when the role allows it.
        const params =
          path === '/v1/order/new'
            ? order()
            : path === '/v1/order/status' || path === '/v1/order/cancel'
              ? { order_id: 1 }
              : {};
        const response = await send(key, path, params);
        const body = await response.json();
        if (roles.includes(name)) {
          expect(body.reason, `${name} ${path}`).not.toBe('MissingRole');
        } else {
          expect({ path, status: response.status, reason: body.reason }).toEqual({
            path,
            status: 403,
            reason: 'MissingRole',
          });
        }
      }
    },
  );

  it('/v1/roles reports the flags; master keys add counterparty and admin', async () => {
    const { mint, call } = setup();
    expect(await call(await mint({ roles: ['trader', 'fundmanager'] }), '/v1/roles')).toEqual({
      isAuditor: false,
      isFundManager: true,
      isTrader: true,
    });
    const master = await call(
      await mint({ scope: 'master', roles: ['administrator', 'trader'] }),
      '/v1/roles',
    );
    expect(master).toMatchObject({ isTrader: true, isAccountAdmin: true });
    expect(master.counterparty_id).toMatch(/^[A-Z0-9]{8}$/);
  });
});

describe('nonces', () => {
  it('19-digit nonces beyond 2^53 are compared losslessly', async () => {
    const { mint, send } = setup();
    const key = await mint();
    const first = '{"request":"/v1/heartbeat","nonce":1477963240741083307}';
    const next = '{"request":"/v1/heartbeat","nonce":1477963240741083308}';
    // As doubles both are 1477963240741083400: a lossy parser would refuse the second.
    expect(JSON.parse(next).nonce).toBe(JSON.parse(first).nonce);
    await call200(send(key, '/v1/heartbeat', {}, { json: first }));
    await call200(send(key, '/v1/heartbeat', {}, { json: next }));
    await expectError(
      send(key, '/v1/heartbeat', {}, { json: first }),
      400,
      'InvalidNonce',
      "Nonce '1477963240741083307' has not increased since your last call to the Gemini API.",
    );
  });

  it('accepts string, integer and float nonces and compares them as numbers', async () => {
    const { mint, send } = setup();
    const key = await mint();
    await call200(send(key, '/v1/heartbeat', {}, { nonce: '1700000000.5' }));
    await expectError(
      send(key, '/v1/heartbeat', {}, { json: '{"request":"/v1/heartbeat","nonce":1700000000.25}' }),
      400,
      'InvalidNonce',
      "Nonce '1700000000.25' has not increased since your last call to the Gemini API.",
    );
    await call200(
      send(key, '/v1/heartbeat', {}, { json: '{"request":"/v1/heartbeat","nonce":1700000000.75}' }),
    );
    await call200(send(key, '/v1/heartbeat', {}, { nonce: 1700000001 }));
    await call200(send(key, '/v1/heartbeat', {}, { nonce: '1700000000000' }));
    await expectError(
      send(key, '/v1/heartbeat', {}, { nonce: '1700000000000' }),
      400,
      'InvalidNonce',
      "Nonce '1700000000000' has not increased since your last call to the Gemini API.",
    );
    await call200(
      send(
        key,
        '/v1/heartbeat',
        {},
        { json: '{"request":"/v1/heartbeat","nonce":1.7000000000011e12}' },
      ),
    );
    await expectError(
      send(key, '/v1/heartbeat', {}, { nonce: '-5' }),
      400,
      'InvalidNonce',
      /Nonce '-5' must be greater than zero/,
    );
    await expectError(
      send(key, '/v1/heartbeat', {}, { json: '{"request":"/v1/heartbeat","nonce":1e999999}' }),
      400,
      'InvalidNonce',
      /is not a number/,
    );
  });

  it('time-based keys: seconds within ±30 s, with Gemini’s message and its doubled quote', async () => {
    const { mint, send, time } = setup({ pace: 0 });
    const key = await mint({ timeBasedNonce: true });
    const now = Math.floor(time.now() / 1000);
    await call200(send(key, '/v1/heartbeat', {}, { nonce: now - 30 }));
    await call200(send(key, '/v1/heartbeat', {}, { nonce: now + 30 }));
    await call200(send(key, '/v1/heartbeat', {}, { nonce: `${now}.5` }));
    await expectError(
      send(key, '/v1/heartbeat', {}, { nonce: now + 31 }),
      400,
      'InvalidNonce',
      `Nonce '${now + 31}' is not within 30 seconds of server time '${now}''`,
    );
    await expectError(
      send(key, '/v1/heartbeat', {}, { nonce: now - 31 }),
      400,
      'InvalidNonce',
      `Nonce '${now - 31}' is not within 30 seconds of server time '${now}''`,
    );
    // A millisecond nonce sent to a time-based key (the classic ccxt mistake).
    await expectError(
      send(key, '/v1/heartbeat', {}, { nonce: String(time.now()) }),
      400,
      'InvalidNonce',
      `Nonce '${time.now()}' is not within 30 seconds of server time '${now}''`,
    );
    await time.advance(45_000);
    await expectError(
      send(key, '/v1/heartbeat', {}, { nonce: now }),
      400,
      'InvalidNonce',
      `Nonce '${now}' is not within 30 seconds of server time '${now + 45}''`,
    );
  });
});

describe('what real clients send', () => {
  it('params in a JSON body are ignored: the header payload is the truth (ccxt style)', async () => {
    const { mint, send } = setup();
    const key = await mint();
    const response = await send(key, '/v1/order/new', order({ client_order_id: 'from-header' }), {
      body: JSON.stringify(order({ symbol: 'ethusd', client_order_id: 'from-body' })),
      headers: { 'Content-Length': undefined, 'Cache-Control': undefined },
    });
    const body = await call200(Promise.resolve(response));
    expect(body).toMatchObject({ symbol: 'btcusd', client_order_id: 'from-header' });
  });

  it('pretty-printed JSON with any key order is accepted; the signature covers the text as sent', async () => {
    const { mint, send } = setup();
    const key = await mint();
    const json = '{\n  "nonce": "1700000000123",\n  "request": "/v1/balances"\n}\n';
    await call200(send(key, '/v1/balances', {}, { json }));
  });

  it('upper-case hex signatures are refused with a hint (the emulator’s choice)', async () => {
    const { mint, send } = setup();
    const key = await mint();
    const payload = encodeBase64('{"request":"/v1/balances","nonce":1700000000001}');
    const signature = (await hmacSha384Hex(key.secret, payload)).toUpperCase();
    await expectError(
      send(
        key,
        '/v1/balances',
        {},
        {
          headers: { 'X-GEMINI-PAYLOAD': payload, 'X-GEMINI-SIGNATURE': signature },
        },
      ),
      400,
      'InvalidSignature',
      /upper-case letters; send lower-case hex/,
    );
  });

  it('order_id may be a JSON integer or a string of digits (ccxt sends a string)', async () => {
    const { mint, call, nextNonce } = setup();
    const key = await mint();
    const placed = await call(key, '/v1/order/new', order({ client_order_id: 'c-1' }));
    const byInteger = await call(
      key,
      '/v1/order/status',
      {},
      {
        json: `{"request":"/v1/order/status","nonce":${nextNonce()},"order_id":${placed.order_id}}`,
      },
    );
    expect(byInteger.order_id).toBe(placed.order_id);
    expect((await call(key, '/v1/order/status', { order_id: placed.order_id })).order_id).toBe(
      placed.order_id,
    );
    expect((await call(key, '/v1/order/status', { client_order_id: 'c-1' })).order_id).toBe(
      placed.order_id,
    );
  });
});

describe('master and account keys', () => {
  it('a master key acts for a named account; unknown names are refused', async () => {
    const { mint, call, send } = setup();
    const master = await mint({ scope: 'master', roles: ['trader'] });
    expect(master.key).toMatch(/^master-[A-Za-z0-9]{20}$/);
    expect(await call(master, '/v1/balances', {}, { account: 'primary' })).toHaveLength(9);
    const account = await call(master, '/v1/account', {}, { account: 'primary' });
    expect(account.account).toMatchObject({
      accountName: 'Primary',
      shortName: 'primary',
      type: 'exchange',
    });
    await expectError(
      send(master, '/v1/balances', {}, { account: 'savings' }),
      400,
      'MissingAccountName',
      'No account "savings" in this master group; use one of: \'primary\'.',
    );
    // Endpoints about the key itself need no account.
    await call200(
      send(
        master,
        '/v1/roles',
        {},
        {
          json: JSON.stringify({ request: '/v1/roles', nonce: START + 99_999 }),
        },
      ),
    );
  });

  it('account keys have Gemini’s format and a fresh, funded account each', async () => {
    const { mint, call } = setup();
    const a = await mint();
    const b = await mint();
    expect(a.key).toMatch(/^account-[A-Za-z0-9]{20}$/);
    expect(a.secret).toMatch(/^[A-Za-z0-9]{28}$/);
    expect(a).toMatchObject({ roles: ['trader'], scope: 'account', account: 'primary' });
    await call(a, '/v1/order/new', order({ price: '60100.00', amount: '0.5' }));
    expect(balance(await call(a, '/v1/balances'), 'BTC').amount).toBe('1000.5');
    expect(balance(await call(b, '/v1/balances'), 'BTC').amount).toBe('1000');
  });
});

describe('market', () => {
  it('a crossing buy fills at book prices with taker fees; balances move', async () => {
    const { mint, call, time } = setup();
    const key = await mint();
    const ticker = await (
      await setup().emulator.fetch(new Request(`${BASE}/v1/pubticker/btcusd`))
    ).json();
    expect(ticker).toMatchObject({ bid: '59970.00', ask: '60030.00', last: '60000.00' });
    // Best ask 60030 holds 0.5 BTC, the next level 60090 holds 1.0.
    const placed = await call(
      key,
      '/v1/order/new',
      order({ amount: '0.6', price: '60100.00', client_order_id: 'fill-1' }),
    );
    const at = time.now();
    expect(placed).toMatchObject({
      symbol: 'btcusd',
      exchange: 'gemini',
      side: 'buy',
      type: 'exchange limit',
      is_live: false,
      is_cancelled: false,
      executed_amount: '0.6',
      remaining_amount: '0',
      original_amount: '0.6',
      price: '60100.00',
      avg_execution_price: '60040.00',
      timestamp: String(Math.floor(at / 1000)),
      timestampms: at,
      options: [],
    });
    expect(placed.order_id).toMatch(/^\d+$/);
    const trades = await call(key, '/v1/mytrades', { symbol: 'btcusd' });
    expect(trades).toEqual([
      expect.objectContaining({
        price: '60090.00',
        amount: '0.1',
        fee_amount: '21.0315',
        fee_currency: 'USD',
        type: 'Buy',
        aggressor: true,
        order_id: placed.order_id,
        symbol: 'BTCUSD',
        client_order_id: 'fill-1',
        timestamp: Math.floor(at / 1000),
        timestampms: at,
      }),
      expect.objectContaining({ price: '60030.00', amount: '0.5', fee_amount: '105.0525' }),
    ]);
    // 0.5 × 60030 + 0.1 × 60090 = 36024; fees 0.35 % = 126.084.
    const balances = await call(key, '/v1/balances');
    expect(balance(balances, 'USD')).toEqual({
      type: 'exchange',
      currency: 'USD',
      amount: '63849.916',
      available: '63849.916',
      availableForWithdrawal: '63849.916',
    });
    expect(balance(balances, 'BTC').amount).toBe('1000.6');
    const volume = await call(key, '/v1/notionalvolume');
    expect(volume).toMatchObject({
      api_maker_fee_bps: 10,
      api_taker_fee_bps: 35,
      notional_30d_volume: 36024,
    });
    expect(volume.notional_1d_volume).toEqual([{ date: '2023-11-14', notional_volume: 36024 }]);
  });

  it('a crossing sell fills against bids and pays the fee in the quote currency', async () => {
    const { mint, call } = setup();
    const key = await mint();
    const placed = await call(
      key,
      '/v1/order/new',
      order({ side: 'sell', amount: '1', price: '2990.00', symbol: 'ethusd' }),
    );
    expect(placed).toMatchObject({ executed_amount: '1', avg_execution_price: '2998.50' });
    const balances = await call(key, '/v1/balances');
    // 1 × 2998.50 − 0.35 % (10.49475)
    expect(balance(balances, 'USD').amount).toBe('102988.00525');
    expect(balance(balances, 'ETH').amount).toBe('19999');
  });

  it('a non-crossing order rests live and holds funds until cancelled', async () => {
    const { mint, call, send } = setup();
    const key = await mint();
    const resting = await call(key, '/v1/order/new', order({ amount: '1', price: '50000.00' }));
    expect(resting).toMatchObject({
      is_live: true,
      executed_amount: '0',
      remaining_amount: '1',
      avg_execution_price: '0.00',
    });
    // Held: 50000 + 0.35 % = 50175.
    expect(balance(await call(key, '/v1/balances'), 'USD')).toMatchObject({
      amount: '100000',
      available: '49825',
    });
    await expectError(
      send(key, '/v1/order/new', order({ amount: '1', price: '50000.00' })),
      406,
      'InsufficientFunds',
      /needs 50175 USD .* only 49825 USD is available/,
    );
    const sellHold = await call(
      key,
      '/v1/order/new',
      order({ side: 'sell', amount: '999.5', price: '90000.00' }),
    );
    expect(balance(await call(key, '/v1/balances'), 'BTC').available).toBe('0.5');
    expect((await call(key, '/v1/orders')).map((o: { order_id: string }) => o.order_id)).toEqual([
      resting.order_id,
      sellHold.order_id,
    ]);
    const cancelled = await call(key, '/v1/order/cancel', { order_id: Number(resting.order_id) });
    expect(cancelled).toMatchObject({ is_live: false, is_cancelled: true, reason: 'Requested' });
    expect(balance(await call(key, '/v1/balances'), 'USD').available).toBe('100000');
    await expectError(
      send(key, '/v1/order/cancel', { order_id: Number(resting.order_id) }),
      404,
      'OrderNotFound',
      `Order ${resting.order_id} is not open (it was cancelled), so it cannot be cancelled.`,
    );
    const status = await call(key, '/v1/order/status', {
      order_id: Number(resting.order_id),
      include_trades: true,
    });
    expect(status).toMatchObject({ is_cancelled: true, trades: [] });
  });

  it('maker-or-cancel rests when passive and is cancelled when it would take', async () => {
    const { mint, call } = setup();
    const key = await mint();
    const passive = await call(key, '/v1/order/new', order({ options: ['maker-or-cancel'] }));
    expect(passive).toMatchObject({
      is_live: true,
      is_cancelled: false,
      options: ['maker-or-cancel'],
    });
    const taking = await call(
      key,
      '/v1/order/new',
      order({ price: '60030.00', options: ['maker-or-cancel'] }),
    );
    expect(taking).toMatchObject({
      is_live: false,
      is_cancelled: true,
      reason: 'MakerOrCancelWouldTake',
      executed_amount: '0',
    });
    expect(await call(key, '/v1/mytrades')).toEqual([]);
  });

  it('immediate-or-cancel fills what crosses and cancels the rest', async () => {
    const { mint, call } = setup();
    const key = await mint();
    // ethusd asks: 3001.50 × 5, 3004.50 × 10, 3007.50 × 15, …
    const ioc = await call(
      key,
      '/v1/order/new',
      order({ symbol: 'ethusd', amount: '20', price: '3004.50', options: ['immediate-or-cancel'] }),
    );
    expect(ioc).toMatchObject({
      executed_amount: '15',
      remaining_amount: '5',
      is_live: false,
      is_cancelled: true,
      reason: 'ImmediateOrCancelWouldPost',
    });
    expect(ioc.avg_execution_price).toBe('3003.50');
    const full = await call(
      key,
      '/v1/order/new',
      order({ amount: '0.2', price: '60030.00', options: ['immediate-or-cancel'] }),
    );
    expect(full).toMatchObject({ executed_amount: '0.2', is_live: false, is_cancelled: false });
    expect(await call(key, '/v1/orders')).toEqual([]);
  });

  it('fill-or-kill fills completely or not at all', async () => {
    const { mint, call } = setup();
    const key = await mint();
    const killed = await call(
      key,
      '/v1/order/new',
      order({ amount: '1.6', price: '60090.00', options: ['fill-or-kill'] }),
    );
    expect(killed).toMatchObject({
      executed_amount: '0',
      is_cancelled: true,
      reason: 'FillOrKillWouldNotFill',
    });
    const filled = await call(
      key,
      '/v1/order/new',
      order({ amount: '1.5', price: '60090.00', options: ['fill-or-kill'] }),
    );
    expect(filled).toMatchObject({ executed_amount: '1.5', is_cancelled: false, is_live: false });
    expect(await call(key, '/v1/mytrades')).toHaveLength(2);
  });

  it('cancel/session cancels only this key’s orders; cancel/all cancels the account’s', async () => {
    const { mint, call } = setup();
    const master = await mint({ scope: 'master' });
    const a = await call(master, '/v1/order/new', order());
    const b = await call(master, '/v1/order/new', order({ price: '49000.00' }));
    expect(await call(master, '/v1/order/cancel/session')).toEqual({
      result: 'ok',
      details: { cancelledOrders: [Number(a.order_id), Number(b.order_id)], cancelRejects: [] },
    });
    expect(await call(master, '/v1/order/cancel/all')).toEqual({
      result: 'ok',
      details: { cancelledOrders: [], cancelRejects: [] },
    });
  });

  it('mytrades honours limit_trades and timestamp', async () => {
    const { mint, call, time } = setup();
    const key = await mint();
    await call(key, '/v1/order/new', order({ amount: '0.01', price: '60030.00' }));
    await time.advance(5_000);
    await call(key, '/v1/order/new', order({ amount: '0.02', price: '60030.00' }));
    expect(await call(key, '/v1/mytrades', { limit_trades: 1 })).toEqual([
      expect.objectContaining({ amount: '0.02' }),
    ]);
    expect(await call(key, '/v1/mytrades', { timestamp: START / 1000 + 1 })).toHaveLength(1);
    expect(await call(key, '/v1/mytrades', { timestamp: START })).toHaveLength(2);
  });
});

describe('public endpoints', () => {
  it('symbols, details and both tickers have Gemini’s shapes', async () => {
    const { emulator } = setup();
    let client = 0;
    const get = async (path: string) =>
      (await emulator.fetch(new Request(`${BASE}${path}`), { clientId: String(++client) })).json();
    expect(await get('/v1/symbols')).toContain('btcusd');
    expect(await get('/v1/symbols/details/BTCUSD')).toEqual({
      symbol: 'BTCUSD',
      base_currency: 'BTC',
      quote_currency: 'USD',
      tick_size: 1e-8,
      quote_increment: 0.01,
      min_order_size: '0.00001',
      status: 'open',
      wrap_enabled: false,
      product_type: 'spot',
      contract_type: 'vanilla',
      contract_price_currency: 'USD',
    });
    expect(await get('/v1/pubticker/ethusd')).toEqual({
      bid: '2998.50',
      ask: '3001.50',
      last: '3000.00',
      volume: { ETH: '18500', USD: '55500000', timestamp: START },
    });
    const v2 = await get('/v2/ticker/btcusd');
    expect(v2).toMatchObject({
      symbol: 'BTCUSD',
      close: '60000.00',
      bid: '59970.00',
      ask: '60030.00',
    });
    expect(v2.changes).toHaveLength(24);
    expect(Number(v2.high)).toBeGreaterThanOrEqual(Number(v2.low));
  });

  it('the root page carries the trading-pair table CCXT reads from Gemini’s web exchange', async () => {
    const { emulator } = setup();
    const response = await emulator.fetch(new Request(`${BASE}/`));
    expect(response.headers.get('content-type')).toMatch(/text\/html/);
    const html = await response.text();
    const data = JSON.parse(html.split('="currencyData">')[1].split('</script>')[0]);
    expect(data.tradingPairs).toContainEqual(['BTCUSD', 2, 8, '0.00001', 8, true]);
    expect(data.currencies.map((c: unknown[]) => c[0])).toEqual(
      expect.arrayContaining(['USD', 'BTC', 'ETH']),
    );
  });
});

describe('heartbeat', () => {
  it('cancels a requires-heartbeat key’s open orders after 30 s without an authenticated call', async () => {
    const { mint, call, time } = setup();
    const key = await mint({ requiresHeartbeat: true });
    const plain = await mint();
    const kept = await call(plain, '/v1/order/new', order());
    const placed = await call(key, '/v1/order/new', order());
    await time.advance(20_000);
    await call(key, '/v1/heartbeat');
    await time.advance(29_800); // + 100 ms pace = 29.9 s of silence
    expect(await call(key, '/v1/orders')).toHaveLength(1);
    await time.advance(30_000);
    expect(await call(key, '/v1/orders')).toEqual([]);
    const status = await call(key, '/v1/order/status', { order_id: Number(placed.order_id) });
    expect(status).toMatchObject({ is_live: false, is_cancelled: true, reason: 'Heartbeat' });
    expect(balance(await call(key, '/v1/balances'), 'USD').available).toBe('100000');
    expect(await call(plain, '/v1/orders')).toEqual([
      expect.objectContaining({ order_id: kept.order_id }),
    ]);
  });
});

describe('rate limits', () => {
  it('600/min: 10 at once pass, 5 are queued and delayed, the rest get 429 with Retry-After', async () => {
    const { mint, sign, emulator, time } = setup({ pace: 0 });
    const key = await mint();
    const results: (number | undefined)[] = Array(20).fill(undefined);
    const signed: Request[] = [];
    for (let i = 0; i < 20; i++) signed.push(await sign(key, '/v1/heartbeat'));
    const requests = signed.map((request, i) =>
      emulator.fetch(request).then((response) => {
        results[i] = response.status;
        return response;
      }),
    );
    await settle(() => results.filter((r) => r !== undefined).length >= 15);
    expect(results.slice(0, 10)).toEqual(Array(10).fill(200));
    expect(results.slice(10, 15)).toEqual(Array(5).fill(undefined)); // queued, still waiting
    expect(results.slice(15)).toEqual(Array(5).fill(429));
    const rejected = await requests[15];
    expect(rejected.headers.get('Retry-After')).toBe('1');
    expect((await rejected.json()).reason).toBe('RateLimit');
    await time.advance(100);
    await settle(() => results[10] !== undefined);
    expect(results[10]).toBe(200);
    expect(results[11]).toBeUndefined();
    await time.advance(400);
    await settle(() => results[14] !== undefined);
    expect(results.slice(10, 15)).toEqual(Array(5).fill(200));
  });

  it('a lowered per-key limit throttles a demo within seconds; other keys are unaffected', async () => {
    const { mint, sign, send, emulator, time } = setup({ pace: 0 });
    const demo = await mint({ rateLimit: { perMinute: 30, burst: 2 } });
    const other = await mint();
    const statuses: number[] = [];
    const signed: Request[] = [];
    for (let i = 0; i < 4; i++) signed.push(await sign(demo, '/v1/heartbeat'));
    const pending = signed.map((request) =>
      emulator.fetch(request).then((r) => statuses.push(r.status)),
    );
    await settle(() => statuses.length >= 2);
    expect(statuses.sort()).toEqual([200, 429]);
    expect((await send(other, '/v1/heartbeat')).status).toBe(200);
    await time.advance(2_000);
    await settle(() => statuses.length >= 3);
    expect(statuses.filter((s) => s === 200)).toHaveLength(2);
    await time.advance(2_000);
    await Promise.all(pending);
    expect(statuses.filter((s) => s === 200)).toHaveLength(3);
    expect(time.pending()).toBe(0);
  });

  it('public endpoints: 120/min per client, then queue, then 429', async () => {
    const { emulator } = setup();
    const statuses: number[] = [];
    const get = (client: string) =>
      emulator
        .fetch(new Request(`${BASE}/v1/symbols`), { clientId: client })
        .then((r) => statuses.push(r.status));
    for (let i = 0; i < 8; i++) void get('a');
    await settle(() => statuses.length >= 3);
    expect(statuses).toEqual([200, 200, 429]);
    await get('b');
    expect(statuses.at(-1)).toBe(200);
  });
});

describe('minting keys', () => {
  const mintRaw = (body: string) =>
    setup().emulator.fetch(new Request(`${BASE}/emulator/keys`, { method: 'POST', body }));

  it('defaults: a trader account key, 600/min + 5 queued', async () => {
    const key = await (await mintRaw('')).json();
    expect(key).toMatchObject({
      roles: ['trader'],
      scope: 'account',
      timeBasedNonce: false,
      requiresHeartbeat: false,
      rateLimit: { perMinute: 600, burst: 5 },
      account: 'primary',
    });
  });

  it.each([
    ['{"roles":["auditor","trader"]}', /Auditor role cannot be combined/],
    ['{"roles":["administrator"]}', /Administrator role exists only on master keys/],
    ['{"roles":[]}', /roles must be a non-empty array/],
    ['{"roles":["god"]}', /Unknown role "god"/],
    ['{"scope":"group"}', /scope must be "account" or "master"/],
    [
      '{"scope":"master","requiresHeartbeat":true}',
      /Master keys do not support cancel-on-disconnect/,
    ],
    ['{"timeBasedNonce":"yes"}', /timeBasedNonce must be true or false/],
    ['{"rateLimit":{"perMinute":6000}}', /perMinute must be a whole number from 1 to 600/],
    ['{"rateLimit":{"perMinute":10,"burst":9}}', /burst must be a whole number from 0 to 5/],
    ['{"rateLimit":{"perSecond":1}}', /Unknown rateLimit field "perSecond"/],
    ['{"colour":"blue"}', /Unknown option "colour"/],
    ['[1]', /Send a JSON object/],
    ['{oops', /Key options must be a JSON object/],
    [`{"x":"${'y'.repeat(20_000)}"}`, /larger than 16384 bytes/],
  ])('refuses body #%# with a 400 that says what is wrong', async (body, message) => {
    await expectError(mintRaw(body), 400, 'InvalidJson', message);
  });

  it('accepts every valid combination it documents', async () => {
    const { mint } = setup();
    expect((await mint({ roles: ['fundmanager', 'trader'] })).roles).toEqual([
      'trader',
      'fundmanager',
    ]);
    expect(
      await mint({ scope: 'master', roles: ['administrator', 'trader', 'fundmanager'] }),
    ).toMatchObject({
      scope: 'master',
      roles: ['trader', 'fundmanager', 'administrator'],
    });
    expect(await mint({ timeBasedNonce: true, requiresHeartbeat: true })).toMatchObject({
      timeBasedNonce: true,
      requiresHeartbeat: true,
    });
  });
});
