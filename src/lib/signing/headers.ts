/**
 * The six request headers of a Gemini private API call, in the order Gemini's docs list them.
 * The index signature lets the object go straight into `fetch(url, { headers })`.
 */
export interface GeminiHeaders {
  [name: string]: string;
  'Content-Type': 'text/plain';
  'Content-Length': '0';
  'X-GEMINI-APIKEY': string;
  'X-GEMINI-PAYLOAD': string;
  'X-GEMINI-SIGNATURE': string;
  'Cache-Control': 'no-cache';
}

export function buildHeaders(
  apiKey: string,
  payloadBase64: string,
  signature: string,
): GeminiHeaders {
  return {
    'Content-Type': 'text/plain',
    'Content-Length': '0',
    'X-GEMINI-APIKEY': apiKey,
    'X-GEMINI-PAYLOAD': payloadBase64,
    'X-GEMINI-SIGNATURE': signature,
    'Cache-Control': 'no-cache',
  };
}
