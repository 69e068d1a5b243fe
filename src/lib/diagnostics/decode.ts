/**
 * Payload decoder: reads an `X-GEMINI-PAYLOAD` value, a block of request headers or a curl
 * command, and reports what it finds as data (see findings.ts). Needs no secret and never
 * throws: input it cannot read becomes a finding that says what was expected.
 */
import {
  isJsonNumber,
  isJsonObject,
  jsonNumberText,
  JsonTooDeepError,
  parseJson,
  stringifyJson,
} from '../json/index.ts';
import { readNonce } from '../nonce.ts';
import { decodeBase64, encodeBase64 } from '../signing/index.ts';
import { finding, type Finding } from './findings.ts';

export type InputKind = 'empty' | 'base64' | 'json' | 'headers' | 'curl';
export type NonceUnit = 'counter' | 'seconds' | 'milliseconds' | 'microseconds' | 'nanoseconds';

export interface NonceReading {
  /** The nonce exactly as written (digits kept even beyond 2^53). */
  text: string;
  jsonType: 'number' | 'string';
  unit: NonceUnit;
  /** Nonce time minus now, in seconds; absent for a counter. */
  secondsFromNow?: number;
}

export interface DecodedInput {
  kind: InputKind;
  /** The X-GEMINI-PAYLOAD value as found, without surrounding whitespace. */
  payload?: string;
  apiKey?: string;
  signature?: string;
  /** The URL of a curl command. */
  url?: string;
  /** The decoded JSON text, exactly. */
  json?: string;
  /** The parsed JSON (numbers as `LosslessNumber`, see src/lib/json). */
  value?: unknown;
  /** The parsed JSON, indented for reading, numbers as written. */
  pretty?: string;
  request?: string;
  nonce?: NonceReading;
  account?: string;
  findings: Finding[];
}

export interface DecodeOptions {
  /** Current time in milliseconds (tests pin it). */
  now?: number;
}

/** Longer input is refused: a real payload is well under this. */
const MAX_INPUT_CHARS = 100_000;

/**
 * Time-based keys need the nonce in seconds within ±30 s of server time (Gemini API docs).
 */
const TIME_BASED_NONCE_WINDOW_SECONDS = 30;

/**
 * Deepest JSON nesting read. A payload is one object of flat params (depth 2 with `options`);
 * deeper input is refused before parsing, since a recursive parser would overflow the stack on
 * a few thousand brackets (a ~10 KB link was enough to stop the tools).
 */
export const MAX_JSON_DEPTH = 32;

const HEADER_NAMES = {
  payload: 'x-gemini-payload',
  apiKey: 'x-gemini-apikey',
  signature: 'x-gemini-signature',
} as const;

