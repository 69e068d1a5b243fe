/**
 * The code samples the lessons show are the files in content/samples, imported with `?raw`. This
 * runs them: against the known-answer vectors, and as programs against the local emulator (Node
 * always; bash when curl and openssl exist; Python when python3 exists), with the environment
 * pointing at the emulator so no sample ever reaches a real Gemini host.
 */
import { execFile, spawnSync } from 'node:child_process';
import { createHash, createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulatorServer } from '../../scripts/lib/emulator-server.ts';
import { sign } from '../../content/samples/sign-request.ts';
import { backoffDelay, withRetry } from '../../content/samples/retry-with-jitter.ts';
import { handshakeHeaders } from '../../content/samples/websocket-auth.ts';

const root = resolve(import.meta.dirname, '../..');
const samplesDir = join(root, 'content/samples');
const docsDir = join(root, 'content/docs');
const fixtures = JSON.parse(
  readFileSync(join(root, 'tests/fixtures/signing-vectors.json'), 'utf8'),
);

function commandExists(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
}
const hasPython = commandExists('python3');
const hasShellTools = ['bash', 'curl', 'openssl', 'base64'].every(commandExists);
if (!hasPython) console.warn('python3 not found: the Python samples are skipped.');
if (!hasShellTools) console.warn('bash, curl, openssl or base64 missing: shell samples skipped.');

type Language = 'node' | 'python' | 'bash';
const runners: Record<Language, { available: boolean; command: string; args: string[] }> = {
  node: { available: true, command: process.execPath, args: ['--experimental-strip-types'] },
  python: { available: hasPython, command: 'python3', args: [] },
  bash: { available: hasShellTools, command: 'bash', args: [] },
};

interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a sample with only the variables we pass (plus PATH): no real key can leak in. */
function runSample(
  language: Language,
  file: string,
  env: Record<string, string>,
  args: string[] = [],
): Promise<RunResult> {
  return runIn(language, [join(samplesDir, file), ...args], env);
}

/** Runs `args` with a language's interpreter in content/samples, with only the variables we pass. */
function runIn(
  language: Language,
  args: string[],
  env: Record<string, string>,
  timeout = 30_000,
): Promise<RunResult> {
  const runner = runners[language];
  return new Promise((done) => {
    execFile(
      runner.command,
      [...runner.args, ...args],
      {
        cwd: samplesDir,
        timeout,
        env: { PATH: process.env.PATH ?? '', PYTHONDONTWRITEBYTECODE: '1', ...env },
      },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        done({ code, stdout, stderr });
      },
    );
  });
}

/** The first JSON value printed after a status line such as "POST /v1/balances: HTTP 200". */
function jsonAfter(label: string, stdout: string): unknown {
  const start = stdout.indexOf(label);
  expect(start, `"${label}" in:\n${stdout}`).toBeGreaterThanOrEqual(0);
  const rest = stdout.slice(start).split('\n').slice(1).join('\n');
  const end = rest.search(/\n(POST |HTTP \d)/);
  return JSON.parse(end === -1 ? rest : rest.slice(0, end));
}

const compactVectors = fixtures.vectors.filter(
  (vector: { json: string }) => JSON.stringify(JSON.parse(vector.json)) === vector.json,
);

