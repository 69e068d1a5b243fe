/**
 * The same-origin relay to Gemini's sandbox, one policy for `npm start` (scripts/start.ts) and
 * the Worker (src/worker/). Gemini sends no CORS headers, so a page cannot call
 * api.sandbox.gemini.com itself; the playground sends its already signed request to
 * `/relay/v1/…` and the relay passes it on. On the internet the relay is a target, so it:
 *
 * - forwards only Gemini API paths (`/v1/…`, `/v2/…`) the guide knows, POST for private and GET
 *   for public ones, to its one upstream (the sandbox, or loopback in tests; never production);
 * - forwards only the three signing headers: no cookies, no client address, no origin;
 * - serves same-origin callers only (`Origin`, `Sec-Fetch-Site`), so no other site can use it
 *   as a CORS proxy, and at most `perMinute` requests per client (below Gemini's own limits);
 * - caps request and upstream bodies (read as streams, never whole), and answers a stall or a
 *   timeout quickly with a Gemini-shaped JSON error;
 * - forces a JSON or plain-text content type with `Content-Security-Policy: default-src 'none';
 *   sandbox` on every answer, so an upstream HTML page never runs on the site's origin;
 * - logs nothing, ever.
 */
import { findEndpoint } from '../emulator/catalogue.ts';
import { geminiErrorResponse } from '../emulator/errors.ts';
import {
  GEMINI_SANDBOX_ORIGIN,
  RELAY_PREFIX,
  isGeminiApiPath,
  isProductionHost,
} from '../playground/targets.ts';
import { createWindowLimiter, type Take, type WindowPolicy } from './rate.ts';
import { readCapped, TooLarge } from '../read-capped.ts';

export { RELAY_PREFIX };
export { readCapped, TooLarge } from '../read-capped.ts';
export { createWindowLimiter, type Take, type WindowLimiter, type WindowPolicy } from './rate.ts';

export interface RelayOptions {
  /** Origin requests go to; default Gemini's sandbox. Loopback origins are allowed for tests. */
  upstream?: string;
  fetch?: typeof fetch;
  /** Path prefix the relay is mounted on. */
  prefix?: string;
  /** Give up on the upstream (headers and body) after this long. */
  timeoutMs?: number;
  /** Largest request body accepted (it is read and dropped: Gemini's payload travels in a header). */
  maxRequestBytes?: number;
  /** Largest upstream body passed back. */
  maxResponseBytes?: number;
  /** Per-client budget; default an in-memory limiter of `RELAY_RATE_LIMIT`. */
  limit?: (clientId: string) => Take | Promise<Take>;
}

/** Per-client limit: below Gemini's public (120/min) and private (600/min) limits. */
export const RELAY_RATE_LIMIT: WindowPolicy = { perMinute: 100 };
export const RELAY_TIMEOUT_MS = 10_000;
export const RELAY_MAX_REQUEST_BYTES = 16_384;
export const RELAY_MAX_RESPONSE_BYTES = 1_048_576;

/** The only request headers passed on. */
export const SIGNING_HEADERS = ['x-gemini-apikey', 'x-gemini-payload', 'x-gemini-signature'];
/** Every relay answer carries these: it can never render as a page of the site. */
export const RELAY_RESPONSE_HEADERS: Record<string, string> = {
  'Cache-Control': 'no-store',
  'Content-Security-Policy': "default-src 'none'; sandbox",
  'X-Content-Type-Options': 'nosniff',
};

export interface RelayContext {
  /** The caller's address (Node: the socket; Worker: CF-Connecting-IP). */
  clientId?: string;
}

const LOOPBACK_HOSTS = ['127.0.0.1', 'localhost', '[::1]'];

