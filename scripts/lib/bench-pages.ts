/**
 * Page weights for `npm run bench`: per page, HTML/CSS/JS bytes (raw and gzip), our JS against
 * Starlight's, and the number of requests at load. Counting rules: scripts/lib/bench-weights.ts.
 */
import { execFileSync } from 'node:child_process';
import { chromium, type Browser } from '@playwright/test';
import { chromiumExecutable, quietChromiumArgs } from '../../tests/e2e/browser.ts';
import { isShiki, jsTotal, scriptLabel, total, weighPage, type Totals } from './bench-weights.ts';

export interface BenchPage {
  /** Short name in tables: `lesson (en)`. */
  name: string;
  path: string;
  /** Scroll through the page so `client:visible` islands hydrate and count in "JS all". */
  scroll?: boolean;
}

/** The pages the issue asks for; the lesson in both locales; a lesson with a lab, hydrated. */
export const BENCH_PAGES: BenchPage[] = [
  { name: 'home (en)', path: '/en/' },
  { name: 'lesson (en)', path: '/en/lessons/how-this-guide-works/' },
  { name: 'lesson (de)', path: '/de/lessons/how-this-guide-works/' },
  { name: 'lesson + lab, scrolled (en)', path: '/en/lessons/rate-limits/', scroll: true },
  { name: 'playground (en)', path: '/en/tools/playground/' },
  { name: 'error page (en)', path: '/en/errors/invalid-signature/' },
];

export interface PageWeight {
  name: string;
  path: string;
  scroll?: boolean;
  /** HTTP status of the document; a page that is not built yet answers 404 and is not measured. */
  status: number;
  requests: number;
  html: Totals;
  css: Totals;
  /** All JavaScript loaded until network idle. */
  js: Totals;
  /** The initial JavaScript (decided by the build: see initialScripts), and whose it is. */
  initialJs: Totals;
  ourInitialJs: Totals;
  starlightInitialJs: Totals;
  /** Shiki's part of `js` (should be none at load: it loads when a snippet is shown). */
  shikiJs: Totals;
  /** Scripts no ownership rule recognised (should be none). */
  unknownJs: string[];
  /** Every script with its owner, for `--verbose`. */
  scripts: Array<{
    label: string;
    owner: string;
    rule: string;
    initial: boolean;
    bytes: number;
    gzipBytes: number;
  }>;
}

/** The version of the Chromium the tests (and so the bench and Lighthouse) use. */
export function chromiumVersion(): string {
  const executable = chromiumExecutable() ?? chromium.executablePath();
  try {
    const output = execFileSync(executable, ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    return /\d+\.\d+\.\d+\.\d+/.exec(output)?.[0] ?? output.trim();
  } catch {
    return 'unknown';
  }
}

export async function launchChromium(): Promise<Browser> {
  const executablePath = chromiumExecutable();
  return chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: quietChromiumArgs,
  });
}

export async function measurePage(
  browser: Browser,
  origin: string,
  benchPage: BenchPage,
): Promise<PageWeight> {
  // A fresh context per page: a cold cache, as a first visit.
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const { load, initial, scripts, initialOf } = await weighPage(page, origin + benchPage.path, {
      scroll: benchPage.scroll,
    });
    const document = load.resources.find((resource) => resource.kind === 'html');
    return {
      ...benchPage,
      status: document?.status ?? 0,
      requests: load.requests.length,
      html: total(load.resources.filter((resource) => resource.kind === 'html')),
      css: total(load.resources.filter((resource) => resource.kind === 'css')),
      js: jsTotal(load.scripts, load.html),
      initialJs: jsTotal(initial, load.html),
      ourInitialJs: initialOf('ours'),
      starlightInitialJs: initialOf('starlight'),
      shikiJs: jsTotal(
        load.scripts.filter((script) => isShiki(script)),
        load.html,
      ),
      unknownJs: scripts.filter((s) => s.owner === 'unknown').map((s) => scriptLabel(s.script)),
      scripts: scripts.map(({ script, owner, rule, initial: isInitial }) => ({
        label: scriptLabel(script),
        owner,
        rule,
        initial: isInitial,
        bytes: script.bytes,
        gzipBytes: script.gzipBytes,
      })),
    };
  } finally {
    await context.close();
  }
}
