/**
 * The sandbox emulator over HTTP in Node: the same fetch handler the page uses, behind
 * @hono/node-server, with CORS for the site's local origins so the playground can call it.
 * Malformed HTTP (bad headers, oversized headers, garbage bytes) still gets Gemini-shaped JSON.
 */
import { serve, upgradeWebSocket, type HttpBindings } from '@hono/node-server';
import { Hono, type Context } from 'hono';
import type { WSContext } from 'hono/ws';
import { WebSocketServer } from 'ws';
import { cors } from 'hono/cors';
import {
  createServer as createHttpServer,
  STATUS_CODES,
  type IncomingMessage,
  type RequestListener,
  type Server,
  type ServerOptions,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import {
  createEmulator,
  type Emulator,
  type EmulatorOptions,
  type FeedSession,
  type FeedSocket,
  type OrderEventsGrant,
} from '../../src/lib/emulator/index.ts';
import { nodeHmacSha384 } from './node-hmac.ts';

export interface EmulatorServerOptions {
  host?: string;
  /** 0 picks a free port (tests). */
  port?: number;
  /** Origins allowed besides http://127.0.0.1:<any port>, http://localhost:<any port>, http://[::1]:<any port>. */
  corsOrigins?: string[];
  /** An existing emulator to serve (default: a fresh one with real time). */
  emulator?: Emulator;
  /** Options for the fresh emulator, e.g. `{ mintLimit, maxKeys }` for a load test. */
  emulatorOptions?: EmulatorOptions;
}

export interface EmulatorServer {
  /** The base URL, e.g. http://127.0.0.1:4322 (no trailing slash). */
  url: string;
  emulator: Emulator;
  close(): Promise<void>;
}

const LOCAL_ORIGIN = /^http:\/\/(?:127\.0\.0\.1|localhost|\[::1\])(?::\d{1,5})?$/;

export const CORS_ALLOWED_HEADERS = [
  'Content-Type',
  'Cache-Control',
  'X-GEMINI-APIKEY',
  'X-GEMINI-PAYLOAD',
  'X-GEMINI-SIGNATURE',
];

export function startEmulatorServer(options: EmulatorServerOptions = {}): Promise<EmulatorServer> {
  const { host = '127.0.0.1', port = 4322, corsOrigins = [] } = options;
  const emulator =
    options.emulator ??
    createEmulator({
      // The client gets a bare System error; the details belong in this console only.
      onInternalError: (error) => console.error('[emulator] internal error:', error),
      hmac: nodeHmacSha384,
      // Origins trusted for CORS may also mint keys (local origins always may).
      mintOrigins: corsOrigins,
      mintLimit: mintLimitFromEnv(),
      maxKeys: positiveFromEnv('EMULATOR_MAX_KEYS'),
      ...options.emulatorOptions,
    });

  const app = new Hono<{ Bindings: HttpBindings }>();
  app.use(
    '*',
    cors({
      origin: (origin) =>
        LOCAL_ORIGIN.test(origin) || corsOrigins.includes(origin) ? origin : null,
      allowMethods: ['GET', 'POST', 'OPTIONS'],
      allowHeaders: CORS_ALLOWED_HEADERS,
      exposeHeaders: ['Retry-After'],
      maxAge: 600,
    }),
  );
  mountFeeds(app, emulator);
  app.all('*', (c) =>
    emulator.fetch(c.req.raw, { clientId: c.env.incoming.socket.remoteAddress ?? 'unknown' }),
  );

  // ws parses the frames; maxPayload bounds what one client message may weigh.
  const websocketServer = new WebSocketServer({ noServer: true, maxPayload: 65_536 });
  return new Promise((resolve, reject) => {
    const server = serve(
      {
        fetch: app.fetch,
        port,
        hostname: host,
        websocket: { server: websocketServer },
        // Signed calls from bots (no Origin, so no CORS) skip the Request/Response layer.
        createServer: ((serverOptions: ServerOptions, listener: RequestListener) =>
          createHttpServer(serverOptions, (request, response) => {
            if (!answerFast(emulator, request, response)) void listener(request, response);
          })) as typeof createHttpServer,
      },
      (info: AddressInfo) => {
        server.off('error', reject);
        resolve({
          url: `http://${host.includes(':') ? `[${host}]` : host}:${info.port}`,
          emulator,
          close: async () => {
            for (const client of websocketServer.clients) client.terminate();
            await closeServer(server as Server);
          },
        });
      },
    );
    server.once('error', reject);
    (server as Server).on('clientError', answerMalformedRequest);
  });
}

/**
 * The WebSocket feeds (contract 5): `/v1/order/events` (private: the three X-GEMINI headers on
 * the upgrade, refused with a Gemini-shaped HTTP error before upgrading) and `/v2/marketdata`.
 */
function mountFeeds(app: Hono<{ Bindings: HttpBindings }>, emulator: Emulator) {
  const isUpgrade = (c: Context) => c.req.header('upgrade')?.toLowerCase() === 'websocket';
  const adapt = (ws: WSContext): FeedSocket => ({
    send: (text) => ws.send(text),
    close: (code, reason) => ws.close(code, reason),
  });
  const grants = new WeakMap<Request, OrderEventsGrant>();
  app.get(
    '/v1/order/events',
    async (c, next) => {
      if (!isUpgrade(c)) return next();
      const grant = await emulator.feeds.authorizeOrderEvents(c.req.raw);
      if (grant instanceof Response) return refuseUpgrade(c.env.incoming.socket as Socket, grant);
      grants.set(c.req.raw, grant);
      return next();
    },
    upgradeWebSocket((c) => {
      const grant = grants.get(c.req.raw)!;
      let session: FeedSession | undefined;
      return {
        onOpen: (_event, ws) => (session = emulator.feeds.openOrderEvents(grant, adapt(ws))),
        onMessage: (event) => session?.message(String(event.data)),
        onClose: () => session?.close(),
      };
    }),
  );
  app.get(
    '/v2/marketdata',
    upgradeWebSocket((c) => {
      let session: FeedSession | undefined;
      return {
        onOpen: (_event, ws) => (session = emulator.feeds.openMarketData(c.req.raw, adapt(ws))),
        onMessage: (event) => session?.message(String(event.data)),
        onClose: () => session?.close(),
      };
    }),
  );
}

/**
 * The fast path: a `POST` to a private endpoint without an `Origin` header goes straight to
 * `emulator.answerSigned` with Node's own headers, and the answer is written directly. Returns
 * false (leaving the request to Hono) for anything else, browsers included.
 */
function answerFast(emulator: Emulator, request: IncomingMessage, response: ServerResponse) {
  if (request.method !== 'POST' || request.headers.origin !== undefined) return false;
  const url = request.url ?? '';
  if (!url.startsWith('/v')) return false;
  const query = url.indexOf('?');
  const path = query === -1 ? url : url.slice(0, query);
  const headers = request.headers;
  const answer = emulator.answerSigned({
    path,
    headers: {
      get: (name) => {
        const value = headers[name.toLowerCase()];
        return Array.isArray(value) ? value[0] : value;
      },
    },
  });
  if (!answer) return false;
  void answer.then(
    (plain) => {
      response.writeHead(plain.status, {
        'Content-Type': 'application/json',
        'Content-Length': Buffer.byteLength(plain.body),
        ...plain.headers,
      });
      response.end(plain.body);
    },
    () => {
      response.writeHead(500, { 'Content-Type': 'application/json' });
      response.end(
        '{"result":"error","reason":"System","message":"The emulator hit an internal error."}',
      );
    },
  );
  // The body is ignored (the signed header carries the payload): drain it for keep-alive.
  request.resume();
  return true;
}

/**
 * The adapter answers a refused upgrade with the status and an empty body; Gemini's clients
 * read the JSON error, so it is written to the socket here, whole.
 */
async function refuseUpgrade(socket: Socket, response: Response): Promise<Response> {
  const body = await response.text();
  const head = [`HTTP/1.1 ${response.status} ${STATUS_CODES[response.status] ?? ''}`];
  response.headers.forEach((value, name) => head.push(`${name}: ${value}`));
  head.push(`Content-Length: ${Buffer.byteLength(body)}`, 'Connection: close');
  socket.end(`${head.join('\r\n')}\r\n\r\n${body}`);
  return new Response(null, { status: response.status });
}

/**
 * `EMULATOR_MINT_PER_MINUTE=<n>` raises the per-client minting limit (burst and rate) for load
 * tests that mint thousands of keys from one address; unset, the emulator's default applies.
 */
function mintLimitFromEnv() {
  const perMinute = positiveFromEnv('EMULATOR_MINT_PER_MINUTE');
  return perMinute === undefined ? undefined : { perMinute, burst: perMinute };
}

/** `EMULATOR_MAX_KEYS=<n>` likewise raises the live-key cap (default 1,000) for load tests. */
function positiveFromEnv(name: string): number | undefined {
  const text = process.env[name];
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) {
    throw new Error(`${name} must be a whole number ≥ 1, got ${JSON.stringify(text)}.`);
  }
  return value;
}

/** Node's parser rejected the request before any handler ran; answer in Gemini's shape anyway. */
function answerMalformedRequest(error: NodeJS.ErrnoException, socket: Socket) {
  if (!socket.writable) return socket.destroy();
  const tooLarge = error.code === 'HPE_HEADER_OVERFLOW';
  const body = JSON.stringify({
    result: 'error',
    reason: 'InvalidJson',
    message: tooLarge
      ? 'The request headers are larger than the server accepts (16 KB); X-GEMINI-PAYLOAD is probably too big.'
      : `The emulator could not parse this HTTP request (${error.code ?? 'malformed'}); check the header names and values.`,
  });
  socket.end(
    `HTTP/1.1 400 Bad Request\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
    server.closeAllConnections();
  });
}
