/** /en/llms.txt and /de/llms.txt: the docs index for language models (llmstxt.org). */
import type { APIRoute } from 'astro';
import { locales, type Locale } from '../../site.ts';
import { llmsIndex, textResponse } from '../_llms.ts';

export const getStaticPaths = () => locales.map((locale) => ({ params: { locale } }));
export const GET: APIRoute = async ({ params }) =>
  textResponse(await llmsIndex(params.locale as Locale));
