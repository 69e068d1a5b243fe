/**
 * What the support tools can say about an input, as data: a stable id, a severity and where the
 * fix is taught. The UI renders localized text from the id (src/i18n/tools.ts) and the params.
 */
import type { Locale } from '../../site.ts';

/** Steps of the "sign your first request" lesson (ids fixed in both locales). */
export type LessonStep =
  'build-payload' | 'choose-nonce' | 'encode-base64' | 'compute-signature' | 'send-headers';

export type Severity = 'error' | 'warning' | 'info';

export interface FindingRule {
  severity: Severity;
  step?: LessonStep;
  /** Slug of the error page (`/<locale>/errors/<slug>/`) for the reason this usually causes. */
  errorPage?: string;
}

export const FINDING_RULES = {
  'empty-input': { severity: 'error' },
  'input-too-long': { severity: 'error' },
  'no-payload-found': {
    severity: 'error',
    step: 'send-headers',
    errorPage: 'missing-payload-header',
  },
  'payload-is-variable': { severity: 'error', step: 'send-headers' },
  'json-not-base64': { severity: 'warning', step: 'encode-base64' },
  'line-breaks': { severity: 'error', step: 'encode-base64' },
  'spaces-in-base64': { severity: 'error', step: 'encode-base64' },
  base64url: { severity: 'error', step: 'encode-base64' },
  'missing-padding': { severity: 'warning', step: 'encode-base64' },
  'invalid-base64': { severity: 'error', step: 'encode-base64', errorPage: 'invalid-json' },
  'truncated-base64': { severity: 'error', step: 'encode-base64', errorPage: 'invalid-json' },
  'invalid-utf8': { severity: 'error', step: 'build-payload', errorPage: 'invalid-json' },
  'invalid-json': { severity: 'error', step: 'build-payload', errorPage: 'invalid-json' },
  'json-too-deep': { severity: 'error', step: 'build-payload', errorPage: 'invalid-json' },
  'not-an-object': { severity: 'error', step: 'build-payload', errorPage: 'invalid-json' },
  'missing-request': {
    severity: 'error',
    step: 'build-payload',
    errorPage: 'endpoint-not-found',
  },
  'request-not-string': { severity: 'error', step: 'build-payload' },
  'path-full-url': { severity: 'error', step: 'build-payload', errorPage: 'endpoint-mismatch' },
  'path-no-leading-slash': {
    severity: 'error',
    step: 'build-payload',
    errorPage: 'endpoint-mismatch',
  },
  'path-query-string': {
    severity: 'warning',
    step: 'build-payload',
    errorPage: 'endpoint-mismatch',
  },
  'path-trailing-slash': {
    severity: 'error',
    step: 'build-payload',
    errorPage: 'endpoint-mismatch',
  },
  'url-path-mismatch': { severity: 'error', step: 'send-headers', errorPage: 'endpoint-mismatch' },
  'missing-nonce': { severity: 'error', step: 'choose-nonce', errorPage: 'missing-nonce' },
  'nonce-not-numeric': { severity: 'error', step: 'choose-nonce', errorPage: 'invalid-nonce' },
  'nonce-unit-time-based': {
    severity: 'warning',
    step: 'choose-nonce',
    errorPage: 'invalid-nonce',
  },
  'nonce-outside-window': {
    severity: 'warning',
    step: 'choose-nonce',
    errorPage: 'invalid-nonce',
  },
  'nonce-fraction': { severity: 'info', step: 'choose-nonce' },
  'master-without-account': {
    severity: 'error',
    step: 'build-payload',
    errorPage: 'missing-account-name',
  },
  'account-key-with-account': {
    severity: 'error',
    step: 'build-payload',
    errorPage: 'accounts-on-group-only-api',
  },
  'missing-apikey-header': {
    severity: 'error',
    step: 'send-headers',
    errorPage: 'missing-apikey-header',
  },
  'missing-signature-header': {
    severity: 'error',
    step: 'send-headers',
    errorPage: 'missing-signature-header',
  },
  'production-host': { severity: 'warning', step: 'send-headers' },
} as const satisfies Record<string, FindingRule>;

export type FindingId = keyof typeof FINDING_RULES;
export type FindingParams = Record<string, string | number>;

export interface Finding {
  id: FindingId;
  params: FindingParams;
}

export function finding(id: FindingId, params: FindingParams = {}): Finding {
  return { id, params };
}

/** Link to a step of the signing lesson in the given locale. */
export function lessonStepHref(locale: Locale, step: LessonStep): string {
  return `/${locale}/lessons/sign-first-request/#${step}`;
}

export function errorPageHref(locale: Locale, slug: string): string {
  return `/${locale}/errors/${slug}/`;
}

/** `invalid-signature` → `InvalidSignature`, the reason as the API spells it. */
export function reasonName(slug: string): string {
  return slug.replace(/(^|-)([a-z])/g, (_match, _dash, letter: string) => letter.toUpperCase());
}
