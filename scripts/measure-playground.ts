/**
 * Measures the playground's two budgets of issue #4 and reports them (it asserts nothing; the
 * byte budget is also a test, tests/e2e/playground-budget.spec.ts):
 *  1. initial JS of the playground page, gzip, Shiki excluded (it loads on demand);
 *  2. time from a keystroke in the params editor to the updated signature on screen, in
 *     Chromium: the keydown event's timestamp to the moment the signature text changes.
 * Serves the existing build with scripts/start.ts unless one is already running on the port.
 * Writes bench-results/playground.json.
 *
 *   node --experimental-strip-types scripts/measure-playground.ts [--port 4321] [--sandbox-port 4322] [--keystrokes 80]
 */
import { chromium } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { chromiumExecutable, quietChromiumArgs } from '../tests/e2e/browser.ts';
import { parseCliArgs, portFrom } from './lib/args.ts';
import { measureInitialJs } from './lib/initial-js.ts';

const usage =
  'Usage: node --experimental-strip-types scripts/measure-playground.ts [--port 4321] [--sandbox-port 4322] [--keystrokes 80]';
const args = parseCliArgs(
  { port: { type: 'string' }, 'sandbox-port': { type: 'string' }, keystrokes: { type: 'string' } },
  usage,
);
const port = portFrom(args.port, '--port', 4321);
const sandboxPort = portFrom(args['sandbox-port'], '--sandbox-port', 4322);
const keystrokes = Number(args.keystrokes ?? 80);
const base = `http://127.0.0.1:${port}`;

async function reachable(url: string): Promise<boolean> {
  try {
    return (await fetch(url)).ok;
  } catch {
    return false;
  }
}

let server: ChildProcess | undefined;
if (!(await reachable(`${base}/en/`))) {
  server = spawn(
    process.execPath,
    [
      '--experimental-strip-types',
      'scripts/start.ts',
      '--no-build',
      '--port',
      String(port),
      '--sandbox-port',
      String(sandboxPort),
    ],
    { stdio: 'ignore' },
  );
  for (let attempt = 0; attempt < 100 && !(await reachable(`${base}/en/`)); attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  if (!(await reachable(`${base}/en/`))) {
    server.kill();
    console.error(`The site did not come up on ${base}. Build it first (npx astro build).`);
    process.exit(1);
  }
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

try {
  const initial = {
    en: await measureInitialJs(`${base}/en/tools/playground/`),
    de: await measureInitialJs(`${base}/de/tools/playground/`),
  };

  const executablePath = chromiumExecutable();
  const browser = await chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: quietChromiumArgs,
  });
  const page = await browser.newPage();
  await page.goto(`${base}/en/tools/playground/`);
  await page.locator('section.playground[data-ready="true"]').waitFor();
  await page.getByRole('button', { name: 'New throwaway key' }).click();
  await page.getByTestId('api-key').waitFor();
  const editor = page.getByTestId('params-json');
  await editor.fill('{"note": "X"}');
  await page.getByTestId('stage-signature').waitFor();
  await page.evaluate(() => {
    const state = { keydownAt: 0, samples: [] as number[], frames: [] as boolean[] };
    (window as unknown as { __measure: typeof state }).__measure = state;
    const editorElement = document.querySelector<HTMLTextAreaElement>(
      '[data-testid="params-json"]',
    )!;
    editorElement.addEventListener('keydown', (event) => {
      state.keydownAt = event.timeStamp;
      // Did the signature change before the next frame was painted?
      const pending = state.samples.length;
      requestAnimationFrame(() => state.frames.push(state.samples.length > pending));
    });
    new MutationObserver(() => {
      if (state.keydownAt) state.samples.push(performance.now() - state.keydownAt);
      state.keydownAt = 0;
    }).observe(document.querySelector('[data-testid="stage-signature"]')!, {
      characterData: true,
      childList: true,
      subtree: true,
    });
    editorElement.focus();
    editorElement.setSelectionRange(11, 11); // inside the string: every keystroke keeps valid JSON
  });
  for (let i = 0; i < keystrokes; i++) {
    await page.keyboard.type(String.fromCharCode(97 + (i % 26)));
    await page.waitForTimeout(30);
  }
  const { samples, frames } = await page.evaluate(
    () => (window as unknown as { __measure: { samples: number[]; frames: boolean[] } }).__measure,
  );
  await browser.close();

  const sorted = [...samples].sort((a, b) => a - b);
  const keystroke = {
    keystrokes,
    updates: samples.length,
    medianMs: Number(percentile(sorted, 50).toFixed(2)),
    p95Ms: Number(percentile(sorted, 95).toFixed(2)),
    maxMs: Number((sorted.at(-1) ?? NaN).toFixed(2)),
    within16ms: sorted.filter((ms) => ms <= 16).length,
    beforeNextFrame: frames.filter(Boolean).length,
  };
  const result = {
    measuredAt: new Date().toISOString(),
    chromium: executablePath ?? 'playwright',
    initialJsGzipBytes: {
      en: initial.en.totalGzipBytes,
      de: initial.de.totalGzipBytes,
      files: initial.en.files.map((file) => ({
        path: new URL(file.url).pathname,
        gzip: file.gzipBytes,
      })),
      inlineScripts: initial.en.inlineGzipBytes,
    },
    keystrokeToSignature: keystroke,
  };
  mkdirSync('bench-results', { recursive: true });
  writeFileSync('bench-results/playground.json', `${JSON.stringify(result, null, 2)}\n`);
  console.log(
    `Initial JS (gzip, Shiki excluded): en ${initial.en.totalGzipBytes} B, de ${initial.de.totalGzipBytes} B (budget 60000 B)`,
  );
  for (const file of result.initialJsGzipBytes.files)
    console.log(`  ${String(file.gzip).padStart(6)}  ${file.path}`);
  console.log(`  ${String(initial.en.inlineGzipBytes).padStart(6)}  (inline scripts)`);
  console.log(
    `Keystroke → signature on screen: median ${keystroke.medianMs} ms, p95 ${keystroke.p95Ms} ms, max ${keystroke.maxMs} ms; ` +
      `${keystroke.within16ms}/${keystroke.updates} within 16 ms, ${keystroke.beforeNextFrame}/${keystrokes} before the next frame`,
  );
  console.log('Written to bench-results/playground.json');
} finally {
  server?.kill();
}
