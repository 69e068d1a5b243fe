/**
 * What a page loads, and whose JavaScript it is: the one "initial JS" counter. Shared by
 * `npm run bench` (the weight table), tests/e2e/budgets.spec.ts and
 * tests/e2e/playground-budget.spec.ts (the byte budgets), so all count the same way. Imports
 * are read by es-module-lexer (a real ES module lexer), not by regexes.
 *
 * - "At load" (requests, bytes in the bench table) is everything requested from navigation
 *   until the network has been idle for 500 ms after the load event, in a fresh context. This
 *   depends on timing a little (Pagefind's UI loads when the browser is idle).
 * - "Initial JS" (the budgets) does not: the build decides it ({@link initialScripts}).
 * - Bytes are response bodies as served (uncompressed); "gzip" is each body gzipped alone at
 *   level 9 (what a static host pre-compresses to), so figures do not depend on the server.
 *   Inline scripts count what they add to the gzipped HTML ({@link jsTotal}).
 * - JS = external scripts plus the text of inline classic/module `<script>`s (the inline text
 *   is also part of the HTML bytes). JSON data scripts are not JavaScript.
 * - Whose JS: {@link classifyScripts}.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page, Response } from '@playwright/test';
import { init as initLexer, parse as parseModule } from 'es-module-lexer';
import { Parser } from 'htmlparser2';
import { tokenizer, tokTypes } from 'acorn';

await initLexer();

type Owner = 'ours' | 'starlight';
type ResourceKind = 'html' | 'css' | 'js' | 'other';

export interface ScriptPiece {
  /** URL of an external script; undefined for an inline `<script>`. */
  url?: string;
  text: string;
  bytes: number;
  gzipBytes: number;
}

interface Resource {
  url: string;
  kind: ResourceKind;
  status: number;
  bytes: number;
  gzipBytes: number;
  body: Buffer;
}

export interface PageLoad {
  url: string;
  /** The document's HTML ('' if it had none). */
  html: string;
  /** Every request made until network idle, including the document and failed ones. */
  requests: string[];
  resources: Resource[];
  /** External and inline JavaScript of the document, in document order for inline ones. */
  scripts: ScriptPiece[];
}

const gzipSize = (data: Buffer | string): number => gzipSync(data, { level: 9 }).length;

const kindOf = (response: Response): ResourceKind => {
  const type = response.request().resourceType();
  if (type === 'document') return 'html';
  if (type === 'stylesheet') return 'css';
  if (type === 'script') return 'js';
  return 'other';
};

const JS_SCRIPT_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);

interface HtmlScripts {
  /** Text of inline JavaScript `<script>`s (not JSON or other data scripts), in document order. */
  inline: string[];
  /** `src` of each `<script src>`, as written. */
  sources: string[];
  /** Islands: their component and renderer modules (as written), and when they hydrate. */
  islands: Array<{ urls: string[]; when: string }>;
}

/** The scripts and islands of an HTML document, read by an HTML parser (htmlparser2). */
function scanHtml(html: string): HtmlScripts {
  const found: HtmlScripts = { inline: [], sources: [], islands: [] };
  let inline: string | undefined;
  const parser = new Parser({
    onopentag(name, attributes) {
      if (name === 'script') {
        if (attributes.src !== undefined) found.sources.push(attributes.src);
        else if (JS_SCRIPT_TYPES.has((attributes.type ?? '').toLowerCase())) inline = '';
      } else if (name === 'astro-island') {
        const urls = [attributes['component-url'], attributes['renderer-url']];
        found.islands.push({
          urls: urls.filter((url): url is string => Boolean(url)),
          when: attributes.client ?? 'load',
        });
      }
    },
    ontext(text) {
      if (inline !== undefined) inline += text;
    },
    onclosetag(name) {
      if (name !== 'script' || inline === undefined) return;
      if (inline.trim()) found.inline.push(inline);
      inline = undefined;
    },
  });
  parser.end(html);
  return found;
}

/** The inline JavaScript of an HTML document (data scripts and `<script src>` skipped). */
export const inlineScripts = (html: string): string[] => scanHtml(html).inline;

/**
 * Loads `url` in `page` (use a fresh context for cold-cache figures) and records what it fetched;
 * with `scroll`, also what hydrating every `client:visible` island fetches.
 */
async function recordPageLoad(
  page: Page,
  url: string,
  { scroll = false }: { scroll?: boolean } = {},
): Promise<PageLoad> {
  const requests: string[] = [];
  const responses: Response[] = [];
  const onRequest = (request: { url(): string }) => {
    if (!request.url().startsWith('data:')) requests.push(request.url());
  };
  const onResponse = (response: Response) => void responses.push(response);
  page.on('request', onRequest);
  page.on('response', onResponse);
  await page.goto(url, { waitUntil: 'load' });
  if (scroll) await scrollThrough(page);
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
  const html = resources.find((resource) => resource.kind === 'html')?.body.toString('utf8') ?? '';
  scripts.push(...inlinePieces(html));
  return { url, html, requests, resources, scripts };
}

