/**
 * The nonce floor a host keeps outside memory (src/lib/emulator/nonce-floor.ts): read after a
 * call, restored into a fresh emulator holding the same key, a replay is refused there.
 */
import { describe, expect, it } from 'vitest';
import { createEmulator, type Emulator, type MintedKey } from '../../src/lib/emulator/index.ts';
import { signRequest, type Nonce } from '../../src/lib/signing/index.ts';

const KEY = { key: 'account-FloorFloorFloorFloor', secret: 'floorfloorfloorfloorfloorflo' };

async function heartbeat(emulator: Emulator, key: MintedKey, nonce: Nonce) {
  const { key: apiKey, secret } = key;
  const signed = await signRequest({ apiKey, secret, request: '/v1/heartbeat', nonce });
  const response = await emulator.fetch(
    new Request('http://emulator.test/v1/heartbeat', { method: 'POST', headers: signed.headers }),
  );
  return { status: response.status, body: (await response.json()) as { reason?: string } };
}

describe('nonce floor', () => {
  it('is the last accepted nonce, exactly, and a fresh emulator refuses a replay once restored', async () => {
    const first = createEmulator();
    const key = await first.importKey(KEY);
    expect(first.nonceFloor(key.key)).toBeUndefined();
    expect((await heartbeat(first, key, '1477963240741083307')).status).toBe(200);
    expect(first.nonceFloor(key.key)).toBe('1477963240741083307');

    const second = createEmulator();
    await second.importKey(KEY);
    second.restoreNonceFloor(key.key, first.nonceFloor(key.key)!);
    expect(await heartbeat(second, key, '1477963240741083307')).toMatchObject({
      status: 400,
      body: { reason: 'InvalidNonce' },
    });
    expect((await heartbeat(second, key, '1477963240741083308')).status).toBe(200);
  });

  it('keeps fractions and never lowers the floor', async () => {
    const emulator = createEmulator();
    const key = await emulator.importKey(KEY);
    expect((await heartbeat(emulator, key, '1700000000.05')).status).toBe(200);
    expect(emulator.nonceFloor(key.key)).toBe('1700000000.05');
    emulator.restoreNonceFloor(key.key, '5');
    expect(emulator.nonceFloor(key.key)).toBe('1700000000.05');
    emulator.restoreNonceFloor(key.key, '1700000001');
    expect(emulator.nonceFloor(key.key)).toBe('1700000001');
    expect((await heartbeat(emulator, key, '1700000000.5')).body.reason).toBe('InvalidNonce');
  });

  it('is undefined for time-based keys (the clock judges them, ±30 s)', async () => {
    const emulator = createEmulator();
    const key = await emulator.importKey({ ...KEY, timeBasedNonce: true });
    expect((await heartbeat(emulator, key, Math.floor(Date.now() / 1000))).status).toBe(200);
    expect(emulator.nonceFloor(key.key)).toBeUndefined();
  });

  it('refuses an unknown key and text that is not a plain decimal', async () => {
    const emulator = createEmulator();
    expect(() => emulator.restoreNonceFloor('account-none', '1')).toThrow(/mint or import it/);
    await emulator.importKey(KEY);
    for (const bad of ['', '-1', '1e5', 'abc', '1.']) {
      expect(() => emulator.restoreNonceFloor(KEY.key, bad)).toThrow(/plain decimal text/);
    }
  });
});
