/**
 * The hosted site as one Cloudflare Worker (wrangler.jsonc): the static build through Workers
 * static assets with the security headers of src/site.ts, the relay to Gemini's sandbox at
 * /relay/ (the policy of src/lib/relay, shared with `npm start`), and the emulator at /sandbox/
 * with each key's state in a Durable Object named by the key (src/worker/sandbox-state.ts).
 * Nothing here logs a request; an unexpected failure answers Gemini-shaped JSON, never a trace.
 */
import { REVOKE_PATH } from '../lib/emulator/index.ts';
import { checkKeyOptions } from '../lib/emulator/keys.ts';
import {
  createRelay,
  isCrossSite,
  readCapped,
  RELAY_RATE_LIMIT,
  TooLarge,
  type Take,
} from '../lib/relay/index.ts';
import { RELAY_PREFIX, SITE_EMULATOR_PREFIX } from '../lib/playground/targets.ts';
import { IMMUTABLE_CACHE, SECURITY_HEADERS } from '../site.ts';
import { keyNameFor, newSeed } from './key-seed.ts';
import { CLIENT_HEADER, OP_HEADER, SandboxState } from './sandbox-state.ts';
import { DEFAULT_KEY_TTL_HOURS, geminiError, MINTS_PER_MINUTE, type Env } from './shared.ts';

// Only handlers and Durable Object classes may be exported from a Worker's entry.
export { SandboxState };

const MAX_SANDBOX_BODY_BYTES = 65_536;
const MAX_API_KEY_LENGTH = 64;

let relayFor: { upstream: string | undefined; relay: ReturnType<typeof createRelay> } | undefined;

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const url = new URL(request.url);
    let response: Response;
    try {
      response = await route(request, env, url);
    } catch {
      response = geminiError(500, 'System', 'The site could not answer this request; try again.');
    }
    return withHeaders(response, url.pathname);
  },
};

async function route(request: Request, env: Env, url: URL): Promise<Response> {
  const client = request.headers.get('cf-connecting-ip') ?? 'unknown';
  if (url.pathname.startsWith(`${RELAY_PREFIX}/`)) {
    return relayOf(env)(request, { clientId: client });
  }
  if (
    url.pathname === SITE_EMULATOR_PREFIX ||
    url.pathname.startsWith(`${SITE_EMULATOR_PREFIX}/`)
  ) {
    return sandbox(request, env, url, client);
  }
  return assets(request, env, url);
}

/** One relay per isolate; its per-client budget lives in Durable Objects. */
function relayOf(env: Env) {
  if (!relayFor || relayFor.upstream !== env.RELAY_UPSTREAM) {
    relayFor = {
      upstream: env.RELAY_UPSTREAM,
      relay: createRelay({
        upstream: env.RELAY_UPSTREAM || undefined,
        limit: (id) => take(env, `relay:${id}`, RELAY_RATE_LIMIT.perMinute),
      }),
    };
  }
  return relayFor.relay;
}

/** A per-client sliding-window budget kept in a Durable Object, so it holds across isolates. */
async function take(env: Env, name: string, perMinute: number): Promise<Take> {
  const response = await stub(env, `limit:${name}`).fetch(
    new Request(`https://sandbox.internal/limit?perMinute=${perMinute}`, {
      headers: { [OP_HEADER]: 'limit' },
    }),
  );
  return response.json();
}

function stub(env: Env, name: string) {
  return env.SANDBOX.get(env.SANDBOX.idFromName(name));
}

async function sandbox(request: Request, env: Env, url: URL, client: string): Promise<Response> {
  const path = url.pathname.slice(SITE_EMULATOR_PREFIX.length) || '/';
  const inner = `https://sandbox.internal${path}${url.search}`;
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > MAX_SANDBOX_BODY_BYTES) {
    return geminiError(
      413,
      'InvalidJson',
      `The body is larger than ${MAX_SANDBOX_BODY_BYTES} bytes.`,
    );
  }
  const body =
    request.method === 'GET' || request.method === 'HEAD' ? null : await readText(request);
  if (body === undefined) {
    return geminiError(
      413,
      'InvalidJson',
      `The body is larger than ${MAX_SANDBOX_BODY_BYTES} bytes.`,
    );
  }
  if (path === '/emulator/keys' && request.method === 'POST') {
    return mint(request, env, client, body ?? '');
  }
  const headers = new Headers(request.headers);
  if (path === REVOKE_PATH) {
    // The revoke drill goes to the key's object like any signed call; other sites are refused
    // here as for mints (the object's emulator sees an internal URL, so the Worker judges).
    if (isCrossSite(request)) {
      return geminiError(
        403,
        'MissingRole',
        "Revoking keys is refused for pages on other origins. Use this site's playground, or curl or a script.",
      );
    }
    headers.delete('origin');
  }
  headers.set(OP_HEADER, 'api');
  headers.set(CLIENT_HEADER, client);
  const apiKey = request.headers.get('x-gemini-apikey');
  const name = apiKey && apiKey.length <= MAX_API_KEY_LENGTH ? `key:${apiKey}` : `public:${client}`;
  return stub(env, name).fetch(new Request(inner, { method: request.method, headers, body }));
}

