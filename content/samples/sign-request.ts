// Sign one private Gemini exchange API request and send it (Node.js 22.12+, no dependencies).
//
//   export GEMINI_API_KEY=account-…  GEMINI_API_SECRET=…   # a sandbox key
//   node --experimental-strip-types sign-request.ts         # POST /v1/balances
//
// GEMINI_API_BASE picks the server (default: the sandbox). GEMINI_NONCE_UNIT=seconds is for
// keys created with "Uses a time based nonce". Other samples import privatePost from here.
// Keep this file next to the samples that import it (retry-with-jitter.ts, heartbeat.ts, …).
import { createHmac } from 'node:crypto';
import { fileURLToPath } from 'node:url';

// Trailing slash dropped so a base with a path (a relay, say) keeps it.
const base = (process.env.GEMINI_API_BASE ?? 'https://api.sandbox.gemini.com').replace(/\/+$/, '');
const nonceInSeconds = process.env.GEMINI_NONCE_UNIT === 'seconds';

let lastMs = 0;
/**
 * Strictly increasing per process and never more than a few milliseconds ahead of the clock,
 * at any request rate. Counting in milliseconds keeps both promises: a counter of whole seconds
 * (`last + 1`) runs ahead of the clock at more than one request per second, and a time-based key
 * then fails with InvalidNonce once it is 30 s ahead. For a time-based key the same count is sent
 * as seconds with a millisecond fraction (1700000000.123), as Gemini's own examples do: within
 * ±30 s of its clock (documented) and increasing anyway (not documented as required for such keys).
 */
export function nextNonce(): number {
  lastMs = Math.max(Date.now(), lastMs + 1);
  return nonceInSeconds ? lastMs / 1000 : lastMs;
}

/** The three values Gemini checks: the JSON text, its base64 form and the HMAC over that base64. */
export function sign(secret: string, payload: Record<string, unknown>) {
  const json = JSON.stringify(payload);
  const base64 = Buffer.from(json, 'utf8').toString('base64');
  const signature = createHmac('sha384', secret).update(base64).digest('hex');
  return { json, base64, signature };
}

export interface GeminiResponse {
  status: number;
  headers: Headers;
  body: unknown;
}

/** POSTs a signed request. The parameters travel in the payload header; the body stays empty. */
export async function privatePost(
  request: string,
  params: Record<string, unknown> = {},
): Promise<GeminiResponse> {
  const apiKey = process.env.GEMINI_API_KEY;
  const secret = process.env.GEMINI_API_SECRET;
  if (!apiKey || !secret) {
    throw new Error('Set GEMINI_API_KEY and GEMINI_API_SECRET to a sandbox API key first.');
  }
  const { base64, signature } = sign(secret, { request, nonce: nextNonce(), ...params });
  const response = await fetch(base + request, {
    method: 'POST',
    headers: {
      // fetch adds Content-Length: 0 itself for a request without a body.
      'Content-Type': 'text/plain',
      'Cache-Control': 'no-cache',
      'X-GEMINI-APIKEY': apiKey,
      'X-GEMINI-PAYLOAD': base64,
      'X-GEMINI-SIGNATURE': signature,
    },
  });
  const text = await response.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // Not JSON (a proxy error page, say): keep the text so it can be printed.
  }
  return { status: response.status, headers: response.headers, body };
}

/** Prints a response the same way in every sample: the status line, then the JSON. */
export function show(label: string, { status, body }: GeminiResponse): void {
  console.log(`${label}: HTTP ${status}`);
  console.log(typeof body === 'string' ? body : JSON.stringify(body, null, 2));
}

// Run directly (not imported): fetch the balances once.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    const response = await privatePost('/v1/balances');
    show('POST /v1/balances', response);
    if (response.status !== 200) process.exitCode = 1;
  } catch (error) {
    console.error((error as Error).message);
    process.exitCode = 1;
  }
}
