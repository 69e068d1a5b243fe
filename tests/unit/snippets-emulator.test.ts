/**
 * Every snippet language the playground generates (src/lib/playground/snippets.ts: curl,
 * Python, TypeScript, Go) runs as a program against the Node emulator on loopback: signed
 * endpoints with params, a public one, a time-based key with the seconds nonce, and a wrong
 * secret that must come back as InvalidSignature. A missing toolchain skips its language with
 * the reason printed (CI installs them in .ci/run).
 */
import { execFile, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { useEmulator } from './emulator-fixture.ts';
import { findEndpoint } from '../../src/lib/emulator/catalogue.ts';
import {
  SNIPPET_LANGUAGES,
  generateSnippet,
  type SnippetLanguage,
  type SnippetNonce,
} from '../../src/lib/playground/snippets.ts';
import { parseJson, type JsonValue } from '../../src/lib/json/index.ts';

const ok = (command: string, args: string[]) => spawnSync(command, args).status === 0;
const missing: Record<SnippetLanguage, string | undefined> = {
  curl: ['bash', 'curl', 'openssl', 'base64'].every((c) => ok('sh', ['-c', `command -v ${c}`]))
    ? undefined
    : 'bash, curl, openssl or base64 is not installed',
  python: !ok('python3', ['--version'])
    ? 'python3 is not installed'
    : !ok('python3', ['-c', 'import requests'])
      ? "python3's requests module is not installed (Debian: python3-requests)"
      : undefined,
  typescript: undefined, // Node runs it: always there
  go: ok('go', ['version']) ? undefined : 'go is not installed (Debian: golang-go)',
};
for (const language of SNIPPET_LANGUAGES)
  if (missing[language]) console.warn(`Skipping the ${language} snippets: ${missing[language]}.`);

const workdir = mkdtempSync(join(tmpdir(), 'snippets-emulator-'));
const emulator = useEmulator({ roles: ['trader'] });
const mint = emulator.mint.bind(emulator);

let runs = 0;
async function run(
  language: SnippetLanguage,
  code: string,
  key: { key: string; secret: string },
): Promise<string> {
  const dir = join(workdir, String(++runs));
  mkdirSync(dir);
  const file = join(
    dir,
    { curl: 'run.sh', python: 'run.py', typescript: 'run.mts', go: 'main.go' }[language],
  );
  writeFileSync(file, code);
  const [command, args] = {
    curl: ['bash', [file]],
    python: ['python3', [file]],
    typescript: [process.execPath, [file]],
    go: ['go', ['run', file]],
  }[language] as [string, string[]];
  // Only what the snippet needs: PATH, the key, and Go's caches (shared so it compiles once).
  const env = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? workdir,
    GOCACHE: join(tmpdir(), 'gemini-guide-go-cache'),
    GO111MODULE: 'off',
    GEMINI_API_KEY: key.key,
    GEMINI_API_SECRET: key.secret,
  };
  // Async: the emulator answers from this same process.
  const { stdout } = await promisify(execFile)(command, args, { cwd: dir, env, timeout: 120_000 });
  return stdout;
}

/** The catalogue's example payload params (required ones; the first of a one-of group). */
function exampleParams(path: string): Record<string, JsonValue> {
  const endpoint = findEndpoint(path)!;
  const params = endpoint.params.filter(
    (p) => p.in === 'payload' && (p.required || endpoint.oneOf?.[0] === p.name),
  );
  // As the playground holds them: parsed from JSON text.
  const text = JSON.stringify(Object.fromEntries(params.map((p) => [p.name, p.example])));
  return parseJson(text) as Record<string, JsonValue>;
}

function snippet(
  language: SnippetLanguage,
  path: string,
  nonce: SnippetNonce = { mode: 'ms' },
  params?: Record<string, JsonValue>,
) {
  const signed = findEndpoint(path)!.access === 'private';
  return generateSnippet(language, {
    baseUrl: emulator.url,
    method: signed ? 'POST' : 'GET',
    path,
    signed,
    params: params ?? (signed ? exampleParams(path) : {}),
    nonce,
  });
}

/** The printed answer, whatever the language puts around it, must hold these and no error. */
function expectAnswer(output: string, ...markers: string[]) {
  expect(output).not.toMatch(/\breason['"]?\s*:/);
  for (const marker of markers) expect(output).toContain(marker);
}

describe.each(SNIPPET_LANGUAGES)('the %s snippet against the emulator', (language) => {
  const skip = missing[language] !== undefined;

  it.skipIf(skip)(
    'signs POST /v1/balances and gets the balances',
    async () => {
      expectAnswer(
        await run(language, snippet(language, '/v1/balances'), await mint()),
        'currency',
        'USD',
      );
    },
    180_000,
  );

  it.skipIf(skip)(
    'places an order with params (decimals, an options array)',
    async () => {
      const params = {
        ...exampleParams('/v1/order/new'),
        client_order_id: `snippet-${language}`,
        options: ['maker-or-cancel'],
      };
      const output = await run(
        language,
        snippet(language, '/v1/order/new', { mode: 'ms' }, params),
        await mint(),
      );
      expectAnswer(output, 'order_id', `snippet-${language}`);
    },
    180_000,
  );

  it.skipIf(skip)(
    'calls a public endpoint with a path param, unsigned',
    async () => {
      expectAnswer(
        await run(language, snippet(language, '/v1/pubticker/btcusd'), { key: '', secret: '' }),
        'bid',
        'ask',
      );
    },
    180_000,
  );

  it.skipIf(skip)(
    'sends seconds for a key with a time-based nonce',
    async () => {
      const key = await mint({ timeBasedNonce: true });
      expectAnswer(
        await run(language, snippet(language, '/v1/roles', { mode: 'seconds' }), key),
        'isTrader',
      );
    },
    180_000,
  );

  it.skipIf(skip)(
    'with a wrong secret gets InvalidSignature',
    async () => {
      const key = { ...(await mint()), secret: 'not-the-secret-000000000000' };
      expect(await run(language, snippet(language, '/v1/balances'), key)).toContain(
        'InvalidSignature',
      );
    },
    180_000,
  );
});
