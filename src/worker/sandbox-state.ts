/**
 * One Durable Object class for all state the Worker must keep consistent across isolates.
 * Cloudflare runs exactly one instance per name, so:
 *
 * - `key:<api key>`: the hosted emulator for that one key (nonce floor, rate-limit bucket,
 *   orders, balances). Two concurrent requests with the same nonce meet in this one object and
 *   the emulator judges them in arrival order, so only one can succeed; its 600/min + 5 queued
 *   bucket holds whichever isolate a request came through. Keys expire: an alarm deletes the
 *   object's storage at `expiresAt`, after which the key is unknown. A call signed with the key
 *   to `/emulator/keys/revoke` (the revoke drill) deletes it the same way at once.
 * - `public:<client ip>`: public market data for one client, under the public rate limit.
 * - `limit:<purpose>:<client ip>`: a sliding-window budget (relay calls, key mints).
 *
 * Storage holds what re-mints the key after the object is evicted from memory (the seed, the
 * key options, the expiry) and the key's nonce floor (`nonceFloor`, written before the response
 * to every signed call that raised it, restored on re-mint), so a captured request cannot be
 * replayed after an eviction (idle objects are evicted after a minute or two). Time-based keys
 * have no floor to keep: the clock judges their nonces (±30 s). Balances, orders and the
 * rate-limit bucket live in memory and start afresh after an eviction.
 */
import { DurableObject, type DurableObjectState } from 'cloudflare:workers';
import { createEmulator, REVOKE_PATH, type Emulator } from '../lib/emulator/index.ts';
import { createWindowLimiter, type WindowLimiter } from '../lib/relay/index.ts';
import { isFeedUpgrade, openFeed } from './feeds.ts';
import { replay } from './key-seed.ts';
import { geminiError, type Env } from './shared.ts';

interface SavedKey {
  key: string;
  seed: number[];
  options: string;
  expiresAt: number;
}

/** Header the Worker sets to tell the object what to do (never accepted from outside). */
export const OP_HEADER = 'x-sandbox-op';
export const CLIENT_HEADER = 'x-sandbox-client';

const INTERNAL_ORIGIN = 'https://sandbox.internal';
/** Storage name of the key's nonce floor (decimal text, see src/lib/emulator/nonce-floor.ts). */
const FLOOR = 'nonceFloor';

export class SandboxState extends DurableObject<Env> {
  private emulator?: Emulator;
  private saved?: SavedKey;
  private limiter?: WindowLimiter;
  /** The nonce floor as last written to storage. */
  private storedFloor?: string;

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    void ctx.blockConcurrencyWhile(async () => {
      const saved = await ctx.storage.get<SavedKey>('key');
      if (saved && saved.expiresAt > Date.now()) await this.mint(saved);
      this.storedFloor = await ctx.storage.get<string>(FLOOR);
      if (this.emulator && this.saved && this.storedFloor !== undefined) {
        this.emulator.restoreNonceFloor(this.saved.key, this.storedFloor);
      }
    });
  }

  async fetch(request: Request): Promise<Response> {
    const op = request.headers.get(OP_HEADER);
    if (op === 'limit') {
      const perMinute = Number(new URL(request.url).searchParams.get('perMinute'));
      this.limiter ??= createWindowLimiter({ perMinute }, 1);
      return Response.json(this.limiter.take('client', Date.now()));
    }
    if (op === 'mint') return this.mintFromRequest(request);
    if (this.saved && this.saved.expiresAt <= Date.now()) await this.alarm();
    this.emulator ??= createEmulator({ onInternalError: () => {} });
    const path = new URL(request.url).pathname;
    if (isFeedUpgrade(request, path)) {
      return this.keepFloor(await openFeed(this.emulator, request, path));
    }
    const clientId = request.headers.get(CLIENT_HEADER) ?? 'unknown';
    const headers = new Headers(request.headers);
    headers.delete(OP_HEADER);
    headers.delete(CLIENT_HEADER);
    const body = request.method === 'GET' || request.method === 'HEAD' ? null : request.body;
    const response = await this.emulator.fetch(
      new Request(request.url, { method: request.method, headers, body }),
      {
        clientId,
      },
    );
    // The revoke drill: the emulator verified the key's own signature and dropped the key; the
    // object forgets it too (storage and alarm), so no re-mint brings it back after an eviction.
    if (path === REVOKE_PATH && response.status === 200) {
      await this.ctx.storage.deleteAlarm();
      await this.alarm();
      return response;
    }
    return this.keepFloor(response);
  }

  /** Writes the key's nonce floor if this call raised it, before the response leaves. */
  private async keepFloor(response: Response): Promise<Response> {
    const floor = this.saved && this.emulator?.nonceFloor(this.saved.key);
    if (floor !== undefined && floor !== this.storedFloor) {
      this.storedFloor = floor;
      await this.ctx.storage.put(FLOOR, floor);
    }
    return response;
  }

  private async mintFromRequest(request: Request): Promise<Response> {
    if (this.emulator || this.saved) {
      return geminiError(409, 'KeyExists', 'This key already exists; mint again.');
    }
    const key = request.headers.get('x-sandbox-key') ?? '';
    const seed = JSON.parse(request.headers.get('x-sandbox-seed') ?? '[]') as number[];
    const ttlMs = Number(request.headers.get('x-sandbox-ttl-ms'));
    const saved: SavedKey = {
      key,
      seed,
      options: await request.text(),
      expiresAt: Date.now() + ttlMs,
    };
    const minted = await this.mint(saved);
    if (minted.status !== 200) return minted;
    const body = (await minted.json()) as { key: string };
    if (body.key !== key) {
      this.emulator = undefined;
      return geminiError(500, 'System', 'The hosted emulator could not mint a key; try again.');
    }
    await this.ctx.storage.put('key', saved);
    await this.ctx.storage.setAlarm(saved.expiresAt);
    return Response.json({
      ...body,
      expiresAt: new Date(saved.expiresAt).toISOString(),
      expiresInSeconds: Math.round(ttlMs / 1000),
    });
  }

  /** (Re-)creates the emulator holding exactly this key: the seed yields the same key and secret. */
  private async mint(saved: SavedKey): Promise<Response> {
    const emulator = createEmulator({ random: replay(saved.seed), onInternalError: () => {} });
    const response = await emulator.fetch(
      new Request(`${INTERNAL_ORIGIN}/emulator/keys`, { method: 'POST', body: saved.options }),
    );
    if (response.status === 200) {
      this.emulator = emulator;
      this.saved = saved;
    }
    return response;
  }

  /** The key expired or was revoked: everything it held goes. */
  async alarm(): Promise<void> {
    this.emulator = undefined;
    this.saved = undefined;
    this.storedFloor = undefined;
    await this.ctx.storage.deleteAll();
  }
}
