import { flushSync } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import strings from '../../src/i18n/playground.ts';
import { CATALOGUE } from '../../src/lib/emulator/catalogue.ts';
import { createEmulator } from '../../src/lib/emulator/index.ts';
import { localizeCatalogue } from '../../src/lib/emulator/catalogue-text.ts';
import { STORAGE_KEY } from '../../src/lib/playground/state.ts';
import type { SessionEnv } from '../../src/components/playground/session.svelte.ts';
import { PlaygroundSession } from '../../src/components/playground/session.svelte.ts';
import { Latest, RequestDraft } from '../../src/components/playground/draft.svelte.ts';

const t = strings.en;
const catalogue = localizeCatalogue(CATALOGUE, 'en');
const origin = 'http://127.0.0.1:4321';

/** A page for the session: address bar, history, storage and the in-page emulator. */
function fakePage(search = '', options: { fetch?: typeof fetch } = {}) {
  const urls: string[] = [];
  const storage = new Map<string, string>();
  const location = { origin, pathname: '/en/tools/playground/', search, hash: '' };
  const network: string[] = [];
  let emulator = createEmulator();
  const env: SessionEnv = {
    location,
    history: {
      replaceState: (_state, _title, url) => {
        urls.push(String(url));
        const parsed = new URL(String(url), origin);
        location.search = parsed.search;
      },
    },
    storage: {
      getItem: (key) => storage.get(key) ?? null,
      setItem: (key, value) => void storage.set(key, value),
      removeItem: (key) => void storage.delete(key),
    },
    transport: {
      pageOrigin: origin,
      fetch:
        options.fetch ??
        ((async (input: string | URL | Request) => {
          network.push(String(input));
          return new Response('<h1>Not found</h1>', { status: 404 });
        }) as typeof fetch),
      builtin: async () => emulator,
      now: () => performance.now(),
      forgetBuiltin: () => {
        emulator = createEmulator();
      },
    },
    userAgent: 'test',
  };
  return { env, urls, storage, location, network };
}

let stops: Array<() => void> = [];
afterEach(() => {
  stops.forEach((stop) => stop());
  stops = [];
});

/** A session with its effects running, as in a mounted component. */
function createSession(options: Partial<ConstructorParameters<typeof PlaygroundSession>[0]> = {}) {
  let session!: PlaygroundSession;
  stops.push(
    $effect.root(() => {
      session = new PlaygroundSession({ t, locale: 'en', errors: {}, catalogue, ...options });
    }),
  );
  flushSync();
  return session;
}

async function settle() {
  for (let i = 0; i < 5; i++) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    flushSync();
  }
}

describe('RequestDraft', () => {
  it('derives parsed value, issues, filled path and why it is blocked from the text alone', () => {
    stops.push(
      $effect.root(() => {
        const draft = new RequestDraft({ t, catalogue, endpoint: '/v1/order/status' });
        expect(draft.parsed.ok).toBe(true);
        expect(draft.blocked).toBeNull();
        draft.paramsText = '{"order_id": 1,}';
        expect(draft.parsed.ok).toBe(false);
        expect(draft.blocked).toMatch(/^Line 1, column 16/);
        draft.selectEndpoint('/v2/ticker/:symbol', '{}');
        expect(draft.filled).toMatchObject({ ok: false, missing: ['symbol'] });
        expect(draft.blocked).toContain('symbol');
        draft.paramsText = '{"symbol": "btcusd"}';
        expect(draft.publicUrl).toBe('/v2/ticker/btcusd');
        expect(draft.signingInput({ apiKey: 'k', secret: 's' }, 1)).toBeNull(); // public: unsigned
      }),
    );
  });

  it('a guard blocks before anything else', () => {
    stops.push(
      $effect.root(() => {
        let refused = false;
        const draft = new RequestDraft({
          t,
          catalogue,
          endpoint: '/v1/balances',
          guard: () => (refused ? 'no' : null),
        });
        expect(draft.signingInput({ apiKey: 'k', secret: 's' }, 1)).not.toBeNull();
        refused = true;
        draft.paramsText = '{ }'; // any change re-derives
        expect(draft.blocked).toBe('no');
        expect(draft.signingInput({ apiKey: 'k', secret: 's' }, 1)).toBeNull();
      }),
    );
  });
});

describe('Latest', () => {
  it('keeps only the result of the latest work, whatever order they finish in', async () => {
    const latest = new Latest<string>();
    let finishSlow!: (value: string) => void;
    const slow = latest.track(new Promise((resolve) => (finishSlow = resolve)));
    const fast = latest.track(Promise.resolve('new'));
    expect(await fast).toBe(true);
    finishSlow('old');
    expect(await slow).toBe(false);
    expect(latest.current).toBe('new');
    latest.set(null);
    expect(latest.current).toBeNull();
  });
});