async function mint(request: Request, env: Env, client: string, body: string): Promise<Response> {
  if (isCrossSite(request)) {
    return geminiError(
      403,
      'MintRefused',
      "Keys are minted from this site's pages or from your own code (curl, scripts), not from other sites.",
    );
  }
  const taken = await take(env, `mint:${client}`, MINTS_PER_MINUTE);
  if (!taken.ok) {
    return geminiError(
      429,
      'RateLimit',
      `At most ${MINTS_PER_MINUTE} keys per minute from one client; a key lives ${ttlHours(env)} h, so reuse it. Retry after ${taken.retryAfterSeconds} s.`,
      { 'Retry-After': String(taken.retryAfterSeconds) },
    );
  }
  let options: unknown;
  try {
    // Plain JSON.parse (not src/lib/json): key options are flags and small whole numbers.
    options = body.trim() === '' ? {} : JSON.parse(body);
  } catch {
    options = undefined;
  }
  const check = options === undefined ? undefined : checkKeyOptions(options);
  const headers: Record<string, string> = { [OP_HEADER]: 'api', [CLIENT_HEADER]: client };
  if (!check?.ok) {
    // Bad options: the emulator itself says what is wrong (nothing is minted).
    return stub(env, `public:${client}`).fetch(
      new Request('https://sandbox.internal/emulator/keys', { method: 'POST', headers, body }),
    );
  }
  const seed = newSeed();
  const key = keyNameFor(check.settings.scope, seed);
  return stub(env, `key:${key}`).fetch(
    new Request('https://sandbox.internal/emulator/keys', {
      method: 'POST',
      body,
      headers: {
        [OP_HEADER]: 'mint',
        'x-sandbox-key': key,
        'x-sandbox-seed': JSON.stringify(seed),
        'x-sandbox-ttl-ms': String(ttlHours(env) * 3_600_000),
      },
    }),
  );
}

function ttlHours(env: Env): number {
  const hours = Number(env.KEY_TTL_HOURS);
  return Number.isFinite(hours) && hours > 0 ? hours : DEFAULT_KEY_TTL_HOURS;
}

/** The body as text, or undefined past the cap (read as a stream, never whole). */
async function readText(request: Request): Promise<string | undefined> {
  try {
    return new TextDecoder().decode(await readCapped(request.body, MAX_SANDBOX_BODY_BYTES));
  } catch (error) {
    if (error instanceof TooLarge) return undefined;
    throw error;
  }
}

/** Static assets; a miss gets the 404 page of the locale the path asks for. */
async function assets(request: Request, env: Env, url: URL): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return new Response('Method not allowed', { status: 405, headers: { Allow: 'GET, HEAD' } });
  }
  const response = await env.ASSETS.fetch(request);
  if (response.status !== 404) return response;
  const page = url.pathname.startsWith('/de/') ? '/de/404/' : '/404.html';
  const notFound = await env.ASSETS.fetch(new Request(new URL(page, url), { method: 'GET' }));
  return new Response(request.method === 'HEAD' ? null : notFound.body, {
    status: 404,
    headers: { 'Content-Type': 'text/html; charset=utf-8' },
  });
}

/** The site's security headers on every answer; the relay's stricter CSP (sandbox) stays. */
function withHeaders(response: Response, path: string): Response {
  if (response.status === 101) return response; // a WebSocket upgrade: pass it on untouched
  const result = new Response(response.body, response);
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
    if (!result.headers.has(name)) result.headers.set(name, value);
  }
  if (path.startsWith('/_astro/') && response.ok)
    result.headers.set('Cache-Control', IMMUTABLE_CACHE);
  return result;
}
