/**
 * Every budget in one place: the tests (tests/e2e/budgets.spec.ts,
 * tests/e2e/playground-budget.spec.ts) enforce the deterministic ones, and `npm run bench`
 * reports all of them next to the figures. 1 KB = 1000 bytes; gzip as counted by
 * scripts/lib/bench-weights.ts.
 */
export const BUDGETS = {
  /** Our initial JS on a lesson page, on top of Starlight's (gzip bytes; issue #8). */
  lessonOwnJsGzip: 10_000,
  /** All CSS a lesson page loads (gzip bytes): Starlight's plus ours, no tool's stylesheet. */
  lessonCssGzip: 25_000,
  /** Initial JS of the playground page, Shiki excluded as it loads on demand (gzip bytes; issue #4). */
  playgroundInitialJsGzip: 60_000,
  /** Keystroke in the params editor → new signature on screen, median (ms; one frame). */
  keystrokeMs: 16,
  /** Emulator signed requests per second ÷ a bare node:http server's, at least. */
  emulatorRatio: 0.6,
  /** node:crypto's signing rate ÷ WebCrypto's, at most. */
  signingSlowdown: 3,
  /** Lighthouse score of a lesson page in each of the four categories. */
  lessonLighthouse: 100,
  /** Lighthouse mobile performance of the playground page, at least. */
  playgroundPerformance: 95,
  /** Lighthouse total blocking time of the playground page, at most (ms; issue #16, even on a slow CPU). */
  playgroundTbtMs: 200,
} as const;
