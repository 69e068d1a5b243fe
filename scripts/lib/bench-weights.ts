/**
 * What a page actually loads, and whose JavaScript it is. Shared by `npm run bench` (the weight
 * table) and tests/e2e/budgets.spec.ts (the byte budgets), so both count the same way.
 *
 * Counting rules (deterministic for a given build):
 * - A page "at load" is everything requested from navigation until the network has been idle
 *   for 500 ms after the load event (Playwright's `networkidle`), in a fresh browser context.
 * - Bytes are response bodies as served (uncompressed); "gzip" is each body gzipped alone at
 *   level 9 (what a static host pre-compresses to), so figures do not depend on the server.
 * - JS = external scripts plus the text of inline classic/module `<script>`s (the inline text
 *   is also part of the HTML bytes). JSON data scripts are not JavaScript.
 * - Ownership ({@link classifyScript}): "starlight" is what Starlight ships by itself (Starlight,
 *   the Astro runtime it sits on, Expressive Code, Pagefind); "ours" is code from `src/` and the
 *   libraries only our islands bring (Svelte, Shiki, lossless-json), plus Astro's island
 *   bootstrap, which a Starlight page only gets because we add islands.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page, Response } from '@playwright/test';

export type Owner = 'ours' | 'starlight';
export type ResourceKind = 'html' | 'css' | 'js' | 'other';

export interface ScriptPiece {
  /** URL of an external script; undefined for an inline `<script>`. */
  url?: string;
  text: string;
  bytes: number;
  gzipBytes: number;
}

export interface Resource {
  url: string;
  kind: ResourceKind;
  status: number;
  bytes: number;
  gzipBytes: number;
  body: Buffer;
}

export interface PageLoad {
  url: string;
  /** Every request made until network idle, including the document and failed ones. */
  requests: string[];
  resources: Resource[];
  /** External and inline JavaScript of the document, in document order for inline ones. */
  scripts: ScriptPiece[];
}

export const gzipSize = (data: Buffer | string): number => gzipSync(data, { level: 9 }).length;

const kindOf = (response: Response): ResourceKind => {
  const type = response.request().resourceType();
  if (type === 'document') return 'html';
  if (type === 'stylesheet') return 'css';
  if (type === 'script') return 'js';
  return 'other';
};

const JS_SCRIPT_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);

/** The inline JavaScript of an HTML document (attributes parsed just enough to skip data scripts and src). */
export function inlineScripts(html: string): string[] {
  const found: string[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attributes = match[1];
    if (/\bsrc\s*=/i.test(attributes)) continue;
    const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attributes)?.[1]?.toLowerCase() ?? '';
    if (!JS_SCRIPT_TYPES.has(type)) continue;
    if (match[2].trim()) found.push(match[2]);
  }
  return found;
}

/**
 * Loads `url` in `page` (use a fresh context for cold-cache figures) and records what it fetched.
 */
export async function recordPageLoad(page: Page, url: string): Promise<PageLoad> {
  const requests: string[] = [];
  const responses: Response[] = [];
  const onRequest = (request: { url(): string }) => {
    if (!request.url().startsWith('data:')) requests.push(request.url());
  };
  const onResponse = (response: Response) => void responses.push(response);
  page.on('request', onRequest);
  page.on('response', onResponse);
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle');
  page.off('request', onRequest);
  page.off('response', onResponse);

  const resources: Resource[] = [];
  for (const response of responses) {
    if (response.url().startsWith('data:')) continue;
    // Redirects and aborted requests have no body; they still count as requests.
    const body = await response.body().catch(() => Buffer.alloc(0));
    resources.push({
      url: response.url(),
      kind: kindOf(response),
      status: response.status(),
      bytes: body.length,
      gzipBytes: body.length ? gzipSize(body) : 0,
      body,
    });
  }
  const scripts: ScriptPiece[] = resources
    .filter((resource) => resource.kind === 'js')
    .map(({ url, body, bytes, gzipBytes }) => ({
      url,
      text: body.toString('utf8'),
      bytes,
      gzipBytes,
    }));
  const documentResource = resources.find((resource) => resource.kind === 'html');
  for (const text of inlineScripts(documentResource?.body.toString('utf8') ?? '')) {
    const bytes = Buffer.byteLength(text);
    scripts.push({ text, bytes, gzipBytes: gzipSize(text) });
  }
  return { url, requests, resources, scripts };
}