describe('samples reproduce the known-answer vectors', { timeout: 20_000 }, () => {
  it('TypeScript sign()', () => {
    expect(compactVectors.length).toBeGreaterThanOrEqual(3);
    for (const vector of compactVectors) {
      const { base64, signature } = sign(fixtures.secret, JSON.parse(vector.json));
      expect({ name: vector.name, base64, signature }).toEqual({
        name: vector.name,
        base64: vector.base64,
        signature: vector.signature,
      });
    }
  });

  it.skipIf(!hasPython)('Python sign()', () => {
    const script = [
      'import json, sys, sign_request',
      'vectors = json.load(sys.stdin)',
      'print(json.dumps([sign_request.sign(SECRET, json.loads(v["json"]))[1:] for v in vectors]))',
    ].join('\n');
    const result = spawnSync(
      'python3',
      ['-c', script.replace('SECRET', JSON.stringify(fixtures.secret))],
      {
        cwd: samplesDir,
        input: JSON.stringify(compactVectors),
        encoding: 'utf8',
        env: { PATH: process.env.PATH, PYTHONDONTWRITEBYTECODE: '1' },
      },
    );
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual(
      compactVectors.map((v: { base64: string; signature: string }) => [v.base64, v.signature]),
    );
  });

  it.skipIf(!hasShellTools)('shell gemini_sign, including the pretty-printed docs vector', () => {
    for (const vector of fixtures.vectors) {
      const result = spawnSync(
        'bash',
        ['-c', 'source ./sign-request.sh && gemini_sign "$VECTOR_JSON"'],
        {
          cwd: samplesDir,
          encoding: 'utf8',
          env: {
            PATH: process.env.PATH,
            GEMINI_API_SECRET: fixtures.secret,
            VECTOR_JSON: vector.json,
          },
        },
      );
      expect(result.stdout.trim().split('\n'), vector.name).toEqual([
        vector.base64,
        vector.signature,
      ]);
    }
  });

  it('TypeScript WebSocket handshake headers', () => {
    expect(handshakeHeaders('account-TEST', fixtures.secret, 1_700_000_000_999)).toEqual({
      'X-GEMINI-APIKEY': 'account-TEST',
      'X-GEMINI-NONCE': '1700000000',
      'X-GEMINI-PAYLOAD': 'MTcwMDAwMDAwMA==',
      'X-GEMINI-SIGNATURE':
        '50924a1d155e25cc9447e50c0f37153f04a769c4be129ffb82b43b32801155077ad508e2a14afa9e7af08d242f3abf94',
    });
  });

  it('withRetry retries 429, 502 and 503 with a fresh call, and nothing else', async () => {
    for (const [statuses, calls] of [
      [[429, 502, 503, 200], 4],
      [[400, 200], 1],
      [[500, 200], 1],
    ] as const) {
      const answers = [...statuses];
      let sent = 0;
      const response = await withRetry(
        async () => {
          sent++;
          return { status: answers.shift()!, headers: new Headers(), body: null };
        },
        { random: () => 0 },
      );
      expect({ statuses, sent, last: response.status }).toEqual({
        statuses,
        sent: calls,
        last: statuses[calls - 1],
      });
    }
  });

  it('backoffDelay grows exponentially up to the cap and scales with the random draw', () => {
    const top = () => 0.999999;
    expect([1, 2, 3, 4].map((n) => backoffDelay(n, { random: top }))).toEqual([
      500, 1000, 2000, 4000,
    ]);
    expect(backoffDelay(20, { random: top })).toBe(30_000);
    expect(backoffDelay(3, { random: () => 0 })).toBe(0);
    expect(backoffDelay(3, { random: () => 0.5 })).toBe(1000);
  });
});

