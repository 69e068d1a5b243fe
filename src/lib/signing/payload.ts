/**
 * The JSON payload of a Gemini private API call: `request` (the path), `nonce`, then `account`
 * (master keys only) and the endpoint's parameters, all at the same level.
 */

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
 * Compact JSON like `JSON.stringify`, except that bigints are written as their exact digits
 * (JSON.stringify throws on them, and a 19-digit nonce must not be rounded).
 */
export function serializePayload(payload: unknown): string {
  return stringify(payload) ?? 'null';
}

function stringify(value: unknown): string | undefined {
  if (typeof value === 'bigint') return value.toString();
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    return stringify((value as { toJSON: () => unknown }).toJSON());
  }
  if (Array.isArray(value)) {
    return `[${value.map((item) => stringify(item) ?? 'null').join(',')}]`;
  }
  const members: string[] = [];
  for (const [name, item] of Object.entries(value)) {
    const text = stringify(item);
    if (text !== undefined) members.push(`${JSON.stringify(name)}:${text}`);
  }
  return `{${members.join(',')}}`;
}
