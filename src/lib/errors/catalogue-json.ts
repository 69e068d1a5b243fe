/**
 * The error catalogue as JSON for support tooling (served as /errors.json): every reason with
 * its status, whether the emulator returns it, retry advice, meaning and fix in both locales and
 * the page links. Pure: the caller passes the texts of the emulator's reasons (page frontmatter,
 * ./texts.ts); the documented-only reasons bring their own (./documented.ts).
 */
import type { Locale } from '../../site.ts';
import { CATALOGUE, documentedReason, type CatalogueEntry } from './catalogue.ts';
import type { ErrorTexts, ReasonText } from './texts.ts';

export interface CatalogueJsonEntry extends CatalogueEntry {
  meaning: Record<Locale, string>;
  /** What to do, as steps in order (an emulated reason's fix is one step). */
  fix: Record<Locale, string[]>;
  pages: Record<Locale, string>;
}

export function catalogueJson(
  origin: string,
  emulatedTexts: Record<Locale, ErrorTexts>,
): { generatedFrom: string; reasons: CatalogueJsonEntry[] } {
  const reasons = CATALOGUE.map((entry) => {
    const documented = documentedReason(entry.reason);
    const text = (locale: Locale): { meaning: string; fix: string[] } => {
      if (documented) return documented[locale];
      const emulated: ReasonText | undefined = emulatedTexts[locale][entry.reason];
      if (!emulated) throw new Error(`errors.json: no ${locale} meaning for ${entry.reason}`);
      return { meaning: emulated.meaning, fix: [emulated.fix] };
    };
    const page = (locale: Locale) => new URL(`/${locale}/errors/${entry.slug}/`, origin).href;
    const en = text('en');
    const de = text('de');
    return {
      ...entry,
      meaning: { en: en.meaning, de: de.meaning },
      fix: { en: en.fix, de: de.fix },
      pages: { en: page('en'), de: page('de') },
    };
  });
  return {
    generatedFrom: 'src/lib/emulator/reasons.ts, src/lib/errors/documented.ts and the error pages',
    reasons,
  };
}
