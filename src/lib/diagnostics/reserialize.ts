/**
 * The ways a client re-serializes the same payload: spacing (JS compact, Python `json.dumps`,
 * indented), key order (as written, sorted like Python's `sort_keys`/Go, or request and nonce
 * first), nonce as JSON string or number, non-ASCII escaped (`ensure_ascii`) and a trailing
 * newline. Any of them gives different base64 and so a different signature.
 */
import { isJsonNumber, isJsonObject, LosslessNumber } from '../json/index.ts';

export type Spacing = 'compact' | 'python' | 'indent-2' | 'indent-4';
export type KeyOrder = 'as-sent' | 'sorted' | 'request-nonce-first';
export type NonceType = 'as-sent' | 'string' | 'number';

export interface SerializationStyle {
  spacing: Spacing;
  keyOrder: KeyOrder;
  nonceType: NonceType;
  asciiOnly: boolean;
  trailingNewline: boolean;
}

/** What one style changes compared with the JSON that was sent. */
export type StyleChange =
  'spacing' | 'key-order' | 'nonce-type' | 'ascii-escaping' | 'trailing-newline';

export interface Reserialization {
  json: string;
  style: SerializationStyle;
  changes: StyleChange[];
}

const SPACINGS: Spacing[] = ['compact', 'python', 'indent-2', 'indent-4'];
const KEY_ORDERS: KeyOrder[] = ['as-sent', 'sorted', 'request-nonce-first'];
const NONCE_TYPES: NonceType[] = ['as-sent', 'string', 'number'];

function serializeJson(value: unknown, style: SerializationStyle): string {
  const prepared = withNonceType(value, style.nonceType);
  const indent = style.spacing === 'indent-2' ? 2 : style.spacing === 'indent-4' ? 4 : 0;
  const itemSeparator = style.spacing === 'python' ? ', ' : ',';
  const keySeparator = style.spacing === 'compact' ? ':' : ': ';

  const write = (node: unknown, depth: number, topLevel: boolean): string => {
    if (isJsonNumber(node)) return node.value;
    if (typeof node === 'string') return writeString(node, style.asciiOnly);
    if (node === null || typeof node !== 'object') return JSON.stringify(node) ?? 'null';
    const entries: Array<[string | undefined, unknown]> = Array.isArray(node)
      ? node.map((item) => [undefined, item])
      : orderKeys(Object.keys(node), style.keyOrder, topLevel).map((key) => [
          key,
          (node as Record<string, unknown>)[key],
        ]);
    const [open, close] = Array.isArray(node) ? ['[', ']'] : ['{', '}'];
    if (entries.length === 0) return open + close;
    const parts = entries.map(
      ([key, child]) =>
        (key === undefined ? '' : writeString(key, style.asciiOnly) + keySeparator) +
        write(child, depth + 1, false),
    );
    if (indent === 0) return open + parts.join(itemSeparator) + close;
    const inner = '\n' + ' '.repeat(indent * (depth + 1));
    return open + inner + parts.join(',' + inner) + '\n' + ' '.repeat(indent * depth) + close;
  };
  return write(prepared, 0, true) + (style.trailingNewline ? '\n' : '');
}

/** Sorted order applies at every depth (as `sort_keys` does); the request-first rule only on top. */
function orderKeys(keys: string[], order: KeyOrder, topLevel: boolean): string[] {
  if (order === 'sorted') return [...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  if (order === 'request-nonce-first' && topLevel) {
    const first = ['request', 'nonce'].filter((key) => keys.includes(key));
    return [...first, ...keys.filter((key) => !first.includes(key))];
  }
  return keys;
}

function writeString(text: string, asciiOnly: boolean): string {
  const json = JSON.stringify(text);
  return asciiOnly
    ? json.replace(
        /[\u007f-\uffff]/g,
        (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
      )
    : json;
}

function withNonceType(value: unknown, nonceType: NonceType): unknown {
  if (nonceType === 'as-sent' || !isJsonObject(value) || !('nonce' in value)) return value;
  const nonce = value.nonce;
  if (nonceType === 'string' && isJsonNumber(nonce)) return { ...value, nonce: nonce.value };
  if (nonceType === 'number' && typeof nonce === 'string' && /^\d+(\.\d+)?$/.test(nonce)) {
    return { ...value, nonce: new LosslessNumber(nonce) };
  }
  return value;
}

/**
 * Every distinct re-serialization of `value` that differs from the sent text, fewest changes
 * first, each with what it changed. The sent text's own spacing and newline are recognised so
 * they do not count as changes.
 */
export function reserializations(sentJson: string, value: unknown): Reserialization[] {
  if (!isJsonObject(value)) return [];
  const hasNonAscii = /[^\u0000-\u007e]/.test(sentJson);
  const sentStyle = recogniseStyle(sentJson, value);
  const seen = new Set<string>([sentJson]);
  const found: Reserialization[] = [];
  for (const spacing of SPACINGS) {
    for (const keyOrder of KEY_ORDERS) {
      for (const nonceType of NONCE_TYPES) {
        for (const asciiOnly of hasNonAscii ? [false, true] : [false]) {
          for (const trailingNewline of [false, true]) {
            const style = { spacing, keyOrder, nonceType, asciiOnly, trailingNewline };
            const json = serializeJson(value, style);
            if (seen.has(json)) continue;
            seen.add(json);
            const changes: StyleChange[] = [];
            if (spacing !== sentStyle?.spacing) changes.push('spacing');
            if (keyOrder !== 'as-sent') changes.push('key-order');
            if (nonceType !== 'as-sent') changes.push('nonce-type');
            if (asciiOnly) changes.push('ascii-escaping');
            if (trailingNewline !== (sentStyle?.trailingNewline ?? false)) {
              changes.push('trailing-newline');
            }
            found.push({ json, style, changes });
          }
        }
      }
    }
  }
  // Stable sort: the simplest explanation wins when two styles give the same text.
  return found.sort((a, b) => a.changes.length - b.changes.length);
}

function recogniseStyle(json: string, value: unknown): SerializationStyle | undefined {
  for (const spacing of SPACINGS) {
    for (const trailingNewline of [false, true]) {
      const style: SerializationStyle = {
        spacing,
        keyOrder: 'as-sent',
        nonceType: 'as-sent',
        asciiOnly: false,
        trailingNewline,
      };
      if (serializeJson(value, style) === json) return style;
    }
  }
  return undefined;
}
