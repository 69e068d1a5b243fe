/**
 * Credentials never travel in a URL. Every page that reads its address (playground, backoff lab,
 * support tools) takes credential-looking query parameters out of it first, and the playground's
 * share-link reader reports them, through the one rule below.
 */

/**
 * Query parameter names that look like a credential (`secret`, `api_secret`, `apiKey`, `key`,
 * `password`, `passphrase`, `token`, `private_key`, `credential`, `auth`), in any case and with
 * any separator, plus `signature` and `payload`, which only the support tools read (they list
 * them in `allowed`).
 */
const CREDENTIAL_PARAM =
  /secret|key|token|passw|passphrase|private|credential|auth|signature|payload/i;

/** True for a parameter a page must not keep in its address (`allowed` are the ones it reads). */
export function isCredentialParam(name: string, allowed: readonly string[] = []): boolean {
  return !allowed.includes(name) && CREDENTIAL_PARAM.test(name);
}

export interface CredentialStrip {
  /** The query without the credential-looking parameters (with `?`, or '' when empty). */
  search: string;
  /** Their names, each once, in order of appearance. */
  names: string[];
  /** Their non-empty values: the playground remembers them as secrets (memory only). */
  values: string[];
}

/**
 * Takes every credential-looking parameter out of a query string, so the page can replace its
 * address (and history entry) before anything else reads it. `allowed` are never taken. A query
 * with nothing to take comes back unchanged.
 */
export function stripCredentialParams(
  search: string,
  allowed: readonly string[] = [],
): CredentialStrip {
  const query = new URLSearchParams(search);
  const names: string[] = [];
  const values: string[] = [];
  for (const [name, value] of [...query]) {
    if (!isCredentialParam(name, allowed)) continue;
    if (!names.includes(name)) names.push(name);
    if (value) values.push(value);
    query.delete(name);
  }
  const rest = query.toString();
  return { search: names.length === 0 ? search : rest ? `?${rest}` : '', names, values };
}
