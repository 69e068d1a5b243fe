/**
 * "Copy safe diagnostics": a plain-text block for a support ticket with what an agent needs to
 * see what was signed and what came back. It takes no secret, so it cannot include one; payload
 * fields whose names suggest a credential are still masked, in case one was put there by mistake.
 *
 * Labels stay English on purpose: the block is pasted into tickets read by support staff, and
 * fixed labels keep it easy to scan and to parse.
 */
import { isJsonNumber, stringifyJson } from '../json/index.ts';
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

/** Field names that hold a credential, whatever the casing (the support desk uses it too). */
export const CREDENTIAL_FIELD = /secret|passw|passphrase|private|token|credential/i;
const MASK = '[removed: looked like a credential]';
/** Long response bodies are cut so the block stays pasteable. */
const MAX_BODY_CHARS = 4000;

/** The block as data: what `formatSafeDiagnostics` writes and `parseSafeDiagnostics` reads back. */
export interface SafeDiagnosticsBlock {
  time: string;
  apiKey?: string;
  payload?: {
    /** The X-GEMINI-PAYLOAD value; absent when it was left out (it carried a credential). */
    base64?: string;
    /** The decoded payload, indented, credential-like fields masked. */
    decoded?: string;
    /** Decoder finding ids. */
    findings: string[];
  };
  status?: number;
  responseBody?: {
    text: string;
    /** Length of the whole body when `text` is only its start. */
    totalChars?: number;
  };
  userAgent?: string;
  siteVersion?: string;
  notes: string[];
}

export const SAFE_DIAGNOSTICS_TITLE = 'Gemini API request diagnostics (no API secret included)';
const LEFT_OUT = '[left out: the payload contains a field that looks like a credential]';

export function buildSafeDiagnostics(input: SafeDiagnosticsInput): string {
  return formatSafeDiagnostics(collectSafeDiagnostics(input));
}

export function collectSafeDiagnostics(input: SafeDiagnosticsInput): SafeDiagnosticsBlock {
  const block: SafeDiagnosticsBlock = { time: formatTime(input.time), notes: [] };
  if (input.apiKey !== undefined) block.apiKey = oneLine(input.apiKey.trim()) || '(empty)';
  if (input.payloadBase64 !== undefined) {
    const decoded = decodeInput(input.payloadBase64);
    const masked = maskCredentials(decoded.value);
    block.payload = {
      // The raw base64 would carry the credential: leave it out, show the masked JSON only.
      base64: masked.changed ? undefined : oneLine(decoded.payload ?? input.payloadBase64.trim()),
      decoded: masked.value === undefined ? undefined : stringifyJson(masked.value, 2),
      findings: decoded.findings.map((item) => item.id),
    };
  }
  if (input.status !== undefined) block.status = input.status;
  if (input.responseBody !== undefined) {
    const body = input.responseBody;
    block.responseBody =
      body.length > MAX_BODY_CHARS
        ? { text: body.slice(0, MAX_BODY_CHARS), totalChars: body.length }
        : { text: body };
  }
  if (input.userAgent !== undefined) block.userAgent = oneLine(input.userAgent);
  if (input.siteVersion !== undefined) block.siteVersion = oneLine(input.siteVersion);
  block.notes = (input.notes ?? []).map(oneLine);
  return block;
}

/** Labels are line starts, so a value must not break the line. */
function oneLine(text: string): string {
  return text.replace(/\r\n|[\r\n]/g, ' ');
}

function lineCount(text: string): number {
  return text.split('\n').length;
}

