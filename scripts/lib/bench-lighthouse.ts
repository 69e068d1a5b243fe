/**
 * Lighthouse (mobile, its default config: emulated Moto G Power, simulated slow 4G and 4x CPU
 * slowdown) on the same Chromium the tests use. One run per page: scores on a shared machine
 * move by a few points between runs, which the report says.
 */
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { chromium } from '@playwright/test';
import { chromiumExecutable, quietChromiumArgs } from '../../tests/e2e/browser.ts';

export const LIGHTHOUSE_CATEGORIES = [
  'performance',
  'accessibility',
  'best-practices',
  'seo',
] as const;
type LighthouseCategory = (typeof LIGHTHOUSE_CATEGORIES)[number];

export interface LighthouseResult {
  url: string;
  /** 0–100 per category; null when Lighthouse could not score it (see `error`). */
  scores: Record<LighthouseCategory, number | null>;
  /** Audits that cost points, worst first, to say why a score is below 100. */
  failing: Array<{ category: LighthouseCategory; id: string; title: string; score: number }>;
  metrics: { fcpMs?: number; lcpMs?: number; tbtMs?: number; cls?: number; speedIndexMs?: number };
  /** Lighthouse's insights that found something (weightless, but they say why), e.g. render-blocking CSS. */
  insights: Array<{ id: string; title: string; displayValue?: string }>;
  /**
   * Lighthouse's CPU benchmark of this machine during the run: its throttling assumes a fast
   * desktop (≈1000+); a busy shared machine scores lower, and its CPU metrics (TBT) inflate.
   */
  benchmarkIndex?: number;
  /** The CPU slowdown Lighthouse simulated (4 is its mobile default). */
  cpuSlowdown?: number;
  error?: string;
  /** With several runs: every run's performance score (the reported run is the median one). */
  performanceRuns?: Array<number | null>;
}

export interface LighthouseSession {
  run(url: string): Promise<LighthouseResult>;
  close(): Promise<void>;
}

/** Chromium flags from the brief: headless, no sandbox (containers), and no calls home. */
const CHROME_FLAGS = ['--headless=new', '--no-sandbox', ...quietChromiumArgs];

/** `cpuSlowdown` simulates a slower machine than this one (Lighthouse scales the CPU work it saw). */
export async function startLighthouse(
  options: { cpuSlowdown?: number } = {},
): Promise<LighthouseSession> {
  const chromePath = chromiumExecutable() ?? chromium.executablePath();
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: CHROME_FLAGS });
  return {
    async run(url) {
      const result = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...LIGHTHOUSE_CATEGORIES],
        ...(options.cpuSlowdown
          ? { throttling: { cpuSlowdownMultiplier: options.cpuSlowdown } }
          : {}),
      });
      const lhr = result?.lhr;
      const scores = Object.fromEntries(
        LIGHTHOUSE_CATEGORIES.map((category) => {
          const score = lhr?.categories[category]?.score;
          return [category, typeof score === 'number' ? Math.round(score * 100) : null];
        }),
      ) as LighthouseResult['scores'];
      const failing: LighthouseResult['failing'] = [];
      for (const category of LIGHTHOUSE_CATEGORIES) {
        for (const ref of lhr?.categories[category]?.auditRefs ?? []) {
          const audit = lhr?.audits[ref.id];
          if (ref.weight > 0 && audit && typeof audit.score === 'number' && audit.score < 1)
            failing.push({ category, id: ref.id, title: audit.title, score: audit.score });
        }
      }
      failing.sort((a, b) => a.score - b.score);
      const insights = Object.values(lhr?.audits ?? {})
        .filter((audit) => audit.id.endsWith('-insight') && audit.score !== null && audit.score < 1)
        .map((audit) => ({
          id: audit.id,
          title: audit.title,
          ...(audit.displayValue ? { displayValue: audit.displayValue } : {}),
        }));
      const numeric = (id: string) => {
        const value = lhr?.audits[id]?.numericValue;
        return typeof value === 'number' ? Math.round(value * 1000) / 1000 : undefined;
      };
      return {
        url,
        scores,
        failing,
        insights,
        ...(lhr?.environment?.benchmarkIndex
          ? { benchmarkIndex: Math.round(lhr.environment.benchmarkIndex) }
          : {}),
        cpuSlowdown: lhr?.configSettings.throttling.cpuSlowdownMultiplier,
        metrics: {
          fcpMs: numeric('first-contentful-paint'),
          lcpMs: numeric('largest-contentful-paint'),
          tbtMs: numeric('total-blocking-time'),
          cls: numeric('cumulative-layout-shift'),
          speedIndexMs: numeric('speed-index'),
        },
        ...(lhr?.runtimeError
          ? { error: `${lhr.runtimeError.code}: ${lhr.runtimeError.message}` }
          : {}),
      };
    },
    async close() {
      chrome.kill();
    },
  };
}
