/**
 * Standard base64 (RFC 4648 alphabet, `=` padding, no line breaks) over UTF-8 bytes, as Gemini's
 * X-GEMINI-PAYLOAD requires. Uses only `TextEncoder`/`btoa`, so it runs in browsers and Node.
 */

const STANDARD_BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
// btoa/atob take "binary strings"; converting in chunks keeps the argument list of
// String.fromCharCode small for large payloads.
const CHUNK = 0x8000;

/** UTF-8 bytes of `text`, encoded as standard padded base64 without newlines. */
export function encodeBase64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (let offset = 0; offset < bytes.length; offset += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(offset, offset + CHUNK));
  }
  return btoa(binary);
}

/**
 * Decodes standard padded base64 to UTF-8 text. Throws an `Error` that says what is wrong:
 * characters outside the alphabet (including base64url's `-` and `_`), missing padding,
 * line breaks, or bytes that are not UTF-8.
 */
export function decodeBase64(base64: string): string {
  if (/\s/.test(base64)) {
    throw new Error('The base64 text contains whitespace or line breaks; remove them.');
  }
  if (/[-_]/.test(base64)) {
    throw new Error(
      'The base64 text uses the URL-safe alphabet ("-" or "_"); use standard base64 ("+" and "/").',
    );
  }
  if (/[^A-Za-z0-9+/=]/.test(base64)) {
    throw new Error('The base64 text contains characters outside the base64 alphabet.');
  }
  if (base64.length % 4 !== 0 || !STANDARD_BASE64.test(base64)) {
    throw new Error(
      'The base64 text is not padded correctly: its length must be a multiple of 4, with "=" only at the end.',
    );
  }
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new Error('The base64 text decodes to bytes that are not valid UTF-8 text.');
  }
}
