/** /errors.json: the whole error catalogue for support tooling, built with the site. */
import { errorTexts } from '../components/errors/error-texts.ts';
import { catalogueJson } from '../lib/errors/catalogue-json.ts';
import { site } from '../site.ts';

export async function GET() {
  const texts = await errorTexts();
  const meaningsOf = (locale: 'en' | 'de') =>
    Object.fromEntries(
      Object.entries(texts[locale]).map(([reason, { meaning }]) => [reason, meaning]),
    );
  const meanings = { en: meaningsOf('en'), de: meaningsOf('de') };
  return new Response(JSON.stringify(catalogueJson(site.url, meanings), null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}
