/**
 * The checks of a private call, in the emulator's order (Gemini documents the reasons, not the
 * order): headers → key → (rate limit, in index.ts) → signature over the base64 text exactly as
 * received → base64/JSON → request path → nonce → roles → account.
 */
import { decodeBase64, hmacSha384HexWithKey, importHmacKey } from '../signing/index.ts';
import { JsonTooDeepError, MAX_JSON_DEPTH, parseJson, stringifyJson } from '../json/index.ts';
import { compareExact, readNonce, type ExactNumber } from '../nonce.ts';
import type { EndpointSpec } from './catalogue.ts';
import { GeminiError } from './errors.ts';
import { ROLE_NAMES, type KeySettings } from './keys.ts';
import type { Account } from './market.ts';
import type { RateLimitState } from './rate-limit.ts';

/** A minted key as the emulator keeps it (memory only). */
export interface KeyRecord {
  key: string;
  secret: string;
  /** The WebCrypto key, imported on first use when no HMAC function is injected. */
  cryptoKey?: CryptoKey;
  settings: KeySettings;
  /** The accounts the key may act for, by nickname: one for account keys, the group for master keys. */
  accounts: Map<string, Account>;
  lastNonce?: ExactNumber;
  /** Last authenticated call (or minting): the heartbeat clock. */
  lastAuthenticatedMs: number;
  rate: RateLimitState;
  /** The tail of this key's in-flight checks: calls are verified in arrival order. */
  queue: Promise<void>;
  /** Last minting or authenticated call: idle keys are evicted first and expire. */
  lastUsedMs: number;
}

/**
 * Lower-case hex HMAC-SHA384 of `message` keyed with the UTF-8 bytes of `secret`. Injected so
 * Node can use `node:crypto` (synchronous, no key import); the default is WebCrypto.
 */
export type HmacSha384 = (secret: string, message: string) => string | Promise<string>;

export interface AuthHeaders {
  apiKey: string;
  payload: string;
  signature: string;
}

const HEADER_NAMES = [
  ['X-GEMINI-APIKEY', 'MissingApikeyHeader'],
  ['X-GEMINI-PAYLOAD', 'MissingPayloadHeader'],
  ['X-GEMINI-SIGNATURE', 'MissingSignatureHeader'],
] as const;

export function readAuthHeaders(headers: {
  get(name: string): string | null | undefined;
}): AuthHeaders {
  const values: string[] = [];
  for (const [name, reason] of HEADER_NAMES) {
    const value = headers.get(name)?.trim();
    if (!value) throw new GeminiError(reason, `Must provide '${name}' header`);
    values.push(value);
  }
  const [apiKey, payload, signature] = values;
  return { apiKey, payload, signature };
}

export function findKey(keys: Map<string, KeyRecord>, apiKey: string): KeyRecord {
  const record = keys.get(apiKey);
  if (!record) {
    throw new GeminiError(
      'InvalidSignature',
      `Invalid API key '${truncate(apiKey)}': the emulator knows no such key (never minted here, revoked, or expired). Keys live only in the emulator's memory (a restart forgets them); mint one with POST /emulator/keys.`,
    );
  }
  return record;
}

const LOWER_HEX_SIGNATURE = /^[0-9a-f]{96}$/;

export async function verifySignature(
  record: KeyRecord,
  headers: AuthHeaders,
  hmac?: HmacSha384,
): Promise<void> {
  const { signature, payload } = headers;
  if (!LOWER_HEX_SIGNATURE.test(signature)) {
    const hint = /^[0-9a-fA-F]{96}$/.test(signature)
      ? 'it has upper-case letters; send lower-case hex'
      : `got ${signature.length} characters; an HMAC-SHA384 is 96 lower-case hex characters`;
    throw new GeminiError(
      'InvalidSignature',
      `InvalidSignature: X-GEMINI-SIGNATURE is malformed (${hint}).`,
    );
  }
  const expected = hmac
    ? await hmac(record.secret, payload)
    : await hmacSha384HexWithKey(
        (record.cryptoKey ??= await importHmacKey(record.secret)),
        payload,
      );
  if (!constantTimeEqual(expected, signature)) {
    throw new GeminiError(
      'InvalidSignature',
      'InvalidSignature: X-GEMINI-SIGNATURE does not match. Sign the X-GEMINI-PAYLOAD text exactly as sent: hex(HMAC-SHA384(key = UTF-8 bytes of the API secret, message = the base64 text)). A wrong secret gives this too.',
    );
  }
}

function constantTimeEqual(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i++) difference |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return difference === 0;
}

