/** The public market-data endpoints (GET, no auth), computed from the fixed reference prices. */
import {
  decimal,
  divide,
  formatDecimal,
  multiply,
  ONE,
  placesOf,
  roundToStep,
  type Fixed,
} from './decimal.ts';
import { GeminiError } from './errors.ts';
import { bookOf, findSymbol, formatPrice, SYMBOLS, type SymbolSpec } from './market.ts';

export function symbolsList(): string[] {
  return SYMBOLS.map((spec) => spec.symbol);
}

export function requireSymbol(text: string): SymbolSpec {
  const spec = findSymbol(text);
  if (!spec) {
    throw new GeminiError(
      'InvalidSymbol',
      `Invalid symbol '${text.slice(0, 40)}'. Known symbols: ${symbolsList().join(', ')}.`,
    );
  }
  return spec;
}

export function symbolDetails(spec: SymbolSpec) {
  return {
    symbol: spec.symbol.toUpperCase(),
    base_currency: spec.base,
    quote_currency: spec.quote,
    tick_size: Number(spec.tickSize),
    quote_increment: Number(spec.quoteIncrement),
    min_order_size: spec.minOrderSize,
    status: 'open',
    wrap_enabled: false,
    product_type: 'spot',
    contract_type: 'vanilla',
    contract_price_currency: spec.quote,
  };
}

export function pubticker(spec: SymbolSpec, nowMs: number) {
  const book = bookOf(spec);
  const volume = decimal(spec.volume24h);
  return {
    bid: formatPrice(spec, book.bids[0].price),
    ask: formatPrice(spec, book.asks[0].price),
    last: spec.referencePrice,
    volume: {
      [spec.base]: formatDecimal(volume),
      [spec.quote]: formatDecimal(multiply(volume, decimal(spec.referencePrice))),
      timestamp: nowMs,
    },
  };
}

/**
 * 24 hourly prices, newest first, swinging up to 1 % around the reference along a fixed wave,
 * so the v2 ticker looks alive but is the same on every call.
 */
export function ticker(spec: SymbolSpec) {
  const reference = decimal(spec.referencePrice);
  const step = decimal(spec.quoteIncrement);
  const hourly = Array.from({ length: 24 }, (_, hour) => {
    const swing = BigInt(Math.round(Math.sin(hour * 0.7) * 1_000_000)) * 10n ** 12n; // ±1.0 as Fixed
    return roundToStep(reference + divide(multiply(reference, swing), 100n * ONE), step, 'down');
  });
  const series: Fixed[] = [reference, ...hourly];
  const book = bookOf(spec);
  const extreme = (pick: (a: Fixed, b: Fixed) => boolean) =>
    series.reduce((best, price) => (pick(price, best) ? price : best));
  return {
    symbol: spec.symbol.toUpperCase(),
    open: formatPrice(spec, hourly[23]),
    high: formatPrice(
      spec,
      extreme((a, b) => a > b),
    ),
    low: formatPrice(
      spec,
      extreme((a, b) => a < b),
    ),
    close: formatPrice(spec, reference),
    changes: hourly.map((price) => formatPrice(spec, price)),
    bid: formatPrice(spec, book.bids[0].price),
    ask: formatPrice(spec, book.asks[0].price),
  };
}

export const CURRENCY_NAMES: Readonly<Record<string, string>> = {
  USD: 'US Dollar',
  BTC: 'Bitcoin',
  ETH: 'Ether',
  SOL: 'Solana',
  LTC: 'Litecoin',
  BCH: 'Bitcoin Cash',
  LINK: 'Chainlink',
  OXT: 'Orchid',
  BAT: 'Basic Attention Token',
  DAI: 'Dai',
};

/**
 * The trading-pair and currency tables that Gemini's web exchange embeds in its page as
 * `<script … id="currencyData">` and that CCXT's gemini client reads for market precision.
 * Served on the emulator's root page, so CCXT works with only its URLs pointed here.
 */
function webExchangeData() {
  const tradingPairs = SYMBOLS.map((spec) => [
    spec.symbol.toUpperCase(),
    placesOf(spec.quoteIncrement),
    placesOf(spec.tickSize),
    spec.minOrderSize,
    placesOf(spec.tickSize),
    true,
  ]);
  const amountPlaces = new Map<string, number>([['USD', 2]]);
  for (const spec of SYMBOLS) amountPlaces.set(spec.base, placesOf(spec.tickSize));
  const currencies = Object.entries(CURRENCY_NAMES).map(([code, name], index) => {
    const fiat = code === 'USD';
    const places = amountPlaces.get(code) ?? 8;
    return [code, name, index + 1, places, 0, places, places, fiat, fiat ? '$' : null, null];
  });
  return { tradingPairs, currencies };
}

