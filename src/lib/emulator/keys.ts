/**
 * Throwaway API keys in Gemini's format, minted by `POST /emulator/keys`. Gemini documents the
 * prefixes (`account-`, `master-`); the 20 alphanumerics after them and the 28-character secret
 * match public samples and are the emulator's choice.
 */
import { PRIVATE_RATE_LIMIT, type RateLimitPolicy } from './rate-limit.ts';

export const ROLES = ['trader', 'fundmanager', 'auditor', 'administrator'] as const;
export type Role = (typeof ROLES)[number];
export type Scope = 'account' | 'master';

export const ROLE_NAMES: Record<Role, string> = {
  trader: 'Trader',
  fundmanager: 'Fund Manager',
  auditor: 'Auditor',
  administrator: 'Administrator',
};

/** What a client may ask for; every field optional. */
export interface KeyOptions {
  roles?: Role[];
  scope?: Scope;
  timeBasedNonce?: boolean;
  requiresHeartbeat?: boolean;
  rateLimit?: RateLimitPolicy;
}

/** The settled options of a key. */
export interface KeySettings {
  roles: Role[];
  scope: Scope;
  timeBasedNonce: boolean;
  requiresHeartbeat: boolean;
  rateLimit: RateLimitPolicy;
}

/** What minting returns (and what `POST /emulator/keys` answers). */
export interface MintedKey extends KeySettings {
  key: string;
  secret: string;
  /** The account nickname: the key's own account, or the first account of a master key's group. */
  account: string;
}

const OPTION_NAMES = ['roles', 'scope', 'timeBasedNonce', 'requiresHeartbeat', 'rateLimit'];

export type KeyOptionsCheck = { ok: true; settings: KeySettings } | { ok: false; problem: string };

/** Validates untrusted options; a problem says exactly what to change. */
export function checkKeyOptions(input: unknown): KeyOptionsCheck {
  const fail = (problem: string): KeyOptionsCheck => ({ ok: false, problem });
  if (input === undefined || input === null) input = {};
  if (typeof input !== 'object' || Array.isArray(input)) {
    return fail(
      'Send a JSON object, e.g. {"roles":["trader"]}, or an empty body for the defaults.',
    );
  }
  const options = input as Record<string, unknown>;
  const unknown = Object.keys(options).filter((name) => !OPTION_NAMES.includes(name));
  if (unknown.length > 0) {
    return fail(`Unknown option ${quoteList(unknown)}. Known options: ${OPTION_NAMES.join(', ')}.`);
  }

  const scope = options.scope ?? 'account';
  if (scope !== 'account' && scope !== 'master') {
    return fail(`scope must be "account" or "master", got ${JSON.stringify(scope)}.`);
  }

  const rolesInput = options.roles ?? ['trader'];
  if (!Array.isArray(rolesInput) || rolesInput.length === 0) {
    return fail(`roles must be a non-empty array of ${quoteList([...ROLES])}.`);
  }
  const badRole = rolesInput.find((role) => !ROLES.includes(role as Role));
  if (badRole !== undefined) {
    return fail(`Unknown role ${JSON.stringify(badRole)}. Roles: ${quoteList([...ROLES])}.`);
  }
  const roles = ROLES.filter((role) => rolesInput.includes(role));
  if (roles.includes('auditor') && roles.length > 1) {
    return fail('The Auditor role cannot be combined with other roles; ask for ["auditor"] alone.');
  }
  if (roles.includes('administrator') && scope !== 'master') {
    return fail('The Administrator role exists only on master keys; add "scope": "master".');
  }

  for (const flag of ['timeBasedNonce', 'requiresHeartbeat'] as const) {
    if (options[flag] !== undefined && typeof options[flag] !== 'boolean') {
      return fail(`${flag} must be true or false, got ${JSON.stringify(options[flag])}.`);
    }
  }
  const requiresHeartbeat = options.requiresHeartbeat === true;
  if (requiresHeartbeat && scope === 'master') {
    return fail(
      'Master keys do not support cancel-on-disconnect (heartbeat); use an account key or drop requiresHeartbeat.',
    );
  }

  const rateLimit = checkRateLimit(options.rateLimit);
  if (typeof rateLimit === 'string') return fail(rateLimit);

  return {
    ok: true,
    settings: {
      roles,
      scope,
      timeBasedNonce: options.timeBasedNonce === true,
      requiresHeartbeat,
      rateLimit,
    },
  };
}

function checkRateLimit(input: unknown): RateLimitPolicy | string {
  if (input === undefined) return { ...PRIVATE_RATE_LIMIT };
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return 'rateLimit must be an object like {"perMinute": 30, "burst": 2}.';
  }
  const {
    perMinute = PRIVATE_RATE_LIMIT.perMinute,
    burst = PRIVATE_RATE_LIMIT.burst,
    ...rest
  } = input as Record<string, unknown>;
  if (Object.keys(rest).length > 0) {
    return `Unknown rateLimit field ${quoteList(Object.keys(rest))}; use perMinute and burst.`;
  }
  const max = PRIVATE_RATE_LIMIT;
  if (
    !Number.isInteger(perMinute) ||
    (perMinute as number) < 1 ||
    (perMinute as number) > max.perMinute
  ) {
    return `rateLimit.perMinute must be a whole number from 1 to ${max.perMinute} (limits can only be lowered), got ${JSON.stringify(perMinute)}.`;
  }
  if (!Number.isInteger(burst) || (burst as number) < 0 || (burst as number) > max.burst) {
    return `rateLimit.burst must be a whole number from 0 to ${max.burst} (queued requests), got ${JSON.stringify(burst)}.`;
  }
  return { perMinute: perMinute as number, burst: burst as number };
}

const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

function randomAlphanumeric(length: number, random: () => number): string {
  let text = '';
  for (let i = 0; i < length; i++) {
    text += ALPHANUMERIC[Math.floor(random() * ALPHANUMERIC.length) % ALPHANUMERIC.length];
  }
  return text;
}

export function generateKeyPair(scope: Scope, random: () => number) {
  return {
    key: `${scope}-${randomAlphanumeric(20, random)}`,
    secret: randomAlphanumeric(28, random),
  };
}

function quoteList(items: unknown[]): string {
  return items.map((item) => JSON.stringify(item)).join(', ');
}
