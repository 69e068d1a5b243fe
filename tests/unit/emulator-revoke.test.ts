/**
 * The emulator's revoke drill (`POST /emulator/keys/revoke`): only a call signed with the key
 * revokes it (the secret never travels), and afterwards the key is unknown, so the next call
 * fails as Gemini answers an unknown key. Bad input gets Gemini-shaped JSON errors; other web
 * origins are refused as for minting.
 */
import { describe, expect, it } from 'vitest';
import { createEmulator, REVOKE_PATH, type MintedKey } from '../../src/lib/emulator/index.ts';
import { signRequest } from '../../src/lib/signing/index.ts';

const BASE = 'http://emulator.test';

function setup() {
  const emulator = createEmulator({ onInternalError: (error) => expect.fail(String(error)) });
  let nonce = 1;

  async function mint(): Promise<MintedKey> {
    const response = await emulator.fetch(
      new Request(`${BASE}/emulator/keys`, { method: 'POST', body: '{}' }),
    );
    expect(response.status).toBe(200);
    return response.json();
  }

  async function send(
    key: MintedKey,
    path: string,
    { secret = key.secret, request = path, headers = {} as Record<string, string> } = {},
  ) {
    const signed = await signRequest({ apiKey: key.key, secret, request, nonce: nonce++ });
    return emulator.fetch(
      new Request(`${BASE}${path}`, {
        method: 'POST',
        headers: { ...signed.headers, ...headers },
      }),
    );
  }

  return { emulator, mint, send };
}

async function errorOf(response: Response, status: number) {
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  const body = await response.json();
  expect(response.status, JSON.stringify(body)).toBe(status);
  expect(body).toMatchObject({ result: 'error', reason: expect.any(String) });
  expect(Object.keys(body).sort()).toEqual(['message', 'reason', 'result']);
  return body as { reason: string; message: string };
}

describe('the revoke drill', () => {
  it('mint → call succeeds → revoke → the next call fails as an unknown key', async () => {
    const { mint, send } = setup();
    const key = await mint();
    expect((await send(key, '/v1/balances')).status).toBe(200);

    const revoked = await send(key, REVOKE_PATH);
    expect(revoked.status).toBe(200);
    const body = await revoked.json();
    expect(body).toMatchObject({ result: 'ok', key: key.key, revoked: true });
    expect(JSON.stringify(body)).not.toContain(key.secret);

    const after = await errorOf(await send(key, '/v1/balances'), 400);
    expect(after.reason).toBe('InvalidSignature');
    expect(after.message).toMatch(/knows no such key \(never minted here, revoked, or expired\)/);
    // Revoking twice: the key is already unknown.
    expect((await errorOf(await send(key, REVOKE_PATH), 400)).reason).toBe('InvalidSignature');
  });

  it('revokes only the signing key; others keep working', async () => {
    const { mint, send } = setup();
    const [a, b] = [await mint(), await mint()];
    expect((await send(a, REVOKE_PATH)).status).toBe(200);
    expect((await send(b, '/v1/balances')).status).toBe(200);
  });

  it('needs the key’s own signature: a wrong secret or payload revokes nothing', async () => {
    const { mint, send } = setup();
    const key = await mint();
    const forged = await errorOf(await send(key, REVOKE_PATH, { secret: 'x'.repeat(28) }), 400);
    expect(forged.reason).toBe('InvalidSignature');
    // A request signed for another endpoint cannot be replayed against the revoke path.
    const mismatch = await errorOf(await send(key, REVOKE_PATH, { request: '/v1/balances' }), 400);
    expect(mismatch.reason).toBe('EndpointMismatch');
    expect((await send(key, '/v1/balances')).status).toBe(200);
  });

  it('answers missing headers with the reason of each', async () => {
    const { emulator } = setup();
    const bare = await emulator.fetch(new Request(`${BASE}${REVOKE_PATH}`, { method: 'POST' }));
    expect((await errorOf(bare, 400)).reason).toBe('MissingApikeyHeader');
    const unknown = await emulator.fetch(
      new Request(`${BASE}${REVOKE_PATH}`, {
        method: 'POST',
        headers: {
          'X-GEMINI-APIKEY': 'account-nobody',
          'X-GEMINI-PAYLOAD': 'e30=',
          'X-GEMINI-SIGNATURE': 'f'.repeat(96),
        },
      }),
    );
    expect((await errorOf(unknown, 400)).reason).toBe('InvalidSignature');
  });

  it('refuses other web origins as minting does; local and same origins may', async () => {
    const { mint, send } = setup();
    const key = await mint();
    const foreign = await errorOf(
      await send(key, REVOKE_PATH, { headers: { Origin: 'https://evil.example' } }),
      403,
    );
    expect(foreign).toMatchObject({ reason: 'MissingRole' });
    expect(foreign.message).toMatch(/^Revoking keys is refused for pages on other origins/);
    expect((await send(key, '/v1/balances')).status).toBe(200);
    const local = await send(key, REVOKE_PATH, { headers: { Origin: 'http://127.0.0.1:4321' } });
    expect(local.status).toBe(200);
    const other = await mint();
    const same = await send(other, REVOKE_PATH, { headers: { Origin: BASE } });
    expect(same.status).toBe(200);
  });

  it('other methods and paths get a Gemini-shaped 404 that says what to send', async () => {
    const { emulator, mint } = setup();
    const key = await mint();
    for (const method of ['GET', 'DELETE', 'PUT']) {
      const response = await emulator.fetch(new Request(`${BASE}${REVOKE_PATH}`, { method }));
      const body = await errorOf(response, 404);
      expect(body.reason).toBe('EndpointNotFound');
      expect(body.message).toContain('send a POST with the X-GEMINI-APIKEY');
    }
    const byName = await emulator.fetch(
      new Request(`${BASE}/emulator/keys/${key.key}`, { method: 'DELETE' }),
    );
    expect((await errorOf(byName, 404)).reason).toBe('EndpointNotFound');
  });
});
