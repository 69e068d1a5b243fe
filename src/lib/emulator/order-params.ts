/**
 * Validation of order parameters with Gemini's reasons. Gemini documents the reasons but not
 * the order of checks; the emulator checks client_order_id, symbol, amount, price, side, type,
 * then options.
 */
import { ORDER_OPTIONS } from './catalogue.ts';
import { parseDecimal, placesOf } from './decimal.ts';
import { GeminiError } from './errors.ts';
import { findSymbol, SYMBOLS, type OrderOption, type OrderRequest, type Side } from './market.ts';
import { jsonNumberText, stringifyJson } from '../json/index.ts';

/** Gemini's error table: "Client Order ID must be under 100 characters". */
const MAX_CLIENT_ORDER_ID = 99;
/** Execution options Gemini has that the emulator does not model. */
const UNMODELLED_OPTIONS = ['auction-only', 'indication-of-interest'];

export function parseOrderRequest(payload: Record<string, unknown>): OrderRequest {
  const clientOrderId = readClientOrderId(payload.client_order_id);

  const symbolText = payload.symbol;
  const spec = typeof symbolText === 'string' ? findSymbol(symbolText) : undefined;
  if (!spec) {
    throw new GeminiError(
      'InvalidSymbol',
      `${symbolText === undefined ? 'The payload has no symbol' : `Invalid symbol ${describe(symbolText)}`}. ` +
        `Known symbols: ${SYMBOLS.map((s) => s.symbol).join(', ')}.`,
    );
  }

  const amountText = payload.amount;
  const amount = readDecimal(amountText);
  if (amount === undefined || amount <= 0n) {
    throw new GeminiError(
      'InvalidQuantity',
      `Invalid quantity ${describe(amountText)}: amount must be a positive decimal number sent as a JSON string, e.g. "${spec.minOrderSize}".`,
    );
  }
  const minimum = parseDecimal(spec.minOrderSize)!;
  if (amount < minimum) {
    throw new GeminiError(
      'InvalidQuantity',
      `Invalid quantity "${amountText}": the minimum order size for ${spec.symbol} is ${spec.minOrderSize} ${spec.base}.`,
    );
  }
  if (amount % parseDecimal(spec.tickSize)! !== 0n) {
    throw new GeminiError(
      'InvalidQuantity',
      `Invalid quantity "${amountText}": ${spec.symbol} amounts have at most ${placesOf(spec.tickSize)} decimal places (tick size ${spec.tickSize}).`,
    );
  }

  const priceText = payload.price;
  const price = readDecimal(priceText);
  if (price === undefined || price <= 0n) {
    throw new GeminiError(
      'InvalidPrice',
      `Invalid price ${describe(priceText)}: price must be a positive decimal number sent as a JSON string, e.g. "${spec.referencePrice}".`,
    );
  }
  if (price % parseDecimal(spec.quoteIncrement)! !== 0n) {
    throw new GeminiError(
      'InvalidPrice',
      `Invalid price "${priceText}": ${spec.symbol} prices move in steps of ${spec.quoteIncrement} ${spec.quote}.`,
    );
  }

  const side = payload.side;
  if (side !== 'buy' && side !== 'sell') {
    throw new GeminiError('InvalidSide', `Invalid side ${describe(side)}: use "buy" or "sell".`);
  }

  const type = payload.type;
  if (type !== 'exchange limit') {
    const known = type === 'exchange stop limit' || type === 'exchange market';
    throw new GeminiError(
      'InvalidOrderType',
      `Invalid order type ${describe(type)}: ${
        known ? 'the emulator supports only' : 'use'
      } "exchange limit" (for a market-like order, add the option "immediate-or-cancel" with an aggressive price).`,
    );
  }

  return {
    spec,
    side: side as Side,
    price,
    priceText: priceText as string,
    amount,
    amountText: amountText as string,
    clientOrderId,
    options: readOptions(payload.options),
  };
}

function readClientOrderId(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string') {
    throw new GeminiError(
      'ClientOrderIdMustBeString',
      `Client Order ID must be a string, got ${describe(value)}; send it in quotes, e.g. "order-1".`,
    );
  }
  if (value.length > MAX_CLIENT_ORDER_ID) {
    throw new GeminiError(
      'ClientOrderIdTooLong',
      `Client Order ID must be under 100 characters; this one has ${value.length}.`,
    );
  }
  return value;
}

function readOptions(value: unknown): OrderOption[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    throw new GeminiError(
      'OptionsMustBeArray',
      `options must be an array, e.g. ["maker-or-cancel"], got ${describe(value)}.`,
    );
  }
  for (const option of value) {
    if (!ORDER_OPTIONS.includes(option)) {
      throw new GeminiError(
        'UnsupportedOption',
        `Option ${describe(option)} is not supported${
          UNMODELLED_OPTIONS.includes(option) ? ' by the emulator' : ''
        }. Supported: ${ORDER_OPTIONS.join(', ')}.`,
      );
    }
  }
  if (value.length > 1) {
    throw new GeminiError(
      'ConflictingOptions',
      `Conflicting options ${value.map(describe).join(', ')}: an order takes at most one execution option.`,
    );
  }
  return value as OrderOption[];
}

/** Amounts and prices are decimal strings in Gemini's API; JSON numbers are refused. */
function readDecimal(value: unknown) {
  return typeof value === 'string' ? parseDecimal(value) : undefined;
}

/** A value as the client wrote it, for messages (numbers keep their exact text). */
export function describe(value: unknown): string {
  const numberText = jsonNumberText(value);
  if (numberText !== undefined) return `${numberText} (a JSON number)`;
  if (value === undefined) return '(missing)';
  const text = stringifyJson(value);
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}
