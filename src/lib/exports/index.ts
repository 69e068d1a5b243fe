/**
 * Every file of the developer-tool exports, generated from the endpoint catalogue: the Postman
 * collection and environments, the Bruno collection (as a folder and as one zip), the OpenAPI
 * description. Deterministic: the same catalogue and site URL give the same bytes.
 */
import { zipSync, strToU8 } from 'fflate';
import { brunoFiles } from './bruno.ts';
import { openApiDocument } from './openapi.ts';
import { postmanCollection, postmanEnvironment } from './postman.ts';
import { exportTargets } from './targets.ts';

export { exportTargets } from './targets.ts';
export { brunoFiles } from './bruno.ts';
export { openApiDocument } from './openapi.ts';
export { postmanCollection, postmanEnvironment } from './postman.ts';

/** Served under /downloads/ (file name → content). */
export const DOWNLOAD_FILES = {
  postmanCollection: 'gemini-sandbox.postman_collection.json',
  brunoZip: 'gemini-sandbox-bruno.zip',
  openApi: 'gemini-sandbox.openapi.json',
} as const;

export const postmanEnvironmentFile = (id: string) =>
  `${id.startsWith('gemini-') ? id : `gemini-${id}`}.postman_environment.json`;

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** A fixed timestamp for zip entries, so the archive is byte-stable. */
const ZIP_TIME = new Date('2026-01-01T00:00:00Z');

export function brunoZip(siteUrl: string): Uint8Array {
  const entries: Record<string, [Uint8Array, { mtime: Date }]> = {};
  for (const [path, text] of [...brunoFiles(siteUrl, exportTargets(siteUrl))].sort(([a], [b]) =>
    a < b ? -1 : 1,
  ))
    entries[`gemini-sandbox-bruno/${path}`] = [strToU8(text), { mtime: ZIP_TIME }];
  return zipSync(entries, { level: 9 });
}

export function downloadFiles(siteUrl: string): Map<string, string | Uint8Array> {
  const targets = exportTargets(siteUrl);
  const files = new Map<string, string | Uint8Array>();
  files.set(DOWNLOAD_FILES.postmanCollection, json(postmanCollection(siteUrl)));
  for (const target of targets)
    files.set(postmanEnvironmentFile(target.id), json(postmanEnvironment(target)));
  files.set(DOWNLOAD_FILES.brunoZip, brunoZip(siteUrl));
  files.set(DOWNLOAD_FILES.openApi, json(openApiDocument(siteUrl, targets)));
  return files;
}
