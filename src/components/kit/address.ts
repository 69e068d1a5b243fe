import { stripCredentialParams, type CredentialStrip } from '../../lib/share/credentials.ts';

export interface AddressEnv {
  location: Pick<Location, 'pathname' | 'search' | 'hash'>;
  history: Pick<History, 'replaceState'> & { state?: unknown };
}

/**
 * Takes credential-looking parameters out of the page's address and its history entry. Every
 * island that reads its URL calls this first on mount, before anything reads the URL; `allowed`
 * are the parameters it reads. Returns what was taken (show the names with `StrippedNotice`).
 */
export function stripCredentialsFromAddress(
  allowed: readonly string[],
  env: AddressEnv = { location, history },
): CredentialStrip {
  const { location: here, history: entries } = env;
  const stripped = stripCredentialParams(here.search, allowed);
  if (stripped.names.length > 0) {
    entries.replaceState(
      entries.state ?? null,
      '',
      `${here.pathname}${stripped.search}${here.hash}`,
    );
  }
  return stripped;
}
