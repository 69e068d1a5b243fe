import { execFileSync, spawnSync } from 'node:child_process';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import ts from 'typescript';
import { snippetFor } from '../../src/lib/backoff/snippets.ts';
import type { LabStrategy } from '../../src/lib/backoff/scheduler.ts';
import { STRATEGY_NAMES, type RetryPolicy } from '../../src/lib/backoff/strategies.ts';

const strategy = (
  retry: Partial<RetryPolicy> = {},
  pacer: LabStrategy['pacer'] = null,
): LabStrategy => ({
  retry: {
    strategy: 'exponential',
    baseMs: 100,
    capMs: 1000,
    maxRetries: 3,
    honourRetryAfter: true,
    ...retry,
  },
  pacer,
});

interface Answer {
  status: number;
  retryAfter?: string;
}

/**
 * Runs the TypeScript snippet's `withRetry` against scripted answers with a fake clock:
 * returns the statuses it returned and every sleep it asked for (ms).
 */
async function runTypeScript(code: string, answers: Answer[], random = 0.5) {
  const { outputText, diagnostics } = ts.transpileModule(code, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 },
    reportDiagnostics: true,
  });
  expect(diagnostics ?? []).toEqual([]);
  let now = 1_000_000;
  const sleeps: number[] = [];
  const exports: Record<string, unknown> = {};
  runInNewContext(outputText, {
    exports,
    Number,
    Date: { now: () => now, parse: Date.parse },
    Math: Object.assign(Object.create(Math), { random: () => random }),
    setTimeout: (resolve: () => void, ms: number) => {
      sleeps.push(ms);
      now += ms;
      resolve();
    },
  });
  const withRetry = exports.withRetry as (
    send: () => Promise<unknown>,
  ) => Promise<{ status: number }>;
  let sends = 0;
  const response = await withRetry(async () => {
    const answer = answers[Math.min(sends++, answers.length - 1)];
    return {
      status: answer.status,
      headers: new Headers(answer.retryAfter ? { 'Retry-After': answer.retryAfter } : {}),
    };
  });
  return { status: response.status, sends, sleeps: sleeps.filter((ms) => ms > 0) };
}

const throttled = (n: number, retryAfter?: string): Answer[] => [
  ...Array.from({ length: n }, () => ({ status: 429, retryAfter })),
  { status: 200 },
];

describe('TypeScript snippet', () => {
  it('type-checks (strict, no unused code) for every strategy, with and without pacer and Retry-After', () => {
    const files = new Map<string, string>();
    for (const name of STRATEGY_NAMES) {
      for (const pacer of [null, { ratePerSecond: 5, burst: 1 }]) {
        for (const honourRetryAfter of [true, false]) {
          const code = snippetFor(
            strategy({ strategy: name, honourRetryAfter }, pacer),
            'typescript',
          );
          expect(code).toContain('export async function withRetry');
          files.set(
            `/snippets/${name}-${pacer ? 'paced' : 'unpaced'}-${honourRetryAfter}.ts`,
            code,
          );
        }
      }
    }
    const options: ts.CompilerOptions = {
      strict: true,
      noEmit: true,
      noUnusedLocals: true,
      noUnusedParameters: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
      types: [],
    };
    const host = ts.createCompilerHost(options);
    const readFile = host.readFile.bind(host);
    const getSourceFile = host.getSourceFile.bind(host);
    host.fileExists = (path) => files.has(path) || ts.sys.fileExists(path);
    host.readFile = (path) => files.get(path) ?? readFile(path);
    host.getSourceFile = (path, language) =>
      files.has(path)
        ? ts.createSourceFile(path, files.get(path)!, language)
        : getSourceFile(path, language);
    const program = ts.createProgram([...files.keys()], options, host);
    const problems = ts.getPreEmitDiagnostics(program).map((diagnostic) => {
      const where = diagnostic.file ? `${diagnostic.file.fileName}: ` : '';
      return where + ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n');
    });
    expect(problems).toEqual([]);
  }, 30_000); // a whole TypeScript program: seconds when other tests share the cores

  it('exponential: retries 429 with doubling delays until it succeeds', async () => {
    const result = await runTypeScript(snippetFor(strategy(), 'typescript'), throttled(3));
    expect(result).toEqual({ status: 200, sends: 4, sleeps: [100, 200, 400] });
  });

  it('gives up after maxRetries and returns the last 429', async () => {
    const result = await runTypeScript(snippetFor(strategy(), 'typescript'), throttled(10));
    expect(result).toEqual({ status: 429, sends: 4, sleeps: [100, 200, 400] });
  });

  it('honours Retry-After over the computed delay, and ignores it when told to', async () => {
    const honoured = await runTypeScript(snippetFor(strategy(), 'typescript'), throttled(2, '3'));
    expect(honoured.sleeps).toEqual([3000, 3000]);
    const ignored = snippetFor(strategy({ honourRetryAfter: false }), 'typescript');
    expect((await runTypeScript(ignored, throttled(2, '3'))).sleeps).toEqual([100, 200]);
  });

  it('jitter strategies compute the lab’s delays', async () => {
    const full = await runTypeScript(
      snippetFor(strategy({ strategy: 'full-jitter' }), 'typescript'),
      throttled(3),
    );
    expect(full.sleeps).toEqual([50, 100, 200]);
    const equal = await runTypeScript(
      snippetFor(strategy({ strategy: 'equal-jitter' }), 'typescript'),
      throttled(3),
    );
    expect(equal.sleeps).toEqual([75, 150, 300]);
    const decorrelated = snippetFor(strategy({ strategy: 'decorrelated-jitter' }), 'typescript');
    expect((await runTypeScript(decorrelated, throttled(3))).sleeps).toEqual([200, 350, 575]);
    const fixed = await runTypeScript(
      snippetFor(strategy({ strategy: 'fixed' }), 'typescript'),
      throttled(3),
    );
    expect(fixed.sleeps).toEqual([100, 100, 100]);
  });

  it('does not retry other errors, or anything at all with no retry', async () => {
    expect(await runTypeScript(snippetFor(strategy(), 'typescript'), [{ status: 400 }])).toEqual({
      status: 400,
      sends: 1,
      sleeps: [],
    });
    const none = snippetFor(strategy({ strategy: 'none' }), 'typescript');
    expect(await runTypeScript(none, throttled(1))).toEqual({ status: 429, sends: 1, sleeps: [] });
  });

  it('the pacer spaces sends at its rate', async () => {
    const paced = snippetFor(
      strategy({ strategy: 'fixed', baseMs: 0 }, { ratePerSecond: 5, burst: 1 }),
      'typescript',
    );
    // First send goes at once; each retry (fixed 0 ms) waits for the pacer: 200 ms apart.
    expect((await runTypeScript(paced, throttled(3))).sleeps).toEqual([200, 200, 200]);
  });
});