export interface Totals {
  bytes: number;
  gzipBytes: number;
  count: number;
}

export const total = (items: Array<{ bytes: number; gzipBytes: number }>): Totals => ({
  bytes: items.reduce((sum, item) => sum + item.bytes, 0),
  gzipBytes: items.reduce((sum, item) => sum + item.gzipBytes, 0),
  count: items.length,
});

// ---------------------------------------------------------------------------------------------
// Ownership

const root = join(import.meta.dirname, '..', '..');
const STARLIGHT_TREES = [
  'node_modules/@astrojs/starlight/dist',
  'node_modules/astro/dist',
  'node_modules/astro-expressive-code/dist',
  'node_modules/@expressive-code',
  'node_modules/@pagefind',
];
const OUR_TREES = [
  'src',
  'node_modules/svelte/src',
  'node_modules/@astrojs/svelte/dist',
  'node_modules/shiki/dist',
  'node_modules/@shikijs',
  'node_modules/lossless-json/lib',
];
const SOURCE_EXTENSIONS = new Set(['.js', '.mjs', '.cjs', '.ts', '.astro', '.svelte']);

function* walk(directory: string): Generator<string> {
  if (!existsSync(directory)) return;
  for (const entry of readdirSync(directory)) {
    if (entry === 'node_modules') continue;
    const path = join(directory, entry);
    if (statSync(path).isDirectory()) yield* walk(path);
    else if (SOURCE_EXTENSIONS.has(extname(entry))) yield path;
  }
}

interface SourceIndex {
  /** File names without extension (`Search`, `client.svelte`, `ui-core`). */
  names: Set<string>;
  /** Concatenated `.astro`/`.ts`/`.svelte` sources with whitespace collapsed, for text lookups. */
  text: string;
}

