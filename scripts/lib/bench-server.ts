/**
 * A server for the emulator load test, run as its own process by scripts/lib/bench-emulator.ts:
 * - `--kind bare --body-file <path>`: a bare `node:http` server answering every request with the
 *   file's bytes as JSON (the baseline: what loopback HTTP costs with no work at all);
 * - `--kind emulator`: the Node emulator server (`startEmulatorServer`).
 * Both listen on 127.0.0.1 at a free port and print `READY <url>` once they accept requests.
 */
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { parseCliArgs } from './args.ts';

const usage =
  'Usage: node --experimental-strip-types scripts/lib/bench-server.ts --kind bare --body-file <path> | --kind emulator';
const args = parseCliArgs({ kind: { type: 'string' }, 'body-file': { type: 'string' } }, usage);

if (args.kind === 'bare') {
  if (!args['body-file']) {
    console.error(`--kind bare needs --body-file.\n\n${usage}`);
    process.exit(2);
  }
  const body = readFileSync(args['body-file']);
  const headers = { 'Content-Type': 'application/json', 'Content-Length': String(body.length) };
  const server = createServer((request, response) => {
    // Drain the (empty) request body so keep-alive can reuse the socket, then answer.
    request.resume();
    request.on('end', () => {
      response.writeHead(200, headers);
      response.end(body);
    });
  });
  server.keepAliveTimeout = 60_000;
  server.listen(0, '127.0.0.1', () => {
    const address = server.address();
    if (typeof address === 'object' && address)
      console.log(`READY http://127.0.0.1:${address.port}`);
  });
} else if (args.kind === 'emulator') {
  const { startEmulatorServer } = await import('./emulator-server.ts');
  // The bench mints thousands of keys per round: lift the abuse caps for this process only.
  const server = await startEmulatorServer({
    host: '127.0.0.1',
    port: 0,
    emulatorOptions: { mintLimit: { perMinute: 1_000_000, burst: 1_000_000 }, maxKeys: 100_000 },
  });
  console.log(`READY ${server.url}`);
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.on(signal, () => void server.close().finally(() => process.exit(0)));
} else {
  console.error(
    `--kind must be "bare" or "emulator", got ${JSON.stringify(args.kind)}.\n\n${usage}`,
  );
  process.exit(2);
}
