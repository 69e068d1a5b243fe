/**
 * The endpoints the emulator serves, as data: the router mounts them, the auth step reads their
 * roles, and the playground's endpoint picker builds its forms from them. Facts only: the texts
 * are in src/i18n/endpoints.ts (read through ./catalogue-text.ts). Roles follow the
 * "Roles" table of Gemini's docs (where the spec and the docs disagree, the docs win:
 * `/v1/order/status` also allows Auditor; `/v1/heartbeat` needs Trader).
 */
import type endpointStrings from '../../i18n/endpoints.ts';
import type { Role } from './keys.ts';

/** A param's text in src/i18n/endpoints.ts (`param[id]`); params that mean the same share one. */
export type ParamTextId = keyof (typeof endpointStrings)['en']['param'];

export type ParamType = 'string' | 'decimal' | 'integer' | 'boolean' | 'string[]';

export interface ParamSpec {
  name: string;
  /** Private params travel in the signed payload; public ones fill a `:name` path segment. */
  in: 'payload' | 'path';
  /** `decimal` = a decimal number written as a JSON string, e.g. "0.001". */
  type: ParamType;
  required: boolean;
  example: string | number | boolean | string[];
  /** Allowed values (for `string[]`, allowed items). */
  enum?: readonly string[];
  text: ParamTextId;
}

/** The facts of one endpoint; its texts are in src/i18n/endpoints.ts under its path. */
export interface EndpointSpec<Path extends string = string> {
  /** Gemini's path; public paths may hold `:symbol`. */
  path: Path;
  method: 'GET' | 'POST';
  access: 'public' | 'private';
  /** Any one of these roles is enough; empty for public endpoints. */
  roles: readonly Role[];
  /** Master keys must name an `account` (Gemini: "any API that performs an action for or against a single account"). */
  accountScoped: boolean;
  /** At least one of these params must be present. */
  oneOf?: readonly string[];
  params: readonly ParamSpec[];
}

const ALL_ROLES: readonly Role[] = ['trader', 'fundmanager', 'auditor', 'administrator'];
const symbolExample = 'btcusd';

const symbolInPath: ParamSpec = {
  name: 'symbol',
  in: 'path',
  type: 'string',
  required: true,
  example: symbolExample,
  text: 'symbolInPath',
};

const optionalSymbol: ParamSpec = {
  name: 'symbol',
  in: 'payload',
  type: 'string',
  required: false,
  example: symbolExample,
  text: 'symbolFilter',
};

const networkParam: ParamSpec = {
  name: 'network',
  in: 'path',
  type: 'string',
  required: true,
  example: 'bitcoin',
  text: 'network',
};

export const ORDER_OPTIONS = ['maker-or-cancel', 'immediate-or-cancel', 'fill-or-kill'] as const;

