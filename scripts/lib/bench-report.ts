/**
 * The bench's results as one object, its goals, and three renderings: the printed tables, the
 * JSON file, and the README's Performance section (between `<!-- bench:start -->` and
 * `<!-- bench:end -->`, which is all of the README this script may touch).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import * as prettier from 'prettier';
import type { BuildResult } from './bench-build.ts';
import { BUDGETS } from './budgets.ts';
import type { EmulatorBenchResult } from './bench-emulator.ts';
import { count, kb, markdownTable, ratio, table } from './bench-format.ts';
import type { KeystrokeResult } from './bench-keystroke.ts';
import { LIGHTHOUSE_CATEGORIES, type LighthouseResult } from './bench-lighthouse.ts';
import type { PageWeight } from './bench-pages.ts';
import type { BrowserSigningResult, SigningResult } from './bench-signing.ts';

/** Says a run simulated another CPU slowdown than Lighthouse's mobile default (4). */
const slowdownNote = (slowdown: number | undefined) =>
  slowdown !== undefined && slowdown !== 4 ? `, CPU ×${slowdown}` : '';
export interface BenchMeta {
  date: string;
  commit: string;
  branch: string;
  /** Uncommitted changes in the worktree when measured. */
  dirty: boolean;
  /** Team branches contained in the measured commit, with their tip. */
  merged: Record<string, string>;
  node: string;
  chromium: string;
  cpu: string;
  cores: number;
  /** 1-minute load average before the run: other work on a shared machine skews timings. */
  loadAverage: number;
}

export interface BenchResults {
  meta: BenchMeta;
  build?: BuildResult;
  pages?: PageWeight[];
  lighthouse?: Record<string, LighthouseResult>;
  keystroke?: KeystrokeResult;
  emulator?: EmulatorBenchResult;
  signing?: SigningResult;
  signingInChromium?: BrowserSigningResult;
  goals: Goal[];
}

export interface Goal {
  goal: string;
  target: string;
  measured: string;
  /** null: not measured in this run (page not built yet, or section skipped). */
  met: boolean | null;
  /** Why it was missed, when we can tell. */
  note?: string;
}

const find = (pages: PageWeight[] | undefined, name: string) =>
  pages?.find((page) => page.name === name && page.status === 200);

const topFailing = (result: LighthouseResult | undefined, category?: string) =>
  [
    ...(result?.failing ?? [])
      .filter((audit) => !category || audit.category === category)
      .slice(0, 3)
      .map((audit) => `${audit.id} (${Math.round(audit.score * 100)})`),
    ...(result?.insights ?? [])
      .slice(0, 3)
      .map(
        (insight) =>
          insight.id.replace(/-insight$/, '') +
          (insight.displayValue ? ` (${insight.displayValue})` : ''),
      ),
  ].join(', ');

