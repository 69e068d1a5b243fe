/**
 * The endpoints the emulator serves, as data: the router mounts them, the auth step reads their
 * roles, and the playground's endpoint picker builds its forms from them. Roles follow the
 * "Roles" table of Gemini's docs (where the spec and the docs disagree, the docs win:
 * `/v1/order/status` also allows Auditor; `/v1/heartbeat` needs Trader).
 */
import type { Role } from './keys.ts';

export interface LocalizedText {
  en: string;
  de: string;
}

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
  description: LocalizedText;
}

export interface EndpointSpec {
  /** Gemini's path; public paths may hold `:symbol`. */
  path: string;
  method: 'GET' | 'POST';
  access: 'public' | 'private';
  /** Any one of these roles is enough; empty for public endpoints. */
  roles: readonly Role[];
  /** Master keys must name an `account` (Gemini: "any API that performs an action for or against a single account"). */
  accountScoped: boolean;
  /** At least one of these params must be present. */
  oneOf?: readonly string[];
  description: LocalizedText;
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
  description: { en: 'Trading pair, e.g. btcusd.', de: 'Handelspaar, z. B. btcusd.' },
};

const optionalSymbol: ParamSpec = {
  name: 'symbol',
  in: 'payload',
  type: 'string',
  required: false,
  example: symbolExample,
  description: {
    en: 'Only this trading pair.',
    de: 'Nur dieses Handelspaar.',
  },
};

const networkParam: ParamSpec = {
  name: 'network',
  in: 'path',
  type: 'string',
  required: true,
  example: 'bitcoin',
  description: {
    en: 'Network, e.g. bitcoin, ethereum, solana.',
    de: 'Netzwerk, z. B. bitcoin, ethereum, solana.',
  },
};

export const ORDER_OPTIONS = ['maker-or-cancel', 'immediate-or-cancel', 'fill-or-kill'] as const;

