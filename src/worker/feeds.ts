/**
 * WebSocket feeds through the key's Durable Object (contract 5): `GET /v1/order/events` with the
 * three signing headers on the upgrade, and `/v2/marketdata`. The emulator offers its feeds
 * without a transport (`emulator.feeds`, see src/lib/emulator); this adapts a workerd
 * WebSocketPair to them. Declared structurally, so a build whose emulator has no feeds answers a
 * Gemini-shaped 501 instead of failing.
 */
import { geminiError } from './shared.ts';

interface FeedSocket {
  send(text: string): void;
  close(code?: number, reason?: string): void;
}
interface FeedSession {
  message(text: string): void;
  close(): void;
}
interface Feeds {
  authorizeOrderEvents(request: Request): Promise<unknown>;
  openOrderEvents(grant: unknown, socket: FeedSocket): FeedSession;
  openMarketData(request: Request, socket: FeedSocket): FeedSession;
}

interface WorkerdSocket extends FeedSocket {
  accept(): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  addEventListener(type: 'close' | 'error', listener: () => void): void;
}
declare const WebSocketPair: { new (): { 0: WorkerdSocket; 1: WorkerdSocket } };

export const FEED_PATHS = ['/v1/order/events', '/v2/marketdata'];

export function isFeedUpgrade(request: Request, path: string): boolean {
  return (
    FEED_PATHS.some((feed) => path === feed || path.startsWith(`${feed}/`)) &&
    request.headers.get('upgrade')?.toLowerCase() === 'websocket'
  );
}

export async function openFeed(emulator: object, request: Request, path: string) {
  const feeds = (emulator as { feeds?: Feeds }).feeds;
  if (!feeds) {
    return geminiError(501, 'EndpointNotFound', 'This emulator build serves no WebSocket feeds.');
  }
  let grant: unknown;
  if (path.startsWith('/v1/order/events')) {
    grant = await feeds.authorizeOrderEvents(request);
    if (grant instanceof Response) return grant;
  }
  const pair = new WebSocketPair();
  const [client, server] = [pair[0], pair[1]];
  server.accept();
  const socket: FeedSocket = {
    send: (text) => server.send(text),
    close: (code, reason) => server.close(code, reason),
  };
  const session = grant
    ? feeds.openOrderEvents(grant, socket)
    : feeds.openMarketData(request, socket);
  server.addEventListener('message', (event) => {
    if (typeof event.data === 'string') session.message(event.data);
  });
  server.addEventListener('close', () => session.close());
  server.addEventListener('error', () => session.close());
  return new Response(null, { status: 101, webSocket: client } as ResponseInit);
}