describe('samples run against the emulator', { timeout: 20_000 }, () => {
  let emulator: { url: string; close(): Promise<void> | void };

  beforeAll(async () => {
    emulator = await startEmulatorServer({ host: '127.0.0.1', port: 0 });
  });
  afterAll(async () => {
    await emulator?.close();
  });

  async function mintKey(options: Record<string, unknown> = {}) {
    const response = await fetch(`${emulator.url}/emulator/keys`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ roles: ['trader'], ...options }),
    });
    expect(response.status).toBe(200);
    const { key, secret } = (await response.json()) as { key: string; secret: string };
    return {
      GEMINI_API_KEY: key,
      GEMINI_API_SECRET: secret,
      GEMINI_API_BASE: emulator.url,
    };
  }

  const files: Record<string, Partial<Record<Language, string>>> = {
    'sign-request': { node: 'sign-request.ts', python: 'sign_request.py', bash: 'sign-request.sh' },
    order: {
      node: 'place-and-cancel-order.ts',
      python: 'place_and_cancel_order.py',
      bash: 'place-and-cancel-order.sh',
    },
    heartbeat: { node: 'heartbeat.ts', python: 'heartbeat.py', bash: 'heartbeat.sh' },
    retry: { node: 'retry-with-jitter.ts', python: 'retry_with_jitter.py' },
  };

  for (const language of ['node', 'python', 'bash'] as const) {
    describe(language, () => {
      const skip = !runners[language].available;

      it.skipIf(skip)('sign-request fetches the balances (HTTP 200, a JSON list)', async () => {
        const result = await runSample(language, files['sign-request'][language]!, await mintKey());
        expect(result.code, result.stdout + result.stderr).toBe(0);
        expect(result.stdout).toContain('POST /v1/balances: HTTP 200');
        const balances = jsonAfter('POST /v1/balances', result.stdout) as { currency: string }[];
        expect(Array.isArray(balances)).toBe(true);
        expect(balances.length).toBeGreaterThan(0);
        expect(balances[0]).toHaveProperty('currency');
      });

      it.skipIf(skip)('sign-request with a time-based key sends seconds', async () => {
        const env = { ...(await mintKey({ timeBasedNonce: true })), GEMINI_NONCE_UNIT: 'seconds' };
        const result = await runSample(language, files['sign-request'][language]!, env);
        expect(result.code, result.stdout + result.stderr).toBe(0);
        expect(result.stdout).toContain('HTTP 200');
      });

      it.skipIf(skip)('sign-request with a wrong secret gets InvalidSignature', async () => {
        const env = { ...(await mintKey()), GEMINI_API_SECRET: 'not-the-secret' };
        const result = await runSample(language, files['sign-request'][language]!, env);
        expect(result.code).not.toBe(0);
        expect(result.stdout).toContain('InvalidSignature');
      });

      it.skipIf(skip)('place-and-cancel-order places, finds and cancels an order', async () => {
        const result = await runSample(language, files.order[language]!, await mintKey());
        expect(result.code, result.stdout + result.stderr).toBe(0);
        expect(result.stdout).toMatch(/POST \/v1\/order\/new[\s\S]*"order_id"/);
        expect(result.stdout).toMatch(/POST \/v1\/order\/cancel[\s\S]*"is_cancelled": ?true/);
      });

      it.skipIf(skip)('heartbeat answers {"result":"ok"}', async () => {
        const env = {
          ...(await mintKey({ requiresHeartbeat: true })),
          GEMINI_HEARTBEAT_ROUNDS: '1',
        };
        const result = await runSample(language, files.heartbeat[language]!, env);
        expect(result.code, result.stdout + result.stderr).toBe(0);
        expect(result.stdout).toMatch(/"result": ?"ok"/);
      });

      const retryFile = files.retry[language];
      it.skipIf(skip || !retryFile)(
        'retry-with-jitter gets every request through a low rate limit',
        async () => {
          const env = {
            ...(await mintKey({ rateLimit: { perMinute: 120, burst: 0 } })),
            GEMINI_DEMO_REQUESTS: '5',
          };
          const result = await runSample(language, retryFile!, env);
          expect(result.code, result.stdout + result.stderr).toBe(0);
          expect(result.stdout).toMatch(/HTTP 429, retry 1 in \d+ ms/);
          expect(result.stdout).toMatch(/5 of 5 requests succeeded, [1-9]\d* retries/);
        },
        30_000,
      );
    });
  }

  it('a sample without credentials says what to set and sends nothing', async () => {
    const result = await runSample('node', 'sign-request.ts', {
      GEMINI_API_BASE: 'http://127.0.0.1:9', // nothing listens here; the sample must not try
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Set GEMINI_API_KEY and GEMINI_API_SECRET');
  });
});

/**
 * A bot calls the signing helper many times in one process. At Gemini's recommended private rate
 * (5 requests/s) for longer than the 30 s window, a time-based key must keep working: a nonce that
 * runs ahead of the clock fails with InvalidNonce after a few seconds. The three languages run
 * side by side so the suite waits ~32 s once, not three times.
 */