export function formatSafeDiagnostics(block: SafeDiagnosticsBlock): string {
  const lines = [SAFE_DIAGNOSTICS_TITLE, `Time: ${block.time}`];
  if (block.apiKey !== undefined) lines.push(`API key: ${block.apiKey}`);
  if (block.payload) {
    lines.push(`X-GEMINI-PAYLOAD: ${block.payload.base64 ?? LEFT_OUT}`);
    if (block.payload.decoded !== undefined) {
      lines.push(
        `Decoded payload (${lineCount(block.payload.decoded)} lines):`,
        block.payload.decoded,
      );
    }
    if (block.payload.findings.length > 0) {
      lines.push(`Payload findings: ${block.payload.findings.join(', ')}`);
    }
  }
  if (block.status !== undefined) lines.push(`Response status: ${block.status}`);
  if (block.responseBody) {
    const { text, totalChars } = block.responseBody;
    const shown = totalChars === undefined ? text : `${text}… (${totalChars} chars)`;
    lines.push(`Response body (${lineCount(shown)} lines):`, shown);
  }
  if (block.userAgent !== undefined) lines.push(`Browser: ${block.userAgent}`);
  if (block.siteVersion !== undefined) lines.push(`Site version: ${block.siteVersion}`);
  lines.push(...block.notes);
  return lines.join('\n');
}

/**
 * Reads a block back (the support desk does, from whatever a customer pasted). Returns
 * undefined when `text` holds no block; text before the title line is ignored. The fields come
 * in the fixed order `formatSafeDiagnostics` writes them, so `format(parse(block))` is `block`.
 */
export function parseSafeDiagnostics(text: string): SafeDiagnosticsBlock | undefined {
  const all = text.replace(/\r\n/g, '\n').split('\n');
  const start = all.findIndex((line) => line.trim() === SAFE_DIAGNOSTICS_TITLE);
  if (start < 0) return undefined;
  const lines = all.slice(start + 1);
  let at = 0;
  const take = (label: string): string | undefined => {
    const line = lines[at];
    if (line === undefined || !line.startsWith(`${label}: `)) return undefined;
    at++;
    return line.slice(label.length + 2);
  };
  const takeBlock = (label: string): string | undefined => {
    const match = lines[at]?.match(new RegExp(`^${label} \\((\\d+) lines\\):$`));
    if (!match) return undefined;
    const count = Number(match[1]);
    const body = lines.slice(at + 1, at + 1 + count);
    if (body.length < count) return undefined;
    at += 1 + count;
    return body.join('\n');
  };
  const time = take('Time');
  if (time === undefined) return undefined;
  const block: SafeDiagnosticsBlock = { time, notes: [] };
  const apiKey = take('API key');
  if (apiKey !== undefined) block.apiKey = apiKey;
  const payload = take('X-GEMINI-PAYLOAD');
  if (payload !== undefined) {
    block.payload = { base64: payload === LEFT_OUT ? undefined : payload, findings: [] };
    const decoded = takeBlock('Decoded payload');
    if (decoded !== undefined) block.payload.decoded = decoded;
    const findings = take('Payload findings');
    if (findings !== undefined) block.payload.findings = findings.split(', ');
  }
  const status = take('Response status');
  if (status !== undefined && /^\d+$/.test(status)) block.status = Number(status);
  const body = takeBlock('Response body');
  if (body !== undefined) {
    const cut = body.match(/^([\s\S]*)… \((\d+) chars\)$/);
    block.responseBody =
      cut && cut[1]!.length === MAX_BODY_CHARS
        ? { text: cut[1]!, totalChars: Number(cut[2]) }
        : { text: body };
  }
  const userAgent = take('Browser');
  if (userAgent !== undefined) block.userAgent = userAgent;
  const siteVersion = take('Site version');
  if (siteVersion !== undefined) block.siteVersion = siteVersion;
  block.notes = lines.slice(at);
  while (block.notes.length > 0 && block.notes.at(-1)!.trim() === '') block.notes.pop();
  return block;
}

function formatTime(time: SafeDiagnosticsInput['time']): string {
  const date = time === undefined ? new Date() : new Date(time);
  return Number.isNaN(date.getTime()) ? String(time) : date.toISOString();
}

/** A copy of a parsed JSON value with credential-like fields masked (numbers kept exact). */
function maskCredentials(value: unknown): { value: unknown; changed: boolean } {
  let changed = false;
  const visit = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(visit);
    if (node !== null && typeof node === 'object' && !isJsonNumber(node)) {
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
