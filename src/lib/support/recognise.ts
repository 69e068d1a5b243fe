/**
 * Recognisers: split whatever a customer pasted into the pieces the desk can read, and say what
 * each is. Each piece keeps its place in the (cleaned) text. Input is cleaned first: invalid
 * UTF-16 repaired, bidi and zero-width controls removed (they can make text read differently
 * from what it is), very long pastes cut. Never throws; every scan is bounded.
 */
import { isJsonObject, jsonNumberText, parseJson } from '../json/index.ts';
import { decodeInput, MAX_JSON_DEPTH, type DecodedInput } from '../diagnostics/decode.ts';
import {
  formatSafeDiagnostics,
  parseSafeDiagnostics,
  SAFE_DIAGNOSTICS_TITLE,
  type SafeDiagnosticsBlock,
} from '../diagnostics/safe-diagnostics.ts';

export type PieceKind =
  | 'safe-diagnostics'
  | 'curl'
  | 'headers'
  | 'error-body'
  | 'ccxt-exception'
  | 'ccxt-master-key'
  | 'requests-exception'
  | 'status-line'
  | 'log-line'
  | 'payload'
  | 'signature'
  | 'api-key'
  | 'reason-name';

export const PIECE_KINDS: readonly PieceKind[] = [
  'safe-diagnostics',
  'curl',
  'headers',
  'error-body',
  'ccxt-exception',
  'ccxt-master-key',
  'requests-exception',
  'status-line',
  'log-line',
  'payload',
  'signature',
  'api-key',
  'reason-name',
];

export interface Piece {
  kind: PieceKind;
  start: number;
  end: number;
  text: string;
  /** Gemini's `reason` (error bodies, reason names). */
  reason?: string;
  message?: string;
  status?: number;
  statusText?: string;
  url?: string;
  /** ccxt's exception class. */
  exception?: string;
  /** A log line's time (ISO 8601, UTC). */
  time?: string;
  level?: string;
  /** Curl, headers, payloads and safe diagnostics: what the decoder reads. */
  decoded?: DecodedInput;
  signature?: string;
  apiKey?: string;
  block?: SafeDiagnosticsBlock;
}

export type TextNotice =
  | { id: 'controls-removed'; count: number }
  | { id: 'invalid-text-repaired' }
  | { id: 'paste-cut'; length: number; max: number };

export interface Reading {
  /** The cleaned text the pieces point into. */
  text: string;
  pieces: Piece[];
  notices: TextNotice[];
}

/** Longer pastes are read up to here (a real ticket paste is far shorter). */
export const MAX_RECOGNISED_CHARS = 256_000;

