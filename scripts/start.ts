/**
 * `npm start`: builds the site if needed, then serves everything a learner needs from one
 * command and prints the URLs: the production build (http://127.0.0.1:4321), the relay to
 * Gemini's sandbox at /relay/ on the same origin (upstream from RELAY_UPSTREAM, default
 * https://api.sandbox.gemini.com), and the local emulator (http://127.0.0.1:4322).
 */
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { serveStatic } from '@hono/node-server/serve-static';
import { readFileSync } from 'node:fs';
import { parseCliArgs, portFrom } from './lib/args.ts';
import { buildIfNeeded } from './lib/build-if-needed.ts';
import { startEmulatorServer } from './lib/emulator-server.ts';
import { createRelay } from '../src/lib/playground/relay.ts';
import { LOCAL_EMULATOR_ORIGIN, RELAY_PREFIX } from '../src/lib/playground/targets.ts';
import { site } from '../src/site.ts';

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
  // The same allowlist as the pages' meta tag: the browser may only talk to us and the local emulator.
  c.header('Content-Security-Policy', `connect-src ${site.connectSources.join(' ')}`);
  c.header('X-Content-Type-Options', 'nosniff');
  c.header('Referrer-Policy', 'no-referrer');
});
// Same-origin relay to Gemini's sandbox (it sends no CORS headers). It logs nothing.
app.all(`${RELAY_PREFIX}/*`, (c) => relay(c.req.raw));
app.use('*', serveStatic({ root: './dist' }));
app.notFound((c) => c.html(readFileSync('dist/404.html', 'utf8'), 404));

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
  console.log(`Local emulator:  ${sandboxUrl}`);
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