describe('signing helpers keep a time-based key working at 5 requests/s for 32 s', () => {
  const total = 160; // 160 requests at 5/s = 32 s
  const pace = 200; // ms between request starts
  const loops: Record<Language, string[]> = {
    node: [
      '--input-type=module',
      '-e',
      `import { privatePost } from './sign-request.ts';
       const start = Date.now(); let ok = 0;
       for (let i = 0; i < ${total}; i++) {
         const wait = start + i * ${pace} - Date.now();
         if (wait > 0) await new Promise((r) => setTimeout(r, wait));
         const { status, body } = await privatePost('/v1/balances');
         if (status === 200) ok++; else console.error(JSON.stringify(body));
       }
       console.log(JSON.stringify({ ok, seconds: (Date.now() - start) / 1000 }));`,
    ],
    python: [
      '-c',
      `import json, sys, time, sign_request
start = time.time(); ok = 0
for i in range(${total}):
    wait = start + i * ${pace} / 1000 - time.time()
    if wait > 0: time.sleep(wait)
    status, _, body = sign_request.private_post("/v1/balances")
    if status == 200: ok += 1
    else: print(json.dumps(body), file=sys.stderr)
print(json.dumps({"ok": ok, "seconds": time.time() - start}))`,
    ],
    bash: [
      '-c',
      `source ./sign-request.sh
start=$(date +%s%3N); ok=0
for ((i = 0; i < ${total}; i++)); do
  while (($(date +%s%3N) < start + i * ${pace})); do sleep 0.01; done
  response="$(gemini_post /v1/balances)"
  if [[ "\${response##*$'\\n'}" == 'HTTP 200' ]]; then ok=$((ok + 1)); else echo "\${response%%$'\\n'*}" >&2; fi
done
echo "{\\"ok\\":$ok,\\"seconds\\":$((($(date +%s%3N) - start) / 1000))}"`,
    ],
  };
  let emulator: { url: string; close(): Promise<void> | void };
  const results = new Map<Language, Promise<RunResult>>();

  beforeAll(async () => {
    emulator = await startEmulatorServer({ host: '127.0.0.1', port: 0 });
    for (const language of ['node', 'python', 'bash'] as const) {
      if (!runners[language].available) continue;
      const minted = await fetch(`${emulator.url}/emulator/keys`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ roles: ['trader'], timeBasedNonce: true }),
      });
      const { key, secret } = (await minted.json()) as { key: string; secret: string };
      const env = {
        GEMINI_API_KEY: key,
        GEMINI_API_SECRET: secret,
        GEMINI_API_BASE: emulator.url,
        GEMINI_NONCE_UNIT: 'seconds',
      };
      results.set(language, runIn(language, loops[language], env, 60_000));
    }
  });
  afterAll(async () => {
    await Promise.allSettled(results.values());
    await emulator?.close();
  });

  for (const language of ['node', 'python', 'bash'] as const) {
    it.skipIf(!runners[language].available)(
      `${language}: all ${total} requests answer 200`,
      async () => {
        const result = await results.get(language)!;
        expect(result.code, result.stdout + result.stderr).toBe(0);
        const summary = JSON.parse(result.stdout.trim().split('\n').at(-1)!) as {
          ok: number;
          seconds: number;
        };
        expect(summary.seconds).toBeGreaterThanOrEqual(31);
        expect(summary.ok, result.stderr.slice(0, 500)).toBe(total);
      },
      70_000,
    );
  }
});

