/**
 * `npm run worker:dev -- [--port 8787] [--no-build]`: the hosted site (src/worker/, wrangler.jsonc)
 * in local workerd on 127.0.0.1, with its Durable Objects; builds first when sources changed.
 * Nothing leaves the machine (the relay's upstream stays Gemini's sandbox unless RELAY_UPSTREAM
 * names a loopback server).
 */
import { spawn } from 'node:child_process';
import { parseCliArgs, portFrom } from './lib/args.ts';
import { buildIfNeeded } from './lib/build-if-needed.ts';
import { LOCAL_ONLY_ENV } from './lib/worker-process.ts';

const usage = `Usage: npm run worker:dev -- [--port 8787] [--no-build]
Environment: RELAY_UPSTREAM (a loopback fake upstream for tests; default Gemini's sandbox)`;
const args = parseCliArgs(
  { port: { type: 'string' }, 'no-build': { type: 'boolean' }, help: { type: 'boolean' } },
  usage,
);
if (args.help) {
  console.log(usage);
  process.exit(0);
}
const port = portFrom(args.port, '--port', 8787);
if (!args['no-build']) buildIfNeeded();

const wranglerArgs = [
  'dev',
  '--ip',
  '127.0.0.1',
  '--port',
  String(port),
  '--show-interactive-dev-session=false',
];
if (process.env.RELAY_UPSTREAM)
  wranglerArgs.push('--var', `RELAY_UPSTREAM:${process.env.RELAY_UPSTREAM}`);
const child = spawn('npx', ['wrangler', ...wranglerArgs], {
  stdio: 'inherit',
  env: { ...LOCAL_ONLY_ENV, ...process.env },
  detached: true, // its own process group: a signal stops npx, wrangler and workerd together
});
child.on('exit', (code) => process.exit(code ?? 0));
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => child.pid && process.kill(-child.pid, signal));
}
