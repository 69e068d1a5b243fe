/**
 * Child processes for `npm run bench`: the site server and the load-test servers run in their
 * own Node processes so the load client does not share an event loop with what it measures.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

/** A TCP port that was free a moment ago on 127.0.0.1. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

export interface RunningProcess {
  child: ChildProcess;
  /** Everything the child printed so far (for error messages). */
  output(): string;
  stop(): Promise<void>;
}

/**
 * Starts `node --experimental-strip-types <script> …args` and resolves once a line of its stdout
 * matches `ready` (with the match), or rejects with its output if it exits or takes over 30 s.
 */
export function startNode(
  script: string,
  args: string[],
  ready: RegExp,
  env: NodeJS.ProcessEnv = {},
): Promise<{ process: RunningProcess; match: RegExpMatchArray }> {
  const child = spawn(process.execPath, ['--experimental-strip-types', script, ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const running: RunningProcess = {
    child,
    output: () => output,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void running.stop();
      reject(new Error(`${script} did not start within 30 s. Output:\n${output}`));
    }, 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = output.match(ready);
      if (match) {
        clearTimeout(timer);
        child.stdout?.off('data', onData);
        resolve({ process: running, match });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => void (output += chunk.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(
        new Error(`${script} exited with code ${code} before it was ready. Output:\n${output}`),
      );
    });
  });
}

/** The production site via `scripts/start.ts --no-build` on a free port. */
export async function startSite(): Promise<{ url: string; stop(): Promise<void> }> {
  const port = await freePort();
  const { process: running } = await startNode(
    'scripts/start.ts',
    ['--no-build', '--port', String(port), '--sandbox-port', String(await freePort())],
    /Site:\s+(http:\/\/\S+)/,
  );
  return { url: `http://127.0.0.1:${port}`, stop: running.stop };
}
