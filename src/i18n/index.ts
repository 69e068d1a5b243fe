import type { Locale } from '../site.ts';

/**
 * UI strings live beside the feature that uses them (src/i18n/<feature>.ts), one object per
 * locale. `defineStrings` makes German a type error wherever it lacks an English key, and
 * tests/unit/i18n.test.ts checks the same at run time.
 */
export type Strings<T extends Record<string, string>> = { en: T; de: { [K in keyof T]: string } };

export function defineStrings<T extends Record<string, string>>(strings: Strings<T>): Strings<T> {
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
