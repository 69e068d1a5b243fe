/**
 * The JavaScript a page needs before it is interactive: every inline script, every external
 * script, and each island's component and renderer module, with their static imports followed
 * to the end. Dynamic `import()` targets (Shiki, the in-page emulator, Pagefind's UI) load on
 * demand and are not counted. Sizes are gzip level 9, as a static host would serve them.
 */
import { gzipSync } from 'node:zlib';

export interface ScriptSize {
  url: string;
  bytes: number;
  gzipBytes: number;
}

export interface InitialJs {
  files: ScriptSize[];
  inlineBytes: number;
  inlineGzipBytes: number;
  /** External files plus inline scripts, gzip. */
  totalGzipBytes: number;
}

const gzipSize = (text: string) => gzipSync(Buffer.from(text), { level: 9 }).length;

/** Module specifiers of static imports (`import x from "./a.js"`, `import "./b.js"`, `export … from`). */
export function staticImports(code: string): string[] {
  const found = new Set<string>();
  const pattern =
    /(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["'`]([^"'`]+)["'`]/g;
  for (const match of code.matchAll(pattern)) found.add(match[1] as string);
  // Only paths: a bare name (`node:crypto`) is text inside a string, such as generated code.
  return [...found].filter((specifier) => /^(\.{1,2}\/|\/)/.test(specifier));
}

export async function measureInitialJs(
  pageUrl: string,
  fetchText: (url: string) => Promise<string> = async (url) => {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
    return response.text();
  },
): Promise<InitialJs> {
  const html = await fetchText(pageUrl);
  const entries = new Set<string>();
  const inline: string[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const attributes = match[1] ?? '';
    const body = match[2] ?? '';
    if (/type=["']application\/(ld\+)?json["']/.test(attributes)) continue;
    const src = /\ssrc=["']([^"']+)["']/.exec(attributes)?.[1];
    if (src) entries.add(new URL(src, pageUrl).href);
    else {
      inline.push(body);
      for (const specifier of staticImports(body)) entries.add(new URL(specifier, pageUrl).href);
    }
  }
  for (const match of html.matchAll(/(?:component|renderer)-url="([^"]+)"/g)) {
    entries.add(new URL(match[1] as string, pageUrl).href);
  }

  const files: ScriptSize[] = [];
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length > 0) {
    const url = queue.shift() as string;
    if (seen.has(url)) continue;
    seen.add(url);
    const code = await fetchText(url);
    files.push({ url, bytes: Buffer.byteLength(code), gzipBytes: gzipSize(code) });
    for (const specifier of staticImports(code)) queue.push(new URL(specifier, url).href);
  }
  const inlineText = inline.join('\n');
  const inlineGzipBytes = inlineText ? gzipSize(inlineText) : 0;
  return {
    files,
    inlineBytes: Buffer.byteLength(inlineText),
    inlineGzipBytes,
    totalGzipBytes: files.reduce((sum, file) => sum + file.gzipBytes, 0) + inlineGzipBytes,
  };
}
