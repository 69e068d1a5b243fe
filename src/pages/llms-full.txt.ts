/** /llms-full.txt where tools look first: the English docs as one file (German: /de/llms-full.txt). */
import type { APIRoute } from 'astro';
import { llmsFull, textResponse } from './_llms.ts';

export const GET: APIRoute = async () => textResponse(await llmsFull('en'));