describe('PlaygroundSession', () => {
  it('mints, previews and sends with one pipeline; the body is parsed once', async () => {
    const page = fakePage();
    const session = createSession();
    await session.start(page.env);
    await session.mint({ roles: ['trader'], timeBasedNonce: false, requiresHeartbeat: false });
    await settle();
    // No preview is signed while nothing shows the pipeline (its column mounts after load).
    expect(session.pipelineView.result).toBeNull();
    stops.push(session.showPreview());
    await settle();
    expect(session.pipelineView.result?.headers['X-GEMINI-APIKEY']).toBe(session.apiKey!.key);
    expect(session.pipelineKind).toBe('preview');
    await session.send();
    expect(session.response?.status).toBe(200);
    expect(Array.isArray(session.response?.body)).toBe(true);
    expect(session.pipelineKind).toBe('sent');
    expect(session.pipeline.current?.payload.request).toBe('/v1/balances');
    // Only the site-emulator probe touched the network; the built-in sandbox is in the page.
    expect(page.network).toEqual([`${origin}/sandbox/v1/symbols`]);
    expect(session.siteAvailable).toBe(false);
    expect(session.clock).toBeNull(); // the in-page emulator sends no Date header
  });

  it('a secret once seen stays blocked: burn, a new key and reset do not lift it', async () => {
    const page = fakePage();
    const session = createSession();
    await session.start(page.env);
    await session.mint({ roles: ['trader'], timeBasedNonce: false, requiresHeartbeat: false });
    await settle();
    expect(page.storage.get(STORAGE_KEY)).toBeDefined();
    const secret = session.apiKey!.secret;
    session.draft.paramsText = JSON.stringify({ note: secret });
    flushSync();
    expect(session.blocked).toBe(t.secretInParams);
    expect(session.link).toBe('');
    expect(page.storage.has(STORAGE_KEY)).toBe(false);

    session.burn();
    flushSync();
    expect(session.draft.paramsText).not.toContain(secret); // burning takes it off the page
    session.draft.paramsText = JSON.stringify({ note: secret });
    flushSync();
    expect(session.blocked).toBe(t.secretInParams);
    await session.mint({ roles: ['trader'], timeBasedNonce: false, requiresHeartbeat: false });
    flushSync();
    expect(session.blocked).toBe(t.secretInParams);
    await session.send();
    expect(session.response).toBeNull();
    expect(session.pipeline.current?.json ?? '').not.toContain(secret);
    expect(page.storage.get(STORAGE_KEY) ?? '').not.toContain(secret);

    session.reset();
    flushSync();
    session.draft.paramsText = `{"a": "x${secret}y"}`;
    flushSync();
    expect(session.blocked).toBe(t.secretInParams);
  });

  it('finds a secret written with JSON escapes', async () => {
    const page = fakePage();
    const session = createSession();
    await session.start(page.env);
    await session.mint({ roles: ['trader'], timeBasedNonce: false, requiresHeartbeat: false });
    const secret = session.apiKey!.secret;
    const escaped = [...secret].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    session.draft.paramsText = `{"note": "${escaped.join('')}"}`;
    flushSync();
    expect(session.draft.paramsText).not.toContain(secret);
    expect(session.blocked).toBe(t.secretInParams);
  });

  it('an own secret typed into the params first is purged once the key is used', async () => {
    const page = fakePage();
    const session = createSession();
    await session.start(page.env);
    session.target = 'relay';
    session.draft.paramsText = '{"mine": "ownSecretValue123456"}';
    flushSync();
    expect(page.storage.get(STORAGE_KEY)).toContain('ownSecretValue123456');
    session.ownKey = 'account-own0000000000000000';
    session.ownSecret = 'ownSecretValue123456';
    expect(session.useOwnKey()).toBe(true);
    flushSync();
    expect(page.storage.has(STORAGE_KEY)).toBe(false);
    expect(session.ownSecret).toBe('');
    expect(session.blocked).toBe(t.secretInParams);
  });

  it('a new key starts masked; reset forgets the key and its revealed state', async () => {
    const page = fakePage();
    const session = createSession();
    await session.start(page.env);
    await session.mint({ roles: ['trader'], timeBasedNonce: false, requiresHeartbeat: false });
    session.revealed = true;
    await session.mint({ roles: ['auditor'], timeBasedNonce: false, requiresHeartbeat: false });
    expect(session.revealed).toBe(false);
    session.revealed = true;
    session.reset();
    expect(session.apiKey).toBeNull();
    expect(session.revealed).toBe(false);
  });

  it('takes credentials out of the address bar first, says so, and blocks their values', async () => {
    const page = fakePage('?endpoint=/v1/balances&api_secret=fromTheLink12345&apiKey=account-x');
    const session = createSession();
    await session.start(page.env);
    expect(page.urls[0]).toBe('/en/tools/playground/?endpoint=%2Fv1%2Fbalances');
    expect(session.linkNotice?.problems.join(' ')).toContain('api_secret, apiKey');
    session.draft.paramsText = '{"x": "fromTheLink12345"}';
    flushSync();
    expect(session.blocked).toBe(t.secretInParams);
  });

  it('a ?target=site link on a host without an emulator falls back to the built-in sandbox', async () => {
    const page = fakePage('?target=site');
    const session = createSession();
    await session.start(page.env);
    expect(session.target).toBe('builtin');
    expect(session.linkNotice?.problems).toContain(t.target_site_unavailable);
  });

  it("shows the clock offset from the target's Date header and warns beyond 30 s", async () => {
    const emulator = createEmulator();
    const page = fakePage('', {
      fetch: (async (input: string | URL | Request, init?: RequestInit) => {
        const url = new URL(String(input));
        url.pathname = url.pathname.replace(/^\/sandbox/, '');
        const answer = await emulator.fetch(new Request(url, init));
        const headers = new Headers(answer.headers);
        headers.set('Date', new Date(Date.now() + 95_000).toUTCString());
        return new Response(answer.body, { status: answer.status, headers });
      }) as typeof fetch,
    });
    const session = createSession();
    await session.start(page.env);
    expect(session.siteAvailable).toBe(true);
    session.target = 'site';
    await session.mint({ roles: ['trader'], timeBasedNonce: true, requiresHeartbeat: false });
    await session.send();
    expect(session.response?.status).toBe(200); // its clock is fine; only its Date header lies
    expect(session.clock?.tooFar).toBe(true);
    expect(Math.round(session.clock!.ms / 1000)).toBeGreaterThanOrEqual(94);
  });
});
