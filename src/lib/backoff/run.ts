/**
 * One lab run, wired for real: mint a throwaway key with the lab's limit on the chosen target,
 * then run the workload through signed requests with real time. Every URL goes through the
 * playground's allowlist (`requestUrl`), so nothing but the emulators is ever contacted.
 */
import { requestUrl } from '../playground/targets.ts';
import { mulberry32 } from './random.ts';
import { runWorkload, type LabEvent, type LabStrategy } from './scheduler.ts';
import { createSignedSend, mintThrowawayKey, type Transport } from './sender.ts';
import { ENDPOINTS, type LabSettings } from './settings.ts';
import { abortableSleep } from './sleep.ts';

interface HostedEmulator {
  fetch(request: Request): Promise<Response>;
}
/** Builds an emulator in the page: `createEmulator` (loaded on demand). */
export type EmulatorFactory = () => HostedEmulator;

export interface LabRunDeps {
  /** The page's origin (for the allowlist check). */
  pageOrigin: string;
  fetch: typeof fetch;
  /** Loads the in-page emulator; each run builds its own, so compared runs share nothing. */
  loadEmulator: () => Promise<EmulatorFactory>;
  /** Monotonic ms for the timeline (performance.now in the page). */
  clock: () => number;
  /** Epoch ms for nonces. */
  wallClock: () => number;
}

export interface LabRunOptions {
  signal: AbortSignal;
  onEvent: (event: LabEvent) => void;
}

/** Runs `strategy` on the settings' workload and target. Rejects only if the run cannot start. */
export async function runLab(
  settings: LabSettings,
  strategy: LabStrategy,
  deps: LabRunDeps,
  options: LabRunOptions,
): Promise<void> {
  const { target } = settings;
  const url = (path: string) => requestUrl(target, path, deps.pageOrigin);
  let transport: Transport;
  if (target === 'builtin') {
    const emulator = (await deps.loadEmulator())();
    transport = (request) => emulator.fetch(request);
  } else {
    // No cookies or referrer: the emulator needs neither.
    transport = (request) =>
      deps.fetch(request, {
        credentials: 'omit',
        referrerPolicy: 'no-referrer',
        cache: 'no-store',
      });
  }
  const key = await mintThrowawayKey(
    transport,
    url('/emulator/keys'),
    settings.limit,
    options.signal,
  );
  const send = createSignedSend({
    transport,
    url,
    key,
    params: ENDPOINTS[settings.workload.endpoint],
    clock: deps.wallClock,
  });
  await runWorkload(
    settings.workload,
    strategy,
    { send, clock: deps.clock, sleep: abortableSleep, random: mulberry32(settings.seed) },
    options,
  );
}