export function decodeInput(input: string, options: DecodeOptions = {}): DecodedInput {
  const now = options.now ?? Date.now();
  const text = typeof input === 'string' ? input.trim() : '';
  if (text === '') return { kind: 'empty', findings: [finding('empty-input')] };
  if (text.length > MAX_INPUT_CHARS) {
    return {
      kind: 'empty',
      findings: [finding('input-too-long', { max: MAX_INPUT_CHARS, length: text.length })],
    };
  }

  if (/^(\$\s*)?curl(\s|$)/.test(text)) return decodeRequest('curl', readCurl(text), now);
  if (/x-gemini-(payload|apikey|signature)/i.test(text)) {
    return decodeRequest('headers', readHeaderBlock(text), now);
  }

  const unquoted = text.match(/^(['"])([A-Za-z0-9+/=_\-\s]+)\1$/)?.[2]?.trim() ?? text;
  if (/^[{["]/.test(unquoted)) {
    // The JSON itself rather than its base64: read it, and say what the header should hold.
    const result: DecodedInput = { kind: 'json', findings: [] };
    result.findings.push(finding('json-not-base64', { base64: encodeBase64(unquoted) }));
    readPayloadJson(unquoted, result, now);
    return result;
  }
  const result: DecodedInput = { kind: 'base64', payload: unquoted, findings: [] };
  readPayload(unquoted, result, now);
  return result;
}

interface RequestParts {
  headers: { payload?: string; apiKey?: string; signature?: string };
  url?: string;
  /** The payload was a name in code (`'X-GEMINI-PAYLOAD': b64`), not a value. */
  payloadIsVariable?: boolean;
}

function decodeRequest(kind: 'curl' | 'headers', parts: RequestParts, now: number): DecodedInput {
  const { payload, apiKey, signature } = parts.headers;
  const result: DecodedInput = { kind, findings: [], apiKey, signature, url: parts.url };
  if (payload === undefined || payload === '') {
    result.findings.push(finding('no-payload-found'));
  } else if (parts.payloadIsVariable || /^\$|\$\(|\$\{/.test(payload)) {
    // A shell variable or command substitution was pasted, not its value.
    result.findings.push(finding('payload-is-variable', { value: payload.slice(0, 40) }));
  } else {
    result.payload = payload;
    readPayload(payload, result, now);
  }
  if (apiKey === undefined) result.findings.push(finding('missing-apikey-header'));
  if (signature === undefined) result.findings.push(finding('missing-signature-header'));
  if (parts.url !== undefined) checkUrl(parts.url, result);
  checkAccount(result);
  return result;
}

/** Base64 checks on the raw header value, then the JSON inside. */
function readPayload(raw: string, result: DecodedInput, now: number): void {
  const inner = raw.trim();
  if (/[\r\n]/.test(inner)) result.findings.push(finding('line-breaks'));
  else if (/\s/.test(inner)) result.findings.push(finding('spaces-in-base64'));
  const compact = inner.replace(/\s+/g, '');

  const badChar = compact.search(/[^A-Za-z0-9+/=_-]/);
  if (badChar >= 0) {
    result.findings.push(
      finding('invalid-base64', { char: compact[badChar] ?? '', position: badChar + 1 }),
    );
    return;
  }
  const misplacedPadding = compact.search(/=[^=]/);
  if (misplacedPadding >= 0) {
    result.findings.push(finding('invalid-base64', { char: '=', position: misplacedPadding + 1 }));
    return;
  }
  const urlSafe = /[-_]/.test(compact);
  if (urlSafe) result.findings.push(finding('base64url'));
  const body = compact.replace(/=+$/, '');
  if (body.length % 4 === 1) {
    result.findings.push(finding('truncated-base64', { length: compact.length }));
    return;
  }
  if (!urlSafe && compact.length % 4 !== 0) result.findings.push(finding('missing-padding'));

  const standard =
    body.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (body.length % 4)) % 4);
  let json: string;
  try {
    json = decodeBase64(standard);
  } catch {
    result.findings.push(finding('invalid-utf8'));
    return;
  }
  readPayloadJson(json, result, now);
}

function readPayloadJson(json: string, result: DecodedInput, now: number): void {
  result.json = json;
  let value: unknown;
  try {
    value = parseJson(json, { maxDepth: MAX_JSON_DEPTH });
  } catch (error) {
    if (error instanceof JsonTooDeepError) {
      result.findings.push(finding('json-too-deep', { max: MAX_JSON_DEPTH }));
      return;
    }
    result.findings.push(
      finding('invalid-json', { detail: error instanceof Error ? error.message : String(error) }),
    );
    return;
  }
  result.value = value;
  result.pretty = stringifyJson(value, 2);
  if (!isJsonObject(value)) {
    result.findings.push(finding('not-an-object', { type: jsonTypeOf(value) }));
    return;
  }
  const payload = value as Record<string, unknown>;
  checkRequest(payload, result);
  checkNonce(payload, result, now);
  if (typeof payload.account === 'string') result.account = payload.account;
}

function jsonTypeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (isJsonNumber(value)) return 'number';
  return typeof value;
}

function checkRequest(payload: Record<string, unknown>, result: DecodedInput): void {
  if (!('request' in payload)) {
    result.findings.push(finding('missing-request'));
    return;
  }
  const request = payload.request;
  if (typeof request !== 'string') {
    result.findings.push(finding('request-not-string', { type: jsonTypeOf(request) }));
    return;
  }
  result.request = request;
  const fullUrl = request.match(/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*(\/[^?#]*)?/i);
  if (fullUrl) {
    result.findings.push(finding('path-full-url', { path: fullUrl[1] || '/' }));
    return;
  }
  if (!request.startsWith('/')) {
    result.findings.push(finding('path-no-leading-slash', { path: `/${request}` }));
  }
  const [path = '', query] = request.split('?', 2);
  if (query !== undefined) result.findings.push(finding('path-query-string', { path }));
  if (path.length > 1 && path.endsWith('/')) {
    result.findings.push(finding('path-trailing-slash', { path: path.replace(/\/+$/, '') }));
  }
}

const UNIT_DIGITS: Array<[unit: NonceUnit, below: bigint, exponent: number]> = [
  ['counter', 10n ** 9n, 0],
  ['seconds', 10n ** 11n, 0],
  ['milliseconds', 10n ** 14n, 3],
  ['microseconds', 10n ** 17n, 6],
];

function checkNonce(payload: Record<string, unknown>, result: DecodedInput, now: number): void {
  // The emulator's reading, so the decoder and the emulator agree on what a nonce is.
  const reading = readNonce(payload);
  if (reading.kind === 'missing') {
    result.findings.push(finding('missing-nonce'));
    return;
  }
  if (reading.kind === 'invalid') {
    result.findings.push(finding('nonce-not-numeric', { value: reading.text.slice(0, 40) }));
    return;
  }
  const { digits, scale } = reading.value;
  const scaleFactor = 10n ** BigInt(scale);
  const whole = digits / scaleFactor;
  const [unit, , exponent] = UNIT_DIGITS.find(([, below]) => whole < below) ?? [
    'nanoseconds',
    0n,
    9,
  ];
  const nonce: NonceReading = {
    text: reading.text,
    jsonType: jsonNumberText(payload.nonce) === undefined ? 'string' : 'number',
    unit,
  };
  result.nonce = nonce;
  if (digits % scaleFactor !== 0n) result.findings.push(finding('nonce-fraction'));
  if (unit === 'counter') {
    result.findings.push(finding('nonce-unit-time-based', { unit }));
    return;
  }
  nonce.secondsFromNow = Number(digits) / 10 ** (scale + exponent) - now / 1000;
  if (unit !== 'seconds') {
    result.findings.push(finding('nonce-unit-time-based', { unit }));
  } else if (Math.abs(nonce.secondsFromNow) > TIME_BASED_NONCE_WINDOW_SECONDS) {
    result.findings.push(
      finding('nonce-outside-window', {
        seconds: Math.round(nonce.secondsFromNow),
        window: TIME_BASED_NONCE_WINDOW_SECONDS,
      }),
    );
  }
}

/** Master keys name the account; account keys must not (the emulator's reasons say which). */
function checkAccount(result: DecodedInput): void {
  if (!result.apiKey || result.value === undefined || typeof result.value !== 'object') return;
  const hasAccount = result.value !== null && 'account' in result.value;
  if (result.apiKey.startsWith('master-') && !hasAccount) {
    result.findings.push(finding('master-without-account'));
  } else if (result.apiKey.startsWith('account-') && hasAccount) {
    result.findings.push(finding('account-key-with-account'));
  }
}

function checkUrl(url: string, result: DecodedInput): void {
  const match = url.match(/^(?:[a-z][a-z0-9+.-]*:\/\/)?([^/?#]*)([^#]*)/i);
  const host = (match?.[1] ?? '').toLowerCase();
  const pathAndQuery = match?.[2] || '/';
  if (host === 'api.gemini.com' || host.endsWith('.api.gemini.com')) {
    result.findings.push(finding('production-host', { host }));
  }
  if (result.request === undefined) return;
  const compared = result.request.includes('?') ? pathAndQuery : pathAndQuery.split('?')[0];
  if (compared !== result.request) {
    result.findings.push(
      finding('url-path-mismatch', { urlPath: compared ?? '', request: result.request }),
    );
  }
}

// ---------------------------------------------------------------------------------------------
// Reading the three headers out of pasted text.

function headerField(name: string): keyof RequestParts['headers'] | undefined {
  const lower = name.trim().toLowerCase();
  if (lower === HEADER_NAMES.payload) return 'payload';
  if (lower === HEADER_NAMES.apiKey) return 'apiKey';
  if (lower === HEADER_NAMES.signature) return 'signature';
  return undefined;
}

/**
 * Header lines (`Name: value`), Python or JSON dicts (`'Name': 'value'`) alike: finds each
 * X-GEMINI name and reads the value after it. An unquoted payload value may continue on
 * following lines that hold only base64 characters (a wrapped paste); that keeps its line breaks
 * so they can be reported.
 */
function readHeaderBlock(text: string): RequestParts {
  const headers: RequestParts['headers'] = {};
  let payloadIsVariable = false;
  const pattern = /x-gemini-(payload|apikey|signature)(['"]?)[ \t]*[:=,][ \t]*/gi;
  for (const match of text.matchAll(pattern)) {
    const field = headerField(`x-gemini-${match[1]}`);
    if (!field || headers[field] !== undefined) continue;
    const rest = text.slice((match.index ?? 0) + match[0].length);
    let value: string;
    const quote = rest[0];
    if (quote === '"' || quote === "'") {
      const end = rest.indexOf(quote, 1);
      value = end < 0 ? rest.slice(1) : rest.slice(1, end);
    } else {
      const lines = rest.split(/\r?\n/);
      value = (lines[0] ?? '').replace(/[,;)}\]]*\s*$/, '');
      // In a dict (quoted key), an unquoted value is code: a variable or a call.
      if (field === 'payload' && match[2]) payloadIsVariable = true;
      else if (field === 'payload') {
        for (const line of lines.slice(1)) {
          if (!/^[A-Za-z0-9+/=_-]+$/.test(line.trim())) break;
          value += `\n${line.trim()}`;
        }
      }
    }
    headers[field] = value.trim();
  }
  return { headers, payloadIsVariable };
}

const CURL_OPTIONS_WITH_VALUE = new Set([
  '-X',
  '--request',
  '-d',
  '--data',
  '--data-raw',
  '--data-binary',
  '--data-urlencode',
  '--json',
  '-u',
  '--user',
  '-A',
  '--user-agent',
  '-e',
  '--referer',
  '-o',
  '--output',
  '-b',
  '--cookie',
  '-c',
  '--cookie-jar',
  '-m',
  '--max-time',
  '--connect-timeout',
  '-w',
  '--write-out',
  '-x',
  '--proxy',
  '--cacert',
  '--cert',
  '--key',
  '-T',
  '--upload-file',
  '-F',
  '--form',
  '--retry',
]);

function readCurl(text: string): RequestParts {
  const words = shellWords(text.replace(/^\$\s*/, ''));
  const headers: RequestParts['headers'] = {};
  let url: string | undefined;
  for (let i = 1; i < words.length; i++) {
    const word = words[i] ?? '';
    let header: string | undefined;
    if (word === '-H' || word === '--header') header = words[++i];
    else if (word.startsWith('--header=')) header = word.slice('--header='.length);
    else if (word.startsWith('-H') && word.length > 2) header = word.slice(2);
    else if (word === '--url') url = words[++i];
    else if (CURL_OPTIONS_WITH_VALUE.has(word)) i++;
    else if (!word.startsWith('-') && url === undefined) url = word;
    if (header === undefined) continue;
    const colon = header.indexOf(':');
    const field = colon > 0 ? headerField(header.slice(0, colon)) : undefined;
    if (field && headers[field] === undefined) headers[field] = header.slice(colon + 1).trim();
  }
  return { headers, url };
}

/** Splits a shell command into words: quotes, escapes and line continuations (sh, cmd, PowerShell). */
function shellWords(command: string): string[] {
  const source = command.replace(/(\\|\^|`)\r?\n/g, ' ');
  const words: string[] = [];
  let word = '';
  let inWord = false;
  for (let i = 0; i < source.length; i++) {
    const char = source[i] ?? '';
    if (/\s/.test(char)) {
      if (inWord) words.push(word);
      word = '';
      inWord = false;
      continue;
    }
    inWord = true;
    if (char === "'") {
      const end = source.indexOf("'", i + 1);
      word += end < 0 ? source.slice(i + 1) : source.slice(i + 1, end);
      i = end < 0 ? source.length : end;
    } else if (char === '"') {
      let j = i + 1;
      for (; j < source.length && source[j] !== '"'; j++) {
        if (source[j] === '\\' && /["\\$`]/.test(source[j + 1] ?? '')) j++;
        word += source[j];
      }
      i = j;
    } else if (char === '\\' && i + 1 < source.length) {
      word += source[++i];
    } else {
      word += char;
    }
  }
  if (inWord) words.push(word);
  return words;
}
