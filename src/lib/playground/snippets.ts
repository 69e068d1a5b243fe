/**
 * Code for the current request in four languages. Each snippet does the whole signing itself
 * (payload with request and nonce first, compact JSON, base64, HMAC-SHA384 hex, the six
 * headers) and reads the key and secret from GEMINI_API_KEY / GEMINI_API_SECRET: a snippet never
 * contains a secret, so it is safe to paste into a ticket or a repository. Every value is
 * escaped for its language, so a param cannot break out of the code it sits in.
 */
import { serializePayload } from '../signing/index.ts';
import { isJsonNumber, type JsonValue } from '../json/index.ts';

export const SNIPPET_LANGUAGES = ['curl', 'python', 'typescript', 'go'] as const;
export type SnippetLanguage = (typeof SNIPPET_LANGUAGES)[number];

/** The Shiki grammar name of each language. */
export const SHIKI_LANGUAGE: Record<SnippetLanguage, string> = {
  curl: 'shellscript',
  python: 'python',
  typescript: 'typescript',
  go: 'go',
};

export type SnippetNonce = { mode: 'ms' } | { mode: 'seconds' } | { mode: 'manual'; value: string };

export interface SnippetRequest {
  /** Where the code sends the request, e.g. http://127.0.0.1:4322 or https://api.sandbox.gemini.com. */
  baseUrl: string;
  method: 'GET' | 'POST';
  /** The path with path params filled in, e.g. /v1/balances or /v2/ticker/btcusd. */
  path: string;
  /** Private endpoints are signed; public ones are plain GETs. */
  signed: boolean;
  /** Payload params (private) or query params (public), in order. */
  params: Record<string, JsonValue>;
  nonce: SnippetNonce;
}

export function generateSnippet(language: SnippetLanguage, request: SnippetRequest): string {
  const generators: Record<SnippetLanguage, (request: SnippetRequest) => string> = {
    curl: curlSnippet,
    python: pythonSnippet,
    typescript: typeScriptSnippet,
    go: goSnippet,
  };
  return generators[language](request);
}

function url(request: SnippetRequest): string {
  if (request.signed) return request.baseUrl + request.path;
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(request.params)) {
    query.set(name, typeof value === 'string' ? value : serializePayload(value));
  }
  const text = query.toString();
  return request.baseUrl + request.path + (text ? `?${text}` : '');
}

/** Safe inside any POSIX shell: single quotes, with embedded quotes closed and reopened. */
export function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

function paramsInnerJson(params: Record<string, JsonValue>): string {
  const json = serializePayload(params);
  return json === '{}' ? '' : `,${json.slice(1, -1)}`;
}

function curlSnippet(request: SnippetRequest): string {
  if (!request.signed) {
    return `# Public endpoint: no key, no signature.\ncurl -sS ${shellQuote(url(request))}\n`;
  }
  const nonceLine = {
    ms: 'nonce=$(date +%s%3N)  # milliseconds (GNU date; on macOS: python3 -c "import time; print(int(time.time()*1000))")',
    seconds: 'nonce=$(date +%s)  # seconds, for a key with a time-based nonce',
    manual: `nonce=${request.nonce.mode === 'manual' ? request.nonce.value : ''}  # fixed nonce: it must be higher than any this key used before`,
  }[request.nonce.mode];
  const prefix = `{"request":${JSON.stringify(request.path)},"nonce":`;
  const suffix = `${paramsInnerJson(request.params)}}`;
  return [
    `# ${request.method} ${request.path}, signed with HMAC-SHA384.`,
    '# Needs GEMINI_API_KEY and GEMINI_API_SECRET in the environment (a sandbox key).',
    nonceLine,
    `json=${shellQuote(prefix)}"$nonce"${shellQuote(suffix)}`,
    `payload=$(printf '%s' "$json" | base64 | tr -d '\\n')`,
    '# While openssl runs, its arguments (the secret) are visible to other users of this machine.',
    `signature=$(printf '%s' "$payload" | openssl dgst -sha384 -hmac "$GEMINI_API_SECRET" | awk '{print $NF}')`,
    `curl -sS -X ${request.method} ${shellQuote(url(request))} \\`,
    `  -H 'Content-Type: text/plain' \\`,
    `  -H 'Content-Length: 0' \\`,
    `  -H "X-GEMINI-APIKEY: $GEMINI_API_KEY" \\`,
    `  -H "X-GEMINI-PAYLOAD: $payload" \\`,
    `  -H "X-GEMINI-SIGNATURE: $signature" \\`,
    `  -H 'Cache-Control: no-cache'`,
    '',
  ].join('\n');
}