/** Checks an upstream origin; throws with what to set instead. */
export function checkUpstream(upstream: string): string {
  let url: URL;
  try {
    url = new URL(upstream);
  } catch {
    throw new Error(
      `RELAY_UPSTREAM must be a URL such as ${GEMINI_SANDBOX_ORIGIN}, got "${upstream}".`,
    );
  }
  if (isProductionHost(url.hostname)) {
    throw new Error(
      `RELAY_UPSTREAM ${url.origin} is a Gemini production host; the relay only talks to ${GEMINI_SANDBOX_ORIGIN} or a local emulator.`,
    );
  }
  const loopback = LOOPBACK_HOSTS.includes(url.hostname);
  if (url.origin !== GEMINI_SANDBOX_ORIGIN && !loopback) {
    throw new Error(
      `RELAY_UPSTREAM must be ${GEMINI_SANDBOX_ORIGIN} or a loopback address (127.0.0.1, localhost), got ${url.origin}.`,
    );
  }
  return url.origin;
}

function refusal(
  status: number,
  reason: string,
  message: string,
  extra: Record<string, string> = {},
): Response {
  return geminiErrorResponse(status, reason, message, { ...RELAY_RESPONSE_HEADERS, ...extra });
}

/** True for a browser caller from another site; non-browser clients send neither header. */
export function isCrossSite(request: Request): boolean {
  const fetchSite = request.headers.get('sec-fetch-site');
  if (fetchSite !== null && fetchSite !== 'same-origin') {
    // 'none' is a navigation the user typed; fine for reading a public GET, never for POST.
    if (!(fetchSite === 'none' && request.method === 'GET')) return true;
  }
  const origin = request.headers.get('origin');
  return origin !== null && origin !== new URL(request.url).origin;
}

/** Upstream content types are never copied: JSON stays JSON, anything else becomes plain text. */
function safeContentType(upstreamType: string | null): string {
  return upstreamType !== null && /^application\/json\s*(;|$)/i.test(upstreamType)
    ? 'application/json; charset=utf-8'
    : 'text/plain; charset=utf-8';
}

