/**
 * The same-origin relay to Gemini's sandbox. Gemini sends no CORS headers, so a page cannot
 * call api.sandbox.gemini.com itself; `npm start` mounts this handler at `/relay/*` and the
 * playground sends its already signed request here. The relay forwards only Gemini API paths,
 * only to its one configured upstream (the sandbox, or a local emulator for tests), only the
 * headers the API needs, and never logs anything about a request. It cannot be pointed at
 * production: `createRelay` refuses such an upstream outright.
 */
import {
  RELAY_PREFIX,
  GEMINI_SANDBOX_ORIGIN,
  isGeminiApiPath,
  isProductionHost,
} from './targets.ts';

export interface RelayOptions {
  /** Origin requests go to; default Gemini's sandbox. Loopback origins are allowed for tests. */
  upstream?: string;
  fetch?: typeof fetch;
  /** Path prefix the relay is mounted on. */
  prefix?: string;
  /** Give up on the upstream after this long. */
  timeoutMs?: number;
}

/** Request headers passed on; everything else (cookies, origin, referer, …) stays here. */
const FORWARDED_REQUEST_HEADERS = [
  'x-gemini-apikey',
  'x-gemini-payload',
  'x-gemini-signature',
  'content-type',
  'cache-control',
  'accept',
];
/** Response headers passed back; no cookies, no caching instructions from upstream. */
const FORWARDED_RESPONSE_HEADERS = ['content-type', 'retry-after', 'date'];

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

function refusal(status: number, reason: string, message: string): Response {
  return new Response(JSON.stringify({ result: 'error', reason, message }), {
    status,
    headers: { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' },
  });
}

export function createRelay(options: RelayOptions = {}): (request: Request) => Promise<Response> {
  const upstream = checkUpstream(options.upstream ?? GEMINI_SANDBOX_ORIGIN);
  const send = options.fetch ?? fetch;
  const prefix = options.prefix ?? RELAY_PREFIX;
  const timeoutMs = options.timeoutMs ?? 15_000;

  return async (request: Request): Promise<Response> => {
    const url = new URL(request.url);
    if (!url.pathname.startsWith(`${prefix}/`)) {
      return refusal(404, 'RelayRefused', `The relay only serves paths under ${prefix}/.`);
    }
    const pathAndQuery = url.pathname.slice(prefix.length) + url.search;
    if (!isGeminiApiPath(pathAndQuery)) {
      return refusal(
        404,
        'RelayRefused',
        'The relay forwards only Gemini API paths such as /v1/balances or /v2/ticker/btcusd.',
      );
    }
    if (request.method !== 'POST' && request.method !== 'GET') {
      return refusal(405, 'RelayRefused', 'The relay forwards only POST and GET requests.');
    }
    const headers = new Headers();
    for (const name of FORWARDED_REQUEST_HEADERS) {
      const value = request.headers.get(name);
      if (value !== null) headers.set(name, value);
    }
    if (request.method === 'POST') headers.set('content-length', '0');

    let upstreamResponse: Response;
    try {
      // No body: Gemini's private API carries the payload in X-GEMINI-PAYLOAD.
      upstreamResponse = await send(upstream + pathAndQuery, {
        method: request.method,
        headers,
        redirect: 'manual',
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch {
      return refusal(
        502,
        'RelayUpstreamUnavailable',
        `The relay could not reach ${upstream}. Check your network connection and try again.`,
      );
    }
    const responseHeaders = new Headers({ 'Cache-Control': 'no-store' });
    for (const name of FORWARDED_RESPONSE_HEADERS) {
      const value = upstreamResponse.headers.get(name);
      if (value !== null) responseHeaders.set(name, value);
    }
    if (upstreamResponse.status >= 300 && upstreamResponse.status < 400) {
      return refusal(
        502,
        'RelayRefused',
        `The upstream answered with a redirect (${upstreamResponse.status}); the relay does not follow redirects.`,
      );
    }
    const bodyless = upstreamResponse.status === 204 || upstreamResponse.status === 205;
    return new Response(bodyless ? null : await upstreamResponse.arrayBuffer(), {
      status: upstreamResponse.status,
      headers: responseHeaders,
    });
  };
}