export function evaluateGoals(results: Omit<BenchResults, 'goals' | 'meta'>): Goal[] {
  const goals: Goal[] = [];
  const lessonLh = results.lighthouse?.['lesson (en)'];
  if (results.lighthouse) {
    const scores = lessonLh ? LIGHTHOUSE_CATEGORIES.map((c) => lessonLh.scores[c]) : [];
    goals.push({
      goal: 'Lighthouse, lesson page (en): all four categories',
      target: '100 / 100 / 100 / 100',
      measured: lessonLh ? scores.map((s) => s ?? '–').join(' / ') : 'not measured',
      met: lessonLh ? scores.every((s) => s === BUDGETS.lessonLighthouse) : null,
      ...(lessonLh && topFailing(lessonLh)
        ? { note: `costs points: ${topFailing(lessonLh)}` }
        : {}),
    });
    const playgroundLh = results.lighthouse['playground (en)'];
    const performance = playgroundLh?.scores.performance;
    goals.push({
      goal: 'Lighthouse performance, playground page (en)',
      target: `≥ ${BUDGETS.playgroundPerformance}`,
      measured: typeof performance === 'number' ? String(performance) : 'not measured',
      met: typeof performance === 'number' ? performance >= BUDGETS.playgroundPerformance : null,
      ...(playgroundLh && topFailing(playgroundLh, 'performance')
        ? { note: `costs points: ${topFailing(playgroundLh, 'performance')}` }
        : {}),
    });
    const tbt = playgroundLh?.metrics.tbtMs;
    goals.push({
      goal: 'Lighthouse total blocking time, playground page (en)',
      target: `≤ ${BUDGETS.playgroundTbtMs} ms`,
      measured:
        tbt === undefined
          ? 'not measured'
          : `${count(tbt)} ms (CPU index ${count(playgroundLh?.benchmarkIndex ?? NaN)}${slowdownNote(playgroundLh?.cpuSlowdown)})`,
      met: tbt === undefined ? null : tbt <= BUDGETS.playgroundTbtMs,
    });
  }
  if (results.pages) {
    const lesson = find(results.pages, 'lesson (en)');
    goals.push({
      goal: 'Our initial JS on a lesson page, on top of Starlight’s (gzip)',
      target: `≤ ${kb(BUDGETS.lessonOwnJsGzip)} KB`,
      measured: lesson ? `${kb(lesson.ourInitialJs.gzipBytes)} KB` : 'not measured',
      met: lesson ? lesson.ourInitialJs.gzipBytes <= BUDGETS.lessonOwnJsGzip : null,
    });
    const playground = find(results.pages, 'playground (en)');
    goals.push({
      goal: 'Playground initial JS (gzip; Shiki is lazy)',
      target: `≤ ${kb(BUDGETS.playgroundInitialJsGzip)} KB`,
      measured: playground ? `${kb(playground.initialJs.gzipBytes)} KB` : 'not measured',
      met: playground ? playground.initialJs.gzipBytes <= BUDGETS.playgroundInitialJsGzip : null,
    });
  }
  if (results.keystroke) {
    const { medianMs, p95Ms } = results.keystroke;
    goals.push({
      goal: 'Playground pipeline update after a keystroke (median, Chromium)',
      target: `≤ ${BUDGETS.keystrokeMs} ms`,
      measured: Number.isFinite(medianMs)
        ? `${medianMs.toFixed(1)} ms (p95 ${p95Ms.toFixed(1)} ms)`
        : 'not measured',
      met: Number.isFinite(medianMs) ? medianMs <= BUDGETS.keystrokeMs : null,
      ...(results.keystroke.problem ? { note: results.keystroke.problem } : {}),
    });
  }
  if (results.emulator) {
    const { ratio: value, valid, problem } = results.emulator;
    goals.push({
      goal: 'Emulator signed /v1/balances ÷ bare node:http',
      target: `≥ ${BUDGETS.emulatorRatio}`,
      measured: `${ratio(value)}${valid ? '' : ' (invalid)'}; per server CPU s: ${ratio(results.emulator.cpuRatio)}`,
      met: valid ? value >= BUDGETS.emulatorRatio : null,
      ...(problem ? { note: problem } : {}),
    });
  }
  if (results.signing) {
    const { hmacSlowdown, importedKeySlowdown, inFlightSlowdown } = results.signing;
    goals.push({
      goal: 'WebCrypto signing (core hmacSha384Hex) vs node:crypto createHmac',
      target: `within ${BUDGETS.signingSlowdown}x`,
      measured: `${ratio(hmacSlowdown)}x slower`,
      met: hmacSlowdown <= BUDGETS.signingSlowdown,
      note:
        `key imported once: ${ratio(importedKeySlowdown)}x; 64 in flight: ${ratio(inFlightSlowdown)}x` +
        (results.signingInChromium
          ? `; in Chromium: ${ratio(results.signing.perSecond['node-hmac'] / results.signingInChromium.perSecond['webcrypto-hmac'])}x`
          : ''),
    });
  }
  return goals;
}

// ---------------------------------------------------------------------------------------------
// Tables (shared by the terminal and the README)

interface Table {
  title: string;
  headers: string[];
  rows: string[][];
}