export const CATALOGUE: readonly EndpointSpec[] = [
  {
    path: '/v1/balances',
    method: 'POST',
    access: 'private',
    roles: ['trader', 'fundmanager', 'auditor'],
    accountScoped: true,
    description: {
      en: 'Balances per currency: total amount, available (not held by open orders) and available for withdrawal.',
      de: 'Guthaben je Währung: Gesamtbetrag, verfügbar (nicht durch offene Orders gebunden) und auszahlbar.',
    },
    params: [
      {
        name: 'showPendingBalances',
        in: 'payload',
        type: 'boolean',
        required: false,
        example: false,
        description: {
          en: 'Also show pending deposits (accepted, no effect in the emulator).',
          de: 'Auch ausstehende Einzahlungen zeigen (wird angenommen, wirkt im Emulator nicht).',
        },
      },
    ],
  },
  {
    path: '/v1/order/new',
    method: 'POST',
    access: 'private',
    roles: ['trader'],
    accountScoped: true,
    description: {
      en: 'Place a limit order. A buy at or above the ask (a sell at or below the bid) fills; otherwise it rests in the book.',
      de: 'Eine Limit-Order platzieren. Ein Kauf ab dem Briefkurs (ein Verkauf bis zum Geldkurs) wird ausgeführt, sonst liegt die Order im Buch.',
    },
    params: [
      {
        name: 'client_order_id',
        in: 'payload',
        type: 'string',
        required: false,
        example: 'tutorial-0001',
        description: {
          en: 'Your own id for the order (a string under 100 characters).',
          de: 'Eigene Kennung der Order (ein String mit weniger als 100 Zeichen).',
        },
      },
      {
        name: 'symbol',
        in: 'payload',
        type: 'string',
        required: true,
        example: symbolExample,
        description: { en: 'Trading pair.', de: 'Handelspaar.' },
      },
      {
        name: 'amount',
        in: 'payload',
        type: 'decimal',
        required: true,
        example: '0.001',
        description: {
          en: 'Quantity in the base currency, as a decimal string.',
          de: 'Menge in der Basiswährung, als Dezimalzahl in einem String.',
        },
      },
      {
        name: 'price',
        in: 'payload',
        type: 'decimal',
        required: true,
        example: '30000.00',
        description: {
          en: 'Limit price in the quote currency, as a decimal string.',
          de: 'Limitpreis in der Kurswährung, als Dezimalzahl in einem String.',
        },
      },
      {
        name: 'side',
        in: 'payload',
        type: 'string',
        required: true,
        example: 'buy',
        enum: ['buy', 'sell'],
        description: { en: 'buy or sell.', de: 'buy (kaufen) oder sell (verkaufen).' },
      },
      {
        name: 'type',
        in: 'payload',
        type: 'string',
        required: true,
        example: 'exchange limit',
        enum: ['exchange limit'],
        description: {
          en: 'Order type; the emulator supports "exchange limit".',
          de: 'Ordertyp; der Emulator unterstützt "exchange limit".',
        },
      },
      {
        name: 'options',
        in: 'payload',
        type: 'string[]',
        required: false,
        example: ['maker-or-cancel'],
        enum: ORDER_OPTIONS,
        description: {
          en: 'At most one execution option.',
          de: 'Höchstens eine Ausführungsoption.',
        },
      },
    ],
  },
  {
    path: '/v1/order/status',
    method: 'POST',
    access: 'private',
    roles: ['trader', 'auditor'],
    accountScoped: true,
    oneOf: ['order_id', 'client_order_id'],
    description: {
      en: 'The state of one order, by order_id or client_order_id.',
      de: 'Der Stand einer Order, per order_id oder client_order_id.',
    },
    params: [
      {
        name: 'order_id',
        in: 'payload',
        type: 'integer',
        required: false,
        example: 7000000001,
        description: {
          en: 'The order id Gemini assigned (a JSON integer).',
          de: 'Die von Gemini vergebene Order-ID (eine JSON-Ganzzahl).',
        },
      },
      {
        name: 'client_order_id',
        in: 'payload',
        type: 'string',
        required: false,
        example: 'tutorial-0001',
        description: {
          en: 'Your own id from order/new, instead of order_id.',
          de: 'Die eigene Kennung aus order/new, statt order_id.',
        },
      },
      {
        name: 'include_trades',
        in: 'payload',
        type: 'boolean',
        required: false,
        example: true,
        description: {
          en: 'Add the order’s fills as trades[].',
          de: 'Die Ausführungen der Order als trades[] anhängen.',
        },
      },
    ],
  },
  {
    path: '/v1/order/cancel',
    method: 'POST',
    access: 'private',
    roles: ['trader'],
    accountScoped: true,
    description: { en: 'Cancel one open order.', de: 'Eine offene Order stornieren.' },
    params: [
      {
        name: 'order_id',
        in: 'payload',
        type: 'integer',
        required: true,
        example: 7000000001,
        description: { en: 'The order to cancel.', de: 'Die zu stornierende Order.' },
      },
    ],
  },
  {
    path: '/v1/order/cancel/all',
    method: 'POST',
    access: 'private',
    roles: ['trader'],
    accountScoped: true,
    description: {
      en: 'Cancel every open order of the account, from any key.',
      de: 'Alle offenen Orders des Kontos stornieren, egal mit welchem Schlüssel sie platziert wurden.',
    },
    params: [],
  },
  {
    path: '/v1/order/cancel/session',
    method: 'POST',
    access: 'private',
    roles: ['trader'],
    accountScoped: true,
    description: {
      en: 'Cancel the open orders placed with this API key (its session).',
      de: 'Die mit diesem API-Schlüssel (seiner Session) platzierten offenen Orders stornieren.',
    },
    params: [],
  },
  {
    path: '/v1/orders',
    method: 'POST',
    access: 'private',
    roles: ['trader', 'auditor'],
    accountScoped: true,
    description: { en: 'All open (live) orders.', de: 'Alle offenen (aktiven) Orders.' },
    params: [],
  },
  {
    path: '/v1/mytrades',
    method: 'POST',
    access: 'private',
    roles: ['trader', 'auditor'],
    accountScoped: true,
    description: {
      en: 'Your past trades (fills), newest first.',
      de: 'Die eigenen bisherigen Trades (Ausführungen), neueste zuerst.',
    },
    params: [
      optionalSymbol,
      {
        name: 'limit_trades',
        in: 'payload',
        type: 'integer',
        required: false,
        example: 50,
        description: {
          en: 'How many trades (default 50, at most 500).',
          de: 'Wie viele Trades (Standard 50, höchstens 500).',
        },
      },
      {
        name: 'timestamp',
        in: 'payload',
        type: 'integer',
        required: false,
        example: 1700000000,
        description: {
          en: 'Only trades at or after this time (epoch seconds; milliseconds are accepted too).',
          de: 'Nur Trades ab diesem Zeitpunkt (Epoch-Sekunden; Millisekunden gehen auch).',
        },
      },
    ],
  },
  {
    path: '/v1/account',
    method: 'POST',
    access: 'private',
    roles: ALL_ROLES,
    accountScoped: true,
    description: {
      en: 'The account the key acts for: name, type, creation time, users.',
      de: 'Das Konto, für das der Schlüssel handelt: Name, Typ, Anlagezeitpunkt, Nutzer.',
    },
    params: [],
  },
  {
    path: '/v1/heartbeat',
    method: 'POST',
    access: 'private',
    roles: ['trader'],
    accountScoped: false,
    description: {
      en: 'Keeps a "requires heartbeat" key’s orders alive; any authenticated call does the same.',
      de: 'Hält die Orders eines Schlüssels mit Heartbeat-Pflicht am Leben; jeder authentifizierte Aufruf wirkt genauso.',
    },
    params: [],
  },
  {
    path: '/v1/roles',
    method: 'POST',
    access: 'private',
    roles: ALL_ROLES,
    accountScoped: false,
    description: {
      en: 'The roles of the calling API key.',
      de: 'Die Rollen des aufrufenden API-Schlüssels.',
    },
    params: [],
  },
  {
    path: '/v1/notionalvolume',
    method: 'POST',
    access: 'private',
    roles: ['trader', 'auditor'],
    accountScoped: true,
    description: {
      en: 'Fee rates (basis points) and 30-day notional trading volume.',
      de: 'Gebührensätze (Basispunkte) und das 30-Tage-Handelsvolumen.',
    },
    params: [optionalSymbol],
  },
  {
    path: '/v1/symbols',
    method: 'GET',
    access: 'public',
    roles: [],
    accountScoped: false,
    description: { en: 'All trading pairs.', de: 'Alle Handelspaare.' },
    params: [],
  },
  {
    path: '/v1/symbols/details/:symbol',
    method: 'GET',
    access: 'public',
    roles: [],
    accountScoped: false,
    description: {
      en: 'Currencies, tick size, price increment and minimum order size of a pair.',
      de: 'Währungen, Mengenschritt, Preisschritt und Mindestordergröße eines Paars.',
    },
    params: [symbolInPath],
  },
  {
    path: '/v1/pubticker/:symbol',
    method: 'GET',
    access: 'public',
    roles: [],
    accountScoped: false,
    description: {
      en: 'Best bid, best ask, last price and 24 h volume.',
      de: 'Bester Geldkurs, bester Briefkurs, letzter Preis und 24-h-Volumen.',
    },
    params: [symbolInPath],
  },
  {
    path: '/v2/ticker/:symbol',
    method: 'GET',
    access: 'public',
    roles: [],
    accountScoped: false,
    description: {
      en: 'Open, high, low, close and the last 24 hourly prices.',
      de: 'Eröffnung, Hoch, Tief, Schluss und die letzten 24 Stundenpreise.',
    },
    params: [symbolInPath],
  },

  // ---- second edition: what trading bots and fund-management scripts call ----------------
  privateEndpoint(
    '/v1/orders/history',
    ['trader', 'auditor'],
    true,
    {
      en: 'Closed orders (filled or cancelled), newest first, with their trades.',
      de: 'Abgeschlossene Orders (ausgeführt oder storniert), neueste zuerst, mit ihren Trades.',
    },
    [
      optionalSymbol,
      integerParam('limit_orders', 50, {
        en: 'How many orders (default 50, at most 500).',
        de: 'Wie viele Orders (Standard 50, höchstens 500).',
      }),
    ],
  ),
  privateEndpoint('/v1/tradevolume', ['trader', 'auditor'], true, {
    en: 'Traded volume per symbol and day, split into maker/taker and buy/sell.',
    de: 'Handelsvolumen je Symbol und Tag, nach Maker/Taker und Kauf/Verkauf.',
  }),
  privateEndpoint(
    '/v1/notionalbalances/:currency',
    ['trader', 'fundmanager', 'auditor'],
    true,
    {
      en: 'Balances with their value in USD.',
      de: 'Guthaben mit ihrem Wert in USD.',
    },
    [
      pathParam('currency', 'usd', {
        en: 'Notional currency: usd.',
        de: 'Bewertungswährung: usd.',
      }),
    ],
  ),
  privateEndpoint(
    '/v1/addresses/:network',
    ['trader', 'fundmanager', 'auditor'],
    true,
    {
      en: 'Deposit addresses created on a network.',
      de: 'Die auf einem Netzwerk angelegten Einzahlungsadressen.',
    },
    [networkParam],
  ),
  privateEndpoint(
    '/v1/deposit/:network/newAddress',
    ['fundmanager'],
    true,
    {
      en: 'Creates a deposit address on a network (Fund Manager).',
      de: 'Legt eine Einzahlungsadresse auf einem Netzwerk an (Fund Manager).',
    },
    [
      networkParam,
      {
        name: 'label',
        in: 'payload',
        type: 'string',
        required: false,
        example: 'bot deposits',
        description: { en: 'A label for the address.', de: 'Eine Bezeichnung für die Adresse.' },
      },
    ],
  ),
  privateEndpoint(
    '/v2/transfers',
    ['trader', 'fundmanager', 'auditor'],
    true,
    {
      en: 'Deposits and withdrawals, newest first.',
      de: 'Ein- und Auszahlungen, neueste zuerst.',
    },
    [
      integerParam('limit_transfers', 10, {
        en: 'How many (default 10, at most 50).',
        de: 'Wie viele (Standard 10, höchstens 50).',
      }),
    ],
  ),
  privateEndpoint(
    '/v2/withdraw/:network/:ticker',
    ['fundmanager'],
    true,
    {
      en: 'Withdraws crypto to an address (Fund Manager). In the emulator the balance drops and a withdrawal appears; nothing leaves it.',
      de: 'Zahlt Krypto an eine Adresse aus (Fund Manager). Im Emulator sinkt das Guthaben und eine Auszahlung erscheint; nichts verlässt ihn.',
    },
    [
      networkParam,
      pathParam('ticker', 'btc', { en: 'Currency, e.g. btc.', de: 'Währung, z. B. btc.' }),
      {
        name: 'address',
        in: 'payload',
        type: 'string',
        required: true,
        example: 'mi98Z9brJ3TgaKsmvXatuRahbFRUFKRUdR',
        description: { en: 'Destination address.', de: 'Zieladresse.' },
      },
      {
        name: 'amount',
        in: 'payload',
        type: 'decimal',
        required: true,
        example: '0.01',
        description: { en: 'Amount as a decimal string.', de: 'Betrag als Dezimal-String.' },
      },
    ],
  ),
  privateEndpoint('/v1/payments/methods', ALL_ROLES, true, {
    en: 'Payment methods: the USD balance and linked banks.',
    de: 'Zahlungsmethoden: das USD-Guthaben und verknüpfte Banken.',
  }),
  privateEndpoint('/v1/account/list', ALL_ROLES, false, {
    en: 'The accounts in a master key’s group.',
    de: 'Die Konten in der Gruppe eines Master-Schlüssels.',
  }),
  privateEndpoint(
    '/v1/account/create',
    ['administrator'],
    false,
    {
      en: 'Creates an exchange account in the group (master key, Administrator).',
      de: 'Legt ein Börsenkonto in der Gruppe an (Master-Schlüssel, Administrator).',
    },
    [
      {
        name: 'name',
        in: 'payload',
        type: 'string',
        required: true,
        example: 'bot account',
        description: { en: 'Name of the new account.', de: 'Name des neuen Kontos.' },
      },
    ],
  ),
  privateEndpoint(
    '/v1/account/transfer/:currency',
    ['fundmanager'],
    false,
    {
      en: 'Moves funds between two accounts of the group (master key, Fund Manager).',
      de: 'Verschiebt Guthaben zwischen zwei Konten der Gruppe (Master-Schlüssel, Fund Manager).',
    },
    [
      pathParam('currency', 'btc', { en: 'Currency, e.g. btc.', de: 'Währung, z. B. btc.' }),
      accountNameParam('sourceAccount', 'primary', {
        en: 'From this account.',
        de: 'Von diesem Konto.',
      }),
      accountNameParam('targetAccount', 'bot-account', {
        en: 'To this account.',
        de: 'Auf dieses Konto.',
      }),
      {
        name: 'amount',
        in: 'payload',
        type: 'decimal',
        required: true,
        example: '0.5',
        description: { en: 'Amount as a decimal string.', de: 'Betrag als Dezimal-String.' },
      },
    ],
  ),
  publicEndpoint('/v1/book/:symbol', { en: 'The order book.', de: 'Das Orderbuch.' }, [
    symbolInPath,
  ]),
  publicEndpoint(
    '/v1/trades/:symbol',
    {
      en: 'Recent trades, newest first (the emulator’s own fills among them).',
      de: 'Letzte Trades, neueste zuerst (darunter die eigenen Ausführungen im Emulator).',
    },
    [symbolInPath],
  ),
  publicEndpoint('/v1/pricefeed', {
    en: 'Price and 24-hour change of every pair.',
    de: 'Preis und 24-Stunden-Änderung jedes Paars.',
  }),
  publicEndpoint('/v1/feepromos', {
    en: 'Symbols with fee promotions.',
    de: 'Symbole mit Gebührenaktionen.',
  }),
  publicEndpoint(
    '/v2/candles/:symbol/:time_frame',
    {
      en: 'Candles: [time ms, open, high, low, close, volume], newest first.',
      de: 'Kerzen: [Zeit ms, Eröffnung, Hoch, Tief, Schluss, Volumen], neueste zuerst.',
    },
    [
      symbolInPath,
      {
        ...pathParam('time_frame', '1hr', { en: 'Time frame.', de: 'Zeitraum.' }),
        enum: ['1m', '5m', '15m', '30m', '1hr', '6hr', '1day'],
      },
    ],
  ),
  publicEndpoint(
    '/v2/network/:token',
    {
      en: 'The networks a currency travels on.',
      de: 'Die Netzwerke, über die eine Währung läuft.',
    },
    [pathParam('token', 'btc', { en: 'Currency, e.g. btc.', de: 'Währung, z. B. btc.' })],
  ),
];

