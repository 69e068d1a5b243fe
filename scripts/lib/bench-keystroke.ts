/**
 * Playground responsiveness (issue #4: the pipeline updates within one frame, 16 ms, after a
 * keystroke, in Chromium): types into the params editor and times, in the page, the keydown
 * event's timestamp to the moment the signature text changes. `npm run bench` calls it with
 * its browser and site (`npm run bench -- --no-build --only keystroke` runs it alone).
 */
import type { Browser } from '@playwright/test';
import { median } from './bench-format.ts';

export interface KeystrokeResult {
  keystrokes: number;
  /** Keystrokes after which the signature changed. */
  updates: number;
  medianMs: number;
  p95Ms: number;
  maxMs: number;
  within16ms: number;
  /** Keystrokes whose signature changed before the next animation frame. */
  beforeNextFrame: number;
  problem?: string;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
const round2 = (ms: number) => Number(ms.toFixed(2));

export async function benchKeystroke(
  browser: Browser,
  siteUrl: string,
  keystrokes = 80,
): Promise<KeystrokeResult> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${siteUrl}/en/tools/playground/`);
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
      await page.waitForTimeout(30); // pacing between keystrokes, as a person types
    }
    const { samples, frames } = await page.evaluate(
      () =>
        (window as unknown as { __measure: { samples: number[]; frames: boolean[] } }).__measure,
    );
    const sorted = [...samples].sort((a, b) => a - b);
    return {
      keystrokes,
      updates: samples.length,
      medianMs: round2(median(samples)),
      p95Ms: round2(percentile(sorted, 95)),
      maxMs: round2(sorted.at(-1) ?? NaN),
      within16ms: sorted.filter((ms) => ms <= 16).length,
      beforeNextFrame: frames.filter(Boolean).length,
    };
  } catch (error) {
    return {
      keystrokes,
      updates: 0,
      medianMs: NaN,
      p95Ms: NaN,
      maxMs: NaN,
      within16ms: 0,
      beforeNextFrame: 0,
      problem: `keystroke measure failed: ${(error as Error).message.split('\n')[0]}`,
    };
  } finally {
    await context.close();
  }
}
