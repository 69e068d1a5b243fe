import { spawn } from 'node:child_process';
import { request as httpRequest } from 'node:http';
import { connect, createServer, type AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulatorServer, type EmulatorServer } from '../../scripts/lib/emulator-server.ts';
import { signRequest } from '../../src/lib/signing/index.ts';

let server: EmulatorServer;
let port: number;

beforeAll(async () => {
  server = await startEmulatorServer({ port: 0, corsOrigins: ['https://docs.example'] });
  port = Number(new URL(server.url).port);
});
afterAll(() => server.close());

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** node:http, so any header (Origin included) can be sent. */
function send(
  method: string,
  path: string,
  headers: Record<string, string> = {},
  body?: string | Buffer,
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, method, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          body: Buffer.concat(chunks).toString('utf8'),
        }),
      );
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** Raw bytes over TCP, for requests Node's own client would refuse to send. */
function sendRaw(bytes: string | Uint8Array): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.end(bytes));
    const chunks: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    socket.on('error', reject);
  });
}

const geminiBody = (text: string) => JSON.parse(text.slice(text.indexOf('\r\n\r\n') + 4));

describe('HTTP basics', () => {
  it('prints a 127.0.0.1 URL and serves public and signed private calls', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const symbols = await fetch(`${server.url}/v1/symbols`);
    expect(symbols.headers.get('content-type')).toMatch(/application\/json/);
    expect(await symbols.json()).toContain('btcusd');

    const key = await server.emulator.mintKey();
    const signed = await signRequest({
      apiKey: key.key,
      secret: key.secret,
      request: '/v1/balances',
      nonce: Date.now(),
    });
    const balances = await fetch(`${server.url}/v1/balances`, {
      method: 'POST',
      headers: signed.headers,
    });
    expect(balances.status).toBe(200);
    expect((await balances.json())[0]).toMatchObject({ currency: 'USD', amount: '100000' });
  });

  it('mints keys over HTTP', async () => {
    const response = await fetch(`${server.url}/emulator/keys`, {
      method: 'POST',
      body: JSON.stringify({ roles: ['auditor'] }),
    });
    expect(await response.json()).toMatchObject({ roles: ['auditor'], scope: 'account' });
  });
});

describe('the fast path (signed calls without Origin) answers as the Hono path does', () => {
  it('the same status, headers and body shape with and without an Origin header', async () => {
    const key = await server.emulator.mintKey({ rateLimit: { perMinute: 1, burst: 0 } });
    let nonce = Date.now();
    const call = async (path: string, origin?: Record<string, string>, params = {}) => {
      const signed = await signRequest({
        apiKey: key.key,
        secret: key.secret,
        request: path,
        nonce: ++nonce,
        params,
      });
      const answer = await send('POST', path, { ...signed.headers, ...origin });
      return {
        status: answer.status,
        type: answer.headers['content-type'],
        retryAfter: answer.headers['retry-after'],
        body: JSON.parse(answer.body),
      };
    };
    const local = { Origin: 'http://127.0.0.1:4321' };
    const fast = await call('/v1/balances');
    const hono = await call('/v1/balances', local);
    expect(fast.status).toBe(200);
    expect(hono.status).toBe(429); // the same key: its one call a minute is used
    expect(hono.retryAfter).toMatch(/^\d+$/);
    const fastLimited = await call('/v1/balances');
    expect({ ...fastLimited, body: fastLimited.body.reason }).toEqual({
      ...hono,
      body: hono.body.reason,
    });
    expect(fast.type).toBe('application/json');
  });
});