function tables(results: BenchResults): Table[] {
  const out: Table[] = [];
  if (results.pages) {
    out.push({
      title:
        'Page weight (KB = 1000 bytes; gz = gzip -9 per file; "all" = loaded by network idle, "initial" = what the build makes load first)',
      headers: [
        'Page',
        'Requests',
        'HTML',
        'HTML gz',
        'CSS',
        'CSS gz',
        'JS all',
        'JS all gz',
        'initial JS gz',
        'ours',
        'Starlight’s',
      ],
      rows: results.pages.map((page) =>
        page.status === 200
          ? [
              `${page.name} ${page.path}`,
              String(page.requests),
              kb(page.html.bytes),
              kb(page.html.gzipBytes),
              kb(page.css.bytes),
              kb(page.css.gzipBytes),
              kb(page.js.bytes),
              kb(page.js.gzipBytes),
              kb(page.initialJs.gzipBytes),
              kb(page.ourInitialJs.gzipBytes),
              kb(page.starlightInitialJs.gzipBytes),
            ]
          : [`${page.name} ${page.path}`, `(HTTP ${page.status}: not built yet)`],
      ),
    });
  }
  if (results.lighthouse) {
    out.push({
      title: 'Lighthouse 13, mobile (median run by performance)',
      headers: [
        'Page',
        'Perf',
        'A11y',
        'Best pr.',
        'SEO',
        'Perf per run',
        'CPU index',
        'CPU ×',
        'FCP ms',
        'LCP ms',
        'TBT ms',
        'CLS',
      ],
      rows: Object.entries(results.lighthouse).map(([name, result]) => [
        name,
        ...LIGHTHOUSE_CATEGORIES.map((category) => String(result.scores[category] ?? '–')),
        result.performanceRuns && result.performanceRuns.length > 1
          ? result.performanceRuns.map((score) => score ?? '–').join(' ')
          : '1 run',
        count(result.benchmarkIndex ?? NaN),
        String(result.cpuSlowdown ?? '–'),
        count(result.metrics.fcpMs ?? NaN),
        count(result.metrics.lcpMs ?? NaN),
        count(result.metrics.tbtMs ?? NaN),
        result.metrics.cls?.toFixed(3) ?? '–',
      ]),
    });
  }
  const throughput: string[][] = [];
  if (results.emulator) {
    const e = results.emulator;
    throughput.push(
      ['bare node:http, fixed JSON (req/s)', count(e.bareRps), ''],
      ['emulator, signed POST /v1/balances (req/s)', count(e.emulatorRps), ratio(e.ratio)],
      ['  same, per CPU second of the server process', '', ratio(e.cpuRatio)],
    );
  }
  if (results.signing) {
    const s = results.signing.perSecond;
    const node = s['node-hmac'];
    throughput.push(
      ['node:crypto createHmac (sig/s)', count(node), ''],
      [
        'WebCrypto, core hmacSha384Hex (sig/s)',
        count(s['webcrypto-hmac']),
        ratio(s['webcrypto-hmac'] / node),
      ],
      [
        'WebCrypto, key imported once (sig/s)',
        count(s['webcrypto-hmac-imported-key']),
        ratio(s['webcrypto-hmac-imported-key'] / node),
      ],
      [
        'WebCrypto, key imported once, 64 in flight (sig/s)',
        count(s['webcrypto-hmac-imported-key-64-in-flight']),
        ratio(s['webcrypto-hmac-imported-key-64-in-flight'] / node),
      ],
      ...(results.signingInChromium
        ? [
            [
              'WebCrypto in Chromium, core hmacSha384Hex (sig/s)',
              count(results.signingInChromium.perSecond['webcrypto-hmac']),
              ratio(results.signingInChromium.perSecond['webcrypto-hmac'] / node),
            ],
            [
              'WebCrypto in Chromium, key imported once (sig/s)',
              count(results.signingInChromium.perSecond['webcrypto-hmac-imported-key']),
              ratio(results.signingInChromium.perSecond['webcrypto-hmac-imported-key'] / node),
            ],
          ]
        : []),
      ['node:crypto pipeline, whole request (sig/s)', count(s['node-sign-request']), ''],
      [
        'WebCrypto signRequest, whole request (sig/s)',
        count(s['webcrypto-sign-request']),
        ratio(s['webcrypto-sign-request'] / s['node-sign-request']),
      ],
    );
  }
  if (results.keystroke && Number.isFinite(results.keystroke.medianMs)) {
    const k = results.keystroke;
    throughput.push(
      [`keystroke → new signature, median of ${k.updates} (ms)`, k.medianMs.toFixed(1), ''],
      ['keystroke → new signature, p95 (ms)', k.p95Ms.toFixed(1), ''],
      ['keystroke → new signature, worst (ms)', k.maxMs.toFixed(1), ''],
      ['keystrokes with a new signature within 16 ms', `${k.within16ms}/${k.keystrokes}`, ''],
      [
        'keystrokes with a new signature before the next frame',
        `${k.beforeNextFrame}/${k.keystrokes}`,
        '',
      ],
    );
  }
  if (results.build) {
    throughput.push([
      'astro build, whole site, wall clock (s)',
      (results.build.wallMs / 1000).toFixed(1),
      '',
    ]);
    if (results.build.astroReportedMs !== undefined)
      throughput.push([
        `  of which ${results.build.pages} pages rendered (s)`,
        (results.build.astroReportedMs / 1000).toFixed(1),
        '',
      ]);
  }
  if (throughput.length)
    out.push({
      title: 'Speed (median of rounds)',
      headers: ['Measure', 'Value', 'Ratio'],
      rows: throughput,
    });
  out.push({
    title: 'Goals',
    headers: ['Goal', 'Target', 'Measured', 'Met'],
    rows: results.goals.map((goal) => [
      goal.goal,
      goal.target,
      goal.measured,
      goal.met === null ? 'n/a' : goal.met ? 'yes' : `NO${goal.note ? `: ${goal.note}` : ''}`,
    ]),
  });
  return out;
}

