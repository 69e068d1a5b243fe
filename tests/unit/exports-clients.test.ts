/**
 * The generated API-client collections, run by the clients' own CLIs against the Node emulator
 * on loopback: newman (Postman's runner) with the Postman collection and environment, and
 * `bru run` (Bruno's CLI) with the Bruno collection unpacked from the shipped zip. Each must
 * reach every catalogue endpoint with a signature the emulator accepts, fail with
 * InvalidSignature under a wrong secret, meet 429 in a burst and sign seconds for time-based keys.
 */
import { execFile } from 'node:child_process';
import { createServer, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { unzipSync } from 'fflate';
import newman, { type NewmanRunSummary } from 'newman';
import { describe, expect, it } from 'vitest';
import { useEmulator } from './emulator-fixture.ts';
import type { KeyOptions, MintedKey } from '../../src/lib/emulator/index.ts';
import { CATALOGUE, findEndpoint } from '../../src/lib/emulator/catalogue.ts';
import {
  brunoZip,
  exportTargets,
  postmanCollection,
  postmanEnvironment,
} from '../../src/lib/exports/index.ts';

const SITE = 'http://127.0.0.1:4321';
const root = resolve(import.meta.dirname, '../..');
const PRIVATE = CATALOGUE.filter((endpoint) => endpoint.access === 'private');
/**
 * A master key with every role but Auditor (which combines with none), naming its first account:
 * it can call every private endpoint, account-level and group-level alike. Every private
 * endpoint must allow one of these roles, or the test needs another key.
 */
const ROLES: KeyOptions['roles'] = ['trader', 'fundmanager', 'administrator'];

const emulator = useEmulator({ roles: ROLES, scope: 'master' });
const mint = emulator.mint.bind(emulator);

/** What every client run reduces to: one entry per request sent. */
interface Exchange {
  /** The Gemini path, e.g. /v1/pubticker/btcusd. */
  path: string;
  method: string;
  status: number;
  body: unknown;
  headers: Record<string, string>;
  /** The decoded X-GEMINI-PAYLOAD of signed requests. */
  payload?: Record<string, unknown>;
}

function exchange(
  url: string,
  method: string,
  status: number,
  body: unknown,
  headers: Record<string, string>,
): Exchange {
  const path = new URL(url).pathname;
  const encoded = Object.entries(headers).find(([name]) => /^x-gemini-payload$/i.test(name))?.[1];
  const payload = encoded ? JSON.parse(Buffer.from(encoded, 'base64').toString('utf8')) : undefined;
  return { path, method, status, body, headers, payload };
}

interface RunOptions {
  key: MintedKey;
  /** Another base URL than the emulator's own (the hosted `<origin>/sandbox` shape). */
  baseUrl?: string;
  secret?: string;
  nonceMode?: 'ms' | 'seconds';
  /** Only the Private folder. */
  privateOnly?: boolean;
  /**
   * Pause between requests. The emulator checks a key's rate limit (600/min: 10 a second plus 5
   * queued) before its signature, so a fast client meets 429 after ~15 quick calls; only the
   * burst test wants that.
   */
  delayMs?: number;
  /** Bruno's JavaScript sandbox: "safe" (QuickJS, Bruno's default) or "developer" (Node vm). */
  brunoSandbox?: 'safe' | 'developer';
}

async function runNewman(options: RunOptions): Promise<Exchange[]> {
  const target = exportTargets(SITE)[0];
  // The files as shipped (JSON text), not the objects: what a user imports.
  const collection = JSON.parse(JSON.stringify(postmanCollection(SITE)));
  const environment = JSON.parse(JSON.stringify(postmanEnvironment(target)));
  const summary = await new Promise<NewmanRunSummary>((done, fail) =>
    newman.run(
      {
        collection,
        environment,
        envVar: [
          { key: 'baseUrl', value: options.baseUrl ?? emulator.url },
          { key: 'apiKey', value: options.key.key },
          { key: 'apiSecret', value: options.secret ?? options.key.secret },
          { key: 'nonceMode', value: options.nonceMode ?? 'ms' },
          { key: 'account', value: options.key.scope === 'master' ? options.key.account : '' },
        ],
        folder: options.privateOnly ? 'Private' : undefined,
        delayRequest: options.delayMs ?? PACE_MS,
        reporters: [],
        timeout: 60_000,
      },
      (error, result) => (error ? fail(error) : done(result)),
    ),
  );
  const scriptErrors = summary.run.failures.filter((f) => f.error.name !== 'AssertionError');
  expect(scriptErrors.map((f) => f.error.message)).toEqual([]);
  return summary.run.executions.map((execution) => {
    const request = execution.request as unknown as {
      url: { toString(): string };
      method: string;
      headers: { toObject(): Record<string, string> };
    };
    const response = execution.response as unknown as { code: number; stream: Buffer };
    return exchange(
      request.url.toString(),
      request.method,
      response.code,
      JSON.parse(response.stream.toString('utf8')),
      request.headers.toObject(),
    );
  });
}

const PACE_MS = 110;

const bruCli = join(root, 'node_modules/.bin/bru');
let brunoDir = '';

/** Unpacks the shipped Bruno zip once. */
function brunoCollection(): string {
  if (brunoDir) return brunoDir;
  const dir = mkdtempSync(join(tmpdir(), 'bruno-'));
  for (const [path, bytes] of Object.entries(unzipSync(brunoZip(SITE)))) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), bytes);
  }
  brunoDir = join(dir, 'gemini-sandbox-bruno');
  return brunoDir;
}

