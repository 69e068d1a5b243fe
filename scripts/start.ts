/**
 * `npm start`: builds the site if needed, then serves everything a learner needs from one
 * command and prints the URLs: the production build (http://127.0.0.1:4321), the relay to
 * Gemini's sandbox at /relay/ on the same origin (upstream from RELAY_UPSTREAM, default
 * https://api.sandbox.gemini.com), and the local emulator (http://127.0.0.1:4322), which is also
 * served same-origin under /sandbox/.
 */
import { serve, type HttpBindings } from '@hono/node-server';
import { Hono, type Context } from 'hono';
import { compress } from 'hono/compress';
import { serveStatic } from '@hono/node-server/serve-static';
import { existsSync, readFileSync } from 'node:fs';
import { parseCliArgs, portFrom } from './lib/args.ts';
import { buildIfNeeded } from './lib/build-if-needed.ts';
import { startEmulatorServer } from './lib/emulator-server.ts';
import { createRelay } from '../src/lib/relay/index.ts';
import { createEmulator } from '../src/lib/emulator/index.ts';
import {
  LOCAL_EMULATOR_ORIGIN,
  RELAY_PREFIX,
  SITE_EMULATOR_PREFIX,
} from '../src/lib/playground/targets.ts';
import { IMMUTABLE_CACHE, SECURITY_HEADERS } from '../src/site.ts';

const usage = `Usage: npm start -- [--port 4321] [--host 127.0.0.1] [--sandbox-port 4322] [--no-build]
Environment: RELAY_UPSTREAM (default https://api.sandbox.gemini.com; a loopback emulator for tests)`;
const args = parseCliArgs(
  {
    port: { type: 'string' },
    host: { type: 'string' },
    'sandbox-port': { type: 'string' },
    'no-build': { type: 'boolean' },
    help: { type: 'boolean' },
  },
  usage,
);
if (args.help) {
  console.log(usage);
  process.exit(0);
}
const port = portFrom(args.port, '--port', 4321);
const sandboxPort = portFrom(args['sandbox-port'], '--sandbox-port', 4322);
const host = args.host ?? '127.0.0.1';

let relay: ReturnType<typeof createRelay>;
try {
  relay = createRelay({ upstream: process.env.RELAY_UPSTREAM || undefined });
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}
if (!args['no-build']) buildIfNeeded();

const app = new Hono();
app.use('*', async (c, next) => {
  await next();
  // The policy of src/site.ts on every response; the relay's stricter CSP (sandbox) stays.
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
    if (!c.res.headers.has(name)) c.header(name, value);
  }
});
const clientAddress = (c: Context) =>
  (c.env as HttpBindings).incoming?.socket.remoteAddress ?? 'unknown';
// Same-origin relay to Gemini's sandbox (it sends no CORS headers). It logs nothing.
app.all(`${RELAY_PREFIX}/*`, (c) => relay(c.req.raw, { clientId: clientAddress(c) }));

// --- Same-origin emulator at /sandbox (contract 1; kept identical on the playground and hosting
// branches). The SAME instance serves the local emulator port below, so a key minted on one works
// on the other. The prefix is stripped before the emulator sees the path: a client's base URL is
// <origin>/sandbox, it POSTs to /sandbox/v1/balances with "request":"/v1/balances" in the payload,
// and mints at POST /sandbox/emulator/keys. Same origin: the CSP's connect-src 'self' covers it.
const emulator = createEmulator({
  // The client gets a bare System error; the details belong in this console only.
  onInternalError: (error) => console.error('[emulator] internal error:', error),
});
app.all(`${SITE_EMULATOR_PREFIX}/*`, async (c) => {
  const url = new URL(c.req.url);
  url.pathname = url.pathname.slice(SITE_EMULATOR_PREFIX.length);
  const { method, headers } = c.req.raw;
  const body = method === 'GET' || method === 'HEAD' ? undefined : await c.req.arrayBuffer();
  const clientId = (c.env as HttpBindings).incoming?.socket.remoteAddress ?? 'unknown';
  return emulator.fetch(new Request(url, { method, headers, body }), { clientId });
});
// --- end of the /sandbox mount
// The site: compressed, and Astro's content-hashed assets cached for good.
app.use('*', compress());
app.use('/_astro/*', async (c, next) => {
  await next();
  if (c.res.ok) c.header('Cache-Control', IMMUTABLE_CACHE);
});
app.use('*', serveStatic({ root: './dist' }));
// The 404 page of the locale the path asks for (Starlight builds one per locale when it can).
app.notFound((c) => {
  const page = c.req.path.startsWith('/de/') ? 'dist/de/404/index.html' : 'dist/404.html';
  if (!existsSync(page)) return c.text('Not found (no build yet: run npm run build).', 404);
  return c.html(readFileSync(page, 'utf8'), 404);
});

function portProblem(error: NodeJS.ErrnoException, usedPort: number, flag: string): string {
  return error.code === 'EADDRINUSE'
    ? `Port ${usedPort} is in use. Stop the other server or pass ${flag} <free port>.`
    : `Could not start the server: ${error.message}`;
}

const server = serve({ fetch: app.fetch, port, hostname: host }, async (info) => {
  const siteUrl = `http://${host}:${info.port}`;
  let sandboxUrl: string;
  try {
    ({ url: sandboxUrl } = await startEmulatorServer({
      host: '127.0.0.1',
      port: sandboxPort,
      corsOrigins: [siteUrl],
      emulator, // the one mounted at /sandbox above
    }));
  } catch (error) {
    console.error(portProblem(error as NodeJS.ErrnoException, sandboxPort, '--sandbox-port'));
    process.exit(1);
  }
  console.log(`Site:            ${siteUrl}/`);
  console.log(`Playground:      ${siteUrl}/en/tools/playground/`);
  console.log(
    `Relay:           ${siteUrl}${RELAY_PREFIX}/ → ${process.env.RELAY_UPSTREAM || 'https://api.sandbox.gemini.com'}`,
  );
  console.log(
    `Local emulator:  ${sandboxUrl} (the same one at ${siteUrl}${SITE_EMULATOR_PREFIX}/)`,
  );
  if (sandboxUrl !== LOCAL_EMULATOR_ORIGIN) {
    console.log(
      `Note: the playground's "Local emulator" target and the pages' CSP use ${LOCAL_EMULATOR_ORIGIN}; this one serves curl, bots and CCXT.`,
    );
  }
});
server.on('error', (error: NodeJS.ErrnoException) => {
  console.error(portProblem(error, port, '--port'));
  process.exit(1);
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => process.exit(0));
