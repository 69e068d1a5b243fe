/**
 * Where the playground may send a request, and nothing else. The allowlist is enforced here in
 * code (every URL goes through `requestUrl`, which refuses anything off the list) and again in
 * the browser by the Content-Security-Policy `connect-src` of every page (src/site.ts).
 */
export type TargetId = 'builtin' | 'local' | 'site' | 'relay';
export const TARGET_IDS: readonly TargetId[] = ['builtin', 'local', 'site', 'relay'];

/** The local emulator of `npm run sandbox` / `npm start`: the only cross-origin host allowed. */
export const LOCAL_EMULATOR_ORIGIN = 'http://127.0.0.1:4322';
export const LOCAL_EMULATOR_ORIGINS = [LOCAL_EMULATOR_ORIGIN, 'http://localhost:4322'];

/** Gemini's public sandbox; reached only through the same-origin relay (it sends no CORS headers). */
export const GEMINI_SANDBOX_ORIGIN = 'https://api.sandbox.gemini.com';

/** The same-origin path prefix the `npm start` server mounts the relay on. */
export const RELAY_PREFIX = '/relay';

/**
 * The same-origin path prefix under which the site itself serves the emulator (`npm start`, the
 * Worker): a client's base URL is `<origin>/sandbox`. The target `site` is offered only when
 * `GET <origin>/sandbox/v1/symbols` answers 200 with a JSON array (a static host has none).
 */
export const SITE_EMULATOR_PREFIX = '/sandbox';

/** The in-page emulator routes on the path only; this origin never reaches the network. */
const BUILTIN_ORIGIN = 'https://builtin-sandbox.invalid';

/** Targets that can mint throwaway keys (`POST /emulator/keys`); Gemini's sandbox cannot. */
export function canMintKeys(target: TargetId): boolean {
  return target !== 'relay';
}

export type TargetRefusal =
  | { code: 'production-host'; host: string }
  | { code: 'not-allowlisted'; host: string }
  | { code: 'unknown-target'; value: string };

export type TargetParse = { ok: true; target: TargetId } | { ok: false; refusal: TargetRefusal };

/**
 * True for Gemini's production hosts: gemini.com and every subdomain that is not part of the
 * sandbox. These are refused everywhere, whatever the link or input says.
 */
export function isProductionHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  if (host !== 'gemini.com' && !host.endsWith('.gemini.com')) return false;
  return !(host === 'sandbox.gemini.com' || host.endsWith('.sandbox.gemini.com'));
}

/**
 * Reads a target from a share link or saved state: a target id, or one of the allowlisted
 * origins spelled as a URL (`http://127.0.0.1:4322` → local, `https://api.sandbox.gemini.com`
 * → relay). Anything else is refused with the reason, never guessed.
 */
export function parseTarget(value: string): TargetParse {
  const trimmed = value.trim();
  if ((TARGET_IDS as readonly string[]).includes(trimmed)) {
    return { ok: true, target: trimmed as TargetId };
  }
  let url: URL;
  try {
    url = new URL(trimmed.includes('://') ? trimmed : `https://${trimmed}`);
  } catch {
    return { ok: false, refusal: { code: 'unknown-target', value: trimmed.slice(0, 80) } };
  }
  if (isProductionHost(url.hostname)) {
    return { ok: false, refusal: { code: 'production-host', host: url.hostname } };
  }
  if (LOCAL_EMULATOR_ORIGINS.includes(url.origin)) return { ok: true, target: 'local' };
  if (url.origin === GEMINI_SANDBOX_ORIGIN) return { ok: true, target: 'relay' };
  if (!trimmed.includes('://') && !trimmed.includes('.')) {
    return { ok: false, refusal: { code: 'unknown-target', value: trimmed.slice(0, 80) } };
  }
  return { ok: false, refusal: { code: 'not-allowlisted', host: url.host } };
}

/** A path of Gemini's REST API: `/v1/…` or `/v2/…`, plain segments, optional query string. */
export function isGeminiApiPath(pathAndQuery: string): boolean {
  const [path, query] = splitQuery(pathAndQuery);
  if (!/^\/v[12](\/[A-Za-z0-9._~:@-]+)+$/.test(path)) return false;
  if (path.split('/').some((segment) => segment === '.' || segment === '..')) return false;
  return query === undefined || /^[A-Za-z0-9._~:@!$&'()*+,;=%/?-]*$/.test(query);
}

function splitQuery(pathAndQuery: string): [string, string | undefined] {
  const index = pathAndQuery.indexOf('?');
  return index < 0
    ? [pathAndQuery, undefined]
    : [pathAndQuery.slice(0, index), pathAndQuery.slice(index + 1)];
}

export class TargetRefusedError extends Error {
  readonly url: string;
  constructor(url: string, why: string) {
    super(`Refused to send a request to ${url}: ${why}`);
    this.name = 'TargetRefusedError';
    this.url = url;
  }
}

/**
 * The URL a request to `path` goes to on `target`. `pageOrigin` is the site's own origin (the
 * relay is same-origin). Throws `TargetRefusedError` for a path outside Gemini's API, except
 * the emulator's key endpoint on targets that mint keys.
 */
export function requestUrl(target: TargetId, path: string, pageOrigin: string): string {
  const mintPath = path === '/emulator/keys' && canMintKeys(target);
  if (!mintPath && !isGeminiApiPath(path)) {
    throw new TargetRefusedError(path, 'only Gemini API paths (/v1/…, /v2/…) are sent');
  }
  const url =
    target === 'builtin'
      ? `${BUILTIN_ORIGIN}${path}`
      : target === 'local'
        ? `${LOCAL_EMULATOR_ORIGIN}${path}`
        : target === 'site'
          ? `${pageOrigin}${SITE_EMULATOR_PREFIX}${path}`
          : `${pageOrigin}${RELAY_PREFIX}${path}`;
  assertAllowedUrl(url, pageOrigin);
  return url;
}

/** The last check before any request leaves: the URL must be on the allowlist. */
export function assertAllowedUrl(url: string, pageOrigin: string): void {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new TargetRefusedError(url, 'not a valid URL');
  }
  if (isProductionHost(parsed.hostname)) {
    throw new TargetRefusedError(url, 'production hosts are never contacted from this site');
  }
  const allowed =
    parsed.origin === BUILTIN_ORIGIN ||
    LOCAL_EMULATOR_ORIGINS.includes(parsed.origin) ||
    (parsed.origin === new URL(pageOrigin).origin &&
      (parsed.pathname.startsWith(`${RELAY_PREFIX}/`) ||
        parsed.pathname.startsWith(`${SITE_EMULATOR_PREFIX}/`)));
  if (!allowed) throw new TargetRefusedError(url, 'the host is not on the playground allowlist');
}

/** True when the URL is served by the in-page emulator rather than the network. */
export function isBuiltinUrl(url: string): boolean {
  return new URL(url).origin === BUILTIN_ORIGIN;
}

/**
 * The base URL snippets use: code copied out of the page runs outside a browser, so it calls
 * the local emulator, this site's emulator or Gemini's sandbox directly, never the in-page
 * emulator or the relay.
 */
export function snippetBaseUrl(target: TargetId, pageOrigin = ''): string {
  if (target === 'relay') return GEMINI_SANDBOX_ORIGIN;
  if (target === 'site' && pageOrigin) return `${pageOrigin}${SITE_EMULATOR_PREFIX}`;
  return LOCAL_EMULATOR_ORIGIN;
}
