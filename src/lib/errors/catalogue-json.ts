/**
 * The error catalogue as JSON for support tooling (served as /errors.json): every reason with
 * its status, whether the emulator returns it, retry advice, meaning in both locales and the
 * page links. Pure: the caller passes the meanings of the emulator's reasons (page frontmatter).
 */
import { CATALOGUE, documentedReason, type CatalogueEntry } from './catalogue.ts';

type Locale = 'en' | 'de';

export interface CatalogueJsonEntry extends CatalogueEntry {
  meaning: Record<Locale, string>;
  pages: Record<Locale, string>;
}

export function catalogueJson(
  origin: string,
  emulatedMeanings: Record<Locale, Record<string, string>>,
): { generatedFrom: string; reasons: CatalogueJsonEntry[] } {
  const reasons = CATALOGUE.map((entry) => {
    const documented = documentedReason(entry.reason);
    const meaning = (locale: Locale) => {
      const text = documented ? documented[locale].meaning : emulatedMeanings[locale][entry.reason];
      if (!text) throw new Error(`errors.json: no ${locale} meaning for ${entry.reason}`);
      return text;
    };
    const page = (locale: Locale) => new URL(`/${locale}/errors/${entry.slug}/`, origin).href;
    return {
      ...entry,
      meaning: { en: meaning('en'), de: meaning('de') },
      pages: { en: page('en'), de: page('de') },
    };
  });
  return {
    generatedFrom: 'src/lib/emulator/reasons.ts, src/lib/errors/documented.ts and the error pages',
    reasons,
  };
}