describe('CORS', () => {
  const preflight = (origin: string) =>
    send('OPTIONS', '/v1/balances', {
      Origin: origin,
      'Access-Control-Request-Method': 'POST',
      'Access-Control-Request-Headers':
        'x-gemini-apikey,x-gemini-payload,x-gemini-signature,cache-control',
    });

  it.each([
    'http://127.0.0.1:4321',
    'http://localhost:4321',
    'http://127.0.0.1:50123',
    'http://localhost:8080',
    'https://docs.example',
  ])('answers the preflight from %s', async (origin) => {
    const response = await preflight(origin);
    expect(response.status).toBe(204);
    expect(response.headers['access-control-allow-origin']).toBe(origin);
    const allowed = String(response.headers['access-control-allow-headers']).toLowerCase();
    for (const header of [
      'x-gemini-apikey',
      'x-gemini-payload',
      'x-gemini-signature',
      'cache-control',
    ]) {
      expect(allowed).toContain(header);
    }
    expect(response.headers['access-control-allow-methods']).toContain('POST');
  });

  it.each([
    'https://evil.example',
    'http://127.0.0.1.evil.example',
    'https://localhost:4321',
    'null',
  ])('gives no CORS grant to %s', async (origin) => {
    const response = await preflight(origin);
    expect(response.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('error responses carry the grant too, and expose Retry-After', async () => {
    const response = await send('POST', '/v1/balances', { Origin: 'http://localhost:4321' });
    expect(response.status).toBe(400);
    expect(JSON.parse(response.body)).toMatchObject({ reason: 'MissingApikeyHeader' });
    expect(response.headers['access-control-allow-origin']).toBe('http://localhost:4321');
    expect(response.headers['access-control-expose-headers']).toContain('Retry-After');
  });
});

describe('malformed traffic gets Gemini JSON and never stops the server', () => {
  it('garbage bytes', async () => {
    const text = await sendRaw('\x16\x03\x01 this is not HTTP\r\n\r\n');
    expect(text).toMatch(/^HTTP\/1\.1 400/);
    expect(geminiBody(text)).toMatchObject({ result: 'error', reason: 'InvalidJson' });
  });

  it('an invalid header name', async () => {
    const text = await sendRaw(
      'POST /v1/balances HTTP/1.1\r\nHost: x\r\nX-GEMINI APIKEY: a\r\nContent-Length: 0\r\n\r\n',
    );
    expect(text).toMatch(/^HTTP\/1\.1 400/);
    expect(geminiBody(text)).toMatchObject({ result: 'error', reason: 'InvalidJson' });
  });

  it('non-ASCII bytes in the auth headers', async () => {
    const text = await sendRaw(
      Buffer.concat([
        Buffer.from('POST /v1/balances HTTP/1.1\r\nHost: x\r\nX-GEMINI-APIKEY: '),
        Buffer.from([0xff, 0xfe, 0xc3]),
        Buffer.from(
          '\r\nX-GEMINI-PAYLOAD: e30=\r\nX-GEMINI-SIGNATURE: 00\r\nConnection: close\r\n\r\n',
        ),
      ]),
    );
    expect(text).toMatch(/^HTTP\/1\.1 400/);
    expect(geminiBody(text)).toMatchObject({ result: 'error', reason: 'InvalidSignature' });
  });

  it('oversized headers', async () => {
    const text = await sendRaw(
      `POST /v1/balances HTTP/1.1\r\nHost: x\r\nX-GEMINI-PAYLOAD: ${'A'.repeat(40_000)}\r\n\r\n`,
    );
    expect(text).toMatch(/^HTTP\/1\.1 400/);
    expect(geminiBody(text).message).toMatch(/headers are larger/);
  });

  it('a huge body on a private endpoint is ignored, a huge key request is refused', async () => {
    const big = Buffer.alloc(5 * 1024 * 1024, 'x');
    const privateCall = await send('POST', '/v1/balances', { 'Content-Type': 'text/plain' }, big);
    expect(privateCall.status).toBe(400);
    expect(JSON.parse(privateCall.body)).toMatchObject({ reason: 'MissingApikeyHeader' });
    const mint = await send('POST', '/emulator/keys', {}, big);
    expect(mint.status).toBe(400);
    expect(JSON.parse(mint.body).message).toMatch(/larger than 16384 bytes/);
  });

  it('a garbage payload and an unknown path', async () => {
    const garbage = await send('POST', '/v1/balances', {
      'X-GEMINI-APIKEY': 'account-nobody',
      'X-GEMINI-PAYLOAD': '%%%',
      'X-GEMINI-SIGNATURE': 'zz',
    });
    expect(JSON.parse(garbage.body)).toMatchObject({ result: 'error', reason: 'InvalidSignature' });
    const unknown = await send('DELETE', '/../../etc/passwd');
    expect(unknown.status).toBe(404);
    expect(JSON.parse(unknown.body)).toMatchObject({ reason: 'EndpointNotFound' });
  });

  it('is still serving afterwards', async () => {
    const response = await fetch(`${server.url}/v1/pubticker/btcusd`);
    expect(response.status).toBe(200);
  });
});

describe('startEmulatorServer errors', () => {
  it('rejects with EADDRINUSE when the port is taken', async () => {
    await expect(startEmulatorServer({ port })).rejects.toMatchObject({ code: 'EADDRINUSE' });
  });
});

describe('npm run sandbox (scripts/sandbox.ts)', () => {
  const cli = (args: string[]) =>
    spawn(process.execPath, ['--experimental-strip-types', 'scripts/sandbox.ts', ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });

  it('prints the URL and a working key pair with curl, Python and CCXT lines', async () => {
    const free = await freePort();
    const child = cli(['--port', String(free)]);
    try {
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
      await new Promise<void>((resolve, reject) => {
        child.stdout.on('data', () => output.includes('Stop with Ctrl+C') && resolve());
        child.on('exit', (code) => reject(new Error(`exited ${code}`)));
      });
      const url = `http://127.0.0.1:${free}`;
      expect(output).toContain(`Base URL:  ${url}`);
      expect(output).toMatch(/openssl dgst -sha384 -hmac/);
      expect(output).toMatch(/import base64, hashlib, hmac, json, time, requests/);
      expect(output).toMatch(/new ccxt\.gemini\(/);
      const apiKey = /API key: +(account-\w{20})/.exec(output)![1];
      const secret = /Secret: +(\w{28})/.exec(output)![1];
      const signed = await signRequest({ apiKey, secret, request: '/v1/roles', nonce: Date.now() });
      const response = await fetch(`${url}/v1/roles`, { method: 'POST', headers: signed.headers });
      expect(await response.json()).toEqual({
        isAuditor: false,
        isFundManager: false,
        isTrader: true,
      });
    } finally {
      child.kill();
    }
  });

  it('exits 2 with a clear message on a bad flag', async () => {
    const child = cli(['--port', 'abc']);
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise((resolve) => child.on('exit', resolve));
    expect(code).toBe(2);
    expect(stderr).toContain('--port must be a whole number from 1 to 65535, got "abc".');
  });
});

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port: free } = probe.address() as AddressInfo;
      probe.close(() => resolve(free));
    });
  });
}
