/**
 * `npm start`: builds the site if needed, then serves the production build on
 * http://127.0.0.1:4321 and prints the URL.
 */
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { serveStatic } from '@hono/node-server/serve-static';
import { readFileSync } from 'node:fs';
import { parseCliArgs, portFrom } from './lib/args.ts';
import { buildIfNeeded } from './lib/build-if-needed.ts';
import { site } from '../src/site.ts';

const usage = `Usage: npm start -- [--port 4321] [--host 127.0.0.1] [--sandbox-port 4322] [--no-build]`;
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
const host = args.host ?? '127.0.0.1';
if (!args['no-build']) buildIfNeeded();

const app = new Hono();
app.use('*', async (c, next) => {
  await next();
  // The same allowlist as the pages' meta tag: the browser may only talk to us and the local emulator.
  c.header('Content-Security-Policy', `connect-src ${site.connectSources.join(' ')}`);
  c.header('X-Content-Type-Options', 'nosniff');
  c.header('Referrer-Policy', 'no-referrer');
});
app.use('*', serveStatic({ root: './dist' }));
app.notFound((c) => c.html(readFileSync('dist/404.html', 'utf8'), 404));

const server = serve({ fetch: app.fetch, port, hostname: host }, (info) => {
  console.log(`Site:  http://${host}:${info.port}/`);
});
server.on('error', (error: NodeJS.ErrnoException) => {
  console.error(
    error.code === 'EADDRINUSE'
      ? `Port ${port} is in use. Stop the other server or pass --port <free port>.`
      : `Could not start the server: ${error.message}`,
  );
  process.exit(1);
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => process.exit(0));
