/** Times a full production build (`astro build`, as `npm run build` runs it). */
import { spawn } from 'node:child_process';
import { join } from 'node:path';

export interface BuildResult {
  /** Wall clock of the whole command: config, content, bundling, pages, Pagefind, sitemap. */
  wallMs: number;
  /** Astro's own "N page(s) built in Xs" line. */
  pages?: number;
  astroReportedMs?: number;
}

export function timeBuild(): Promise<BuildResult> {
  const astro = join('node_modules', '.bin', 'astro');
  const started = performance.now();
  const child = spawn(astro, ['build'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => void (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => void (output += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => {
      const wallMs = performance.now() - started;
      if (code !== 0) return reject(new Error(`astro build failed (exit ${code}):\n${output}`));
      const built = /(\d+) page\(s\) built in ([\d.]+)(m?s)/.exec(output);
      resolve({
        wallMs,
        ...(built
          ? {
              pages: Number(built[1]),
              astroReportedMs: Number(built[2]) * (built[3] === 's' ? 1000 : 1),
            }
          : {}),
      });
    });
  });
}
