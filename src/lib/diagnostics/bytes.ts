/**
 * Byte-level helpers the diagnostics need beyond the signing core: the core signs one way
 * (HMAC-SHA384 over text, hex out); reproducing wrong recipes needs other hashes, byte keys and
 * other output encodings. WebCrypto only, so this runs in the page and in Node alike. Hex out is
 * the core's `toHex`.
 */

export type HashName = 'SHA-1' | 'SHA-256' | 'SHA-384' | 'SHA-512';

const utf8 = new TextEncoder();

/** Raw HMAC bytes. `key` as text means its UTF-8 bytes, as Gemini uses the secret. */
export async function hmacBytes(
  key: string | Uint8Array,
  message: string,
  hash: HashName,
): Promise<Uint8Array> {
  const keyBytes = typeof key === 'string' ? utf8.encode(key) : key;
  const cryptoKey = await crypto.subtle.importKey(
    'raw',
    keyBytes as Uint8Array<ArrayBuffer>,
    { name: 'HMAC', hash },
    false,
    ['sign'],
  );
  return new Uint8Array(await crypto.subtle.sign('HMAC', cryptoKey, utf8.encode(message)));
}

/** Even-length hex → bytes; undefined for anything else. */
export function hexToBytes(hex: string): Uint8Array | undefined {
  if (hex.length === 0 || hex.length % 2 !== 0 || !/^[0-9a-fA-F]+$/.test(hex)) return undefined;
  const bytes = new Uint8Array(hex.length / 2);
  for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return bytes;
}

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** Standard or url-safe base64 (padding optional) → bytes; undefined when it is not base64. */
export function base64ToBytes(text: string): Uint8Array | undefined {
  const standard = toStandardBase64(text);
  if (standard === undefined) return undefined;
  try {
    return Uint8Array.from(atob(standard), (char) => char.charCodeAt(0));
  } catch {
    return undefined;
  }
}

/** Rewrites url-safe characters and restores padding; undefined when no base64 can be made. */
function toStandardBase64(text: string): string | undefined {
  const body = text.replace(/=+$/, '').replace(/-/g, '+').replace(/_/g, '/');
  if (!/^[A-Za-z0-9+/]*$/.test(body) || body.length % 4 === 1) return undefined;
  return body + '='.repeat((4 - (body.length % 4)) % 4);
}

/** Standard base64 → base64url, with or without padding. */
export function toBase64Url(standard: string, keepPadding: boolean): string {
  const url = standard.replace(/\+/g, '-').replace(/\//g, '_');
  return keepPadding ? url : url.replace(/=+$/, '');
}
