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
 * key options, the expiry), the key's nonce floor (`nonceFloor`) and its accounts (balances,
 * live and closed orders, trades, id counters: `account:*`, see
 * src/lib/emulator/account-state.ts). Both are written before the response to every signed call
 * that changed them and restored on re-mint, so after an eviction (idle objects are evicted
 * after a minute or two) a captured request cannot be replayed and a bot finds its balances and
 * open orders as it left them. Time-based keys have no floor to keep: the clock judges their
 * nonces (±30 s). The rate-limit bucket, deposit addresses, transfer history and open feeds live
 * in memory only and start afresh after an eviction.
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
/**
 * Storage names of the key's accounts (src/lib/emulator/account-state.ts): the snapshot's JSON
 * text in pieces `account:0`, `account:1`, … and their count under `account:pieces`. A piece of
 * 32,000 UTF-16 units is at most 96 KB, under the storage's 128 KiB per value; puts and gets
 * take at most 128 names at once.
 */
const PIECES = 'account:pieces';
const PIECE_UNITS = 32_000;
const BATCH = 128;
const piece = (index: number) => `account:${index}`;

export class SandboxState extends DurableObject<Env> {
  private emulator?: Emulator;
  private saved?: SavedKey;
  private limiter?: WindowLimiter;
  /** The nonce floor as last written to storage. */
  private storedFloor?: string;
  /** The account snapshot's JSON text as last written to storage, and in how many pieces. */
  private storedAccounts?: string;
  private storedPieces = 0;

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    void ctx.blockConcurrencyWhile(async () => {
      const saved = await ctx.storage.get<SavedKey>('key');
      if (saved && saved.expiresAt > Date.now()) await this.mint(saved);
      this.storedFloor = await ctx.storage.get<string>(FLOOR);
      if (this.emulator && this.saved && this.storedFloor !== undefined) {
        this.emulator.restoreNonceFloor(this.saved.key, this.storedFloor);
      }
      if (this.emulator && this.saved) {
        this.storedAccounts = await this.readAccounts();
        try {
          if (this.storedAccounts !== undefined) {
            this.emulator.importAccountState(this.saved.key, JSON.parse(this.storedAccounts));
          }
        } catch {
          // A snapshot that cannot be read (cut short, from another version): the key's accounts
          // start afresh, as before snapshots were kept, rather than the key failing every call.
          this.storedAccounts = undefined;
        }
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
      return this.keepState(await openFeed(this.emulator, request, path));
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
    return this.keepState(response);
  }

  /**
   * Writes the key's nonce floor if this call raised it, and its accounts if this call changed
   * them (a placed, filled or cancelled order, a transfer), before the response leaves.
   */
  private async keepState(response: Response): Promise<Response> {
    if (!this.saved || !this.emulator) return response;
    const floor = this.emulator.nonceFloor(this.saved.key);
    if (floor !== undefined && floor !== this.storedFloor) {
      this.storedFloor = floor;
      await this.ctx.storage.put(FLOOR, floor);
    }
    const accounts = JSON.stringify(this.emulator.exportAccountState(this.saved.key));
    if (accounts !== this.storedAccounts) await this.writeAccounts(accounts);
    return response;
  }

  /**
   * All writes are issued without an await between them, so the Durable Object commits them
   * together (write coalescing): a reader never sees new pieces with an old count.
   */
  private async writeAccounts(text: string): Promise<void> {
    const count = Math.ceil(text.length / PIECE_UNITS);
    const writes: Promise<unknown>[] = [];
    for (let start = 0; start < count; start += BATCH) {
      const entries: Record<string, string> = {};
      for (let i = start; i < Math.min(count, start + BATCH); i++) {
        entries[piece(i)] = text.slice(i * PIECE_UNITS, (i + 1) * PIECE_UNITS);
      }
      writes.push(this.ctx.storage.put(entries));
    }
    writes.push(this.ctx.storage.put(PIECES, count));
    const stale = Array.from({ length: Math.max(0, this.storedPieces - count) }, (_, k) =>
      piece(count + k),
    );
    for (let start = 0; start < stale.length; start += BATCH) {
      writes.push(this.ctx.storage.delete(stale.slice(start, start + BATCH)));
    }
    this.storedAccounts = text;
    this.storedPieces = count;
    await Promise.all(writes);
  }

  private async readAccounts(): Promise<string | undefined> {
    const count = await this.ctx.storage.get<number>(PIECES);
    if (count === undefined) return undefined;
    this.storedPieces = count;
    let text = '';
    for (let start = 0; start < count; start += BATCH) {
      const names = Array.from({ length: Math.min(BATCH, count - start) }, (_, k) =>
        piece(start + k),
      );
      const pieces = await this.ctx.storage.get<string>(names);
      for (const name of names) text += pieces.get(name) ?? '';
    }
    return text;
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
    this.storedAccounts = undefined;
    this.storedPieces = 0;
    await this.ctx.storage.deleteAll();
  }
}