export const CATALOGUE = defineCatalogue([
  privateEndpoint('/v1/balances', ['trader', 'fundmanager', 'auditor'], true, [
    {
      name: 'showPendingBalances',
      in: 'payload',
      type: 'boolean',
      required: false,
      example: false,
      text: 'showPendingBalances',
    },
  ]),
  privateEndpoint('/v1/order/new', ['trader'], true, [
    {
      name: 'client_order_id',
      in: 'payload',
      type: 'string',
      required: false,
      example: 'tutorial-0001',
      text: 'newClientOrderId',
    },
    {
      name: 'symbol',
      in: 'payload',
      type: 'string',
      required: true,
      example: symbolExample,
      text: 'orderSymbol',
    },
    {
      name: 'amount',
      in: 'payload',
      type: 'decimal',
      required: true,
      example: '0.001',
      text: 'orderAmount',
    },
    {
      name: 'price',
      in: 'payload',
      type: 'decimal',
      required: true,
      example: '30000.00',
      text: 'price',
    },
    {
      name: 'side',
      in: 'payload',
      type: 'string',
      required: true,
      example: 'buy',
      enum: ['buy', 'sell'],
      text: 'side',
    },
    {
      name: 'type',
      in: 'payload',
      type: 'string',
      required: true,
      example: 'exchange limit',
      enum: ['exchange limit'],
      text: 'orderType',
    },
    {
      name: 'options',
      in: 'payload',
      type: 'string[]',
      required: false,
      example: ['maker-or-cancel'],
      enum: ORDER_OPTIONS,
      text: 'orderOptions',
    },
  ]),
  {
    path: '/v1/order/status',
    method: 'POST',
    access: 'private',
    roles: ['trader', 'auditor'],
    accountScoped: true,
    oneOf: ['order_id', 'client_order_id'],
    params: [
      {
        name: 'order_id',
        in: 'payload',
        type: 'integer',
        required: false,
        example: 7000000001,
        text: 'orderId',
      },
      {
        name: 'client_order_id',
        in: 'payload',
        type: 'string',
        required: false,
        example: 'tutorial-0001',
        text: 'clientOrderId',
      },
      {
        name: 'include_trades',
        in: 'payload',
        type: 'boolean',
        required: false,
        example: true,
        text: 'includeTrades',
      },
    ],
  },
  privateEndpoint('/v1/order/cancel', ['trader'], true, [
    {
      name: 'order_id',
      in: 'payload',
      type: 'integer',
      required: true,
      example: 7000000001,
      text: 'cancelOrderId',
    },
  ]),
  privateEndpoint('/v1/order/cancel/all', ['trader'], true),
  privateEndpoint('/v1/order/cancel/session', ['trader'], true),
  privateEndpoint('/v1/orders', ['trader', 'auditor'], true),
  privateEndpoint('/v1/mytrades', ['trader', 'auditor'], true, [
    optionalSymbol,
    {
      name: 'limit_trades',
      in: 'payload',
      type: 'integer',
      required: false,
      example: 50,
      text: 'limitTrades',
    },
    {
      name: 'timestamp',
      in: 'payload',
      type: 'integer',
      required: false,
      example: 1700000000,
      text: 'tradesSince',
    },
  ]),
  privateEndpoint('/v1/account', ALL_ROLES, true),
  privateEndpoint('/v1/heartbeat', ['trader'], false),
  privateEndpoint('/v1/roles', ALL_ROLES, false),
  privateEndpoint('/v1/notionalvolume', ['trader', 'auditor'], true, [optionalSymbol]),
  publicEndpoint('/v1/symbols'),
  publicEndpoint('/v1/symbols/details/:symbol', [symbolInPath]),
  publicEndpoint('/v1/pubticker/:symbol', [symbolInPath]),
  publicEndpoint('/v2/ticker/:symbol', [symbolInPath]),

  // ---- second edition: what trading bots and fund-management scripts call ----------------
  privateEndpoint('/v1/orders/history', ['trader', 'auditor'], true, [
    optionalSymbol,
    integerParam('limit_orders', 50, 'limitOrders'),
  ]),
  privateEndpoint('/v1/tradevolume', ['trader', 'auditor'], true),
  privateEndpoint('/v1/notionalbalances/:currency', ['trader', 'fundmanager', 'auditor'], true, [
    pathParam('currency', 'usd', 'notionalCurrency'),
  ]),
  privateEndpoint('/v1/addresses/:network', ['trader', 'fundmanager', 'auditor'], true, [
    networkParam,
  ]),
  privateEndpoint('/v1/deposit/:network/newAddress', ['fundmanager'], true, [
    networkParam,
    {
      name: 'label',
      in: 'payload',
      type: 'string',
      required: false,
      example: 'bot deposits',
      text: 'addressLabel',
    },
  ]),
  privateEndpoint('/v2/transfers', ['trader', 'fundmanager', 'auditor'], true, [
    integerParam('limit_transfers', 10, 'limitTransfers'),
  ]),
  privateEndpoint('/v2/withdraw/:network/:ticker', ['fundmanager'], true, [
    networkParam,
    pathParam('ticker', 'btc', 'currencyInPath'),
    {
      name: 'address',
      in: 'payload',
      type: 'string',
      required: true,
      example: 'mi98Z9brJ3TgaKsmvXatuRahbFRUFKRUdR',
      text: 'address',
    },
    {
      name: 'amount',
      in: 'payload',
      type: 'decimal',
      required: true,
      example: '0.01',
      text: 'amount',
    },
  ]),
  privateEndpoint('/v1/payments/methods', ALL_ROLES, true),
  privateEndpoint('/v1/account/list', ALL_ROLES, false),
  privateEndpoint('/v1/account/create', ['administrator'], false, [
    {
      name: 'name',
      in: 'payload',
      type: 'string',
      required: true,
      example: 'bot account',
      text: 'accountName',
    },
  ]),
  privateEndpoint('/v1/account/transfer/:currency', ['fundmanager'], false, [
    pathParam('currency', 'btc', 'currencyInPath'),
    accountNameParam('sourceAccount', 'primary', 'sourceAccount'),
    accountNameParam('targetAccount', 'bot-account', 'targetAccount'),
    {
      name: 'amount',
      in: 'payload',
      type: 'decimal',
      required: true,
      example: '0.5',
      text: 'amount',
    },
  ]),
  publicEndpoint('/v1/book/:symbol', [symbolInPath]),
  publicEndpoint('/v1/trades/:symbol', [symbolInPath]),
  publicEndpoint('/v1/pricefeed'),
  publicEndpoint('/v1/feepromos'),
  publicEndpoint('/v2/candles/:symbol/:time_frame', [
    symbolInPath,
    {
      ...pathParam('time_frame', '1hr', 'timeFrame'),
      enum: ['1m', '5m', '15m', '30m', '1hr', '6hr', '1day'],
    },
  ]),
  publicEndpoint('/v2/network/:token', [pathParam('token', 'btc', 'currencyInPath')]),
]);

