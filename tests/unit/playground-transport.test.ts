import { describe, expect, it } from 'vitest';
import { createEmulator } from '../../src/lib/emulator/index.ts';
import { createNonceSource } from '../../src/lib/signing/index.ts';
import { EXPERIMENT_IDS, experimentPlan } from '../../src/lib/playground/experiments.ts';
import { computePipeline } from '../../src/lib/playground/pipeline.ts';
import { runExperiment } from '../../src/lib/playground/run-experiment.ts';
import {
  MintError,
  UnreachableTargetError,
  mintKey,
  probeSiteEmulator,
  sendRequest,
  type KeyMaterial,
  type TransportDeps,
} from '../../src/lib/playground/transport.ts';
import { TargetRefusedError, type TargetId } from '../../src/lib/playground/targets.ts';

function builtinDeps(overrides: Partial<TransportDeps> = {}) {
  const emulator = createEmulator();
  const networkCalls: string[] = [];
  const deps: TransportDeps = {
    pageOrigin: 'http://127.0.0.1:4321',
    fetch: (async (input: string | URL | Request) => {
      networkCalls.push(String(input));
      throw new TypeError('network is off in this test');
    }) as typeof fetch,
    builtin: async () => emulator,
    now: () => performance.now(),
    ...overrides,
  };
  return { deps, networkCalls };
}

/** A signed POST /v1/balances with `key` to `target`. */
async function sendBalances(target: TargetId, key: KeyMaterial, deps: TransportDeps) {
  const signed = await computePipeline({
    apiKey: key.key,
    secret: key.secret,
    path: '/v1/balances',
    nonce: Date.now(),
    params: {},
  });
  return sendRequest(
    { target, method: 'POST', path: '/v1/balances', headers: { ...signed.headers } },
    deps,
  );
}

describe('the built-in target', () => {
  it('mints and sends through the in-page emulator without touching the network', async () => {
    const { deps, networkCalls } = builtinDeps();
    const key = await mintKey(
      'builtin',
      { roles: ['trader'], timeBasedNonce: false, requiresHeartbeat: false },
      deps,
    );
    expect(key).toMatchObject({
      key: expect.stringMatching(/^account-/),
      target: 'builtin',
      roles: ['trader'],
    });
    const response = await sendBalances('builtin', key, deps);
    expect(response.status).toBe(200);
    expect(response.reason).toBeNull();
    expect(JSON.parse(response.bodyText)).toContainEqual(
      expect.objectContaining({ currency: 'BTC' }),
    );
    expect(response.prettyBody).toContain('\n  {');
    expect(networkCalls).toEqual([]);
  });

  it('reads Gemini errors into reason and message', async () => {
    const { deps } = builtinDeps();
    const response = await sendRequest(
      { target: 'builtin', method: 'POST', path: '/v1/balances', headers: {} },
      deps,
    );
    expect(response).toMatchObject({
      status: 400,
      reason: 'MissingApikeyHeader',
      message: expect.any(String),
    });
  });

  it('reports a refused mint with the emulator’s reason', async () => {
    const { deps } = builtinDeps();
    await expect(
      mintKey(
        'builtin',
        { roles: ['auditor', 'trader'], timeBasedNonce: false, requiresHeartbeat: false },
        deps,
      ),
    ).rejects.toThrow(MintError);
  });
});

describe('other targets', () => {
  it('refuses paths outside the API before anything is sent', async () => {
    const { deps, networkCalls } = builtinDeps();
    await expect(
      sendRequest({ target: 'relay', method: 'POST', path: '/admin', headers: {} }, deps),
    ).rejects.toThrow(TargetRefusedError);
    expect(networkCalls).toEqual([]);
  });

  it('says which target could not be reached', async () => {
    const { deps, networkCalls } = builtinDeps();
    const failure = sendRequest(
      { target: 'local', method: 'POST', path: '/v1/balances', headers: {} },
      deps,
    );
    await expect(failure).rejects.toThrow(UnreachableTargetError);
    await expect(failure).rejects.toMatchObject({ target: 'local' });
    expect(networkCalls).toEqual(['http://127.0.0.1:4322/v1/balances']);
  });
});

