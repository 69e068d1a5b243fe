/**
 * Keeps secrets out of what the playground saves, shares and sends. The session remembers every
 * secret it has seen (memory only) and asks here whether a text contains one: as typed, and as
 * parsed, so a secret written with JSON escapes (`"\u0053…"`) is found too.
 */

/** Shorter strings are too likely to occur by chance in ordinary params. */
export const MIN_SECRET_LENGTH = 8;

/** Nesting deeper than this is not walked (the params parser bounds depth well below it). */
const MAX_DEPTH = 64;

/** True when `text`, or any string (value or key) inside `parsed`, contains one of `secrets`. */
export function containsSecret(secrets: Iterable<string>, text: string, parsed?: unknown): boolean {
  const list = [...secrets].filter((secret) => secret.length >= MIN_SECRET_LENGTH);
  if (list.length === 0) return false;
  const hit = (value: string) => list.some((secret) => value.includes(secret));
  if (hit(text)) return true;
  const stack: Array<[unknown, number]> = [[parsed, 0]];
  while (stack.length > 0) {
    const [value, depth] = stack.pop()!;
    if (typeof value === 'string') {
      if (hit(value)) return true;
    } else if (value && typeof value === 'object' && depth < MAX_DEPTH) {
      for (const [key, child] of Object.entries(value)) {
        if (hit(key)) return true;
        stack.push([child, depth + 1]);
      }
    }
  }
  return false;
}
