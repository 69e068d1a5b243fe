import { execFile } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LosslessNumber } from '../../src/lib/json/index.ts';
import {
  SNIPPET_LANGUAGES,
  generateSnippet,
  shellQuote,
  type SnippetRequest,
} from '../../src/lib/playground/snippets.ts';

const run = promisify(execFile);
const secret = 'snippet-test-secret-Zq9';
const apiKey = 'account-SNIPPETTEST000000000';

/** An independent verifier: checks the signature over the received base64, echoes the payload. */
let server: Server;
let baseUrl = '';
const received: Array<{
  path: string;
  json: string;
  headers: Record<string, string | string[] | undefined>;
}> = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    const payload = String(request.headers['x-gemini-payload'] ?? '');
    const expected = createHmac('sha384', secret).update(payload).digest('hex');
    const json = Buffer.from(payload, 'base64').toString('utf8');
    received.push({ path: request.url ?? '', json, headers: request.headers });
    const ok =
      request.headers['x-gemini-signature'] === expected &&
      request.headers['x-gemini-apikey'] === apiKey;
    response.writeHead(ok ? 200 : 400, { 'Content-Type': 'application/json' });
    response.end(ok ? json : '{"result":"error","reason":"InvalidSignature","message":"bad"}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const hostile = `it's "quoted" $HOME \`id\` \\ ü 🎉 </script> %s`;
const request = (overrides: Partial<SnippetRequest> = {}): SnippetRequest => ({
  baseUrl,
  method: 'POST',
  path: '/v1/order/new',
  signed: true,
  params: {
    client_order_id: hostile,
    symbol: 'btcusd',
    amount: '0.001',
    options: ['maker-or-cancel'],
    order_id: new LosslessNumber('18446744073709551615'),
    nested: { flag: true, none: null, ratio: new LosslessNumber('0.25') },
  },
  nonce: { mode: 'ms' },
  ...overrides,
});
const env = { ...process.env, GEMINI_API_KEY: apiKey, GEMINI_API_SECRET: secret };
const workdir = mkdtempSync(join(tmpdir(), 'snippets-'));

async function runSnippet(
  language: 'curl' | 'python' | 'typescript',
  code: string,
): Promise<string> {
  const file = join(workdir, { curl: 'run.sh', python: 'run.py', typescript: 'run.mts' }[language]);
  writeFileSync(file, code);
  const command = { curl: 'bash', python: 'python3', typescript: process.execPath }[language];
  const { stdout } = await run(command, [file], { env, timeout: 20_000 });
  return stdout;
}

describe('snippets', () => {
  it.each(SNIPPET_LANGUAGES)(
    '%s reads the key and secret from the environment only',
    (language) => {
      const code = generateSnippet(language, request());
      expect(code).toMatch(/GEMINI_API_SECRET/);
      expect(code).toMatch(/GEMINI_API_KEY/);
      expect(code).not.toContain(secret);
    },
  );

  it.each(['curl', 'python', 'typescript'] as const)(
    '%s signs exactly: the verifier accepts it and receives every param intact',
    async (language) => {
      received.length = 0;
      const output = await runSnippet(language, generateSnippet(language, request()));
      expect(received).toHaveLength(1);
      const [call] = received;
      expect(call!.path).toBe('/v1/order/new');
      expect(output).not.toContain('InvalidSignature');
      const payload = JSON.parse(call!.json.replace(/"order_id":(\d+)/, '"order_id":"$1"'));
      expect(Object.keys(payload).slice(0, 2)).toEqual(['request', 'nonce']);
      expect(payload.request).toBe('/v1/order/new');
      expect(payload.client_order_id).toBe(hostile);
      expect(payload.order_id).toBe('18446744073709551615');
      expect(payload.options).toEqual(['maker-or-cancel']);
      expect(payload.nested).toEqual({ flag: true, none: null, ratio: 0.25 });
      expect(Math.abs(payload.nonce - Date.now())).toBeLessThan(60_000);
      // The exact JSON text the playground signs, nonce aside.
      expect(call!.json).toBe(
        `{"request":"/v1/order/new","nonce":${payload.nonce},"client_order_id":${JSON.stringify(hostile)},"symbol":"btcusd","amount":"0.001","options":["maker-or-cancel"],"order_id":18446744073709551615,"nested":{"flag":true,"none":null,"ratio":0.25}}`,
      );
      expect(call!.headers['content-type']).toBe('text/plain');
    },
    30_000,
  );

  it.each(['curl', 'python', 'typescript'] as const)(
    '%s sends a manual nonce as written',
    async (language) => {
      received.length = 0;
      await runSnippet(
        language,
        generateSnippet(
          language,
          request({ nonce: { mode: 'manual', value: '1700000000123' }, params: {} }),
        ),
      );
      expect(received[0]!.json).toBe('{"request":"/v1/order/new","nonce":1700000000123}');
    },
    30_000,
  );

  it.each(['curl', 'python', 'typescript'] as const)(
    '%s uses seconds for time-based nonces',
    async (language) => {
      received.length = 0;
      await runSnippet(
        language,
        generateSnippet(language, request({ nonce: { mode: 'seconds' }, params: {} })),
      );
      const nonce = JSON.parse(received[0]!.json).nonce as number;
      expect(Math.abs(nonce - Date.now() / 1000)).toBeLessThan(60);
    },
    30_000,
  );

  it('go builds the same fields in order, with escaped literals', () => {
    const code = generateSnippet('go', request());
    expect(code).toContain('{"request", "/v1/order/new"},');
    expect(code).toContain('{"nonce", time.Now().UnixMilli()},');
    expect(code).toContain(`{"client_order_id", ${JSON.stringify(hostile)}},`);
    expect(code).toContain('{"order_id", json.Number("18446744073709551615")},');
    expect(code).toContain('{"options", []any{"maker-or-cancel"}},');
    expect(code).toContain('hmac.New(sha512.New384, []byte(apiSecret))');
    expect(code.split('{').length).toBe(code.split('}').length);
    const manual = generateSnippet('go', request({ nonce: { mode: 'manual', value: '5' } }));
    expect(manual).not.toContain('"time"');
  });

  it('public endpoints are plain GETs with the params in the query', () => {
    const publicRequest = request({
      method: 'GET',
      path: '/v2/ticker/btcusd',
      signed: false,
      params: { limit: new LosslessNumber('5') },
    });
    for (const language of SNIPPET_LANGUAGES) {
      const code = generateSnippet(language, publicRequest);
      expect(code).toContain(`${baseUrl}/v2/ticker/btcusd?limit=5`);
      expect(code).not.toContain('GEMINI_API_SECRET');
    }
  });

  it('shellQuote survives any text', async () => {
    const { stdout } = await run('bash', ['-c', `printf '%s' ${shellQuote(hostile)}`]);
    expect(stdout).toBe(hostile);
  });
});
