/**
 * `npm run sandbox`: serves the sandbox emulator on http://127.0.0.1:4322 and prints one
 * ready throwaway key pair plus copy-paste lines for curl, Python and CCXT. The key exists only
 * in this process's memory, so printing it is the point.
 */
import { parseCliArgs, portFrom } from './lib/args.ts';
import { startEmulatorServer } from './lib/emulator-server.ts';

const usage = `Usage: npm run sandbox -- [--port 4322] [--host 127.0.0.1]

Serves an emulator of Gemini's sandbox REST API (in memory, nothing leaves this machine).
  --port <n>    TCP port (default 4322)
  --host <ip>   address to listen on (default 127.0.0.1)
  --help        this text`;

const args = parseCliArgs(
  { port: { type: 'string' }, host: { type: 'string' }, help: { type: 'boolean' } },
  usage,
);
if (args.help) {
  console.log(usage);
  process.exit(0);
}
const port = portFrom(args.port, '--port', 4322);
const host = args.host ?? '127.0.0.1';

try {
  const server = await startEmulatorServer({ host, port });
  const key = await server.emulator.mintKey();
  console.log(instructions(server.url, key.key, key.secret));
  // All state is in memory and meant to vanish: exit at once, without waiting for idle sockets.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => process.exit(0));
} catch (error) {
  const { code, message } = error as NodeJS.ErrnoException;
  console.error(
    code === 'EADDRINUSE'
      ? `Port ${port} is in use. Stop the other server or pass --port <free port>.`
      : code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND'
        ? `Cannot listen on ${host}: no such local address. Pass --host 127.0.0.1.`
        : `Could not start the emulator: ${message}`,
  );
  process.exit(1);
}

function instructions(url: string, key: string, secret: string): string {
  return `Gemini sandbox emulator (unofficial; in memory; restart = fresh state)

  Base URL:  ${url}
  API key:   ${key}
  Secret:    ${secret}
  (Trader role, account scope, millisecond nonces. More keys: curl -s -X POST ${url}/emulator/keys -d '{"roles":["auditor"]}')

curl (signs with openssl):
  KEY=${key} SECRET=${secret}
  PAYLOAD=$(printf '{"request":"/v1/balances","nonce":%s}' "$(node -p 'Date.now()')" | base64 | tr -d '\\n')
  SIG=$(printf '%s' "$PAYLOAD" | openssl dgst -sha384 -hmac "$SECRET" | sed 's/^.*= //')
  curl -s -X POST ${url}/v1/balances -H 'Content-Type: text/plain' -H 'Content-Length: 0' \\
    -H "X-GEMINI-APIKEY: $KEY" -H "X-GEMINI-PAYLOAD: $PAYLOAD" -H "X-GEMINI-SIGNATURE: $SIG" -H 'Cache-Control: no-cache'

Python (requests):
  import base64, hashlib, hmac, json, time, requests
  payload = base64.b64encode(json.dumps({"request": "/v1/balances", "nonce": int(time.time() * 1000)}).encode())
  signature = hmac.new(b"${secret}", payload, hashlib.sha384).hexdigest()
  print(requests.post("${url}/v1/balances", headers={"Content-Type": "text/plain", "X-GEMINI-APIKEY": "${key}",
      "X-GEMINI-PAYLOAD": payload, "X-GEMINI-SIGNATURE": signature, "Cache-Control": "no-cache"}).json())

CCXT (JavaScript; in Python pass the same dictionary to ccxt.gemini):
  const api = '${url}'; // every ccxt URL points here, so nothing reaches gemini.com
  const gemini = new ccxt.gemini({ apiKey: '${key}', secret: '${secret}',
    urls: { api: { public: api, private: api, web: api, webExchange: api } } });
  console.log(await gemini.fetchBalance());

WebSockets (Node, Python: a browser cannot send the headers of the private feed):
  order events: ${url.replace(/^http/, 'ws')}/v1/order/events  (the three headers on the upgrade; payload {"request":"/v1/order/events","nonce":…})
  market data:  ${url.replace(/^http/, 'ws')}/v2/marketdata  (send {"type":"subscribe","subscriptions":[{"name":"l2","symbols":["BTCUSD"]}]})

Stop with Ctrl+C.`;
}