function pythonLiteral(value: JsonValue, depth = 1): string {
  if (value === null) return 'None';
  if (value === true) return 'True';
  if (value === false) return 'False';
  if (isJsonNumber(value)) return value.value; // Python reads every JSON number's text
  if (typeof value === 'string') return JSON.stringify(value);
  const pad = '    '.repeat(depth);
  if (Array.isArray(value)) {
    return `[${value.map((item) => pythonLiteral(item, depth + 1)).join(', ')}]`;
  }
  const entries = Object.entries(value);
  if (entries.length === 0) return '{}';
  const lines = entries.map(
    ([key, item]) => `${pad}    ${JSON.stringify(key)}: ${pythonLiteral(item, depth + 1)},`,
  );
  return `{\n${lines.join('\n')}\n${pad}}`;
}

function pythonSnippet(request: SnippetRequest): string {
  if (!request.signed) {
    return [
      'import requests',
      '',
      '# Public endpoint: no key, no signature.',
      `response = requests.get(${JSON.stringify(url(request))}, timeout=10)`,
      'print(response.status_code, response.json())',
      '',
    ].join('\n');
  }
  const nonce = {
    ms: 'int(time.time() * 1000)',
    seconds: 'int(time.time())',
    manual: request.nonce.mode === 'manual' ? request.nonce.value : '',
  }[request.nonce.mode];
  const params = Object.entries(request.params).map(
    ([key, value]) => `    ${JSON.stringify(key)}: ${pythonLiteral(value)},`,
  );
  return [
    'import base64',
    'import hashlib',
    'import hmac',
    'import json',
    'import os',
    'import time',
    '',
    'import requests',
    '',
    'api_key = os.environ["GEMINI_API_KEY"]',
    'api_secret = os.environ["GEMINI_API_SECRET"].encode()',
    '',
    'payload = {',
    `    "request": ${JSON.stringify(request.path)},`,
    `    "nonce": ${nonce},`,
    ...params,
    '}',
    '# Compact JSON, UTF-8: the same text the playground signs.',
    'encoded = base64.b64encode(json.dumps(payload, separators=(",", ":"), ensure_ascii=False).encode())',
    'signature = hmac.new(api_secret, encoded, hashlib.sha384).hexdigest()',
    '',
    'response = requests.request(',
    `    ${JSON.stringify(request.method)},`,
    `    ${JSON.stringify(url(request))},`,
    '    headers={',
    '        "Content-Type": "text/plain",',
    '        "Content-Length": "0",',
    '        "X-GEMINI-APIKEY": api_key,',
    '        "X-GEMINI-PAYLOAD": encoded.decode(),',
    '        "X-GEMINI-SIGNATURE": signature,',
    '        "Cache-Control": "no-cache",',
    '    },',
    '    timeout=10,',
    ')',
    'print(response.status_code, response.json())',
    '',
  ].join('\n');
}

/** A number's text survives a round trip through a JS number (so it can be written as one). */
function fitsJsNumber(text: string): boolean {
  return String(Number(text)) === text;
}