describe("the site's emulator under /sandbox", () => {
  /** A site that mounts an emulator under /sandbox and strips the prefix, as npm start does. */
  function siteDeps(answer?: (url: URL) => Response | undefined) {
    const emulator = createEmulator();
    const seen: string[] = [];
    const { deps } = builtinDeps({
      fetch: (async (input: string | URL | Request, init?: RequestInit) => {
        const url = new URL(String(input));
        seen.push(url.pathname);
        const override = answer?.(url);
        if (override) return override;
        if (!url.pathname.startsWith('/sandbox/'))
          return new Response('<h1>404</h1>', { status: 404 });
        url.pathname = url.pathname.slice('/sandbox'.length);
        return emulator.fetch(new Request(url, init));
      }) as typeof fetch,
    });
    return { deps, seen };
  }

  it('is detected, mints at /sandbox/emulator/keys and sends same-origin', async () => {
    const { deps, seen } = siteDeps();
    expect(await probeSiteEmulator(deps)).toBe(true);
    const key = await mintKey(
      'site',
      { roles: ['fundmanager'], timeBasedNonce: false, requiresHeartbeat: false },
      deps,
    );
    expect(key.target).toBe('site');
    const response = await sendBalances('site', key, deps);
    expect(response.url).toBe('http://127.0.0.1:4321/sandbox/v1/balances');
    expect(response.status).toBe(200);
    expect(seen).toEqual(['/sandbox/v1/symbols', '/sandbox/emulator/keys', '/sandbox/v1/balances']);
  });

  it('is not offered by a host without an emulator (404 page, non-array JSON, no network)', async () => {
    expect(
      await probeSiteEmulator(siteDeps(() => new Response('<html>', { status: 404 })).deps),
    ).toBe(false);
    expect(
      await probeSiteEmulator(
        siteDeps(() => new Response('<!doctype html>', { status: 200 })).deps,
      ),
    ).toBe(false);
    expect(await probeSiteEmulator(siteDeps(() => Response.json({ symbols: [] })).deps)).toBe(
      false,
    );
    expect(await probeSiteEmulator(builtinDeps().deps)).toBe(false);
  });
});

describe('experiments against the real emulator', () => {
  it.each(EXPERIMENT_IDS)('%s gives its reason', async (id) => {
    const { deps } = builtinDeps();
    const { outcome, mintedCurrentKey } = await runExperiment(id, {
      target: 'builtin',
      currentKey: null,
      nonces: createNonceSource(),
      deps,
      now: Date.now,
    });
    expect(outcome).toMatchObject({ state: 'done', matched: true });
    if (outcome.state === 'done')
      expect(outcome.steps.at(-1)!.reason).toBe(experimentPlan(id).reason);
    // Experiments that need a plain key mint one for the learner; special keys are thrown away.
    expect(mintedCurrentKey !== null).toBe(experimentPlan(id).key === 'current');
  });

  it('with a time-based current key, signs in seconds, and replays with a counter key of its own', async () => {
    const { deps } = builtinDeps();
    const key = await mintKey(
      'builtin',
      { roles: ['trader'], timeBasedNonce: true, requiresHeartbeat: false },
      deps,
    );
    const context = {
      target: 'builtin' as const,
      currentKey: key,
      nonces: createNonceSource(),
      deps,
      now: Date.now,
    };
    // A time-based key checks only the ±30 s window (the emulator's reading of Gemini's docs).
    const replay = await runExperiment('replayed-nonce', context);
    expect(replay.outcome).toMatchObject({ state: 'done', matched: true });
    if (replay.outcome.state === 'done')
      expect(replay.outcome.steps.map((step) => step.status)).toEqual([200, 400]);
    expect(replay.mintedCurrentKey).toBeNull(); // the learner keeps their key
    // Other experiments use the time-based key itself, with seconds nonces.
    const mismatch = await runExperiment('endpoint-mismatch', context);
    expect(mismatch.outcome).toMatchObject({ state: 'done', matched: true });
  });

  it('on the relay without a key, says what is missing instead of sending', async () => {
    const { deps, networkCalls } = builtinDeps();
    const context = {
      target: 'relay' as const,
      currentKey: null,
      nonces: createNonceSource(),
      deps,
      now: Date.now,
    };
    expect((await runExperiment('auditor-order', context)).outcome).toEqual({
      state: 'unavailable',
      why: 'needs-mint',
    });
    expect((await runExperiment('wrong-secret', context)).outcome).toEqual({
      state: 'unavailable',
      why: 'needs-key',
    });
    expect(networkCalls).toEqual([]);
  });
});