const metaLine = (meta: BenchMeta) =>
  `${meta.date} · commit ${meta.commit.slice(0, 10)}${meta.dirty ? ' (+ uncommitted changes)' : ''} on ${meta.branch}` +
  ` · team branches: ${
    Object.entries(meta.merged)
      .map(([b, c]) => `${b} ${c}`)
      .join(', ') || 'none'
  } · Node ${meta.node} · Chromium ${meta.chromium}` +
  ` · ${meta.cpu}, ${meta.cores} cores, load ${meta.loadAverage.toFixed(2)}`;

export function renderText(results: BenchResults): string {
  return [
    metaLine(results.meta),
    ...tables(results).map((t) => `\n${t.title}\n${table(t.headers, t.rows)}`),
  ].join('\n');
}

export function renderMarkdown(results: BenchResults): string {
  const lighthouseRuns = results.lighthouse
    ? Math.max(...Object.values(results.lighthouse).map((r) => r.performanceRuns?.length ?? 1))
    : 1;
  return [
    `Measured ${metaLine(results.meta)}.`,
    ...tables(results).map((t) => `\n**${t.title}**\n\n${markdownTable(t.headers, t.rows)}`),
    '',
    '**How it is measured.**',
    '',
    '- Page weight: the site is built (timed) and served by `scripts/start.ts --no-build`; each page',
    '  loads in a fresh Chromium context and every request until the network is idle counts',
    '  ("all"). Bytes are bodies as served, gzip is each file at level 9; inline scripts count by',
    '  what they add to the gzipped HTML. "Initial" JS is decided by the build, not by timing: inline',
    '  scripts, `<script src>`, islands that hydrate at load and everything they import statically',
    '  (Pagefind’s UI, loaded on idle, and Shiki, loaded when code is shown, are not initial).',
    '  Whose JS is whose: the rules in `scripts/lib/bench-weights.ts` (imports read by',
    '  es-module-lexer); every budget: `scripts/lib/budgets.ts`.',
    `- Lighthouse 13 with its default mobile settings on the Chromium the tests use, ${lighthouseRuns === 1 ? 'one run' : `${lighthouseRuns} runs`}`,
    '  per page, the median run by performance shown. Its simulated throttling scales what the CPU',
    '  did, so a busy machine (CPU index well under 1,000) costs performance points, mostly TBT.',
    '  `--cpu-slowdown 13` simulates a machine about 3.25 times slower than one at CPU index ~3,600',
    '  (the index itself measures the real CPU, so it stays); the "CPU ×" column says which was used.',
    '- Emulator: the Node emulator server and a bare `node:http` server answering the same JSON',
    '  bytes, each in its own process on loopback; autocannon (16 keep-alive connections) sends',
    '  both the same requests, signed by the signing core with a fresh nonce each, in alternating',
    '  rounds; medians of the per-round ratios. "Per CPU second" divides by the CPU time the server',
    '  process used, which other work on a shared machine disturbs far less than wall time.',
    ...(results.emulator?.keys
      ? [
          `  The emulator only lets a key's rate limit be lowered, so each key serves ${results.emulator.keys.requestsPerKey} requests (what its`,
          `  bucket allows at once) and fresh keys take over: nothing is throttled, ${count(results.emulator.keys.requestsPerRun)} requests per run.`,
        ]
      : []),
    '- Signing: alternating one-second tinybench rounds in one process (and the core’s HMAC code',
    '  in Chromium), one signature awaited at a time unless noted; medians.',
    '- Keystroke: `scripts/lib/bench-keystroke.ts` types into the playground’s params editor in',
    '  Chromium and times keydown → new signature text in the page.',
    '',
    'Reproduce: `npm ci && npm run bench` (figures in `bench-results/latest.json`); this section:',
    `\`npm run bench -- --lighthouse-runs ${lighthouseRuns} --update-readme\`. The deterministic budgets are tests in`,
    '`npm test`: `tests/e2e/budgets.spec.ts` (our JS on lessons, Shiki stays lazy),',
    '`tests/e2e/playground-budget.spec.ts` and `tests/e2e/playground-snippets.spec.ts`.',
  ].join('\n');
}

const README_START = '<!-- bench:start -->';
const README_END = '<!-- bench:end -->';

/**
 * Replaces what is between the markers (adds a `## Performance` section with them if missing),
 * formatted by Prettier so `npm run check` stays green.
 */
export async function updateReadme(path: string, markdown: string): Promise<void> {
  const readme = readFileSync(path, 'utf8');
  const block = `${README_START}\n${markdown}\n${README_END}`;
  const start = readme.indexOf(README_START);
  const end = readme.indexOf(README_END);
  const next =
    start >= 0 && end > start
      ? readme.slice(0, start) + block + readme.slice(end + README_END.length)
      : `${readme.trimEnd()}\n\n## Performance\n\n${block}\n`;
  const options = (await prettier.resolveConfig(path)) ?? {};
  writeFileSync(path, await prettier.format(next, { ...options, filepath: path }));
}
