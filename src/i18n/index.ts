import type { Locale } from '../site.ts';

/**
 * UI strings live beside the feature that uses them (src/i18n/<feature>.ts), one object per
 * locale. A value is a string or a nested map keyed by the codes it describes
 * (`target: Record<TargetId, string>`), so a lookup is `t.target[id]`: the type checker sees
 * every key, and a code without its string is a compile error. `defineStrings` makes German a
 * type error wherever it lacks an English key; tests/unit/i18n.test.ts checks the same at run
 * time (recursively, with placeholders) and that every top-level key is used somewhere.
 *
 * Why not Starlight's i18next: the islands receive their strings as serialized props (only the
 * strings a page uses travel), which a server-side `t()` cannot serve, and i18next's string keys
 * are invisible to the type checker without module augmentation of one global resource type.
 */
export interface StringTree {
  readonly [key: string]: string | StringTree;
}

/** The same shape as `T`, every leaf a string (German mirrors English). */
export type SameKeys<T> = { [K in keyof T]: T[K] extends string ? string : SameKeys<T[K]> };

export type Strings<T extends StringTree> = { en: T; de: SameKeys<T> };

export function defineStrings<T extends StringTree>(strings: Strings<T>): Strings<T> {
  return strings;
}

/** The locale of a page from its URL path (`/de/...` → `de`); English otherwise. */
export function localeFromPath(pathname: string): Locale {
  return pathname.split('/')[1] === 'de' ? 'de' : 'en';
}

/** Replaces `{name}` placeholders. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in values ? String(values[name]) : match,
  );
}
