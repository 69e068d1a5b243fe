/**
 * Secret detector for whatever a customer pasted. Finds text that looks like a Gemini API
 * secret (a key's or a master key's) and values labelled as secrets, so the desk can warn first
 * and remove them from everything it shows or copies. Errs on the side of removing: a false
 * alarm costs a second look, a missed secret costs a key.
 *
 * Gemini documents no secret format. Public samples and the emulator (src/lib/emulator/keys.ts)
 * have 28 alphanumerics; developer.gemini.com's placeholder has 32. So: a standalone run of
 * 24–40 letters and digits, mixing upper case, lower case and digits.
 */

export type SecretKind =
  /** Shaped like a Gemini secret, next to an `account-…` key or no key. */
  | 'api-secret'
  /** Shaped like a Gemini secret in a paste that holds a `master-…` key. */
  | 'master-secret'
  /** A value labelled as a secret (`secret=…`, `"api_secret": "…"`, `GEMINI_API_SECRET=…`). */
  | 'labelled-secret'
  /** A payload whose JSON has a credential field (`"secret": …`); removed whole. */
  | 'payload-secret';

export interface SecretHit {
  kind: SecretKind;
  start: number;
  end: number;
}

export const SECRET_PLACEHOLDER = '[secret removed]';

/** Standalone token: not part of a longer base64/hex/key run. */
const SECRET_SHAPE = /(?<![A-Za-z0-9+/=_-])[A-Za-z0-9]{24,40}(?![A-Za-z0-9+/_-])(?!=)/g;

/** `secret`, `api_secret`, `apiSecret`, `GEMINI_API_SECRET`, `client_secret`, `password`, … */
const SECRET_LABEL =
  /(?:[A-Za-z_-]*secret[A-Za-z_]*|passw(?:or)?d|passphrase|private[_-]?key)["']?(\s*(?:[:=]|=>)\s*|\s+)["']?([^\s"'`,;&}{)\]]{6,})/gi;

function mixed(token: string): boolean {
  return /[a-z]/.test(token) && /[A-Z]/.test(token) && /[0-9]/.test(token);
}

export function findSecrets(text: string): SecretHit[] {
  const hits: SecretHit[] = [];
  const master = /(?<![A-Za-z0-9])master-[A-Za-z0-9]{8,}/.test(text);
  for (const match of text.matchAll(SECRET_LABEL)) {
    const value = match[2] ?? '';
    if (value.startsWith('[secret')) continue;
    // After a bare space ("the API secret acknowledgement", `--secret VALUE`) only a value
    // shaped like a secret counts; after `:`/`=` anything does.
    if (/^\s+$/.test(match[1] ?? '') && !mixed(value)) continue;
    const start = (match.index ?? 0) + match[0].length - value.length;
    hits.push({ kind: 'labelled-secret', start, end: start + value.length });
  }
  for (const match of text.matchAll(SECRET_SHAPE)) {
    const token = match[0];
    if (!mixed(token)) continue;
    const start = match.index ?? 0;
    if (hits.some((hit) => start < hit.end && start + token.length > hit.start)) continue;
    hits.push({ kind: master ? 'master-secret' : 'api-secret', start, end: start + token.length });
  }
  return hits.sort((a, b) => a.start - b.start);
}

/** `text` with every hit replaced by the placeholder. */
export function redactSecrets(text: string, hits = findSecrets(text)): string {
  let out = '';
  let at = 0;
  for (const hit of hits) {
    if (hit.start < at) continue;
    out += text.slice(at, hit.start) + SECRET_PLACEHOLDER;
    at = hit.end;
  }
  return out + text.slice(at);
}
