/** Build time: every error page's meaning and fix (src/lib/errors/texts.ts), per locale. */
import { getCollection } from 'astro:content';
import { errorTextsOf } from '../../lib/errors/texts.ts';

export async function errorTexts() {
  return errorTextsOf(await getCollection('docs'));
}