/**
 * A page as the build made it, without a browser: its HTML and inline scripts only.
 * {@link initialScripts} fetches the scripts it needs; "at load" figures need {@link recordPageLoad}.
 */
export async function fetchPageLoad(url: string): Promise<PageLoad> {
  const html = await fetchText(url);
  const body = Buffer.from(html);
  const document: Resource = {
    url,
    kind: 'html',
    status: 200,
    bytes: body.length,
    gzipBytes: gzipSize(body),
    body,
  };
  return { url, html, requests: [url], resources: [document], scripts: inlinePieces(html) };
}

async function fetchText(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.text();
}

function inlinePieces(html: string): ScriptPiece[] {
  return inlineScripts(html).map((text) => ({
    text,
    bytes: Buffer.byteLength(text),
    // Alone, a tiny script repeated in the page can even save a few bytes of gzip: count 0.
    gzipBytes: Math.max(0, inlineGzipCost(html, [text])),
  }));
}

/** Scrolls to the end in steps, so `client:visible` islands hydrate, then waits for quiet. */
export async function scrollThrough(page: Page): Promise<void> {
  await page.evaluate(async () => {
    for (let y = 0; y < document.body.scrollHeight; y += innerHeight / 2) {
      scrollTo(0, y);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  });
  await page.waitForLoadState('networkidle');
}

/**
 * What inline scripts add to their compressed document: gzip(html) − gzip(html without them).
 * They travel inside the HTML response, so gzipping each alone would overcount.
 */
export function inlineGzipCost(html: string, texts: string[]): number {
  if (texts.length === 0) return 0;
  let without = html;
  for (const text of texts) without = without.replace(text, '');
  return gzipSize(html) - gzipSize(without);
}

/** Bytes of some of a page's scripts: files gzipped alone, inline ones by what they add to the HTML. */
export function jsTotal(scripts: ScriptPiece[], html: string): Totals {
  const files = scripts.filter((script) => script.url);
  const inline = scripts.filter((script) => !script.url);
  return {
    bytes: scripts.reduce((sum, script) => sum + script.bytes, 0),
    gzipBytes:
      files.reduce((sum, script) => sum + script.gzipBytes, 0) +
      inlineGzipCost(
        html,
        inline.map((script) => script.text),
      ),
    count: scripts.length,
  };
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
// The module graph: which script references which

/** Specifiers that are paths (a bare name such as `node:crypto` is text inside generated code). */
const isPath = (specifier: string) => /^(\.{1,2}\/|\/)/.test(specifier);

/**
 * Paths a chunk imports statically (before it runs) and dynamically (`import()`, and Vite's
 * preload list, which names chunks as plain strings `"_astro/x.js"` from the site root).
 * Code that is not an ES module (a classic inline script) imports nothing.
 */
export function references(code: string, from: string): { static: string[]; dynamic: string[] } {
  const resolve = (specifier: string) =>
    new URL(/^_astro\//.test(specifier) ? `/${specifier}` : specifier, from).href;
  let imports: ReturnType<typeof parseModule>[0];
  try {
    [imports] = parseModule(code);
  } catch {
    return { static: [], dynamic: [] };
  }
  const statics = new Set<string>();
  const dynamic = new Set<string>();
  for (const entry of imports) {
    if (entry.type === 'static' || entry.type === 'reexport-star') {
      if (!entry.typeOnly && isPath(entry.specifier)) statics.add(resolve(entry.specifier));
    } else if (entry.type === 'dynamic' && entry.specifier && isPath(entry.specifier))
      dynamic.add(resolve(entry.specifier));
  }
  for (const match of code.matchAll(/["'`]((?:\.{1,2}\/|\/)?_astro\/[\w.-]+\.js)["'`]/g))
    if (!statics.has(resolve(match[1]))) dynamic.add(resolve(match[1]));
  return { static: [...statics], dynamic: [...dynamic] };
}

/** Islands that hydrate as the page loads; `visible`/`media` ones wait for the reader. */
const HYDRATE_AT_LOAD = new Set(['load', 'idle', 'only']);

/**
 * The page's initial JavaScript, decided by the build rather than by timing: every inline
 * script and `<script src>`, the modules of islands that hydrate at load, and everything those
 * import statically, to the end. Dynamic `import()`s (Pagefind's UI on idle, Shiki, the
 * in-page emulator) are not initial. Also what was loaded besides (`lazy`), e.g. on idle.
 */
export async function initialScripts(
  load: PageLoad,
): Promise<{ initial: ScriptPiece[]; lazy: ScriptPiece[] }> {
  const pageUrl = load.resources.find((resource) => resource.kind === 'html')?.url ?? load.url;
  const html = scanHtml(load.html);
  const byUrl = new Map(load.scripts.filter((s) => s.url).map((s) => [s.url as string, s]));
  const queue = html.sources.map((src) => new URL(src, pageUrl).href);
  const inline = load.scripts.filter((s) => !s.url);
  for (const script of inline) queue.push(...references(script.text, pageUrl).static);
  for (const island of html.islands)
    if (HYDRATE_AT_LOAD.has(island.when))
      queue.push(...island.urls.map((url) => new URL(url, pageUrl).href));
  const initial = new Map<string, ScriptPiece>();
  while (queue.length) {
    const url = queue.shift() as string;
    if (initial.has(url)) continue;
    let script = byUrl.get(url);
    if (!script) {
      // Not fetched by the browser before network idle (a slow machine), or no browser: fetch it.
      const code = await fetchText(url);
      script = { url, text: code, bytes: Buffer.byteLength(code), gzipBytes: gzipSize(code) };
    }
    initial.set(url, script);
    queue.push(...references(script.text, url).static);
  }
  return {
    initial: [...inline, ...initial.values()],
    lazy: load.scripts.filter((s) => s.url && !initial.has(s.url)),
  };
}

// ---------------------------------------------------------------------------------------------
// Ownership

const root = join(import.meta.dirname, '..', '..');
const STARLIGHT_TREES = [
  'node_modules/@astrojs/starlight/dist',
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
/**
 * Chunks Astro names after virtual modules, which no file name gives away: Astro's page script
 * (prefetch; every Starlight page has it) and Expressive Code's (Starlight's code blocks).
 */
const STARLIGHT_VIRTUAL_CHUNKS = new Set(['page', 'ec']);
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
  /** Module names as Astro names chunks: the file name, or the folder of an `index` file. */
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
        const name = basename(path, extname(path)).replace(/\.d$/, '');
        names.add(name === 'index' ? basename(dirname(path)) : name);
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
 * String literals and template-literal chunks of (minified) code, long enough to be
 * distinctive, read by acorn's tokenizer. Ones with escapes are skipped: sources would spell
 * them differently. Code acorn cannot read further gives what was read up to there.
 */
export function literals(code: string): string[] {
  const found = new Set<string>();
  try {
    for (const token of tokenizer(code, { ecmaVersion: 'latest', sourceType: 'module' })) {
      if (token.type !== tokTypes.string && token.type !== tokTypes.template) continue;
      // A string token spans its quotes; a template chunk does not span its backticks.
      const raw = code.slice(token.start, token.end);
      const text = token.type === tokTypes.string ? raw.slice(1, -1) : raw;
      if (text.length >= 6 && !text.includes('\\')) found.add(text);
    }
  } catch {
    // not JavaScript acorn reads (past this point): keep what was found
  }
  return [...found];
}

export interface Classification {
  owner: Owner | 'unknown';
  /** Which rule decided, for the test's failure message and the bench's detail output. */
  rule: string;
}

function byLiterals(code: string): Classification | undefined {
  const ours = sourceIndex('ours').text;
  const starlight = sourceIndex('starlight').text;
  let oursOnly = 0;
  let starlightOnly = 0;
  for (const literal of literals(code)) {
    const inOurs = ours.includes(literal);
    const inStarlight = starlight.includes(literal);
    if (inOurs && !inStarlight) oursOnly++;
    if (inStarlight && !inOurs) starlightOnly++;
  }
  if (oursOnly === starlightOnly) return undefined;
  return {
    owner: oursOnly > starlightOnly ? 'ours' : 'starlight',
    rule: `string literals (${oursOnly} from src/, ${starlightOnly} from Starlight)`,
  };
}

/** Rules that look at one script alone: 1–3 of {@link classifyScripts}. */
function classifyAlone(script: ScriptPiece): Classification | undefined {
  if (script.url) {
    const name = chunkModuleName(script.url);
    if (STARLIGHT_VIRTUAL_CHUNKS.has(name))
      return { owner: 'starlight', rule: `Astro/Starlight virtual module "${name}"` };
    const inStarlight = sourceIndex('starlight').names.has(name);
    const inOurs = sourceIndex('ours').names.has(name);
    if (inStarlight !== inOurs)
      return { owner: inOurs ? 'ours' : 'starlight', rule: `named after module "${name}"` };
    return byLiterals(script.text);
  }
  const text = collapse(script.text);
  if (text.length > 0 && sourceIndex('starlight').text.includes(text))
    return { owner: 'starlight', rule: 'inline script copied from a Starlight component' };
  if (/astro-island|\(self\.Astro\s*\|\|/.test(script.text))
    return { owner: 'ours', rule: 'Astro island runtime (only islands bring it)' };
  return byLiterals(script.text);
}

/**
 * Whose each script is, "starlight" (what Starlight ships by itself: Starlight, the Astro page
 * script, Expressive Code, Pagefind) or "ours" (code from src/ and what only our islands bring:
 * Svelte, Shiki, lossless-json, Astro's island runtime). Rules, in order:
 * 1. an inline script whose text appears verbatim in Starlight's components is Starlight's
 *    (`is:inline` scripts are copied unchanged); Astro's island runtime is ours;
 * 2. a chunk the HTML references (script src, island module) is named by Astro after its module:
 *    a name found only among Starlight's or only among our modules decides;
 * 3. a chunk other scripts import belongs to its importers: Starlight's if any importer is
 *    Starlight's (it would ship without us), else ours;
 * 4. otherwise (bundled code Astro inlined, an ambiguous name) string literals decide: those
 *    found in our src/ against those found in Starlight's components, majority wins;
 * 5. anything else is "unknown", which the budget tests reject so a human extends these rules.
 */
export function classifyScripts(
  scripts: ScriptPiece[],
  html: string,
  pageUrl: string,
): Classification[] {
  const { sources, islands } = scanHtml(html);
  const entries = new Set(
    [...sources, ...islands.flatMap((island) => island.urls)].map(
      (url) => new URL(url, pageUrl).href,
    ),
  );

  const importers = new Map<string, number[]>(); // chunk URL → indexes of scripts referencing it
  scripts.forEach((script, index) => {
    const refs = references(script.text, script.url ?? pageUrl);
    for (const url of [...refs.static, ...refs.dynamic])
      if (url !== script.url) importers.set(url, [...(importers.get(url) ?? []), index]);
  });

  const result: Array<Classification | undefined> = scripts.map((script) =>
    !script.url || entries.has(script.url) || !importers.has(script.url)
      ? classifyAlone(script)
      : undefined,
  );
  // Importers first: repeat until nothing changes (chains of shared chunks).
  for (let changed = true; changed;) {
    changed = false;
    scripts.forEach((script, index) => {
      if (result[index] || !script.url) return;
      const owners = (importers.get(script.url) ?? []).map((i) => result[i]?.owner);
      if (owners.includes(undefined) && !owners.includes('starlight')) return; // not yet known
      const starlight = owners.includes('starlight');
      const names = (importers.get(script.url) ?? [])
        .map((i) => scriptLabel(scripts[i]).split('.')[0])
        .join(', ');
      result[index] = {
        owner: starlight ? 'starlight' : owners.includes('unknown') ? 'unknown' : 'ours',
        rule: `imported by ${names}`,
      };
      changed = true;
    });
  }
  return result.map(
    (classification, index) =>
      classification ??
      byLiterals(scripts[index].text) ?? { owner: 'unknown', rule: 'no rule matched' },
  );
}

interface WeighedScript extends Classification {
  script: ScriptPiece;
  initial: boolean;
}

export interface Weighed {
  load: PageLoad;
  initial: ScriptPiece[];
  /** Every script of the load with its owner and whether it is initial. */
  scripts: WeighedScript[];
  /** The initial JS of one owner. */
  initialOf(owner: Owner): Totals;
  /** One line per script (owner, initial or later, gzip, label, rule), for messages. */
  listing: string;
}

/**
 * Loads `url` in `page` ({@link recordPageLoad}) and says of every script whose it is and
 * whether it is initial: what the bench's weight table and the budget tests both read.
 */
export async function weighPage(
  page: Page,
  url: string,
  options: { scroll?: boolean } = {},
): Promise<Weighed> {
  const load = await recordPageLoad(page, url, options);
  const document = load.resources.find((resource) => resource.kind === 'html');
  const classes = classifyScripts(load.scripts, load.html, document?.url ?? load.url);
  const { initial } = await initialScripts(load);
  const scripts = load.scripts.map((script, index) => ({
    script,
    ...classes[index],
    initial: initial.includes(script),
  }));
  return {
    load,
    initial,
    scripts,
    initialOf: (owner) =>
      jsTotal(
        scripts.filter((s) => s.initial && s.owner === owner).map((s) => s.script),
        load.html,
      ),
    listing: scripts
      .map((s) =>
        [
          s.owner.padEnd(9),
          s.initial ? 'initial' : 'later  ',
          `${String(s.script.gzipBytes).padStart(6)} B gz`,
          scriptLabel(s.script),
          `(${s.rule})`,
        ].join(' '),
      )
      .join('\n'),
  };
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
