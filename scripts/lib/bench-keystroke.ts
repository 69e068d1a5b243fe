/**
 * Playground responsiveness in Chromium: from a keystroke in the params editor to the new
 * signature in the pipeline. The page listens itself (keydown timestamp → the mutation that
 * changes the signature text, and → the next animation frame, when it can be painted), so
 * Playwright's own round trips are not counted. Median of N keystrokes after a warm-up.
 */
import type { Browser, Page } from '@playwright/test';
import { median } from './bench-format.ts';

export interface KeystrokeResult {
  path: string;
  /** Keydown → signature text changed in the DOM, per keystroke (ms). */
  samples: number[];
  medianMs: number;
  maxMs: number;
  /** Keydown → the animation frame after that change (ms), median. */
  medianToFrameMs: number;
  problem?: string;
}

const PARAMS = '[data-testid="params-json"]';
const SIGNATURE = '[data-testid="stage-signature"]';
/** An endpoint whose params have a free-text field, so each typed letter keeps the JSON valid. */
const ENDPOINT = '/v1/order/new';
const PARAMS_TEXT =
  '{"client_order_id": "bench", "symbol": "btcusd", "amount": "1", "price": "1", "side": "buy", "type": "exchange limit"}';

declare global {
  interface Window {
    __benchNextChange?: () => Promise<{ toDom: number; toFrame: number }>;
  }
}

async function prepare(page: Page): Promise<string | undefined> {
  const signature = page.locator(SIGNATURE).first();
  const editor = page.locator(PARAMS).first();
  if ((await editor.count()) === 0) return `no params editor (${PARAMS}) on the page`;
  await editor.fill(PARAMS_TEXT);
  try {
    await signature.waitFor({ state: 'visible', timeout: 10_000 });
  } catch {
    return `no signature (${SIGNATURE}) appears after filling the params`;
  }
  await page.evaluate(
    ({ params, signatureSelector }) => {
      const editor = document.querySelector<HTMLTextAreaElement>(params)!;
      let keydownAt = 0;
      editor.addEventListener('keydown', (event) => (keydownAt = event.timeStamp), true);
      window.__benchNextChange = () => {
        const target = document.querySelector(signatureSelector)!;
        const before = target.textContent;
        return new Promise((resolve) => {
          const observer = new MutationObserver(() => {
            const now = document.querySelector(signatureSelector);
            if (!now || now.textContent === before || !now.textContent) return;
            const toDom = performance.now() - keydownAt;
            observer.disconnect();
            requestAnimationFrame(() => resolve({ toDom, toFrame: performance.now() - keydownAt }));
          });
          observer.observe(target.closest('[data-testid="pipeline"]') ?? document.body, {
            subtree: true,
            childList: true,
            characterData: true,
          });
        });
      };
    },
    { params: PARAMS, signatureSelector: SIGNATURE },
  );
  return undefined;
}

export async function benchKeystroke(
  browser: Browser,
  origin: string,
  locale: 'en' | 'de' = 'en',
  keystrokes = 30,
): Promise<KeystrokeResult> {
  const path = `/${locale}/tools/playground/?endpoint=${encodeURIComponent(ENDPOINT)}`;
  const context = await browser.newContext();
  const empty = (problem: string): KeystrokeResult => ({
    path,
    samples: [],
    medianMs: NaN,
    maxMs: NaN,
    medianToFrameMs: NaN,
    problem,
  });
  try {
    const page = await context.newPage();
    const response = await page.goto(origin + path, { waitUntil: 'networkidle' });
    if (!response || response.status() !== 200)
      return empty(`the playground page answered ${response?.status()}`);
    const problem = await prepare(page);
    if (problem) return empty(problem);
    const editor = page.locator(PARAMS).first();
    const samples: number[] = [];
    const toFrame: number[] = [];
    for (let i = 0; i < keystrokes + 5; i++) {
      // Caret inside the client_order_id string, so the JSON stays valid.
      await editor.evaluate((element: HTMLTextAreaElement) => {
        const at = element.value.indexOf('"', element.value.indexOf('"bench') + 1);
        element.focus();
        element.setSelectionRange(at, at);
      });
      const change = page.evaluate(() => window.__benchNextChange!());
      await page.keyboard.press(String.fromCharCode(97 + (i % 26)));
      const timing = await Promise.race([
        change,
        new Promise<null>((resolve) => setTimeout(() => resolve(null), 5_000)),
      ]);
      if (!timing) return empty('the signature did not change within 5 s of a keystroke');
      if (i >= 5) {
        // the first five warm up the page's code
        samples.push(timing.toDom);
        toFrame.push(timing.toFrame);
      }
    }
    return {
      path,
      samples,
      medianMs: median(samples),
      maxMs: Math.max(...samples),
      medianToFrameMs: median(toFrame),
    };
  } finally {
    await context.close();
  }
}
