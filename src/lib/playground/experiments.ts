/**
 * One-click experiments: each breaks one rule of Gemini's signing on purpose and names the
 * reason the sandbox must answer with. The plan is data; the island runs it (mint a key if the
 * plan needs a special one, sign with the tampering applied, send, compare the reason).
 * Requests are fixed per experiment so the outcome does not depend on what the learner typed.
 */
import type { Role } from '../emulator/keys.ts';

export const EXPERIMENT_IDS = [
  'wrong-secret',
  'replayed-nonce',
  'auditor-order',
  'stale-time-nonce',
  'endpoint-mismatch',
  'missing-header',
] as const;
export type ExperimentId = (typeof EXPERIMENT_IDS)[number];

export function isExperimentId(value: string): value is ExperimentId {
  return (EXPERIMENT_IDS as readonly string[]).includes(value);
}

export type KeyRole = Role;

/** Options for `POST /emulator/keys` (contract #2). */
export interface KeyOptions {
  roles: KeyRole[];
  timeBasedNonce: boolean;
  requiresHeartbeat: boolean;
  /** `master`: a group key that names the account it acts for; default `account`. */
  scope?: 'account' | 'master';
}

export const DEFAULT_KEY_OPTIONS: KeyOptions = {
  roles: ['trader'],
  timeBasedNonce: false,
  requiresHeartbeat: false,
};

/** How one send of an experiment differs from a correct request. */
export interface Tampering {
  /** Sign with a secret that differs from the key's in one character. */
  wrongSecret?: boolean;
  /** Reuse the nonce of the previous send of this experiment. */
  repeatNonce?: boolean;
  /** Add this many seconds to a seconds nonce (time-based keys allow ±30 s). */
  nonceOffsetSeconds?: number;
  /** POST to this path while the payload's `request` keeps the planned path. */
  sendToPath?: string;
  /** Leave out this header. */
  omitHeader?: 'X-GEMINI-SIGNATURE';
}

export interface ExperimentSend {
  tampering: Tampering;
  /** `'ok'` for a send that must succeed (e.g. the first of a replay), else the reason. */
  expect: 'ok' | string;
}

export interface ExperimentPlan {
  id: ExperimentId;
  /** The key to use: the learner's current key, or a fresh throwaway key with these options. */
  key: 'current' | KeyOptions;
  /**
   * The experiment needs a key whose nonce must increase (not time-based): with a time-based
   * current key, a plain throwaway key is minted for it instead.
   */
  counterNonce?: boolean;
  endpoint: string;
  params: Record<string, unknown>;
  nonce: 'ms' | 'seconds';
  sends: ExperimentSend[];
  /** The reason the experiment demonstrates: what the last send must return. */
  reason: string;
}

const order = {
  client_order_id: 'experiment-auditor-1',
  symbol: 'btcusd',
  amount: '0.001',
  price: '30000.00',
  side: 'buy',
  type: 'exchange limit',
};

const PLANS: Record<ExperimentId, Omit<ExperimentPlan, 'id'>> = {
  'wrong-secret': {
    key: 'current',
    endpoint: '/v1/balances',
    params: {},
    nonce: 'ms',
    sends: [{ tampering: { wrongSecret: true }, expect: 'InvalidSignature' }],
    reason: 'InvalidSignature',
  },
  'replayed-nonce': {
    key: 'current',
    counterNonce: true,
    endpoint: '/v1/balances',
    params: {},
    nonce: 'ms',
    sends: [
      { tampering: {}, expect: 'ok' },
      { tampering: { repeatNonce: true }, expect: 'InvalidNonce' },
    ],
    reason: 'InvalidNonce',
  },
  'auditor-order': {
    key: { roles: ['auditor'], timeBasedNonce: false, requiresHeartbeat: false },
    endpoint: '/v1/order/new',
    params: order,
    nonce: 'ms',
    sends: [{ tampering: {}, expect: 'MissingRole' }],
    reason: 'MissingRole',
  },
  'stale-time-nonce': {
    key: { roles: ['trader'], timeBasedNonce: true, requiresHeartbeat: false },
    endpoint: '/v1/balances',
    params: {},
    nonce: 'seconds',
    sends: [{ tampering: { nonceOffsetSeconds: -60 }, expect: 'InvalidNonce' }],
    reason: 'InvalidNonce',
  },
  'endpoint-mismatch': {
    key: 'current',
    endpoint: '/v1/balances',
    params: {},
    nonce: 'ms',
    sends: [{ tampering: { sendToPath: '/v1/orders' }, expect: 'EndpointMismatch' }],
    reason: 'EndpointMismatch',
  },
  'missing-header': {
    key: 'current',
    endpoint: '/v1/balances',
    params: {},
    nonce: 'ms',
    sends: [{ tampering: { omitHeader: 'X-GEMINI-SIGNATURE' }, expect: 'MissingSignatureHeader' }],
    reason: 'MissingSignatureHeader',
  },
};

export function experimentPlan(id: ExperimentId): ExperimentPlan {
  return { id, ...structuredClone(PLANS[id]) };
}

/** Experiments that need a key minted with special options, impossible on Gemini's sandbox. */
export function needsMintedKey(id: ExperimentId): boolean {
  return PLANS[id].key !== 'current';
}

/**
 * A secret that differs from `secret` in its last character only: the smallest change, which
 * still breaks the signature completely.
 */
export function wrongSecretFor(secret: string): string {
  if (secret.length === 0) return 'x';
  const last = secret[secret.length - 1];
  return secret.slice(0, -1) + (last === 'x' ? 'y' : 'x');
}

/** Did a response match what the send expected? */
export function sendMatched(
  expectation: ExperimentSend['expect'],
  response: { status: number; reason?: string },
): boolean {
  if (expectation === 'ok') return response.status === 200;
  return response.status !== 200 && response.reason === expectation;
}

export interface ExperimentStepResult {
  expect: ExperimentSend['expect'];
  status: number;
  reason: string | null;
  message: string | null;
  matched: boolean;
}

/** What running an experiment produced, for the page to explain. */
export type ExperimentOutcome =
  | { state: 'done'; steps: ExperimentStepResult[]; matched: boolean }
  | { state: 'unavailable'; why: 'needs-mint' | 'needs-key' }
  | { state: 'failed'; message: string };
