/**
 * `npm run bench`: builds the site (timed), then measures page weights, Lighthouse, playground
 * keystroke latency, the emulator against a bare server, and WebCrypto against node:crypto.
 * Prints a table and writes the same figures to bench-results/latest.json. Not part of
 * `npm test` (timings vary with the machine); the deterministic budgets are tests.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname } from 'node:path';
import { parseCliArgs } from './lib/args.ts';
import { timeBuild } from './lib/bench-build.ts';
import { benchEmulator, DEFAULT_EMULATOR_BENCH } from './lib/bench-emulator.ts';
import { benchKeystroke } from './lib/bench-keystroke.ts';
import { startLighthouse, type LighthouseResult } from './lib/bench-lighthouse.ts';
import { BENCH_PAGES, chromiumVersion, launchChromium, measurePage } from './lib/bench-pages.ts';
import { startSite } from './lib/bench-process.ts';
import {
  evaluateGoals,
  renderMarkdown,
  renderText,
  updateReadme,
  type BenchMeta,
  type BenchResults,
} from './lib/bench-report.ts';
import { benchSigning, benchSigningInChromium } from './lib/bench-signing.ts';
import { buildIfNeeded } from './lib/build-if-needed.ts';

const SECTIONS = ['build', 'pages', 'lighthouse', 'keystroke', 'emulator', 'signing'] as const;
type Section = (typeof SECTIONS)[number];

const usage = `Usage: npm run bench -- [--only ${SECTIONS.join(',')}] [--no-build] [--out bench-results/latest.json] [--update-readme] [--verbose] [--lighthouse-runs 1] [--cpu-slowdown 4]

  --only           measure only these sections (comma-separated); default: all
  --no-build       skip the timed build and use dist/ (built first if it is stale)
  --out <path>     where to write the JSON (default bench-results/latest.json)
  --update-readme  rewrite the README's Performance section between <!-- bench:start/end -->
  --lighthouse-runs <n>  Lighthouse runs per page; the run with the median performance
                   score is reported (default 1: scores move by a few points between runs)
  --cpu-slowdown <n>  Lighthouse's simulated CPU slowdown (default 4, its mobile setting);
                   13 stands for a machine about 3.25 times slower than a CPU index of ~3,600
  --from <json>    measure nothing: print (and with --update-readme, write) a saved run
  --verbose        list every script of every page with its owner and the rule that decided`;

const args = parseCliArgs(
  {
    only: { type: 'string' },
    'no-build': { type: 'boolean' },
    from: { type: 'string' },
    out: { type: 'string' },
    'update-readme': { type: 'boolean' },
    verbose: { type: 'boolean' },
    'lighthouse-runs': { type: 'string' },
    'cpu-slowdown': { type: 'string' },
    help: { type: 'boolean' },
  },
  usage,
);
if (args.help) {
  console.log(usage);
  process.exit(0);
}
if (args.from) {
  let saved: BenchResults;
  try {
    saved = JSON.parse(readFileSync(args.from, 'utf8')) as BenchResults;
  } catch (error) {
    console.error(`Cannot read a saved run from ${args.from}: ${(error as Error).message}`);
    process.exit(2);
  }
  const { meta, goals: _goals, ...measured } = saved;
  const report: BenchResults = { meta, ...measured, goals: evaluateGoals(measured) };
  console.log(renderText(report));
  if (args['update-readme']) {
    await updateReadme('README.md', renderMarkdown(report));
    console.log('\nREADME.md Performance section updated.');
  }
  process.exit(0);
}
const only = new Set((args.only ?? SECTIONS.join(',')).split(',').map((s) => s.trim()));
const unknown = [...only].filter((s) => !SECTIONS.includes(s as Section));
if (unknown.length) {
  console.error(
    `Unknown section ${unknown.join(', ')} for --only; choose from ${SECTIONS.join(', ')}.\n\n${usage}`,
  );
  process.exit(2);
}
const wants = (section: Section) => only.has(section) && !(section === 'build' && args['no-build']);
const lighthouseRuns = Number(args['lighthouse-runs'] ?? 1);
if (!Number.isInteger(lighthouseRuns) || lighthouseRuns < 1 || lighthouseRuns > 9) {
  console.error(
    `--lighthouse-runs must be a whole number from 1 to 9, got "${args['lighthouse-runs']}".`,
  );
  process.exit(2);
}
const cpuSlowdown = Number(args['cpu-slowdown'] ?? 4);
if (!Number.isFinite(cpuSlowdown) || cpuSlowdown < 1 || cpuSlowdown > 40) {
  console.error(`--cpu-slowdown must be a number from 1 to 40, got "${args['cpu-slowdown']}".`);
  process.exit(2);
}
const outPath = args.out ?? 'bench-results/latest.json';
const step = (text: string) => console.log(`▶ ${text}`);

const git = (...gitArgs: string[]) => {
  try {
    return execFileSync('git', gitArgs, {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return '';
  }
};

function meta(chromium: string): BenchMeta {
  // Which team branches this commit contains: all of one (its tip is in HEAD), or how many of
  // its commits are missing (a branch merged earlier and moved on, or one not merged at all).
  const merged: Record<string, string> = {};
  for (const branch of ['playground', 'lessons', 'desk', 'devtools', 'emulator', 'hosting']) {
    const tip = git('rev-parse', '--verify', '--quiet', branch);
    if (!tip) continue;
    const missing = Number(git('rev-list', '--count', `HEAD..${branch}`) || 0);
    merged[branch] = missing === 0 ? tip.slice(0, 10) : `not merged (${missing} commits missing)`;
  }
  return {
    date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
    commit: git('rev-parse', 'HEAD'),
    branch: git('rev-parse', '--abbrev-ref', 'HEAD'),
    dirty: git('status', '--porcelain', '--untracked-files=no') !== '',
    merged,
    node: process.versions.node,
    chromium,
    cpu: cpus()[0]?.model.replace(/\s+/g, ' ').trim() ?? 'unknown CPU',
    cores: cpus().length,
    loadAverage: loadavg()[0],
  };
}

const loadBefore = loadavg()[0];
const results: Omit<BenchResults, 'goals' | 'meta'> = {};

if (wants('build')) {
  step('Building the site (timed)…');
  results.build = await timeBuild();
} else {
  buildIfNeeded();
}

if (wants('pages') || wants('lighthouse') || wants('keystroke')) {
  const site = await startSite();
  try {
    if (wants('pages') || wants('keystroke')) {
      const browser = await launchChromium();
      try {
        if (wants('pages')) {
          results.pages = [];
          for (const page of BENCH_PAGES) {
            step(`Page weight: ${page.path}`);
            results.pages.push(await measurePage(browser, site.url, page));
          }
        }
        if (wants('keystroke')) {
          step('Playground: keystroke → signature (Chromium)…');
          results.keystroke = await benchKeystroke(browser, site.url);
        }
      } finally {
        await browser.close();
      }
    }
    if (wants('lighthouse')) {
      const lighthouse = await startLighthouse({ cpuSlowdown });
      results.lighthouse = {};
      try {
        for (const page of BENCH_PAGES) {
          const built = results.pages?.find((p) => p.path === page.path)?.status;
          if (built !== undefined && built !== 200) continue; // not built yet
          step(
            `Lighthouse (mobile): ${page.path}${lighthouseRuns > 1 ? ` ×${lighthouseRuns}` : ''}`,
          );
          const runs: LighthouseResult[] = [];
          for (let run = 0; run < lighthouseRuns; run++)
            runs.push(await lighthouse.run(site.url + page.path));
          runs.sort((a, b) => (a.scores.performance ?? -1) - (b.scores.performance ?? -1));
          results.lighthouse[page.name] = {
            ...runs[Math.floor(runs.length / 2)],
            performanceRuns: runs.map((run) => run.scores.performance),
          };
        }
      } finally {
        await lighthouse.close();
      }
    }
  } finally {
    await site.stop();
  }
}

if (wants('emulator')) {
  step(
    `Emulator vs bare node:http: ${DEFAULT_EMULATOR_BENCH.rounds} rounds, ${DEFAULT_EMULATOR_BENCH.connections} connections…`,
  );
  results.emulator = await benchEmulator();
}

if (wants('signing')) {
  step('Signing: WebCrypto vs node:crypto…');
  results.signing = await benchSigning();
  const browser = await launchChromium();
  try {
    results.signingInChromium = await benchSigningInChromium(browser);
  } finally {
    await browser.close();
  }
}

const report: BenchResults = {
  meta: { ...meta(chromiumVersion()), loadAverage: loadBefore },
  ...results,
  goals: evaluateGoals(results),
};

console.log(`\n${renderText(report)}`);
if (args.verbose && report.pages) {
  for (const page of report.pages) {
    console.log(`\nScripts on ${page.path}:`);
    for (const script of page.scripts)
      console.log(
        `  ${script.owner.padEnd(9)} ${script.initial ? 'initial' : 'later  '} ${String(script.gzipBytes).padStart(7)} B gz  ${script.label}  (${script.rule})`,
      );
  }
}
const unknownScripts =
  report.pages?.flatMap((page) => page.unknownJs.map((s) => `${page.path}: ${s}`)) ?? [];
if (unknownScripts.length)
  console.warn(
    `\nScripts no ownership rule recognised (extend scripts/lib/bench-weights.ts):\n  ${unknownScripts.join('\n  ')}`,
  );

mkdirSync(dirname(outPath), { recursive: true });
writeFileSync(outPath, `${JSON.stringify(report, null, 2)}\n`);
console.log(`\nFigures written to ${outPath}.`);
if (args['update-readme']) {
  await updateReadme('README.md', renderMarkdown(report));
  console.log('README.md Performance section updated.');
}
