/**
 * Gemini private API request signing, framework-free and WebCrypto-only: the same code runs in
 * the page (playground) and in Node (emulator, tests). Every stage is returned so the UI can
 * show the pipeline: payload → JSON → base64 → HMAC-SHA384 → headers.
 */
import { encodeBase64 } from './base64.ts';
import { buildHeaders, type GeminiHeaders } from './headers.ts';
import { hmacSha384Hex } from './hmac.ts';
import { buildPayload, serializePayload, type Nonce } from './payload.ts';

export { buildPayload, serializePayload, type Nonce, type PayloadInput } from './payload.ts';
export { encodeBase64, decodeBase64 } from './base64.ts';
export { hmacSha384Hex, hmacSha384HexWithKey, importHmacKey, toHex } from './hmac.ts';
export { createNonceSource, type NonceSource } from './nonce.ts';
export { buildHeaders, type GeminiHeaders } from './headers.ts';

export interface SignRequestInput {
  apiKey: string;
  secret: string;
  /** The path, e.g. `/v1/order/new`; becomes the payload's `request`. */
  request: string;
  nonce: Nonce;
  params?: Record<string, unknown>;
  /** Master keys only: the account nickname. */
  account?: string;
  /** Sign this exact JSON text instead of serializing `payload` (e.g. pretty-printed, as Python sends). */
  json?: string;
}

export interface SignedRequest {
  /** The payload object built from the inputs (request, nonce, account, params). */
  payload: Record<string, unknown>;
  /** The JSON text that was encoded: `json` if given, else the compact serialization of `payload`. */
  json: string;
  /** Size of `json` in UTF-8 bytes. */
  jsonBytes: number;
  /** The X-GEMINI-PAYLOAD value. */
  base64: string;
  /** Size of `base64` in bytes (it is ASCII). */
  base64Bytes: number;
  /** The X-GEMINI-SIGNATURE value: lower-case hex HMAC-SHA384 over `base64`. */
  signature: string;
  headers: GeminiHeaders;
}

export async function signRequest(input: SignRequestInput): Promise<SignedRequest> {
  const payload = buildPayload(input);
  const json = input.json ?? serializePayload(payload);
  const base64 = encodeBase64(json);
  const signature = await hmacSha384Hex(input.secret, base64);
  return {
    payload,
    json,
    jsonBytes: new TextEncoder().encode(json).length,
    base64,
    base64Bytes: base64.length,
    signature,
    headers: buildHeaders(input.apiKey, base64, signature),
  };
}