async function runBruno(options: RunOptions): Promise<Exchange[]> {
  const dir = brunoCollection();
  const report = join(mkdtempSync(join(tmpdir(), 'bruno-report-')), 'report.json');
  const args = [
    'run',
    ...(options.privateOnly ? ['Private'] : []),
    '-r',
    '--env',
    'local-emulator',
    '--env-var',
    `baseUrl=${options.baseUrl ?? emulator.url}`,
    '--env-var',
    `apiKey=${options.key.key}`,
    // A throwaway emulator key on loopback; real secrets belong in Bruno's secret store.
    '--env-var',
    `apiSecret=${options.secret ?? options.key.secret}`,
    '--env-var',
    `nonceMode=${options.nonceMode ?? 'ms'}`,
    '--env-var',
    `account=${options.key.scope === 'master' ? options.key.account : ''}`,
    '--delay',
    String(options.delayMs ?? PACE_MS),
    '--sandbox',
    options.brunoSandbox ?? 'safe',
    '--reporter-json',
    report,
  ];
  // Async: the emulator answers from this same process.
  await promisify(execFile)(bruCli, args, { cwd: dir, timeout: 200_000 }).catch(
    (error: { code?: number; stdout?: string; stderr?: string }) => {
      // Failing tests (expected in the error runs) exit 1; anything else is a broken run.
      if (error.code !== 1)
        throw new Error(`bru run failed: ${error.stderr ?? ''}${error.stdout ?? ''}`);
    },
  );
  const results = JSON.parse(readFileSync(report, 'utf8'))[0].results as Array<{
    request: { method: string; url: string; headers: Record<string, string> };
    response: { status: number; data: unknown };
    error?: string;
  }>;
  expect(results.filter((result) => result.error).map((result) => result.error)).toEqual([]);
  return results.map((result) =>
    exchange(
      result.request.url,
      result.request.method,
      result.response.status,
      result.response.data,
      result.request.headers,
    ),
  );
}

/** What the emulator's own suite expects of each endpoint's answer, where it is specific. */
const SHAPES: Record<string, (body: any) => void> = {
  '/v1/balances': (body) => expect(body[0]).toHaveProperty('currency'),
  '/v1/order/new': (body) => expect(body).toMatchObject({ symbol: 'btcusd', is_live: true }),
  '/v1/order/status': (body) => expect(body).toHaveProperty('order_id'),
  '/v1/order/cancel': (body) => expect(body).toMatchObject({ is_cancelled: true }),
  '/v1/order/cancel/all': (body) => expect(body).toMatchObject({ result: 'ok' }),
  '/v1/order/cancel/session': (body) => expect(body).toMatchObject({ result: 'ok' }),
  '/v1/orders': (body) => expect(Array.isArray(body)).toBe(true),
  '/v1/mytrades': (body) => expect(Array.isArray(body)).toBe(true),
  '/v1/account': (body) => expect(body).toHaveProperty('account.accountName'),
  '/v1/heartbeat': (body) => expect(body).toEqual({ result: 'ok' }),
  '/v1/roles': (body) => expect(body).toMatchObject({ isTrader: true }),
  '/v1/notionalvolume': (body) => expect(body).toHaveProperty('api_maker_fee_bps'),
  '/v1/symbols': (body) => expect(body).toContain('btcusd'),
  '/v1/symbols/details/:symbol': (body) => expect(body).toMatchObject({ symbol: 'BTCUSD' }),
  '/v1/pubticker/:symbol': (body) => expect(body).toHaveProperty('bid'),
  '/v2/ticker/:symbol': (body) => expect(body).toMatchObject({ symbol: 'BTCUSD' }),
};

const clients = { newman: runNewman, bruno: runBruno };

