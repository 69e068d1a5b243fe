/**
 * The JSON payload of a Gemini private API call: `request` (the path), `nonce`, then `account`
 * (master keys only) and the endpoint's parameters, all at the same level.
 */
import { stringifyJson } from '../json/index.ts';

/** A nonce as sent: a JSON number, an exact bigint (beyond 2^53), or a JSON string (as ccxt sends it). */
export type Nonce = number | bigint | string;

export interface PayloadInput {
  /** The path the request is POSTed to, e.g. `/v1/balances`. */
  request: string;
  nonce: Nonce;
  params?: Record<string, unknown>;
  /** The account nickname; only master keys send it. */
  account?: string;
}

/** Builds the payload object in Gemini's documented key order: request, nonce, (account), ...params. */
export function buildPayload({
  request,
  nonce,
  params,
  account,
}: PayloadInput): Record<string, unknown> {
  const payload: Record<string, unknown> = { request, nonce };
  if (account !== undefined) payload.account = account;
  for (const [name, value] of Object.entries(params ?? {})) {
    // `request` and `nonce` come from their own arguments; a param must not silently replace them.
    if (name === 'request' || name === 'nonce') continue;
    payload[name] = value;
  }
  return payload;
}

/**
 * Compact JSON like `JSON.stringify`, except that parsed JSON numbers (`LosslessNumber`) and
 * bigints are written as their exact digits (a 19-digit nonce must not be rounded).
 */
export function serializePayload(payload: unknown): string {
  return stringifyJson(payload);
}
