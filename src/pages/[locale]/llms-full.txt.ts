/** /en/llms-full.txt and /de/llms-full.txt: every page of one locale as Markdown. */
import type { APIRoute } from 'astro';
import { locales, type Locale } from '../../site.ts';
import { llmsFull, textResponse } from '../_llms.ts';

export const getStaticPaths = () => locales.map((locale) => ({ params: { locale } }));
export const GET: APIRoute = async ({ params }) =>
  textResponse(await llmsFull(params.locale as Locale));
