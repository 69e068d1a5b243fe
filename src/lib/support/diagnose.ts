/**
 * From a paste to a diagnosis: secrets first (found on the raw text, removed before anything
 * else reads it), then the pieces (recognise.ts), then what they mean together: Gemini's
 * reasons, each payload's endpoint, nonce, `request` against the URL, key scope against
 * `account`, and params the endpoint cannot accept (the emulator's endpoint catalogue). The
 * causes come out ranked, each with what the reply links to.
 */
import { findEndpoint } from '../emulator/catalogue.ts';
import { reasonSlug } from '../emulator/reasons.ts';
import type { DecodedInput, NonceUnit } from '../diagnostics/decode.ts';
import { signatureShape, type SignatureShape } from '../diagnostics/doctor.ts';
import { finding, FINDING_RULES, type Finding } from '../diagnostics/findings.ts';
import { CREDENTIAL_FIELD } from '../diagnostics/safe-diagnostics.ts';
import { validateParams, type ParamIssue } from '../playground/endpoints.ts';
import { isJsonObject, type JsonValue } from '../json/index.ts';
import { parseExactNumber } from '../nonce.ts';
import { findSecrets, redactSecrets, type SecretHit } from './secrets.ts';
import { recognise, type Piece, type TextNotice } from './recognise.ts';

export interface DeskInput {
  text: string;
  /** Now, in ms (tests pin it). */
  now: number;
  /** When the customer says it happened (the ticket time), in ms. */
  ticketTime?: number;
  /** Reasons the content has pages for (link catalogue), to spot them in prose. */
  knownReasons?: readonly string[];
}

export interface NonceAnalysis {
  /** Exactly as written, every digit. */
  text: string;
  unit: NonceUnit;
  jsonType: 'number' | 'string';
  /** The nonce read as a time, ISO 8601 (absent for a counter). */
  date?: string;
  secondsFromNow?: number;
  secondsFromTicket?: number;
  /** From the time of the log line the paste also holds. */
  secondsFromLog?: number;
}

export interface EndpointReading {
  path: string;
  known: boolean;
  access?: 'public' | 'private';
  accountScoped?: boolean;
}

export interface PayloadReading {
  from: Piece['kind'];
  decoded: DecodedInput;
  /** Decoder findings plus what the desk adds (key scope from elsewhere in the paste). */
  findings: Finding[];
  endpoint?: EndpointReading;
  paramIssues: ParamIssue[];
  nonce?: NonceAnalysis;
  apiKey?: string;
  url?: string;
  signature?: string;
  /** The payload carries a credential field: never linked or shown raw. */
  containsSecret: boolean;
}

export interface ReasonReading {
  reason: string;
  /** A reason the site has an error page for (only then is it linked or named in a reply). */
  slug?: string;
  status?: number;
  message?: string;
  from: Piece['kind'];
}

export type Cause =
  | { kind: 'reason'; reason: string; slug: string }
  | { kind: 'unknown-reason'; reason: string }
  /** A status that names its cause without a body (429: Gemini's rate limit). */
  | { kind: 'status'; status: number; reason: string; slug: string }
  | { kind: 'finding'; finding: Finding }
  | { kind: 'params'; endpoint: string; issues: ParamIssue[] }
  | { kind: 'unknown-endpoint'; path: string }
  | { kind: 'ccxt-master-key' }
  | { kind: 'check-signature'; payload: string; signature: string; shape: SignatureShape };

export interface DeskDiagnosis {
  /** Secret hits, positions in the raw paste. */
  secrets: SecretHit[];
  /** The paste, cleaned, secrets replaced: the only text the desk shows or copies. */
  text: string;
  notices: TextNotice[];
  pieces: Piece[];
  reasons: ReasonReading[];
  statuses: number[];
  payloads: PayloadReading[];
  causes: Cause[];
}

const EXPONENT: Record<NonceUnit, number> = {
  counter: 0,
  seconds: 0,
  milliseconds: 3,
  microseconds: 6,
  nanoseconds: 9,
};