describe.each(Object.entries(clients))('%s runs the generated collection', (_name, run) => {
  it('against every catalogue endpoint, signed and answered as the emulator documents', async () => {
    for (const endpoint of PRIVATE)
      expect(
        endpoint.roles.some((role) => ROLES!.includes(role)),
        `${endpoint.path} needs a role this test's key lacks`,
      ).toBe(true);
    const exchanges = await run({ key: await mint() });
    expect(exchanges.map((e) => findEndpoint(e.path)?.path).sort()).toEqual(
      CATALOGUE.map((endpoint) => endpoint.path).sort(),
    );
    for (const e of exchanges) {
      const endpoint = findEndpoint(e.path)!;
      expect([e.path, e.status, e.body], 'status').toEqual([e.path, 200, expect.anything()]);
      SHAPES[endpoint.path]?.(e.body);
      if (endpoint.access === 'private') {
        expect(e.payload).toMatchObject({ request: e.path });
        const names = Object.keys(e.headers).map((name) => name.toLowerCase());
        for (const header of [
          'content-type',
          'content-length',
          'cache-control',
          'x-gemini-apikey',
          'x-gemini-payload',
          'x-gemini-signature',
        ])
          expect(
            names.filter((name) => name === header),
            `${e.path}: ${header}`,
          ).toHaveLength(1);
      } else {
        expect(e.payload).toBeUndefined();
      }
    }
    const nonces = exchanges.flatMap((e) => (e.payload ? [Number(e.payload.nonce)] : []));
    expect(nonces.length).toBe(PRIVATE.length);
    for (let i = 1; i < nonces.length; i++) expect(nonces[i]).toBeGreaterThan(nonces[i - 1]);
    expect(nonces[0]).toBeGreaterThan(Date.now() - 120_000); // milliseconds
  }, 240_000);

  it('with a wrong secret: every private endpoint answers InvalidSignature', async () => {
    const exchanges = await run({
      key: await mint(),
      secret: 'not-the-secret-0000000000000',
      brunoSandbox: 'developer',
    });
    const signed = exchanges.filter((e) => e.payload);
    expect(signed).toHaveLength(PRIVATE.length);
    for (const e of signed)
      expect([e.path, e.status, e.body]).toEqual([
        e.path,
        400,
        expect.objectContaining({ reason: 'InvalidSignature' }),
      ]);
  }, 240_000);

  it('in a burst over a low rate limit: meets 429 RateLimit', async () => {
    const key = await mint({ rateLimit: { perMinute: 60, burst: 0 } });
    const exchanges = await run({ key, privateOnly: true, delayMs: 0, brunoSandbox: 'developer' });
    expect(exchanges[0].status).toBe(200);
    const limited = exchanges.filter((e) => e.status === 429);
    expect(limited.length).toBeGreaterThan(0);
    for (const e of limited) expect(e.body).toMatchObject({ result: 'error', reason: 'RateLimit' });
  }, 240_000);

  it('with a time-based key and nonceMode seconds: sends Unix seconds, accepted', async () => {
    const exchanges = await run({
      key: await mint({ timeBasedNonce: true }),
      nonceMode: 'seconds',
      privateOnly: true,
      brunoSandbox: 'developer', // the main run covers Bruno's default, safe mode
    });
    expect(exchanges).toHaveLength(PRIVATE.length);
    for (const e of exchanges) {
      expect([e.path, e.status]).toEqual([e.path, 200]);
      expect(Math.abs(Number(e.payload!.nonce) - Date.now() / 1000)).toBeLessThan(60);
    }
  }, 240_000);

  it('behind a /sandbox prefix (the hosted emulator, contract 1): signs /v1/… paths', async () => {
    // What `npm start` and the Worker do: strip /sandbox and hand the rest to the same emulator.
    const proxy = createServer((request, response) => {
      const target = new URL((request.url ?? '/').replace(/^\/sandbox(?=\/)/, ''), emulator.url);
      const forwarded = httpRequest(
        target,
        { method: request.method, headers: request.headers },
        (answer) => {
          response.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(response);
        },
      );
      request.pipe(forwarded);
    });
    await new Promise<void>((ready) => proxy.listen(0, '127.0.0.1', ready));
    try {
      const { port } = proxy.address() as AddressInfo;
      const exchanges = await run({
        key: await mint(),
        baseUrl: `http://127.0.0.1:${port}/sandbox`,
        privateOnly: true,
        brunoSandbox: 'developer',
      });
      expect(exchanges).toHaveLength(PRIVATE.length);
      for (const e of exchanges) {
        expect(e.path.startsWith('/sandbox/v')).toBe(true);
        expect([e.payload?.request, e.status]).toEqual([e.path.slice('/sandbox'.length), 200]);
      }
    } finally {
      proxy.closeAllConnections();
      await new Promise((closed) => proxy.close(closed));
    }
  }, 240_000);
});
