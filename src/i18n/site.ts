import { defineStrings } from './index.ts';

/**
 * The site's title and description (src/site.ts: Starlight, llms.txt, the root page) and the
 * sidebar's group labels (astro.config.mjs), keyed by the content directory they list.
 * "Gemini" alone is ambiguous on the web (Google's AI); every title says "exchange".
 */
const strings = defineStrings({
  en: {
    title: 'Gemini Exchange API Guide (unofficial)',
    description:
      'An unofficial, hands-on guide to the Gemini crypto exchange API: create and secure an API key, sign requests with HMAC-SHA384, test against a sandbox and survive rate limits.',
    /** The home page's section in llms.txt. */
    home: 'Start',
    sidebar: {
      lessons: 'Lessons',
      tools: 'Try it',
      reference: 'Reference',
      errors: 'Error reference',
    },
  },
  de: {
    title: 'Gemini-Exchange-API-Leitfaden (inoffiziell)',
    description:
      'Ein inoffizieller Praxisleitfaden zur API der Kryptobörse Gemini: API-Schlüssel anlegen und schützen, Anfragen mit HMAC-SHA384 signieren, in einer Sandbox testen und Rate-Limits überstehen.',
    home: 'Start',
    sidebar: {
      lessons: 'Lektionen',
      tools: 'Ausprobieren',
      reference: 'Nachschlagen',
      errors: 'Fehlerreferenz',
    },
  },
});

export type SidebarGroup = keyof (typeof strings)['en']['sidebar'];
export default strings;