export function diagnoseDesk(input: DeskInput): DeskDiagnosis {
  const raw = typeof input.text === 'string' ? input.text : '';
  // Secrets first, on the raw text: nothing after this line sees one.
  const secrets = findSecrets(raw);
  let reading = recognise(redactSecrets(raw, secrets), input.knownReasons ?? [], input.now);
  // A payload whose JSON holds a credential field carries the secret in its base64: remove the
  // whole value and read the text again.
  const carriers = reading.pieces.filter(
    (piece) => piece.decoded?.payload && holdsCredential(piece.decoded),
  );
  if (carriers.length > 0) {
    let text = reading.text;
    for (const piece of carriers) {
      const payload = piece.decoded!.payload!;
      secrets.push({ kind: 'payload-secret', start: -1, end: -1 });
      text = text.split(payload).join(PAYLOAD_PLACEHOLDER);
    }
    reading = { ...recognise(text, input.knownReasons ?? [], input.now), notices: reading.notices };
  }
  const known = new Set(input.knownReasons ?? []);
  const pieces = reading.pieces;

  const reasons: ReasonReading[] = [];
  for (const piece of pieces) {
    if (!piece.reason || reasons.some((item) => item.reason === piece.reason)) continue;
    const safe = /^[A-Za-z]{1,64}$/.test(piece.reason);
    reasons.push({
      reason: piece.reason,
      slug: safe && known.has(piece.reason) ? reasonSlug(piece.reason) : undefined,
      status: piece.status,
      message: piece.message,
      from: piece.kind,
    });
  }
  const statuses = [
    ...new Set(
      pieces.flatMap((piece) =>
        piece.status !== undefined && piece.kind !== 'error-body' ? [piece.status] : [],
      ),
    ),
  ];

  const logTime = pieces.find((piece) => piece.kind === 'log-line' && piece.time)?.time;
  const looseKey = pieces.find((piece) => piece.kind === 'api-key')?.apiKey;
  const looseUrl = pieces.find((piece) => piece.url && piece.kind !== 'curl')?.url;
  const looseSignature = pieces.find((piece) => piece.kind === 'signature')?.signature;

  const payloads: PayloadReading[] = [];
  for (const piece of pieces) {
    const decoded = piece.decoded;
    if (
      !decoded ||
      (decoded.payload === undefined && piece.kind !== 'curl' && piece.kind !== 'headers')
    )
      continue;
    // What is left where a payload carrying a secret was removed is not worth reading.
    if (decoded.payload?.includes(PAYLOAD_PLACEHOLDER.slice(1, -1))) continue;
    const apiKey = decoded.apiKey ?? piece.apiKey ?? looseKey;
    const url = decoded.url ?? looseUrl;
    payloads.push(
      readPayload(piece.kind, decoded, {
        apiKey,
        url,
        signature: decoded.signature ?? piece.signature ?? looseSignature,
        now: input.now,
        ticketTime: input.ticketTime,
        logTime: logTime ? Date.parse(logTime) : undefined,
        keyFromElsewhere: decoded.apiKey === undefined && apiKey !== undefined,
        urlFromElsewhere: decoded.url === undefined && url !== undefined,
      }),
    );
  }

  return {
    secrets,
    text: reading.text,
    notices: reading.notices,
    pieces,
    reasons,
    statuses,
    payloads,
    causes: rankCauses(reasons, statuses, payloads, pieces),
  };
}

interface PayloadContext {
  apiKey?: string;
  url?: string;
  signature?: string;
  now: number;
  ticketTime?: number;
  logTime?: number;
  keyFromElsewhere: boolean;
  urlFromElsewhere: boolean;
}

