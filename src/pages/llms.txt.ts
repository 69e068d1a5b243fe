/** /llms.txt where tools look first: the English index, which links the German one. */
import type { APIRoute } from 'astro';
import { llmsIndex, textResponse } from './_llms.ts';

export const GET: APIRoute = async () => textResponse(await llmsIndex('en'));
