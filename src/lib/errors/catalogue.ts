/**
 * The whole error catalogue: the reasons the emulator returns (status from the emulator's REASONS,
 * the single source for those; brief contract 6) and the reasons Gemini documents that the
 * emulator never returns (./documented.ts). Pages, the index and /errors.json read it from here.
 */
import { REASONS, reasonSlug } from '../emulator/reasons.ts';
import { DOCUMENTED_REASONS, type Group, type Retry, type StatusSource } from './documented.ts';

export { reasonSlug };
export type { Group, Retry, StatusSource };

/** The index's sections, in order. */
export const GROUPS: readonly Group[] = [
  'headers',
  'signature-payload',
  'nonce',
  'key-and-account',
  'access',
  'order-parameters',
  'funds-and-orders',
  'limits-and-server',
  'master-group',
];

/** Section and retry advice of each reason the emulator returns (its status is in REASONS). */
const EMULATED: Record<(typeof REASONS)[number]['reason'], { group: Group; retry: Retry }> = {
  MissingApikeyHeader: { group: 'headers', retry: 'no' },
  MissingPayloadHeader: { group: 'headers', retry: 'no' },
  MissingSignatureHeader: { group: 'headers', retry: 'no' },
  InvalidSignature: { group: 'signature-payload', retry: 'no' },
  InvalidJson: { group: 'signature-payload', retry: 'no' },
  EndpointMismatch: { group: 'signature-payload', retry: 'no' },
  EndpointNotFound: { group: 'signature-payload', retry: 'no' },
  MissingNonce: { group: 'nonce', retry: 'no' },
  InvalidNonce: { group: 'nonce', retry: 'no' },
  MissingRole: { group: 'key-and-account', retry: 'no' },
  MissingAccountName: { group: 'key-and-account', retry: 'no' },
  AccountsOnGroupOnlyApi: { group: 'key-and-account', retry: 'no' },
  InvalidSymbol: { group: 'order-parameters', retry: 'no' },
  InvalidPrice: { group: 'order-parameters', retry: 'no' },
  InvalidQuantity: { group: 'order-parameters', retry: 'no' },
  InvalidSide: { group: 'order-parameters', retry: 'no' },
  InvalidOrderType: { group: 'order-parameters', retry: 'no' },
  ClientOrderIdTooLong: { group: 'order-parameters', retry: 'no' },
  ClientOrderIdMustBeString: { group: 'order-parameters', retry: 'no' },
  ConflictingOptions: { group: 'order-parameters', retry: 'no' },
  UnsupportedOption: { group: 'order-parameters', retry: 'no' },
  OptionsMustBeArray: { group: 'order-parameters', retry: 'no' },
  MissingOrderField: { group: 'order-parameters', retry: 'no' },
  InsufficientFunds: { group: 'funds-and-orders', retry: 'no' },
  OrderNotFound: { group: 'funds-and-orders', retry: 'no' },
  RateLimit: { group: 'limits-and-server', retry: 'backoff' },
  System: { group: 'limits-and-server', retry: 'backoff' },
};

export interface CatalogueEntry {
  reason: string;
  slug: string;
  status: number;
  /** The emulator returns it (a page with examples and a playground link) or only Gemini documents it. */
  emulated: boolean;
  statusSource: StatusSource;
  group: Group;
  retry: Retry;
}

export const CATALOGUE: readonly CatalogueEntry[] = [
  ...REASONS.map(({ reason, status }) => ({
    reason,
    slug: reasonSlug(reason),
    status,
    emulated: true,
    // The emulator's statuses follow Gemini's status table; see the note on the index page.
    statusSource: 'implied' as StatusSource,
    ...EMULATED[reason],
  })),
  ...DOCUMENTED_REASONS.map(({ reason, status, statusSource, group, retry }) => ({
    reason,
    slug: reasonSlug(reason),
    status,
    emulated: false,
    statusSource,
    group,
    retry,
  })),
];

const bySlug = new Map(CATALOGUE.map((entry) => [entry.slug, entry]));
const byReason = new Map(CATALOGUE.map((entry) => [entry.reason, entry]));

export function entryForReason(reason: string): CatalogueEntry | undefined {
  return byReason.get(reason);
}

export function entryForSlug(slug: string): CatalogueEntry | undefined {
  return bySlug.get(slug);
}

export function isEmulatedReason(reason: string): boolean {
  return byReason.get(reason)?.emulated === true;
}

export function documentedReason(reason: string) {
  return DOCUMENTED_REASONS.find((entry) => entry.reason === reason);
}
