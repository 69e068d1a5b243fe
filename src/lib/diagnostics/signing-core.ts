/**
 * TEMPORARY stand-in for the signing core (src/lib/signing, branch `emulator`) until it is merged:
 * the same three functions with the contract's signatures. Delete this file after the merge.
 */
const utf8 = new TextEncoder();

export async function hmacSha384Hex(secret: string, message: string): Promise<string> {
  const key = await crypto.subtle.importKey(
    'raw',
    utf8.encode(secret),
    { name: 'HMAC', hash: 'SHA-384' },
    false,
    ['sign'],
  );
  const bytes = new Uint8Array(await crypto.subtle.sign('HMAC', key, utf8.encode(message)));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

export function encodeBase64(text: string): string {
  let binary = '';
  for (const byte of utf8.encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

export function decodeBase64(b64: string): string {
  let binary: string;
  try {
    binary = atob(b64);
  } catch {
    throw new Error('Not valid base64.');
  }
  const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new Error('The base64 does not decode to UTF-8 text.');
  }
}
