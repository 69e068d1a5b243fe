/** /errors.json: the whole error catalogue for support tooling, built with the site. */
import { getCollection } from 'astro:content';
import { catalogueJson } from '../lib/errors/catalogue-json.ts';
import { site } from '../site.ts';

export async function GET() {
  const meanings = { en: {}, de: {} } as Record<'en' | 'de', Record<string, string>>;
  for (const entry of await getCollection('docs')) {
    const error = entry.data.error;
    const locale = entry.id.split('/')[0];
    if (error && (locale === 'en' || locale === 'de'))
      meanings[locale][error.reason] = error.meaning;
  }
  return new Response(JSON.stringify(catalogueJson(site.url, meanings), null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}
