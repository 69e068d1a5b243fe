/**
 * Links the support tools share: the page's own address with the pasted payload (and maybe the
 * signature) as query parameters. A secret is never read from, or written to, a link.
 */

/** The query parameters a support-tool link carries; nothing else is read from one. */
export const TOOL_LINK_PARAMS = ['payload', 'signature'] as const;

export type ToolPrefill = Partial<Record<(typeof TOOL_LINK_PARAMS)[number], string>>;

export function toolLink(origin: string, pathname: string, prefill: ToolPrefill): string {
  const query = new URLSearchParams();
  for (const name of TOOL_LINK_PARAMS) {
    const value = prefill[name];
    if (value) query.set(name, value);
  }
  return `${origin}${pathname}?${query.toString()}`;
}

/**
 * Prefill values from a support link. Only `payload` and `signature` are read: a secret is
 * never taken from a URL. A `+` in an unencoded link arrives as a space; base64 has no spaces.
 */
export function readPrefill(search: string): ToolPrefill {
  const params = new URLSearchParams(search);
  const payload = params.get('payload')?.replace(/ /g, '+');
  const signature = params.get('signature')?.trim();
  return { payload: payload || undefined, signature: signature || undefined };
}
