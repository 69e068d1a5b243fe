/**
 * "Copy safe diagnostics": a plain-text block for a support ticket with what an agent needs to
 * see what was signed and what came back. It takes no secret, so it cannot include one; payload
 * fields whose names suggest a credential are still masked, in case one was put there by mistake.
 *
 * Labels stay English on purpose: the block is pasted into tickets read by support staff, and
 * fixed labels keep it easy to scan and to parse.
 */
import { isLosslessNumber, stringify as stringifyLossless } from 'lossless-json';
import { decodeInput } from './decode.ts';

export interface SafeDiagnosticsInput {
  /** The API key id (`account-…`/`master-…`): an identifier, not a secret. */
  apiKey?: string;
  /** The X-GEMINI-PAYLOAD value as sent. */
  payloadBase64?: string;
  status?: number;
  responseBody?: string;
  time?: Date | string | number;
  userAgent?: string;
  siteVersion?: string;
  /** Extra lines, e.g. the signature doctor's verdict. */
  notes?: string[];
}

const CREDENTIAL_FIELD = /secret|passw|passphrase|private|token|credential/i;
const MASK = '[removed: looked like a credential]';
/** Long response bodies are cut so the block stays pasteable. */
const MAX_BODY_CHARS = 4000;

export function buildSafeDiagnostics(input: SafeDiagnosticsInput): string {
  const lines = ['Gemini API request diagnostics (no API secret included)'];
  lines.push(`Time: ${formatTime(input.time)}`);
  if (input.apiKey !== undefined) lines.push(`API key: ${input.apiKey.trim() || '(empty)'}`);

  if (input.payloadBase64 !== undefined) {
    const decoded = decodeInput(input.payloadBase64);
    const masked = maskCredentials(decoded.value);
    if (masked.changed) {
      // The raw base64 would carry the credential: leave it out, show the masked JSON only.
      lines.push(
        'X-GEMINI-PAYLOAD: [left out: the payload contains a field that looks like a credential]',
      );
    } else {
      lines.push(`X-GEMINI-PAYLOAD: ${decoded.payload ?? input.payloadBase64.trim()}`);
    }
    if (masked.value !== undefined) {
      lines.push('Decoded payload:', stringifyLossless(masked.value, null, 2) ?? '');
    }
    if (decoded.findings.length > 0) {
      lines.push(`Payload findings: ${decoded.findings.map((item) => item.id).join(', ')}`);
    }
  }

  if (input.status !== undefined) lines.push(`Response status: ${input.status}`);
  if (input.responseBody !== undefined) {
    const body = input.responseBody;
    lines.push(
      'Response body:',
      body.length > MAX_BODY_CHARS
        ? `${body.slice(0, MAX_BODY_CHARS)}… (${body.length} chars)`
        : body,
    );
  }
  if (input.userAgent !== undefined) lines.push(`Browser: ${input.userAgent}`);
  if (input.siteVersion !== undefined) lines.push(`Site version: ${input.siteVersion}`);
  for (const note of input.notes ?? []) lines.push(note);
  return lines.join('\n');
}

function formatTime(time: SafeDiagnosticsInput['time']): string {
  const date = time === undefined ? new Date() : new Date(time);
  return Number.isNaN(date.getTime()) ? String(time) : date.toISOString();
}

/** A copy of a lossless-json value with credential-like fields masked (numbers kept exact). */
function maskCredentials(value: unknown): { value: unknown; changed: boolean } {
  let changed = false;
  const visit = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(visit);
    if (node !== null && typeof node === 'object' && !isLosslessNumber(node)) {
      const copy: Record<string, unknown> = {};
      for (const [key, child] of Object.entries(node)) {
        if (CREDENTIAL_FIELD.test(key) && child !== null && child !== '') {
          copy[key] = MASK;
          changed = true;
        } else {
          copy[key] = visit(child);
        }
      }
      return copy;
    }
    return node;
  };
  return { value: value === undefined ? undefined : visit(value), changed };
}
