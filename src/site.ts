/**
 * Site identity and navigation, shared by astro.config.mjs and the pages.
 * "Gemini" alone is ambiguous on the web (Google's AI); every title says "exchange".
 */
import { LOCAL_EMULATOR_ORIGINS } from './lib/playground/targets.ts';

/** Where a page may send requests: itself (relay) and the local emulator. Production is never listed. */
const connectSources = ["'self'", ...LOCAL_EMULATOR_ORIGINS];

export const site = {
  /** Canonical origin; set SITE_URL when deploying. Defaults to where `npm start` serves it. */
  url: globalThis.process?.env?.SITE_URL ?? 'http://127.0.0.1:4321',
  title: {
    en: 'Gemini Exchange API Guide (unofficial)',
    de: 'Gemini-Exchange-API-Leitfaden (inoffiziell)',
  },
  description: {
    en: 'An unofficial, hands-on guide to the Gemini crypto exchange API: create and secure an API key, sign requests with HMAC-SHA384, test against a sandbox and survive rate limits.',
    de: 'Ein inoffizieller Praxisleitfaden zur API der Kryptobörse Gemini: API-Schlüssel anlegen und schützen, Anfragen mit HMAC-SHA384 signieren, in einer Sandbox testen und Rate-Limits überstehen.',
  },
  connectSources,
  head: [
    {
      tag: 'meta' as const,
      attrs: {
        'http-equiv': 'Content-Security-Policy',
        content: `connect-src ${connectSources.join(' ')}`,
      },
    },
  ],
};

export type Locale = 'en' | 'de';
export const locales: readonly Locale[] = ['en', 'de'];