/**
 * The order events WebSocket (`wss://…/v1/order/events`), authenticated like a private call.
 * Not in `CATALOGUE`: everything that reads the catalogue treats an entry as an HTTP request
 * (the emulator's and relay's routes, the playground's endpoint list, Postman/Bruno/OpenAPI
 * exports), and a WebSocket upgrade is none of those.
 */
export const ORDER_EVENTS_ENDPOINT: EndpointSpec<'/v1/order/events'> = {
  ...privateEndpoint('/v1/order/events', ['trader', 'auditor'], false),
  method: 'GET', // the upgrade request
};

/** Every path with a text in src/i18n/endpoints.ts. */
export type EndpointPath =
  (typeof CATALOGUE)[number]['path'] | (typeof ORDER_EVENTS_ENDPOINT)['path'];

/** An entry of `CATALOGUE` (or the order events endpoint): its path has a text. */
export type CatalogueEndpoint = EndpointSpec<EndpointPath>;

/** Keeps each entry's path as a literal, so `EndpointPath` lists them for the type checker. */
function defineCatalogue<const Path extends string>(
  endpoints: readonly EndpointSpec<Path>[],
): readonly EndpointSpec<Path>[] {
  return endpoints;
}

function privateEndpoint<Path extends string>(
  path: Path,
  roles: readonly Role[],
  accountScoped: boolean,
  params: readonly ParamSpec[] = [],
): EndpointSpec<Path> {
  return { path, method: 'POST', access: 'private', roles, accountScoped, params };
}

function publicEndpoint<Path extends string>(
  path: Path,
  params: readonly ParamSpec[] = [],
): EndpointSpec<Path> {
  return { path, method: 'GET', access: 'public', roles: [], accountScoped: false, params };
}

function pathParam(name: string, example: string, text: ParamTextId): ParamSpec {
  return { name, in: 'path', type: 'string', required: true, example, text };
}

function integerParam(name: string, example: number, text: ParamTextId): ParamSpec {
  return { name, in: 'payload', type: 'integer', required: false, example, text };
}

function accountNameParam(name: string, example: string, text: ParamTextId): ParamSpec {
  return { name, in: 'payload', type: 'string', required: true, example, text };
}

/** The endpoint spec for a concrete path (`/v1/pubticker/ethusd` matches `/v1/pubticker/:symbol`). */
export function findEndpoint(path: string): EndpointSpec | undefined {
  return CATALOGUE.find((endpoint) => pathPattern(endpoint.path).test(path));
}

function pathPattern(path: string): RegExp {
  const escaped = path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/:[a-z_]+/g, '[^/]+');
  return new RegExp(`^${escaped}$`);
}
