/**
 * HMAC-SHA384 through WebCrypto (`crypto.subtle`), available in browsers and in Node 20+.
 * The key is the UTF-8 bytes of the secret string as-is: Gemini does not hex- or base64-decode it.
 */

const utf8 = new TextEncoder();

/** Imports a secret once, so callers that sign or verify often (the emulator) skip re-importing. */
export function importHmacKey(secret: string): Promise<CryptoKey> {
  return crypto.subtle.importKey(
    'raw',
    utf8.encode(secret),
    { name: 'HMAC', hash: 'SHA-384' },
    false,
    ['sign', 'verify'],
  );
}

/** Lower-case hex HMAC-SHA384 of `message` (its UTF-8 bytes) with an imported key. */
export async function hmacSha384HexWithKey(key: CryptoKey, message: string): Promise<string> {
  const digest = await crypto.subtle.sign('HMAC', key, utf8.encode(message));
  return toHex(new Uint8Array(digest));
}

/** Lower-case hex HMAC-SHA384 of `message`, keyed with the UTF-8 bytes of `secret` (96 characters). */
export async function hmacSha384Hex(secret: string, message: string): Promise<string> {
  return hmacSha384HexWithKey(await importHmacKey(secret), message);
}

export function toHex(bytes: Uint8Array): string {
  let hex = '';
  for (const byte of bytes) hex += byte.toString(16).padStart(2, '0');
  return hex;
}