describe('the WebSocket sample authenticates a handshake', { timeout: 20_000 }, () => {
  const secret = 'websocket-test-secret';
  let server: Server;
  let url = '';
  const received: { headers: Record<string, string | string[] | undefined>; message?: string }[] =
    [];

  /** Unmasks the client's first text frame (short frames only, as the sample sends). */
  function clientText(frame: Buffer): string {
    const length = frame[1] & 0x7f;
    const mask = frame.subarray(2, 6);
    return Buffer.from(frame.subarray(6, 6 + length).map((b, i) => b ^ mask[i % 4])).toString();
  }

  beforeAll(async () => {
    server = createServer((_request, response) => response.writeHead(426).end());
    server.on('upgrade', (request, socket: Socket) => {
      const entry: (typeof received)[number] = { headers: request.headers };
      received.push(entry);
      const payload = String(request.headers['x-gemini-payload']);
      const expected = createHmac('sha384', secret).update(payload).digest('hex');
      if (request.headers['x-gemini-signature'] !== expected) {
        socket.end('HTTP/1.1 401 Unauthorized\r\nContent-Length: 0\r\n\r\n');
        return;
      }
      const accept = createHash('sha1')
        .update(`${request.headers['sec-websocket-key']}258EAFA5-E914-47DA-95CA-C5AB0DC85B11`)
        .digest('base64');
      socket.write(
        `HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: ${accept}\r\n\r\n`,
      );
      socket.on('data', (frame: Buffer) => {
        if ((frame[0] & 0x0f) === 0x8) {
          socket.end(Buffer.from([0x88, 0x00])); // answer the client's close, then hang up
          return;
        }
        entry.message = clientText(frame);
        const reply = Buffer.from('{"id":"1","status":200,"result":null}');
        socket.write(Buffer.concat([Buffer.from([0x81, reply.length]), reply]));
      });
      socket.on('error', () => {});
    });
    await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
    url = `ws://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });
  afterAll(
    () =>
      new Promise<void>((closed) => {
        server.closeAllConnections();
        server.close(() => closed());
      }),
  );

  it('prints the four headers, consistent with each other and the clock', async () => {
    const result = await runSample('node', 'websocket-auth.ts', {
      GEMINI_API_KEY: 'account-TEST',
      GEMINI_API_SECRET: secret,
    });
    expect(result.code, result.stderr).toBe(0);
    const headers = Object.fromEntries(
      result.stdout
        .trim()
        .split('\n')
        .map((line) => line.split(': ')),
    );
    const nonce = Number(headers['X-GEMINI-NONCE']);
    expect(Math.abs(nonce - Date.now() / 1000)).toBeLessThan(30);
    expect(Buffer.from(headers['X-GEMINI-PAYLOAD'], 'base64').toString()).toBe(String(nonce));
    expect(headers['X-GEMINI-SIGNATURE']).toBe(
      createHmac('sha384', secret).update(headers['X-GEMINI-PAYLOAD']).digest('hex'),
    );
  });

  it('--connect upgrades, subscribes to orders@account and prints the reply', async () => {
    const result = await runSample(
      'node',
      'websocket-auth.ts',
      { GEMINI_API_KEY: 'account-TEST', GEMINI_API_SECRET: secret, GEMINI_WS_URL: url },
      ['--connect'],
    );
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('authenticated');
    expect(result.stdout).toContain('{"id":"1","status":200,"result":null}');
    expect(JSON.parse(received.at(-1)?.message ?? 'null')).toEqual({
      id: '1',
      method: 'subscribe',
      params: ['orders@account'],
    });
  });

  it('--connect reports a refused handshake', async () => {
    const result = await runSample(
      'node',
      'websocket-auth.ts',
      { GEMINI_API_KEY: 'account-TEST', GEMINI_API_SECRET: 'wrong', GEMINI_WS_URL: url },
      ['--connect'],
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('The server refused the handshake');
  });
});

/**
 * Brief contract 5: the emulator's Node server serves the order events feed at
 * ws://<host>:<port>/v1/order/events, authenticated by the three REST headers on the upgrade.
 * The lesson's offline exercise runs the sample against it. Until the emulator has the feed
 * (its source names the path), the test is skipped with a warning; after that it must pass.
 */
const emulatorSources = [
  join(root, 'scripts/lib/emulator-server.ts'),
  ...readdirSync(join(root, 'src/lib/emulator')).map((file) =>
    join(root, 'src/lib/emulator', file),
  ),
];
const hasOrderEvents = emulatorSources.some(
  (file) => existsSync(file) && readFileSync(file, 'utf8').includes('/v1/order/events'),
);
if (!hasOrderEvents) console.warn('The emulator has no /v1/order/events feed yet: skipped.');

describe.skipIf(!hasOrderEvents)('the WebSocket sample reads the emulator’s order events', () => {
  let emulator: { url: string; close(): Promise<void> | void };
  beforeAll(async () => {
    emulator = await startEmulatorServer({ host: '127.0.0.1', port: 0 });
  });
  afterAll(async () => {
    await emulator?.close();
  });

  async function keyFor(roles: string[]) {
    const response = await fetch(`${emulator.url}/emulator/keys`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ roles }),
    });
    const { key, secret } = (await response.json()) as { key: string; secret: string };
    return { GEMINI_API_KEY: key, GEMINI_API_SECRET: secret };
  }

  const wsUrl = () => `${emulator.url.replace(/^http/, 'ws')}/v1/order/events?heartbeat=true`;

  it('--order-events: subscription_ack, then more messages', { timeout: 30_000 }, async () => {
    const env = { ...(await keyFor(['trader'])), GEMINI_WS_URL: wsUrl() };
    const result = await runSample('node', 'websocket-auth.ts', env, ['--order-events']);
    expect(result.code, result.stdout + result.stderr).toBe(0);
    const messages = result.stdout.split('\n').filter((line) => /^[[{]/.test(line));
    expect(messages).toHaveLength(3);
    expect(JSON.parse(messages[0])).toMatchObject({ type: 'subscription_ack' });
  });

  it('--order-events with a wrong secret is refused', { timeout: 30_000 }, async () => {
    const env = {
      ...(await keyFor(['trader'])),
      GEMINI_API_SECRET: 'wrong',
      GEMINI_WS_URL: wsUrl(),
    };
    const result = await runSample('node', 'websocket-auth.ts', env, ['--order-events']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('The server refused the handshake');
  });
});

describe('the revoke drill sample against the emulator', { timeout: 20_000 }, () => {
  let emulator: { url: string; close(): Promise<void> | void };
  beforeAll(async () => {
    emulator = await startEmulatorServer({ host: '127.0.0.1', port: 0 });
  });
  afterAll(async () => {
    await emulator?.close();
  });

  it('mints, calls (200), revokes, and shows the next call refused with its reason', async () => {
    const result = await runSample('node', 'revoke-drill.ts', {
      GEMINI_EMULATOR_BASE: emulator.url,
    });
    expect(result.code, result.stdout + result.stderr).toBe(0);
    const lines = result.stdout.trim().split('\n');
    expect(lines).toEqual([
      expect.stringMatching(/^1\. Minted the throwaway key account-[A-Za-z0-9]{20}$/),
      'POST /v1/balances: HTTP 200',
      '2. The key works (HTTP 200)',
      'POST /emulator/keys/revoke: HTTP 200',
      expect.stringMatching(/^3\. Revoked: Key account-\S+ is revoked/),
      'POST /v1/balances: HTTP 400',
      expect.stringMatching(/^4\. InvalidSignature: Invalid API key .*knows no such key/),
      'Drill passed: after revoking, the next call with the key fails.',
    ]);
  });

  it('without an emulator it says so and fails', async () => {
    const result = await runSample('node', 'revoke-drill.ts', {
      GEMINI_EMULATOR_BASE: 'http://127.0.0.1:9',
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Is the emulator running at http://127.0.0.1:9?');
  });
});

describe('lessons and samples belong together', () => {
  const lessonFiles = readdirSync(docsDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => join(docsDir, file));
  const imports = lessonFiles.flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/from '([^']+)\?raw'/g)].map((m) => ({
      lesson: relative(docsDir, file),
      target: resolve(join(file, '..'), m[1]),
    })),
  );
  const samples = readdirSync(samplesDir).filter((file) => /\.(ts|py|sh)$/.test(file));

  it('every ?raw import points to an existing file', () => {
    expect(imports.length).toBeGreaterThan(0);
    for (const { lesson, target } of imports)
      expect(existsSync(target), `${lesson} → ${target}`).toBe(true);
  });

  it('every sample is shown by an English and a German lesson', () => {
    for (const locale of ['en', 'de']) {
      const shown = new Set(
        imports.filter((i) => i.lesson.startsWith(`${locale}/`)).map((i) => i.target),
      );
      for (const sample of samples)
        expect(shown.has(join(samplesDir, sample)), `${locale}: ${sample}`).toBe(true);
    }
  });

  it('no sample mentions a production host; those that pick a server default to the sandbox', () => {
    for (const sample of samples) {
      const source = readFileSync(join(samplesDir, sample), 'utf8');
      expect(source, sample).not.toMatch(/(https|wss):\/\/(api|ws)\.gemini\.com/);
      if (/GEMINI_API_BASE|GEMINI_WS_URL/.test(source)) {
        expect(source, sample).toMatch(/(https|wss):\/\/(api|ws)\.sandbox\.gemini\.com/);
      }
    }
  });
});
