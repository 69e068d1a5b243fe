/**
 * JSON nesting measured without parsing: recursive parsers overflow the stack on a few thousand
 * brackets, so every reader of untrusted JSON (emulator, decoder, support desk) checks this first.
 */

/** How deep `[`/`{` nest in JSON text, counting outside strings; stops early past `limit`. */
export function jsonNestingDepth(text: string, limit = Number.POSITIVE_INFINITY): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i);
    if (inString) {
      if (char === 92 /* \\ */) i++;
      else if (char === 34 /* " */) inString = false;
    } else if (char === 34) inString = true;
    else if (char === 91 || char === 123 /* [ { */) {
      depth++;
      if (depth > deepest) deepest = depth;
      if (deepest > limit) return deepest;
    } else if (char === 93 || char === 125 /* ] } */) depth = Math.max(0, depth - 1);
  }
  return deepest;
}
