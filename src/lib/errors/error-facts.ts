/**
 * Facts shown in the box at the top of every error page (content/docs/<locale>/errors/):
 * the HTTP status line, the ccxt exception a bot author will catch, and the links that
 * reproduce the error in the playground or inspect it in a support tool.
 * Framework-free so unit tests can check the pages against it.
 */

/** Reason phrases for the statuses the emulator uses (RFC 9110). */
export const STATUS_TEXT: Readonly<Record<number, string>> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  406: 'Not Acceptable',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
};

/** `400 Bad Request`; a status without a known phrase is shown as the bare number. */
export function statusLine(status: number): string {
  const text = STATUS_TEXT[status];
  return text ? `${status} ${text}` : String(status);
}

/**
 * Which ccxt exception `gemini.handleErrors` throws for a body with this `reason`
 * (ccxt 4.5, `exceptions.exact`). A Gemini-shaped error body whose reason is not in that map
 * ends in a plain `ExchangeError`: ccxt does not fall back to its HTTP-status map then.
 */
const CCXT_EXCEPTION_BY_REASON: Readonly<Record<string, string>> = {
  ClientOrderIdMustBeString: 'BadRequest',
  ClientOrderIdTooLong: 'BadRequest',
  ConflictingOptions: 'BadRequest',
  EndpointMismatch: 'BadRequest',
  EndpointNotFound: 'BadRequest',
  InsufficientFunds: 'InsufficientFunds',
  InvalidJson: 'BadRequest',
  InvalidNonce: 'InvalidNonce',
  InvalidOrderType: 'InvalidOrder',
  InvalidPrice: 'InvalidOrder',
  InvalidQuantity: 'InvalidOrder',
  InvalidSide: 'InvalidOrder',
  InvalidSignature: 'AuthenticationError',
  InvalidSymbol: 'BadRequest',
  MissingApikeyHeader: 'AuthenticationError',
  MissingOrderField: 'InvalidOrder',
  MissingPayloadHeader: 'AuthenticationError',
  MissingRole: 'AuthenticationError',
  MissingSignatureHeader: 'AuthenticationError',
  OptionsMustBeArray: 'BadRequest',
  OrderNotFound: 'OrderNotFound',
  RateLimit: 'RateLimitExceeded',
  System: 'ExchangeError',
  UnsupportedOption: 'BadRequest',
  // Reasons only Gemini documents (src/lib/errors/documented.ts) that ccxt names too.
  AuctionNotOpen: 'BadRequest',
  IneligibleTiming: 'BadRequest',
  InvalidApiKey: 'AuthenticationError',
  InvalidTimestampInPayload: 'BadRequest',
  Maintenance: 'OnMaintenance',
  MarketNotOpen: 'InvalidOrder',
  NoSSL: 'AuthenticationError',
};

export interface CcxtMapping {
  exception: string;
  /** True when ccxt names this reason; false when it only throws its generic ExchangeError. */
  exact: boolean;
}

export function ccxtExceptionFor(reason: string): CcxtMapping {
  const exception = CCXT_EXCEPTION_BY_REASON[reason];
  return exception ? { exception, exact: true } : { exception: 'ExchangeError', exact: false };
}

/** The playground's share/prefill query (brief contract #4). Never a key or a secret. */
export interface PlaygroundPrefill {
  experiment?:
    | 'wrong-secret'
    | 'replayed-nonce'
    | 'auditor-order'
    | 'stale-time-nonce'
    | 'endpoint-mismatch'
    | 'missing-header';
  endpoint?: string;
  /** Endpoint params; written into the link as compact JSON text. */
  params?: Record<string, unknown>;
  nonce?: 'ms' | 'seconds' | 'manual';
  target?: 'builtin' | 'local' | 'relay';
}

/** Keeps `/` and `,` readable in links people paste into tickets; both are legal in a query. */
function encodeQueryValue(value: string): string {
  return encodeURIComponent(value).replace(/%2F/g, '/').replace(/%2C/g, ',');
}

/** `/<locale>/tools/playground/?…` for a prefill; keys in a fixed order so links stay stable. */
export function playgroundHref(locale: string, prefill: PlaygroundPrefill): string {
  const entries: Array<[string, string]> = [];
  if (prefill.target) entries.push(['target', prefill.target]);
  if (prefill.endpoint) entries.push(['endpoint', prefill.endpoint]);
  if (prefill.params) entries.push(['params', JSON.stringify(prefill.params)]);
  if (prefill.nonce) entries.push(['nonce', prefill.nonce]);
  if (prefill.experiment) entries.push(['experiment', prefill.experiment]);
  const query = entries.map(([key, value]) => `${key}=${encodeQueryValue(value)}`).join('&');
  return `/${locale}/tools/playground/${query ? `?${query}` : ''}`;
}

/** Support tools an error page can point to (brief contracts #5 and #6). */
export type ErrorTool = 'signature-doctor' | 'payload-decoder' | 'backoff-lab';

export function toolHref(locale: string, tool: ErrorTool): string {
  return `/${locale}/tools/${tool}/`;
}
