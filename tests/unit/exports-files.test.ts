/**
 * The downloadable files as a whole: byte-identical from two separate builds (processes), and
 * free of secrets: the secret variables exist only as empty values marked secret.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  DOWNLOAD_FILES,
  downloadFiles,
  exportTargets,
  postmanEnvironmentFile,
} from '../../src/lib/exports/index.ts';

const root = resolve(import.meta.dirname, '../..');
const SITE = 'https://guide.example';

/** One "build" in a fresh process: file name → sha256 of its bytes. */
async function buildDigests(): Promise<Record<string, string>> {
  const script = [
    "import { createHash } from 'node:crypto';",
    "import { downloadFiles } from './src/lib/exports/index.ts';",
    'const out = {};',
    "for (const [name, body] of downloadFiles(process.env.SITE_URL)) out[name] = createHash('sha256').update(body).digest('hex');",
    'console.log(JSON.stringify(out));',
  ].join('\n');
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--experimental-strip-types', '--input-type=module', '-e', script],
    { cwd: root, env: { PATH: process.env.PATH ?? '', SITE_URL: SITE } },
  );
  return JSON.parse(stdout);
}

/** Every text the downloads hold, the zip's entries unpacked. */
function texts(): Map<string, string> {
  const all = new Map<string, string>();
  for (const [name, body] of downloadFiles(SITE)) {
    if (typeof body === 'string') all.set(name, body);
    else
      for (const [entry, bytes] of Object.entries(unzipSync(body)))
        all.set(`${name}:${entry}`, strFromU8(bytes));
  }
  return all;
}

describe('download files', () => {
  it('are byte-stable between two builds', async () => {
    const [first, second] = await Promise.all([buildDigests(), buildDigests()]);
    expect(Object.keys(first).sort()).toEqual([...downloadFiles(SITE).keys()].sort());
    expect(second).toEqual(first);
  }, 60_000);

  it('hold no secret: apiSecret is an empty value marked secret, in every environment', () => {
    const fixtures = JSON.parse(
      readFileSync(resolve(root, 'tests/fixtures/signing-vectors.json'), 'utf8'),
    );
    for (const [name, text] of texts()) {
      expect(text, name).not.toContain(fixtures.secret);
      expect(text, name).not.toMatch(/(account|master)-[A-Za-z0-9]{20}/); // a minted key
      expect(text, name).not.toMatch(/"apiSecret"\s*:\s*"[^"]/);
      if (name.includes('/environments/')) expect(text, name).not.toMatch(/^\s*apiSecret\s*:/m);
    }
    for (const target of exportTargets(SITE)) {
      const environment = JSON.parse(texts().get(postmanEnvironmentFile(target.id))!);
      expect(environment.values.find((v: { key: string }) => v.key === 'apiSecret')).toEqual({
        key: 'apiSecret',
        value: '',
        type: 'secret',
        enabled: true,
      });
      const bruno = texts().get(
        `${DOWNLOAD_FILES.brunoZip}:gemini-sandbox-bruno/environments/${target.id}.bru`,
      )!;
      expect(bruno).toMatch(/vars:secret \[\n {2}apiSecret\n\]/);
    }
  });

  it('never point at a production host', () => {
    for (const [name, text] of texts())
      expect(text, name).not.toMatch(/https?:\/\/api\.gemini\.com/);
  });
});