/** A JS literal; numbers a JS number would change use JSON.rawJSON so JSON.stringify writes them exactly. */
function typeScriptLiteral(value: JsonValue): string {
  if (isJsonNumber(value)) {
    return fitsJsNumber(value.value) ? value.value : `JSON.rawJSON(${JSON.stringify(value.value)})`;
  }
  if (Array.isArray(value)) return `[${value.map(typeScriptLiteral).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).map(
      ([key, item]) => `${JSON.stringify(key)}: ${typeScriptLiteral(item)}`,
    );
    return `{ ${entries.join(', ')} }`;
  }
  return JSON.stringify(value);
}

function typeScriptNonce(nonce: SnippetNonce): string {
  if (nonce.mode === 'ms') return 'Date.now()';
  if (nonce.mode === 'seconds') return 'Math.floor(Date.now() / 1000)';
  return Number.isSafeInteger(Number(nonce.value))
    ? nonce.value
    : `JSON.rawJSON(${JSON.stringify(nonce.value)})`;
}

function typeScriptSnippet(request: SnippetRequest): string {
  if (!request.signed) {
    return [
      '// Public endpoint: no key, no signature.',
      `const response = await fetch(${JSON.stringify(url(request))});`,
      'console.log(response.status, await response.json());',
      '',
    ].join('\n');
  }
  const params = Object.entries(request.params).map(
    ([key, value]) => `  ${JSON.stringify(key)}: ${typeScriptLiteral(value)},`,
  );
  return [
    "import { createHmac } from 'node:crypto';",
    '',
    'const apiKey = process.env.GEMINI_API_KEY;',
    'const apiSecret = process.env.GEMINI_API_SECRET;',
    "if (!apiKey || !apiSecret) throw new Error('Set GEMINI_API_KEY and GEMINI_API_SECRET first.');",
    '',
    'const payload = {',
    `  request: ${JSON.stringify(request.path)},`,
    `  nonce: ${typeScriptNonce(request.nonce)},`,
    ...params,
    '};',
    "const encoded = Buffer.from(JSON.stringify(payload), 'utf8').toString('base64');",
    "const signature = createHmac('sha384', apiSecret).update(encoded).digest('hex');",
    '',
    `const response = await fetch(${JSON.stringify(url(request))}, {`,
    `  method: ${JSON.stringify(request.method)},`,
    '  headers: {',
    "    'Content-Type': 'text/plain',",
    "    'Content-Length': '0',",
    "    'X-GEMINI-APIKEY': apiKey,",
    "    'X-GEMINI-PAYLOAD': encoded,",
    "    'X-GEMINI-SIGNATURE': signature,",
    "    'Cache-Control': 'no-cache',",
    '  },',
    '});',
    'console.log(response.status, await response.json());',
    '',
  ].join('\n');
}

/** A Go string literal: JSON's escapes are Go's, except lone surrogates, which Go rejects. */
function goString(text: string): string {
  return JSON.stringify(
    text.replace(/[\uD800-\uDFFF]/g, (char, index: number, all: string) => {
      const code = char.charCodeAt(0);
      const pairedHigh = code < 0xdc00 && /[\uDC00-\uDFFF]/.test(all[index + 1] ?? '');
      const pairedLow = code >= 0xdc00 && /[\uD800-\uDBFF]/.test(all[index - 1] ?? '');
      return pairedHigh || pairedLow ? char : '\uFFFD';
    }),
  );
}

function goLiteral(value: JsonValue): string {
  if (value === null) return 'nil';
  if (isJsonNumber(value)) {
    const text = value.value;
    if (!fitsJsNumber(text)) return `json.Number(${goString(text)})`;
    return Number.isInteger(Number(text)) ? text : `float64(${text})`;
  }
  if (typeof value === 'string') return goString(value);
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `[]any{${value.map(goLiteral).join(', ')}}`;
  const entries = Object.entries(value).map(
    ([key, item]) => `${goString(key)}: ${goLiteral(item)}`,
  );
  return `map[string]any{${entries.join(', ')}}`;
}

function goNonce(nonce: SnippetNonce): string {
  if (nonce.mode === 'ms') return 'time.Now().UnixMilli()';
  if (nonce.mode === 'seconds') return 'time.Now().Unix()';
  return `json.Number(${goString(nonce.value)})`;
}

function goSnippet(request: SnippetRequest): string {
  if (!request.signed) {
    return [
      'package main',
      '',
      'import (',
      '\t"fmt"',
      '\t"io"',
      '\t"net/http"',
      ')',
      '',
      'func main() {',
      '\t// Public endpoint: no key, no signature.',
      `\tresp, err := http.Get(${goString(url(request))})`,
      '\tif err != nil {',
      '\t\tpanic(err)',
      '\t}',
      '\tdefer resp.Body.Close()',
      '\tbody, _ := io.ReadAll(resp.Body)',
      '\tfmt.Println(resp.Status, string(body))',
      '}',
      '',
    ].join('\n');
  }
  const usesTime = request.nonce.mode !== 'manual';
  const fields = [
    `\t\t{"request", ${goString(request.path)}},`,
    `\t\t{"nonce", ${goNonce(request.nonce)}},`,
    ...Object.entries(request.params).map(
      ([key, value]) => `\t\t{${goString(key)}, ${goLiteral(value)}},`,
    ),
  ];
  return [
    'package main',
    '',
    'import (',
    '\t"crypto/hmac"',
    '\t"crypto/sha512"',
    '\t"encoding/base64"',
    '\t"encoding/hex"',
    '\t"encoding/json"',
    '\t"fmt"',
    '\t"io"',
    '\t"net/http"',
    '\t"os"',
    ...(usesTime ? ['\t"time"'] : []),
    ')',
    '',
    'func main() {',
    '\tapiKey, apiSecret := os.Getenv("GEMINI_API_KEY"), os.Getenv("GEMINI_API_SECRET")',
    '\tif apiKey == "" || apiSecret == "" {',
    '\t\tfmt.Fprintln(os.Stderr, "Set GEMINI_API_KEY and GEMINI_API_SECRET first.")',
    '\t\tos.Exit(1)',
    '\t}',
    '',
    '\t// A slice keeps the field order: request, nonce, then the params.',
    '\tfields := []struct {',
    '\t\tKey   string',
    '\t\tValue any',
    '\t}{',
    ...fields,
    '\t}',
    '\tjsonText := []byte("{")',
    '\tfor i, field := range fields {',
    '\t\tif i > 0 {',
    "\t\t\tjsonText = append(jsonText, ',')",
    '\t\t}',
    '\t\tkey, _ := json.Marshal(field.Key)',
    '\t\tvalue, err := json.Marshal(field.Value)',
    '\t\tif err != nil {',
    '\t\t\tpanic(err)',
    '\t\t}',
    "\t\tjsonText = append(append(append(jsonText, key...), ':'), value...)",
    '\t}',
    "\tjsonText = append(jsonText, '}')",
    '',
    '\tpayload := base64.StdEncoding.EncodeToString(jsonText)',
    '\tmac := hmac.New(sha512.New384, []byte(apiSecret))',
    '\tmac.Write([]byte(payload))',
    '\tsignature := hex.EncodeToString(mac.Sum(nil))',
    '',
    `\treq, err := http.NewRequest(${goString(request.method)}, ${goString(url(request))}, nil)`,
    '\tif err != nil {',
    '\t\tpanic(err)',
    '\t}',
    '\treq.Header.Set("Content-Type", "text/plain")',
    '\treq.Header.Set("X-GEMINI-APIKEY", apiKey)',
    '\treq.Header.Set("X-GEMINI-PAYLOAD", payload)',
    '\treq.Header.Set("X-GEMINI-SIGNATURE", signature)',
    '\treq.Header.Set("Cache-Control", "no-cache")',
    '\tresp, err := http.DefaultClient.Do(req)',
    '\tif err != nil {',
    '\t\tpanic(err)',
    '\t}',
    '\tdefer resp.Body.Close()',
    '\tbody, _ := io.ReadAll(resp.Body)',
    '\tfmt.Println(resp.Status, string(body))',
    '}',
    '',
  ].join('\n');
}