export function createRelay(
  options: RelayOptions = {},
): (request: Request, context?: RelayContext) => Promise<Response> {
  const upstream = checkUpstream(options.upstream ?? GEMINI_SANDBOX_ORIGIN);
  const send = options.fetch ?? fetch;
  const prefix = options.prefix ?? RELAY_PREFIX;
  const timeoutMs = options.timeoutMs ?? RELAY_TIMEOUT_MS;
  const maxRequestBytes = options.maxRequestBytes ?? RELAY_MAX_REQUEST_BYTES;
  const maxResponseBytes = options.maxResponseBytes ?? RELAY_MAX_RESPONSE_BYTES;
  const limiter = createWindowLimiter(RELAY_RATE_LIMIT);
  const limit = options.limit ?? ((clientId: string) => limiter.take(clientId, Date.now()));

  async function relay(request: Request, context: RelayContext): Promise<Response> {
    const url = new URL(request.url);
    if (!url.pathname.startsWith(`${prefix}/`)) {
      return refusal(404, 'RelayRefused', `The relay only serves paths under ${prefix}/.`);
    }
    const path = url.pathname.slice(prefix.length);
    const pathAndQuery = path + url.search;
    const endpoint = isGeminiApiPath(pathAndQuery) ? findEndpoint(path) : undefined;
    if (!endpoint) {
      return refusal(
        404,
        'RelayRefused',
        'The relay forwards only the Gemini API paths this guide documents, such as /v1/balances or /v2/ticker/btcusd.',
      );
    }
    const method = endpoint.access === 'private' ? 'POST' : 'GET';
    if (request.method !== method) {
      return refusal(
        405,
        'RelayRefused',
        `${endpoint.path} is a ${endpoint.access} endpoint: the relay forwards it only as ${method}.`,
        { Allow: method },
      );
    }
    if (isCrossSite(request)) {
      return refusal(
        403,
        'RelayRefused',
        "The relay serves this site's own pages only; call api.sandbox.gemini.com directly from your own code.",
      );
    }
    const declared = Number(request.headers.get('content-length') ?? 0);
    let headerBytes = 0;
    const headers = new Headers();
    for (const name of SIGNING_HEADERS) {
      const value = request.headers.get(name);
      if (value === null) continue;
      headers.set(name, value);
      headerBytes += value.length;
    }
    if (declared > maxRequestBytes || headerBytes > maxRequestBytes) {
      return refusal(
        413,
        'RelayRefused',
        `The request is larger than ${maxRequestBytes} bytes; Gemini's payload travels base64-encoded in X-GEMINI-PAYLOAD and is far smaller.`,
      );
    }
    const taken = await limit(context.clientId ?? 'unknown');
    if (!taken.ok) {
      return refusal(
        429,
        'RateLimit',
        `Too many requests through the relay: at most ${RELAY_RATE_LIMIT.perMinute} per minute from one client. Retry after ${taken.retryAfterSeconds} s.`,
        { 'Retry-After': String(taken.retryAfterSeconds) },
      );
    }
    try {
      // Read (and drop) the body within the cap: Gemini's private API carries no body.
      await readCapped(request.body, maxRequestBytes);
    } catch {
      return refusal(
        413,
        'RelayRefused',
        `The request body is larger than ${maxRequestBytes} bytes.`,
      );
    }
    if (method === 'POST') {
      headers.set('content-type', 'text/plain');
      headers.set('content-length', '0');
      headers.set('cache-control', 'no-cache');
    }

    const deadline = AbortSignal.timeout(timeoutMs);
    let upstreamResponse: Response;
    try {
      upstreamResponse = await send(upstream + pathAndQuery, {
        method,
        headers,
        redirect: 'manual',
        signal: deadline,
      });
    } catch {
      return deadline.aborted ? timedOut(upstream, timeoutMs) : unreachable(upstream);
    }
    if (upstreamResponse.status >= 300 && upstreamResponse.status < 400) {
      await upstreamResponse.body?.cancel().catch(() => {});
      return refusal(
        502,
        'RelayRefused',
        `The upstream answered with a redirect (${upstreamResponse.status}); the relay does not follow redirects.`,
      );
    }
    let body: Uint8Array<ArrayBuffer>;
    try {
      body = await readCapped(upstreamResponse.body, maxResponseBytes);
    } catch (error) {
      if (error instanceof TooLarge) {
        return refusal(
          502,
          'RelayUpstreamTooLarge',
          `The upstream answer is larger than ${maxResponseBytes} bytes; the relay passes back smaller answers only.`,
        );
      }
      return deadline.aborted ? timedOut(upstream, timeoutMs) : unreachable(upstream);
    }
    const responseHeaders = new Headers({
      ...RELAY_RESPONSE_HEADERS,
      'Content-Type': safeContentType(upstreamResponse.headers.get('content-type')),
    });
    const retryAfter = upstreamResponse.headers.get('retry-after');
    if (retryAfter !== null && /^\d{1,6}$/.test(retryAfter)) {
      responseHeaders.set('Retry-After', retryAfter);
    }
    const status = upstreamResponse.status;
    const bodyless = status === 204 || status === 205 || status === 304;
    return new Response(bodyless ? null : body, { status, headers: responseHeaders });
  }

  return async (request, context = {}) => {
    try {
      return await relay(request, context);
    } catch {
      // Nothing is logged: a request's headers carry a signed payload.
      return refusal(502, 'RelayError', 'The relay could not pass this request on. Try again.');
    }
  };
}

function timedOut(upstream: string, timeoutMs: number): Response {
  return refusal(
    504,
    'RelayUpstreamTimeout',
    `${upstream} did not answer within ${timeoutMs / 1000} s. Try again later, or use the emulator.`,
  );
}

function unreachable(upstream: string): Response {
  return refusal(
    502,
    'RelayUpstreamUnavailable',
    `The relay could not reach ${upstream}. Check your network connection and try again.`,
  );
}
