/**
 * /downloads/<file>: the Postman collection and environments, the Bruno collection zip and the
 * OpenAPI description, generated at build time from the emulator's endpoint catalogue
 * (src/lib/exports), so they never drift from what the emulator serves.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { downloadFiles } from '../../lib/exports/index.ts';
import { site } from '../../site.ts';

export const getStaticPaths: GetStaticPaths = () =>
  [...downloadFiles(site.url).keys()].map((file) => ({ params: { file } }));

const TYPES: Record<string, string> = {
  json: 'application/json; charset=utf-8',
  zip: 'application/zip',
};

export const GET: APIRoute = ({ params }) => {
  const body = downloadFiles(site.url).get(params.file ?? '');
  if (body === undefined) return new Response('Not found', { status: 404 });
  const type = TYPES[String(params.file).split('.').pop() ?? ''] ?? 'application/octet-stream';
  const bytes = typeof body === 'string' ? body : new Uint8Array(body);
  return new Response(bytes, { headers: { 'Content-Type': type } });
};
