/**
 * Playground responsiveness (issue #4: the pipeline updates within one frame, 16 ms, after a
 * keystroke, in Chromium). The playground's own measurement does the work
 * (scripts/measure-playground.ts: keydown timestamp → the signature text changing, in the page);
 * this runs it against the bench's server and reads what it wrote.
 */
import { readFileSync } from 'node:fs';
import { startNode } from './bench-process.ts';

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

const OUTPUT = 'bench-results/playground.json';

export async function benchKeystroke(siteUrl: string, keystrokes = 80): Promise<KeystrokeResult> {
  const port = new URL(siteUrl).port;
  try {
    const { process: running } = await startNode(
      'scripts/measure-playground.ts',
      ['--port', port, '--keystrokes', String(keystrokes)],
      /Written to /,
    );
    await running.stop();
    const { keystrokeToSignature } = JSON.parse(readFileSync(OUTPUT, 'utf8')) as {
      keystrokeToSignature: KeystrokeResult;
    };
    return keystrokeToSignature;
  } catch (error) {
    return {
      keystrokes,
      updates: 0,
      medianMs: NaN,
      p95Ms: NaN,
      maxMs: NaN,
      within16ms: 0,
      beforeNextFrame: 0,
      problem: `scripts/measure-playground.ts failed: ${(error as Error).message.split('\n')[0]}`,
    };
  }
}