/**
 * The order events WebSocket (`wss://…/v1/order/events`), authenticated like a private call.
 * Not in `CATALOGUE`: everything that reads the catalogue treats an entry as an HTTP request
 * (the emulator's and relay's routes, the playground's endpoint list, Postman/Bruno/OpenAPI
 * exports), and a WebSocket upgrade is none of those.
 */
export const ORDER_EVENTS_ENDPOINT: EndpointSpec = {
  ...privateEndpoint('/v1/order/events', ['trader', 'auditor'], false, {
    en: 'Order events (WebSocket).',
    de: 'Order-Ereignisse (WebSocket).',
  }),
  method: 'GET', // the upgrade request
};

function privateEndpoint(
  path: string,
  roles: readonly Role[],
  accountScoped: boolean,
  description: LocalizedText,
  params: readonly ParamSpec[] = [],
): EndpointSpec {
  return { path, method: 'POST', access: 'private', roles, accountScoped, description, params };
}

function publicEndpoint(
  path: string,
  description: LocalizedText,
  params: readonly ParamSpec[] = [],
): EndpointSpec {
  return {
    path,
    method: 'GET',
    access: 'public',
    roles: [],
    accountScoped: false,
    description,
    params,
  };
}

function pathParam(name: string, example: string, description: LocalizedText): ParamSpec {
  return { name, in: 'path', type: 'string', required: true, example, description };
}

function integerParam(name: string, example: number, description: LocalizedText): ParamSpec {
  return { name, in: 'payload', type: 'integer', required: false, example, description };
}

function accountNameParam(name: string, example: string, description: LocalizedText): ParamSpec {
  return { name, in: 'payload', type: 'string', required: true, example, description };
}

/** The endpoint spec for a concrete path (`/v1/pubticker/ethusd` matches `/v1/pubticker/:symbol`). */
export function findEndpoint(path: string): EndpointSpec | undefined {
  return CATALOGUE.find((endpoint) => pathPattern(endpoint.path).test(path));
}

function pathPattern(path: string): RegExp {
  const escaped = path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/:[a-z_]+/g, '[^/]+');
  return new RegExp(`^${escaped}$`);
}