/** base64 → UTF-8 → JSON object (numbers kept exact), or InvalidJson saying which step failed. */
export function decodePayload(base64: string): Record<string, unknown> {
  let json: string;
  try {
    json = decodeBase64(base64);
  } catch (error) {
    throw new GeminiError(
      'InvalidJson',
      `The JSON provided is invalid: X-GEMINI-PAYLOAD is not standard base64. ${(error as Error).message}`,
    );
  }
  let payload: unknown;
  try {
    payload = parseJson(json);
  } catch (error) {
    throw new GeminiError(
      'InvalidJson',
      error instanceof JsonTooDeepError
        ? `The JSON provided is invalid: the decoded X-GEMINI-PAYLOAD nests objects or arrays more than ${MAX_JSON_DEPTH} levels deep. A payload is a flat object like {"request":"/v1/balances","nonce":…}.`
        : `The JSON provided is invalid: the decoded X-GEMINI-PAYLOAD is not JSON (${(error as Error).message}).`,
    );
  }
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
    throw new GeminiError(
      'InvalidJson',
      'The JSON provided is invalid: the payload must be a JSON object like {"request":"/v1/balances","nonce":…}.',
    );
  }
  return payload as Record<string, unknown>;
}

export function checkRequestPath(payload: Record<string, unknown>, path: string): void {
  const request = payload.request;
  if (request === path) return;
  throw new GeminiError(
    'EndpointMismatch',
    request === undefined
      ? `The payload has no 'request' field; it must be the path you POST to, '${path}'.`
      : `The request was submitted to an endpoint different than the one in the payload: the payload's request is ${truncate(stringifyJson(request))}, the URL path is '${path}'.`,
  );
}

/** Checks and records the nonce (Gemini's message texts, including the doubled quote). */
export function checkNonce(record: KeyRecord, payload: Record<string, unknown>, nowMs: number) {
  const reading = readNonce(payload);
  if (reading.kind === 'missing') {
    throw new GeminiError('MissingNonce', 'A nonce was not provided in the payload.');
  }
  if (reading.kind === 'invalid') {
    throw new GeminiError(
      'InvalidNonce',
      `Nonce '${truncate(reading.text)}' ${reading.problem}: send an increasing number such as the time in milliseconds.`,
    );
  }
  if (record.settings.timeBasedNonce) {
    const serverSeconds = Math.floor(nowMs / 1000);
    const earliest = { digits: BigInt(serverSeconds - 30), scale: 0 };
    const latest = { digits: BigInt(serverSeconds + 30), scale: 0 };
    if (compareExact(reading.value, earliest) < 0 || compareExact(reading.value, latest) > 0) {
      throw new GeminiError(
        'InvalidNonce',
        `Nonce '${reading.text}' is not within 30 seconds of server time '${serverSeconds}''`,
      );
    }
  } else if (record.lastNonce && compareExact(reading.value, record.lastNonce) <= 0) {
    throw new GeminiError(
      'InvalidNonce',
      `Nonce '${reading.text}' has not increased since your last call to the Gemini API.`,
    );
  }
  record.lastNonce = reading.value;
}

export function checkRole(record: KeyRecord, endpoint: EndpointSpec): void {
  if (endpoint.roles.some((role) => record.settings.roles.includes(role))) return;
  const needed = endpoint.roles.map((role) => ROLE_NAMES[role]).join(' or ');
  const has = record.settings.roles.map((role) => ROLE_NAMES[role]).join(', ');
  throw new GeminiError(
    'MissingRole',
    `This API key lacks the role ${endpoint.path} requires: ${needed}. The key's roles: ${has}. Create a key with that role.`,
  );
}

/** The account a call acts for. Master keys name it in `account`; account keys must not. */
export function resolveAccount(
  record: KeyRecord,
  payload: Record<string, unknown>,
  endpoint: EndpointSpec,
): Account {
  const [own] = record.accounts.values();
  const requested = payload.account;
  if (record.settings.scope === 'account') {
    if (requested !== undefined) {
      throw new GeminiError(
        'AccountsOnGroupOnlyApi',
        "The 'account' parameter is only for master API keys; this is an account-level key, so remove 'account' from the payload.",
      );
    }
    return own;
  }
  const names = [...record.accounts.keys()].map((name) => `'${name}'`).join(', ');
  if (requested === undefined) {
    if (!endpoint.accountScoped) return own;
    throw new GeminiError(
      'MissingAccountName',
      `Master API keys must name the account to act for: add "account": "primary" to the payload (this group's accounts: ${names}).`,
    );
  }
  const account = typeof requested === 'string' ? record.accounts.get(requested) : undefined;
  if (!account) {
    throw new GeminiError(
      'MissingAccountName',
      `No account ${truncate(stringifyJson(requested))} in this master group; use one of: ${names}.`,
    );
  }
  return account;
}

function truncate(text: string, length = 64): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}