/** The emulator's root page: what this is, where its docs are, and the data above. */
export function rootPage(): string {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Gemini sandbox emulator (unofficial)</title></head>
<body>
<h1>Gemini sandbox emulator (unofficial)</h1>
<p>An in-memory emulator of the Gemini exchange's sandbox REST API for local testing. Mint a throwaway key with <code>POST /emulator/keys</code>, then call <code>/v1/…</code> as you would call https://api.sandbox.gemini.com.</p>
<script type="application/json" id="currencyData">${JSON.stringify(webExchangeData())}</script>
</body>
</html>
`;
}

// ---- more market data: order book, trades, price feed, fee promos, candles --------------

/** Reads a whole-number query parameter within bounds, or the fallback; bad text is an error. */
export function queryInteger(
  text: string | undefined,
  name: string,
  fallback: number,
  low: number,
  high: number,
): number {
  if (text === undefined || text === '') return fallback;
  if (!/^\d{1,15}$/.test(text)) {
    throw new GeminiError(
      'InvalidJson',
      `${name} must be a whole number from ${low} to ${high}, got '${text.slice(0, 30)}'.`,
    );
  }
  return Math.min(high, Math.max(low, Number(text)));
}

/** `/v1/book/:symbol`: the synthetic book; `limit_bids`/`limit_asks` 0 means all levels. */
export function orderBook(spec: SymbolSpec, nowMs: number, limitBids: number, limitAsks: number) {
  const book = bookOf(spec);
  const timestamp = String(Math.floor(nowMs / 1000));
  const side = (levels: typeof book.bids, limit: number) =>
    (limit === 0 ? levels : levels.slice(0, limit)).map((level) => ({
      price: formatPrice(spec, level.price),
      amount: formatDecimal(level.size),
      timestamp,
    }));
  return { bids: side(book.bids, limitBids), asks: side(book.asks, limitAsks) };
}

/** A public trade as `/v1/trades` lists it (`type` is the taker's side). */
export interface PublicTrade {
  timestampMs: number;
  tid: number;
  price: string;
  amount: string;
  side: 'buy' | 'sell';
}

/**
 * Background trades: one a minute over the last hour, along the ticker's wave, alternating
 * sides, so a fresh emulator has a believable tape. Ids are below the emulator's own fills'.
 */
export function backgroundTrades(spec: SymbolSpec, nowMs: number): PublicTrade[] {
  const minute = Math.floor(nowMs / 60_000);
  const reference = decimal(spec.referencePrice);
  const step = decimal(spec.quoteIncrement);
  return Array.from({ length: 60 }, (_, age) => {
    const at = minute - age;
    const swing = BigInt(Math.round(Math.sin(at * 0.37) * 100_000)) * 10n ** 11n; // ±0.1 % as Fixed
    const price = roundToStep(
      reference + divide(multiply(reference, swing), 100n * ONE),
      step,
      'down',
    );
    const size = roundToStep(
      divide(decimal(spec.levelSize), BigInt(2 + (at % 7)) * ONE),
      decimal(spec.tickSize),
      'down',
    );
    return {
      timestampMs: at * 60_000,
      tid: 5_000_000_000 + at,
      price: formatPrice(spec, price),
      amount: formatDecimal(size || decimal(spec.minOrderSize)),
      side: at % 2 === 0 ? 'buy' : 'sell',
    };
  });
}

export function tradesView(trades: PublicTrade[]) {
  return trades.map((trade) => ({
    timestamp: Math.floor(trade.timestampMs / 1000),
    timestampms: trade.timestampMs,
    tid: trade.tid,
    price: trade.price,
    amount: trade.amount,
    exchange: 'gemini',
    type: trade.side,
    broken: false,
  }));
}

/** `/v1/pricefeed`: every pair's price and its change over the ticker's 24 hours. */
export function priceFeed() {
  return SYMBOLS.map((spec) => {
    const { open, close } = ticker(spec);
    const change = ((Number(close) - Number(open)) / Number(open)) * 100;
    return {
      pair: spec.symbol.toUpperCase(),
      price: close,
      percentChange24h: change.toFixed(2),
    };
  });
}

/** `/v1/feepromos`: the emulator runs no fee promotions. */
export const feePromos = () => ({ symbols: [] as string[] });

/**
 * The spec's enum (1m … 1h, 6h, 1d) and the spellings of its prose and Gemini's own Go test
 * (1hr, 6hr, 1day): both are accepted (Gemini's wire-exception `candle-timeframe-spelling`).
 */
export const CANDLE_FRAMES: Record<string, number> = {
  '1m': 60_000,
  '5m': 300_000,
  '15m': 900_000,
  '30m': 1_800_000,
  '1h': 3_600_000,
  '6h': 21_600_000,
  '1d': 86_400_000,
  '1hr': 3_600_000,
  '6hr': 21_600_000,
  '1day': 86_400_000,
};

/** `/v2/candles/:symbol/:time_frame`: 60 candles, newest first, [ms, open, high, low, close, volume]. */
export function candles(spec: SymbolSpec, frame: string, nowMs: number): number[][] {
  const length = Object.hasOwn(CANDLE_FRAMES, frame) ? CANDLE_FRAMES[frame] : undefined;
  if (length === undefined) {
    throw new GeminiError(
      'InvalidJson',
      `Unknown time frame '${frame.slice(0, 20)}'. Time frames: ${Object.keys(CANDLE_FRAMES).join(', ')}.`,
    );
  }
  const reference = Number(spec.referencePrice);
  const places = placesOf(spec.quoteIncrement);
  const round = (value: number) => Number(value.toFixed(places));
  const start = Math.floor(nowMs / length) * length;
  const priceAt = (index: number) => reference * (1 + Math.sin(index * 0.5) * 0.005);
  return Array.from({ length: 60 }, (_, age) => {
    const index = start / length - age;
    const open = priceAt(index - 1);
    const close = priceAt(index);
    const wiggle = reference * 0.001;
    return [
      start - age * length,
      round(open),
      round(Math.max(open, close) + wiggle),
      round(Math.min(open, close) - wiggle),
      round(close),
      Number(((Number(spec.volume24h) * length) / 86_400_000).toFixed(6)),
    ];
  });
}
