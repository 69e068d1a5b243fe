// Authenticate to Gemini's exchange WebSocket API from Node (no dependencies).
// A browser cannot do this: its WebSocket constructor has no way to send the X-GEMINI-* headers.
//
//   node --experimental-strip-types websocket-auth.ts             print the handshake headers
//   node --experimental-strip-types websocket-auth.ts --connect   connect, subscribe, print the reply
//
// Needs an account key (not master) created with "Uses a time based nonce". GEMINI_WS_URL picks
// the server (default: wss://ws.sandbox.gemini.com).
import { createHmac, randomBytes } from 'node:crypto';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { Socket } from 'node:net';
import { fileURLToPath } from 'node:url';

/** The four upgrade headers: the payload is the base64 of the nonce itself, not of a JSON object. */
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

/** A client-to-server text frame; the protocol requires clients to mask what they send. */
function textFrame(text: string): Buffer {
  const data = Buffer.from(text, 'utf8');
  if (data.length > 125) throw new Error('This sketch only sends short messages.');
  const mask = randomBytes(4);
  const masked = data.map((byte, i) => byte ^ mask[i % 4]);
  return Buffer.concat([Buffer.from([0x81, 0x80 | data.length]), mask, masked]);
}

/** The text of the first server frame in `chunk` (server frames are not masked). */
function firstFrameText(chunk: Buffer): string {
  let length = chunk[1] & 0x7f;
  let offset = 2;
  if (length === 126) [length, offset] = [chunk.readUInt16BE(2), 4];
  else if (length === 127) [length, offset] = [Number(chunk.readBigUInt64BE(2)), 10];
  return chunk.subarray(offset, offset + length).toString('utf8');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const apiKey = process.env.GEMINI_API_KEY;
  const secret = process.env.GEMINI_API_SECRET;
  if (!apiKey || !secret) {
    console.error('Set GEMINI_API_KEY and GEMINI_API_SECRET to a sandbox API key first.');
    process.exit(1);
  }
  const headers = handshakeHeaders(apiKey, secret);
  for (const [name, value] of Object.entries(headers)) console.log(`${name}: ${value}`);

  if (process.argv.includes('--connect')) {
    const url = new URL(process.env.GEMINI_WS_URL ?? 'wss://ws.sandbox.gemini.com');
    const send = url.protocol === 'wss:' ? httpsRequest : httpRequest;
    const upgrade = send(url.href.replace(/^ws/, 'http'), {
      headers: {
        ...headers,
        Connection: 'Upgrade',
        Upgrade: 'websocket',
        'Sec-WebSocket-Version': '13',
        'Sec-WebSocket-Key': randomBytes(16).toString('base64'),
      },
    });
    upgrade.on('upgrade', (response: IncomingMessage, socket: Socket) => {
      console.log(`HTTP ${response.statusCode}: authenticated, subscribing to orders@account`);
      socket.write(textFrame('{"id":"1","method":"subscribe","params":["orders@account"]}'));
      socket.once('data', (chunk: Buffer) => {
        console.log(firstFrameText(chunk));
        // Say goodbye with a (masked) close frame; give the server five seconds to hang up.
        socket.end(Buffer.from([0x88, 0x80, ...randomBytes(4)]));
        socket.setTimeout(5000, () => socket.destroy());
      });
    });
    // Any answer other than 101 Switching Protocols means the handshake was refused.
    upgrade.on('response', (response: IncomingMessage) => {
      console.error(`HTTP ${response.statusCode}: the server refused the handshake.`);
      response.pipe(process.stderr);
      process.exitCode = 1;
    });
    upgrade.on('error', (error) => {
      console.error(`Could not connect to ${url.href}: ${error.message}`);
      process.exitCode = 1;
    });
    upgrade.end();
  }
}
