/**
 * Every `reason` the emulator can answer with, and its HTTP status. Statuses follow Gemini's
 * error-code page (400 malformed, 403 role, 404 not found, 406 funds, 429 rate, 500 system);
 * where Gemini does not tabulate one, the choice is the emulator's own (see the docs page).
 */
export const REASONS = [
  { reason: 'MissingApikeyHeader', status: 400 },
  { reason: 'MissingPayloadHeader', status: 400 },
  { reason: 'MissingSignatureHeader', status: 400 },
  { reason: 'InvalidSignature', status: 400 },
  { reason: 'InvalidJson', status: 400 },
  { reason: 'EndpointMismatch', status: 400 },
  { reason: 'EndpointNotFound', status: 404 },
  { reason: 'MissingNonce', status: 400 },
  { reason: 'InvalidNonce', status: 400 },
  { reason: 'MissingRole', status: 403 },
  { reason: 'MissingAccountName', status: 400 },
  { reason: 'AccountsOnGroupOnlyApi', status: 400 },
  { reason: 'InvalidSymbol', status: 400 },
  { reason: 'InvalidPrice', status: 400 },
  { reason: 'InvalidQuantity', status: 400 },
  { reason: 'InvalidSide', status: 400 },
  { reason: 'InvalidOrderType', status: 400 },
  { reason: 'ClientOrderIdTooLong', status: 400 },
  { reason: 'ClientOrderIdMustBeString', status: 400 },
  { reason: 'ConflictingOptions', status: 400 },
  { reason: 'UnsupportedOption', status: 400 },
  { reason: 'OptionsMustBeArray', status: 400 },
  { reason: 'MissingOrderField', status: 400 },
  { reason: 'InsufficientFunds', status: 406 },
  { reason: 'OrderNotFound', status: 404 },
  { reason: 'RateLimit', status: 429 },
  { reason: 'System', status: 500 },
] as const;

export type Reason = (typeof REASONS)[number]['reason'];

const statusByReason = new Map<string, number>(
  REASONS.map(({ reason, status }) => [reason, status]),
);

export function statusOf(reason: Reason): number {
  return statusByReason.get(reason) ?? 500;
}

/** The error page slug of a reason: `InvalidSignature` → `invalid-signature`. */
export function reasonSlug(reason: string): string {
  return reason
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/([A-Z])([A-Z][a-z])/g, '$1-$2')
    .toLowerCase();
}