/** Bidi embeddings/overrides/isolates, marks and zero-width characters. */
const CONTROLS = /[\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

export function cleanText(input: string): { text: string; notices: TextNotice[] } {
  const notices: TextNotice[] = [];
  let text = typeof input === 'string' ? input : '';
  const wellFormed = text.toWellFormed();
  if (wellFormed !== text) notices.push({ id: 'invalid-text-repaired' });
  text = wellFormed.replace(/\r\n?/g, '\n');
  const count = text.match(CONTROLS)?.length ?? 0;
  if (count > 0) {
    text = text.replace(CONTROLS, '');
    notices.push({ id: 'controls-removed', count });
  }
  if (text.length > MAX_RECOGNISED_CHARS) {
    notices.push({ id: 'paste-cut', length: text.length, max: MAX_RECOGNISED_CHARS });
    text = text.slice(0, MAX_RECOGNISED_CHARS);
  }
  return { text, notices };
}

type Range = [start: number, end: number];

class Claims {
  private ranges: Range[] = [];
  add(start: number, end: number) {
    this.ranges.push([start, end]);
  }
  has(start: number, end: number): boolean {
    return this.ranges.some(([s, e]) => start < e && end > s);
  }
}

/** Line starts and ends of `text`. */
function lines(text: string): Array<{ start: number; end: number; line: string }> {
  const result = [];
  let start = 0;
  for (const line of text.split('\n')) {
    result.push({ start, end: start + line.length, line });
    start += line.length + 1;
  }
  return result;
}

export function recognise(
  input: string,
  knownReasons: readonly string[] = [],
  now: number = Date.now(),
): Reading {
  const decode = (value: string) => decodeInput(value, { now });
  const { text, notices } = cleanText(input);
  const pieces: Piece[] = [];
  const claims = new Claims();
  const all = lines(text);

  // Safe diagnostics block (from this site's "Copy safe diagnostics").
  const titleAt = text.indexOf(SAFE_DIAGNOSTICS_TITLE);
  if (titleAt >= 0) {
    const block = parseSafeDiagnostics(text.slice(titleAt));
    if (block) {
      const withoutNotes = formatSafeDiagnostics({ ...block, notes: [] });
      const end = titleAt + withoutNotes.length;
      claims.add(titleAt, end);
      pieces.push({
        kind: 'safe-diagnostics',
        start: titleAt,
        end,
        text: text.slice(titleAt, end),
        block,
        apiKey: block.apiKey,
        status: block.status,
        decoded: block.payload?.base64 ? decode(block.payload.base64) : undefined,
      });
      for (const body of errorBodies(block.responseBody?.text ?? '', 0)) {
        pieces.push({ ...body, start: titleAt, end, text: body.text });
      }
    }
  }

  // Curl commands, with their continuation lines.
  for (let i = 0; i < all.length; i++) {
    const first = all[i]!;
    if (!/^\s*(?:\$\s*)?curl(?:\.exe)?\s/.test(first.line) || claims.has(first.start, first.end))
      continue;
    let j = i;
    while (j + 1 < all.length && /[\\^`]\s*$/.test(all[j]!.line)) j++;
    const start = first.start + (first.line.length - first.line.trimStart().length);
    const end = all[j]!.end;
    const body = text.slice(start, end).replace(/^curl\.exe/, 'curl');
    claims.add(start, end);
    const decoded = decode(body);
    pieces.push({
      kind: 'curl',
      start,
      end,
      text: text.slice(start, end),
      decoded,
      url: decoded.url,
      apiKey: decoded.apiKey,
      signature: decoded.signature,
    });
    i = j;
  }

  // Header blocks and header dicts: lines naming X-GEMINI-* headers, close together.
  const headerLines = all.filter(
    (item) =>
      /x-gemini-(payload|apikey|signature)/i.test(item.line) && !claims.has(item.start, item.end),
  );
  for (let i = 0; i < headerLines.length;) {
    let j = i;
    while (
      j + 1 < headerLines.length &&
      all.indexOf(headerLines[j + 1]!) - all.indexOf(headerLines[j]!) <= 4
    )
      j++;
    const startLine = all.indexOf(headerLines[i]!);
    let endLine = all.indexOf(headerLines[j]!);
    // A wrapped payload continues on lines of base64 only.
    while (endLine + 1 < all.length && /^\s*[A-Za-z0-9+/=_-]{8,}\s*$/.test(all[endLine + 1]!.line))
      endLine++;
    const start = all[startLine]!.start;
    const end = all[endLine]!.end;
    claims.add(start, end);
    const decoded = decode(text.slice(start, end));
    pieces.push({
      kind: 'headers',
      start,
      end,
      text: text.slice(start, end),
      decoded,
      apiKey: decoded.apiKey,
      signature: decoded.signature,
    });
    i = j + 1;
  }

  // Gemini error bodies anywhere (also inside exception texts and log lines).
  for (const body of errorBodies(text, 0)) {
    if (!claims.has(body.start, body.end)) pieces.push(body);
  }

  /** One piece per match of a pattern; `claimed` skips text a block recogniser already read. */
  const each = (
    pattern: RegExp,
    kind: PieceKind,
    read: (match: RegExpMatchArray) => Partial<Piece> = () => ({}),
    skipClaimed = false,
  ) => {
    for (const match of text.matchAll(pattern)) {
      const start = match.index ?? 0;
      const end = start + match[0].length;
      if (skipClaimed && claims.has(start, end)) continue;
      pieces.push({ kind, start, end, text: match[0], ...read(match) });
    }
  };

  // ccxt exceptions: `ccxt.base.errors.InvalidNonce: gemini {...}`, `AuthenticationError: gemini …`.
  each(
    /\b(?:ccxt\.(?:base\.)?(?:errors\.)?)?([A-Z][A-Za-z]*(?:Error|Exception|Nonce|Funds|NotFound|Exceeded|Order|Request|Unavailable))\b:?[ \t]+gemini\b/g,
    'ccxt-exception',
    (match) => ({ exception: match[1] }),
  );
  each(/requires an account-key, master-keys are not-supported/g, 'ccxt-master-key');

  // Python requests: `requests.exceptions.HTTPError: 400 Client Error: Bad Request for url: …`.
  each(
    /(?:requests\.exceptions\.)?HTTPError:[ \t]*(\d{3})[ \t]+(?:Client|Server)[ \t]+Error:[ \t]*([^\n]*?)[ \t]+for url:[ \t]*(\S+)/g,
    'requests-exception',
    (match) => ({
      status: Number(match[1]),
      statusText: match[2],
      url: match[3]!.replace(/[.,;)]+$/, ''),
    }),
  );

  // HTTP status lines.
  each(/\bHTTP\/(?:1\.[01]|2(?:\.0)?|3)[ \t]+(\d{3})\b[ \t]*([^\n]*)/g, 'status-line', (match) => ({
    status: Number(match[1]),
    statusText: match[2]?.trim() || undefined,
  }));

  // Log lines: a timestamp and a level at the start.
  each(
    /^[ \t]*\[?(\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(?:[.,]\d{1,9})?(?:Z|[+-]\d{2}:?\d{2})?)\]?[ \t]+(?:[-|:][ \t]*)?(?:[\w.]+[ \t]+)?\[?(DEBUG|INFO|NOTICE|WARN|WARNING|ERROR|CRITICAL|FATAL)\]?[^\n]*/gm,
    'log-line',
    (match) => ({ time: logTime(match[1]!), level: match[2] }),
  );

  // API key ids (identifiers, not secrets).
  each(
    /(?<![A-Za-z0-9-])(?:account|master)-[A-Za-z0-9]{8,}(?![A-Za-z0-9])/g,
    'api-key',
    (match) => ({ apiKey: match[0] }),
    true,
  );

  // Bare payloads: base64 of a JSON object (`ey…` is `{"`, `ew…` is `{\n`).
  for (const match of text.matchAll(
    /(?<![A-Za-z0-9+/=_-])e[wy][A-Za-z0-9+/_-]{10,}={0,2}(?![A-Za-z0-9+/=_-])/g,
  )) {
    const start = match.index ?? 0;
    const end = start + match[0].length;
    if (claims.has(start, end)) continue;
    const decoded = decode(match[0]);
    if (decoded.json === undefined || !decoded.json.trimStart().startsWith('{')) continue;
    claims.add(start, end);
    pieces.push({ kind: 'payload', start, end, text: match[0], decoded });
  }

  // Signatures: hex of an HMAC (SHA-384 is Gemini's; SHA-256/512 are common mistakes).
  each(
    /(?<![A-Za-z0-9])(?:[0-9a-fA-F]{128}|[0-9a-fA-F]{96}|[0-9a-fA-F]{64})(?![A-Za-z0-9])/g,
    'signature',
    (match) => ({ signature: match[0] }),
    true,
  );

  // Reason names in prose, when no error body carries them.
  const bodyReasons = new Set(pieces.filter((piece) => piece.reason).map((piece) => piece.reason));
  if (knownReasons.length > 0) {
    // CamelCase names only: "System" is also an ordinary word.
    const names = knownReasons.filter((name) => /^[A-Z][a-z]+[A-Z][A-Za-z]*$/.test(name));
    const pattern = new RegExp(`\\b(${names.join('|')})\\b`, 'g');
    for (const match of text.matchAll(pattern)) {
      if (bodyReasons.has(match[1])) continue;
      bodyReasons.add(match[1]);
      const start = match.index ?? 0;
      pieces.push({
        kind: 'reason-name',
        start,
        end: start + match[0].length,
        text: match[0],
        reason: match[1],
      });
    }
  }

  pieces.sort(
    (a, b) => a.start - b.start || PIECE_KINDS.indexOf(a.kind) - PIECE_KINDS.indexOf(b.kind),
  );
  return { text, pieces, notices };
}

/** `2026-11-28 09:31:05,123` (no zone: read as UTC) → ISO 8601. */
function logTime(raw: string): string | undefined {
  let iso = raw.replace(' ', 'T').replace(',', '.');
  if (!/(Z|[+-]\d{2}:?\d{2})$/.test(iso)) iso += 'Z';
  iso = iso.replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/** Bodies are short; a candidate longer than this is not one. */
const MAX_BODY_SCAN = 16_384;

/** The end (exclusive) of the JSON object starting at `start`, or -1; string-aware, bounded. */
function objectEnd(text: string, start: number): number {
  let depth = 0;
  let inString: string | undefined;
  const limit = Math.min(text.length, start + MAX_BODY_SCAN);
  for (let i = start; i < limit; i++) {
    const char = text[i];
    if (inString) {
      if (char === '\\') i++;
      else if (char === inString) inString = undefined;
    } else if (char === '"' || char === "'") inString = char;
    else if (char === '{') {
      if (++depth > MAX_JSON_DEPTH) return -1;
    } else if (char === '}' && --depth === 0) return i + 1;
  }
  return -1;
}

const REASON_FIELD = /["']reason["']\s*:\s*["']([^"'\n]{1,200})["']/;
const MESSAGE_FIELD = /["']message["']\s*:\s*["']((?:[^"'\\\n]|\\.){0,500})["']/;

function errorBodies(text: string, offset: number): Piece[] {
  const found: Piece[] = [];
  let searchFrom = 0;
  for (const match of text.matchAll(/["']reason["']\s*:/g)) {
    const at = match.index ?? 0;
    if (at < searchFrom) continue;
    // The nearest `{` before the key that closes after it.
    for (
      let open = text.lastIndexOf('{', at);
      open >= 0 && at - open < 2_048;
      // lastIndexOf(…, -1) searches from 0 again: stop at the start of the text instead.
      open = open > 0 ? text.lastIndexOf('{', open - 1) : -1
    ) {
      const end = objectEnd(text, open);
      if (end <= at) continue;
      const body = text.slice(open, end);
      const piece = readErrorBody(body);
      if (piece) {
        found.push({ ...piece, start: offset + open, end: offset + end, text: body });
        searchFrom = end;
      }
      break;
    }
  }
  return found;
}

function readErrorBody(body: string): Omit<Piece, 'start' | 'end' | 'text'> | undefined {
  try {
    const value = parseJson(body, { maxDepth: MAX_JSON_DEPTH });
    if (isJsonObject(value) && typeof value.reason === 'string') {
      const status = jsonNumberText(value.status);
      return {
        kind: 'error-body',
        reason: value.reason,
        message: typeof value.message === 'string' ? value.message : undefined,
        status: status === undefined ? undefined : Number(status),
      };
    }
  } catch {
    // Not JSON (or too deep): a Python dict as printed (`{'result': 'error', …}`) still names the reason.
  }
  const reason = body.match(REASON_FIELD)?.[1];
  if (reason === undefined) return undefined;
  return { kind: 'error-body', reason, message: body.match(MESSAGE_FIELD)?.[1] };
}
