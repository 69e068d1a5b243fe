// Authenticate to Gemini's exchange WebSocket APIs from Node 22+ (no dependencies). Node's global
// WebSocket (undici) takes custom handshake headers: new WebSocket(url, { headers }). Browsers
// cannot: their WebSocket constructor takes only a URL and subprotocols. Deno and Bun accept
// headers as well, each in its own constructor option; check your runtime's docs.
//
//   node --experimental-strip-types websocket-auth.ts                 print the handshake headers
//   node --experimental-strip-types websocket-auth.ts --connect       new API: subscribe, print the reply
//   node --experimental-strip-types websocket-auth.ts --order-events  order events feed: print 3 messages
//
// --connect needs an account key (not master) created with "Uses a time based nonce"; GEMINI_WS_URL
// picks the server (default: wss://ws.sandbox.gemini.com). --order-events signs like a REST call
// (sign-request.ts must sit in the same folder) and works offline against this guide's emulator:
// GEMINI_WS_URL=ws://127.0.0.1:4322/v1/order/events (default: the sandbox's order events feed).
import { createHmac } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { nextNonce, sign } from './sign-request.ts';

/** The new API's four upgrade headers: the payload is the base64 of the nonce itself, not of JSON. */
export function handshakeHeaders(apiKey: string, secret: string, nowMs = Date.now()) {
  const nonce = String(Math.floor(nowMs / 1000)); // epoch seconds, within ±30 s of Gemini's clock
  const payload = Buffer.from(nonce, 'utf8').toString('base64');
  const signature = createHmac('sha384', secret).update(payload).digest('hex');
  return {
    'X-GEMINI-APIKEY': apiKey,
    'X-GEMINI-NONCE': nonce,
    'X-GEMINI-PAYLOAD': payload,
    'X-GEMINI-SIGNATURE': signature,
  };
}

/** The order events feed's three headers: a REST-style payload whose request is the path. */
export function orderEventsHeaders(apiKey: string, secret: string, nonce = nextNonce()) {
  // The path without a query string (filters such as ?heartbeat=true are not signed).
  const { base64, signature } = sign(secret, { request: '/v1/order/events', nonce });
  return { 'X-GEMINI-APIKEY': apiKey, 'X-GEMINI-PAYLOAD': base64, 'X-GEMINI-SIGNATURE': signature };
}

/** Node's WebSocket takes an options object (undici's WebSocketInit); DOM typings do not know it. */
type NodeWebSocket = new (url: string, init: { headers: Record<string, string> }) => WebSocket;

/**
 * Opens the socket with the headers, sends `first` (if any) once open, prints `count` messages,
 * then closes. Resolves with false when the server refused the handshake or closed early.
 */
export function talk(url: string, headers: Record<string, string>, count: number, first?: string) {
  return new Promise<boolean>((done) => {
    let received = 0;
    const socket = new (WebSocket as unknown as NodeWebSocket)(url, { headers });
    socket.addEventListener('open', () => {
      console.log(`connected to ${url}: authenticated`);
      if (first) socket.send(first);
    });
    socket.addEventListener('message', (event) => {
      console.log(String(event.data));
      if (++received === count) socket.close(1000);
    });
    // A refused handshake (401, 403, 404) shows up only as an error and close code 1006: the
    // WebSocket API does not expose the HTTP status.
    socket.addEventListener('close', (event) => {
      if (received < count) {
        console.error(
          received === 0
            ? `The server refused the handshake or closed at once (code ${event.code}): check the key, its roles and nonce setting, and the URL.`
            : `The server closed the connection after ${received} message(s) (code ${event.code}).`,
        );
      }
      done(received >= count);
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const apiKey = process.env.GEMINI_API_KEY;
  const secret = process.env.GEMINI_API_SECRET;
  if (!apiKey || !secret) {
    console.error('Set GEMINI_API_KEY and GEMINI_API_SECRET to a sandbox API key first.');
    process.exit(1);
  }
  if (process.argv.includes('--order-events')) {
    const url = process.env.GEMINI_WS_URL ?? 'wss://api.sandbox.gemini.com/v1/order/events';
    // Expect a subscription_ack first, then heartbeats and order events.
    if (!(await talk(url, orderEventsHeaders(apiKey, secret), 3))) process.exitCode = 1;
  } else {
    const headers = handshakeHeaders(apiKey, secret);
    for (const [name, value] of Object.entries(headers)) console.log(`${name}: ${value}`);
    if (process.argv.includes('--connect')) {
      const url = process.env.GEMINI_WS_URL ?? 'wss://ws.sandbox.gemini.com';
      const subscribe = '{"id":"1","method":"subscribe","params":["orders@account"]}';
      if (!(await talk(url, headers, 1, subscribe))) process.exitCode = 1;
    }
  }
}