const indexes = new Map<Owner, SourceIndex>();
function sourceIndex(owner: Owner): SourceIndex {
  let index = indexes.get(owner);
  if (!index) {
    const names = new Set<string>();
    const texts: string[] = [];
    for (const tree of owner === 'ours' ? OUR_TREES : STARLIGHT_TREES) {
      for (const path of walk(join(root, tree))) {
        const name = basename(path, extname(path));
        names.add(name);
        names.add(name.replace(/\.d$/, ''));
        // Text lookups only need what authors wrote: our sources and Starlight's components.
        if (tree === 'src' || tree.startsWith('node_modules/@astrojs/starlight'))
          texts.push(collapse(readFileSync(path, 'utf8')));
      }
    }
    index = { names, text: texts.join('\n') };
    indexes.set(owner, index);
  }
  return index;
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/** `/_astro/Search.astro_astro_type_script_index_0_lang.BH3XwIQL.js` → `Search`; `client.svelte.D.js` → `client.svelte`. */
export function chunkModuleName(url: string): string {
  const file = new URL(url).pathname.split('/').pop() ?? '';
  const name = file.replace(/\.[\w-]+\.js$/, '');
  return name
    .replace(/\.astro_astro_type_script_index_\d+_lang$/, '')
    .replace(/\.svelte_svelte_type.*$/, '');
}

/**
 * String literals of (minified) code, long enough to be distinctive. A small scanner rather
 * than a regex, so template literals with `${…}` do not throw the quote pairing off.
 */
export function literals(code: string): string[] {
  const found = new Set<string>();
  const keep = (text: string) => {
    if (text.length >= 6 && !text.includes('\\')) found.add(text);
  };
  let i = 0;
  while (i < code.length) {
    const quote = code[i];
    if (quote !== '"' && quote !== "'" && quote !== '`') {
      i++;
      continue;
    }
    let text = '';
    let depth = 0; // inside `${…}` of a template literal
    for (i++; i < code.length; i++) {
      const char = code[i];
      if (char === '\\') {
        text += char + (code[i + 1] ?? '');
        i++;
      } else if (depth > 0) {
        if (char === '{') depth++;
        if (char === '}') depth--;
      } else if (char === quote) {
        break;
      } else if (quote === '`' && char === '$' && code[i + 1] === '{') {
        keep(text);
        text = '';
        depth = 1;
        i++;
      } else {
        text += char;
      }
    }
    keep(text);
    i++;
  }
  return [...found];
}

export interface Classification {
  owner: Owner | 'unknown';
  /** Which rule decided, for the test's failure message and the bench's detail output. */
  rule: string;
}

/**
 * Whose script this is, by these rules in order:
 * 1. an external chunk is named by Astro after its first module: a module file name found only
 *    in Starlight's packages or only in ours decides;
 * 2. an inline script whose text appears verbatim in Starlight's components is Starlight's
 *    (`is:inline` scripts are copied unchanged);
 * 3. Astro's island bootstrap (`astro-island`) is ours: only our islands bring it;
 * 4. otherwise (bundled code inlined by Astro, or an ambiguous chunk name), its string literals
 *    decide: those found in our `src/` against those found in Starlight's components, majority
 *    wins;
 * 5. anything else is "unknown", which the budget test rejects so a human extends these rules.
 */
export function classifyScript(script: { url?: string; text: string }): Classification {
  if (script.url) {
    const name = chunkModuleName(script.url);
    const inStarlight = sourceIndex('starlight').names.has(name);
    const inOurs = sourceIndex('ours').names.has(name);
    if (inStarlight !== inOurs)
      return { owner: inOurs ? 'ours' : 'starlight', rule: `chunk named after module "${name}"` };
  } else {
    const text = collapse(script.text);
    if (text.length > 0 && sourceIndex('starlight').text.includes(text))
      return { owner: 'starlight', rule: 'inline script copied from a Starlight component' };
  }
  if (/astro-island/.test(script.text) && /customElements\.define/.test(script.text))
    return { owner: 'ours', rule: "Astro's island bootstrap (only islands bring it)" };
  const ours = sourceIndex('ours').text;
  const starlight = sourceIndex('starlight').text;
  let oursOnly = 0;
  let starlightOnly = 0;
  for (const literal of literals(script.text)) {
    const inOurs = ours.includes(literal);
    const inStarlight = starlight.includes(literal);
    if (inOurs && !inStarlight) oursOnly++;
    if (inStarlight && !inOurs) starlightOnly++;
  }
  if (oursOnly !== starlightOnly)
    return {
      owner: oursOnly > starlightOnly ? 'ours' : 'starlight',
      rule: `string literals (${oursOnly} from src/, ${starlightOnly} from Starlight)`,
    };
  return { owner: 'unknown', rule: 'no rule matched' };
}

/** A short label for a script in reports: chunk file name, or the first code of an inline one. */
export const scriptLabel = (script: { url?: string; text: string }): string =>
  script.url
    ? (new URL(script.url).pathname.split('/').pop() ?? script.url)
    : `inline: ${collapse(script.text).slice(0, 48)}…`;

// ---------------------------------------------------------------------------------------------
// Shiki

const SHIKI_FILE = /shiki|highlighter|onig|\.wasm$|engine-(javascript|oniguruma)|vscode-textmate/i;
/** Strings Shiki's own code keeps after minification: its error name, TextMate grammars, themes. */
const SHIKI_CODE = /ShikiError|\bscopeName\b|\btokenColors\b|\bonig_/;

/**
 * Whether a request or script is Shiki (core, engine, WASM, a grammar or a theme): by file name,
 * or, for chunks named after something else (`json.X.js` grammars), by what only Shiki's code
 * contains. A lazy `import("./shiki…js")` in our own chunk does not match: only the file name
 * of the request itself counts, not names mentioned in the code.
 */
export function isShiki(resource: { url?: string; text?: string }): boolean {
  const file = resource.url ? (new URL(resource.url).pathname.split('/').pop() ?? '') : '';
  return SHIKI_FILE.test(file) || (resource.text !== undefined && SHIKI_CODE.test(resource.text));
}