const python = spawnSync('python3', ['--version']).status === 0 ? 'python3' : undefined;

/** Runs the Python snippet with time.sleep and random faked; prints status, sends and sleeps. */
function runPython(
  code: string,
  answers: Answer[],
): { status: number; sends: number; sleeps: number[] } {
  const harness = `
import json, sys, time, random
sleeps = []
clock = [1000.0]
def fake_sleep(seconds):
    if seconds > 0:
        sleeps.append(round(seconds * 1000, 3))
    clock[0] += seconds
time.sleep = fake_sleep
time.monotonic = lambda: clock[0]
time.time = lambda: clock[0]
random.uniform = lambda a, b: a + (b - a) * 0.5
answers = json.loads(sys.argv[1])
class Response:
    def __init__(self, answer):
        self.status_code = answer["status"]
        self.headers = {"Retry-After": answer["retryAfter"]} if answer.get("retryAfter") else {}
sends = [0]
def send():
    answer = answers[min(sends[0], len(answers) - 1)]
    sends[0] += 1
    return Response(answer)
exec(compile(sys.stdin.read(), "snippet.py", "exec"))
response = with_retry(send)
print(json.dumps({"status": response.status_code, "sends": sends[0], "sleeps": sleeps}))
`;
  const output = execFileSync(python!, ['-c', harness, JSON.stringify(answers)], {
    input: code,
    encoding: 'utf8',
  });
  return JSON.parse(output);
}

// Each case starts an interpreter: allow for a busy machine.
describe.skipIf(!python)('Python snippet (needs python3)', { timeout: 30_000 }, () => {
  it('compiles and runs for every strategy, with and without pacer and Retry-After', () => {
    const codes: string[] = [];
    for (const name of STRATEGY_NAMES) {
      for (const pacer of [null, { ratePerSecond: 5, burst: 2 }]) {
        for (const honourRetryAfter of [true, false]) {
          codes.push(snippetFor(strategy({ strategy: name, honourRetryAfter }, pacer), 'python'));
        }
      }
    }
    // One interpreter for all variants: each runs in a namespace of its own.
    const check = `
import json, sys
for index, code in enumerate(json.loads(sys.stdin.read())):
    namespace = {}
    exec(compile(code, f"variant-{index}.py", "exec"), namespace)
    class Ok:
        status_code = 200
        headers = {}
    assert namespace["with_retry"](lambda: Ok()).status_code == 200, index
print("ok")
`;
    expect(
      execFileSync(python!, ['-c', check], { input: JSON.stringify(codes), encoding: 'utf8' }),
    ).toBe('ok\n');
  });

  it('retries with the same delays as the TypeScript snippet', () => {
    expect(runPython(snippetFor(strategy(), 'python'), throttled(3))).toEqual({
      status: 200,
      sends: 4,
      sleeps: [100, 200, 400],
    });
    expect(
      runPython(snippetFor(strategy({ strategy: 'decorrelated-jitter' }), 'python'), throttled(3))
        .sleeps,
    ).toEqual([200, 350, 575]);
    expect(
      runPython(snippetFor(strategy({ strategy: 'equal-jitter' }), 'python'), throttled(3)).sleeps,
    ).toEqual([75, 150, 300]);
    expect(runPython(snippetFor(strategy(), 'python'), throttled(10))).toEqual({
      status: 429,
      sends: 4,
      sleeps: [100, 200, 400],
    });
  });

  it('honours Retry-After (seconds or HTTP date)', () => {
    expect(runPython(snippetFor(strategy(), 'python'), throttled(1, '3')).sleeps).toEqual([3000]);
    // The fake clock stands at 1000 s after the epoch: 00:16:40 GMT on 1 Jan 1970.
    expect(
      runPython(snippetFor(strategy(), 'python'), throttled(1, 'Thu, 01 Jan 1970 00:16:45 GMT'))
        .sleeps,
    ).toEqual([5000]);
  });

  it('the pacer spaces sends at its rate', () => {
    const paced = snippetFor(
      strategy({ strategy: 'fixed', baseMs: 0 }, { ratePerSecond: 5, burst: 1 }),
      'python',
    );
    expect(runPython(paced, throttled(3)).sleeps).toEqual([200, 200, 200]);
  });
});