function readPayload(
  from: Piece['kind'],
  decoded: DecodedInput,
  context: PayloadContext,
): PayloadReading {
  const findings = [...decoded.findings];
  const value = decoded.value;
  const object = isJsonObject(value) ? value : undefined;
  const reading: PayloadReading = {
    from,
    decoded,
    findings,
    paramIssues: [],
    apiKey: context.apiKey,
    url: context.url,
    signature: context.signature,
    containsSecret:
      object !== undefined && Object.keys(object).some((key) => CREDENTIAL_FIELD.test(key)),
  };

  if (decoded.request !== undefined) {
    const path = decoded.request.split('?')[0] ?? '';
    const spec = findEndpoint(path);
    reading.endpoint = {
      path,
      known: spec !== undefined,
      access: spec?.access,
      accountScoped: spec?.accountScoped,
    };
    if (spec && object) {
      const params: Record<string, JsonValue> = {};
      for (const [key, child] of Object.entries(object)) {
        if (key !== 'request' && key !== 'nonce') params[key] = child;
      }
      reading.paramIssues = validateParams(spec, params);
    }
  }

  // Key scope against `account` when the key came from elsewhere in the paste (the decoder
  // checks it itself when key and payload came together).
  if (context.keyFromElsewhere && context.apiKey && object) {
    const hasAccount = Object.hasOwn(object, 'account');
    if (context.apiKey.startsWith('master-') && !hasAccount)
      findings.push(finding('master-without-account'));
    if (context.apiKey.startsWith('account-') && hasAccount)
      findings.push(finding('account-key-with-account'));
  }
  if (context.urlFromElsewhere && context.url && decoded.request !== undefined) {
    const urlPath = context.url.match(/^(?:[a-z][a-z0-9+.-]*:\/\/)?[^/?#]*([^?#]*)/i)?.[1] || '/';
    if (urlPath !== decoded.request.split('?')[0]) {
      findings.push(finding('url-path-mismatch', { urlPath, request: decoded.request }));
    }
  }

  if (decoded.nonce) reading.nonce = analyseNonce(decoded, context);
  return reading;
}

function analyseNonce(decoded: DecodedInput, context: PayloadContext): NonceAnalysis {
  const nonce = decoded.nonce!;
  const analysis: NonceAnalysis = { text: nonce.text, unit: nonce.unit, jsonType: nonce.jsonType };
  const exact = parseExactNumber(nonce.text);
  if (!exact || nonce.unit === 'counter') return analysis;
  // Milliseconds since the epoch, exactly: digits · 10^3 / 10^(scale + unit exponent).
  const divisor = 10n ** BigInt(exact.scale + EXPONENT[nonce.unit]);
  const ms = Number((exact.digits * 1000n) / divisor);
  const date = new Date(ms);
  if (Number.isNaN(date.getTime())) return analysis;
  analysis.date = date.toISOString();
  analysis.secondsFromNow = (ms - context.now) / 1000;
  if (context.ticketTime !== undefined)
    analysis.secondsFromTicket = (ms - context.ticketTime) / 1000;
  if (context.logTime !== undefined) analysis.secondsFromLog = (ms - context.logTime) / 1000;
  return analysis;
}

const PAYLOAD_PLACEHOLDER = '[payload removed: it contains a secret]';

/** The payload JSON has a field named like a credential, with a value. */
function holdsCredential(decoded: DecodedInput): boolean {
  const value = decoded.value;
  if (!isJsonObject(value)) return false;
  return Object.entries(value).some(
    ([key, child]) => CREDENTIAL_FIELD.test(key) && child !== null && child !== '',
  );
}

/** Findings that only say a header is missing from a paste that did not include it. */
function worthACause(item: Finding, from: Piece['kind']): boolean {
  const severity = FINDING_RULES[item.id].severity;
  if (severity === 'info') return false;
  if (
    from === 'safe-diagnostics' &&
    (item.id === 'missing-apikey-header' || item.id === 'missing-signature-header')
  )
    return false;
  return true;
}

function rankCauses(
  reasons: ReasonReading[],
  statuses: number[],
  payloads: PayloadReading[],
  pieces: Piece[],
): Cause[] {
  const causes: Cause[] = [];
  for (const reason of reasons) {
    causes.push(
      reason.slug
        ? { kind: 'reason', reason: reason.reason, slug: reason.slug }
        : { kind: 'unknown-reason', reason: reason.reason },
    );
  }
  if (reasons.length === 0 && statuses.includes(429)) {
    causes.push({ kind: 'status', status: 429, reason: 'RateLimit', slug: 'rate-limit' });
  }
  if (pieces.some((piece) => piece.kind === 'ccxt-master-key'))
    causes.push({ kind: 'ccxt-master-key' });
  const seen = new Set<string>();
  for (const payload of payloads) {
    // Errors before warnings, in the decoder's order otherwise.
    const ordered = [...payload.findings].sort(
      (a, b) =>
        Number(FINDING_RULES[a.id].severity !== 'error') -
        Number(FINDING_RULES[b.id].severity !== 'error'),
    );
    for (const item of ordered) {
      const key = `${item.id}:${JSON.stringify(item.params)}`;
      if (!worthACause(item, payload.from) || seen.has(key)) continue;
      seen.add(key);
      causes.push({ kind: 'finding', finding: item });
    }
    if (payload.endpoint && !payload.endpoint.known)
      causes.push({ kind: 'unknown-endpoint', path: payload.endpoint.path });
    if (payload.endpoint?.known && payload.paramIssues.length > 0) {
      causes.push({ kind: 'params', endpoint: payload.endpoint.path, issues: payload.paramIssues });
    }
    const signatureMatters =
      reasons.length === 0 || reasons.some((reason) => reason.reason === 'InvalidSignature');
    if (
      signatureMatters &&
      payload.signature &&
      payload.decoded.payload &&
      !payload.containsSecret
    ) {
      causes.push({
        kind: 'check-signature',
        payload: payload.decoded.payload,
        signature: payload.signature,
        shape: signatureShape(payload.signature),
      });
    }
  }
  return causes;
}
