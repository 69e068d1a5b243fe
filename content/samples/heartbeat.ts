// Keep a "Requires Heartbeat" key's session alive: Gemini cancels all of the session's open orders
// when it hears nothing for 30 seconds, so this sends /v1/heartbeat every 15 seconds.
//   node --experimental-strip-types heartbeat.ts      (env as for sign-request.ts)
// GEMINI_HEARTBEAT_ROUNDS=3 stops after three heartbeats; without it, it runs until Ctrl+C.
import { setTimeout as sleep } from 'node:timers/promises';
import { privatePost, show } from './sign-request.ts';

const intervalMs = 15_000; // half of Gemini's 30-second window, as its docs suggest
const rounds = Number(process.env.GEMINI_HEARTBEAT_ROUNDS ?? Infinity);

for (let round = 1; round <= rounds; round++) {
  const response = await privatePost('/v1/heartbeat');
  show(`POST /v1/heartbeat (${round})`, response);
  if (response.status !== 200) {
    // Without heartbeats the open orders will be cancelled: stop loudly rather than limp on.
    process.exit(1);
  }
  if (round < rounds) await sleep(intervalMs);
}
