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

const CURRENCY_NAMES: Record<string, string> = {
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
