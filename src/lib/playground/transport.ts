/**
 * Sends a signed request to a target and reads the answer; mints throwaway keys. Every URL
 * comes from `requestUrl`, which refuses anything off the allowlist before a request exists.
 * The built-in target never touches the network: its requests go to the emulator in the page.
 */
import { isJsonObject, readJson, stringifyJson, type JsonValue } from '../json/index.ts';
import type { KeyOptions, KeyRole } from './experiments.ts';
import { MintError, UnreachableTargetError } from './errors.ts';
import { isBuiltinUrl, requestUrl, type TargetId } from './targets.ts';

export { MintError, UnreachableTargetError };

export interface InPageEmulator {
  fetch(request: Request): Promise<Response>;
}

export interface TransportDeps {
  /** The site's own origin (the relay is same-origin). */
  pageOrigin: string;
  fetch: typeof fetch;
  /** The in-page emulator, created on first use. */
  builtin: () => Promise<InPageEmulator>;
  /** A monotonic clock for timings (performance.now). */
  now: () => number;
  /** Wall-clock epoch milliseconds, to compare with a response's `Date` header. */
  clock?: () => number;
}

/**
 * The page's transport: fetch, its origin, and the in-page emulator, created on first use and
 * dropped by `forgetBuiltin()` (it knows the minted secrets: burning a key forgets them too).
 */
export function pageTransport(pageOrigin: string): TransportDeps & { forgetBuiltin(): void } {
  let builtin: Promise<InPageEmulator> | null = null;
  return {
    pageOrigin,
    fetch: (input, init) => fetch(input, init),
    builtin: () =>
      (builtin ??= import('../emulator/index.ts').then(({ createEmulator }) => createEmulator())),
    now: () => performance.now(),
    clock: () => Date.now(),
    forgetBuiltin: () => {
      builtin = null;
    },
  };
}

export interface OutgoingRequest {
  target: TargetId;
  method: 'GET' | 'POST';
  /** Path plus query string, e.g. /v1/balances. */
  path: string;
  headers: Record<string, string>;
  body?: string;
}

export interface ReceivedResponse {
  url: string;
  status: number;
  statusText: string;
  headers: Array<[string, string]>;
  /** The body as text, exactly as received (shown as text, never as markup). */
  bodyText: string;
  /** The body parsed once, here (undefined when it is not JSON). */
  body: JsonValue | undefined;
  /** Indented JSON when the body is JSON, else null. */
  prettyBody: string | null;
  /** Gemini's error fields when the body is `{"result":"error",…}`. */
  reason: string | null;
  message: string | null;
  timeMs: number;
  /** Epoch ms when the answer arrived, and the answer's `Date` header (null without one). */
  receivedAt: number;
  date: string | null;
}

const MAX_BODY_CHARS = 200_000;

export async function sendRequest(
  outgoing: OutgoingRequest,
  deps: TransportDeps,
): Promise<ReceivedResponse> {
  const url = requestUrl(outgoing.target, outgoing.path, deps.pageOrigin);
  const init: RequestInit = {
    method: outgoing.method,
    headers: outgoing.headers,
    body: outgoing.body,
    // No cookies, no referrer: the targets need neither.
    credentials: 'omit',
    referrerPolicy: 'no-referrer',
    cache: 'no-store',
    redirect: 'error',
  };
  const started = deps.now();
  let response: Response;
  try {
    response = isBuiltinUrl(url)
      ? await (await deps.builtin()).fetch(new Request(url, init))
      : await deps.fetch(url, init);
  } catch (error) {
    throw new UnreachableTargetError(outgoing.target, error);
  }
  const bodyText = (await response.text()).slice(0, MAX_BODY_CHARS);
  const timeMs = Math.max(0, deps.now() - started);
  const received = {
    url,
    ...describeResponse(response, bodyText),
    timeMs,
    receivedAt: (deps.clock ?? Date.now)(),
    date: response.headers.get('date'),
  };
  if (
    (outgoing.target === 'relay' || outgoing.target === 'site') &&
    received.status === 404 &&
    received.reason === null
  ) {
    // A static host has no relay and no emulator: its 404 page is not Gemini's answer.
    throw new UnreachableTargetError(outgoing.target, `HTTP 404 from ${url}`);
  }
  return received;
}

function describeResponse(
  response: Response,
  bodyText: string,
): Omit<ReceivedResponse, 'url' | 'timeMs' | 'receivedAt' | 'date'> {
  const body = readJson(bodyText);
  let reason: string | null = null;
  let message: string | null = null;
  if (isJsonObject(body)) {
    if (body.result === 'error' && typeof body.reason === 'string') reason = body.reason;
    if (typeof body.message === 'string') message = body.message;
  }
  return {
    status: response.status,
    statusText: response.statusText,
    headers: [...response.headers.entries()],
    bodyText,
    body,
    prettyBody: body === undefined ? null : stringifyJson(body, 2),
    reason,
    message: reason ? message : null,
  };
}

/**
 * True when this site serves the emulator under `/sandbox` (contract: `GET /sandbox/v1/symbols`
 * answers 200 with a JSON array). A static host answers 404 or its HTML page: false.
 */
export async function probeSiteEmulator(deps: TransportDeps): Promise<boolean> {
  try {
    const response = await sendRequest(
      { target: 'site', method: 'GET', path: '/v1/symbols', headers: {} },
      deps,
    );
    return response.status === 200 && Array.isArray(response.body);
  } catch {
    return false;
  }
}

export interface KeyMaterial {
  key: string;
  secret: string;
  roles: KeyRole[];
  timeBasedNonce: boolean;
  requiresHeartbeat: boolean;
  scope: 'account' | 'master';
  /** The account nickname a master key names in its payloads (`account`). */
  account: string | null;
  /** Where the key was minted: it is valid there only. */
  target: TargetId;
}

/** Mints a throwaway key on the built-in or local emulator (`POST /emulator/keys`). */
export async function mintKey(
  target: TargetId,
  options: KeyOptions,
  deps: TransportDeps,
): Promise<KeyMaterial> {
  const response = await sendRequest(
    {
      target,
      method: 'POST',
      path: '/emulator/keys',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        roles: options.roles,
        timeBasedNonce: options.timeBasedNonce,
        requiresHeartbeat: options.requiresHeartbeat,
        scope: options.scope ?? 'account',
      }),
    },
    deps,
  );
  if (response.status !== 200) {
    throw new MintError(response.status, response.reason, response.message ?? response.bodyText);
  }
  const body = (
    response.body && typeof response.body === 'object' ? response.body : {}
  ) as Partial<KeyMaterial>;
  if (typeof body.key !== 'string' || typeof body.secret !== 'string') {
    throw new MintError(response.status, null, 'The emulator answered without a key and secret.');
  }
  return {
    key: body.key,
    secret: body.secret,
    roles: Array.isArray(body.roles) ? body.roles : options.roles,
    timeBasedNonce: body.timeBasedNonce ?? options.timeBasedNonce,
    requiresHeartbeat: body.requiresHeartbeat ?? options.requiresHeartbeat,
    scope: body.scope === 'master' ? 'master' : 'account',
    account: typeof body.account === 'string' ? body.account : null,
    target,
  };
}
