// Revoke drill on this guide's emulator (Node.js 22.12+, no dependencies, no account needed):
// mint a throwaway key, call with it, revoke it, and check that the next call is refused.
//
//   npm run sandbox                                  # in the guide's repository: the emulator
//   node --experimental-strip-types revoke-drill.ts  # keep sign-request.ts in the same folder
//
// GEMINI_EMULATOR_BASE picks the emulator (default: the local one at http://127.0.0.1:4322;
// the hosted one is <site>/sandbox). The emulator only: Gemini's sandbox has no revoke endpoint,
// there you revoke in Settings → API. The secret stays in this process; only signatures travel.
import { sign, nextNonce } from './sign-request.ts';

const base = (process.env.GEMINI_EMULATOR_BASE ?? 'http://127.0.0.1:4322').replace(/\/+$/, '');

interface Key {
  key: string;
  secret: string;
}

async function signedPost(key: Key, request: string) {
  const { base64, signature } = sign(key.secret, { request, nonce: nextNonce() });
  const response = await fetch(base + request, {
    method: 'POST',
    headers: {
      'Content-Type': 'text/plain',
      'X-GEMINI-APIKEY': key.key,
      'X-GEMINI-PAYLOAD': base64,
      'X-GEMINI-SIGNATURE': signature,
    },
  });
  const body = (await response.json()) as { result?: string; reason?: string; message?: string };
  console.log(`POST ${request}: HTTP ${response.status}`);
  return { status: response.status, body };
}

async function drill(): Promise<boolean> {
  // 1. A throwaway key: the emulator mints it with test funds; nothing real is at stake.
  const minted = await fetch(`${base}/emulator/keys`, { method: 'POST', body: '{}' });
  if (minted.status !== 200) {
    console.error(`Minting failed (HTTP ${minted.status}): ${await minted.text()}`);
    return false;
  }
  const key = (await minted.json()) as Key;
  console.log(`1. Minted the throwaway key ${key.key}`);

  // 2. The key works.
  const before = await signedPost(key, '/v1/balances');
  if (before.status !== 200) {
    console.error(`2. The fresh key should work, but: ${JSON.stringify(before.body)}`);
    return false;
  }
  console.log('2. The key works (HTTP 200)');

  // 3. Revoke it: a call signed with the key itself, so only its holder can do this.
  const revoked = await signedPost(key, '/emulator/keys/revoke');
  if (revoked.status !== 200) {
    console.error(`3. Revoking failed: ${JSON.stringify(revoked.body)}`);
    return false;
  }
  console.log(`3. Revoked: ${revoked.body.message}`);

  // 4. The same call again must now be refused, with the reason shown.
  const after = await signedPost(key, '/v1/balances');
  console.log(`4. ${after.body.reason}: ${after.body.message}`);
  return after.status !== 200 && after.body.result === 'error';
}

try {
  if (await drill()) {
    console.log('Drill passed: after revoking, the next call with the key fails.');
  } else {
    console.log('Drill FAILED: see above.');
    process.exitCode = 1;
  }
} catch (error) {
  console.error(`Is the emulator running at ${base}? ${(error as Error).message}`);
  process.exitCode = 1;
}
