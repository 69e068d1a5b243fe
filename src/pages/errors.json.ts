/** /errors.json: the whole error catalogue for support tooling, built with the site. */
import { errorTexts } from '../components/errors/error-texts.ts';
import { catalogueJson } from '../lib/errors/catalogue-json.ts';
import { site } from '../site.ts';

export async function GET() {
  return new Response(JSON.stringify(catalogueJson(site.url, await errorTexts()), null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}
