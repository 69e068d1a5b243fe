/**
 * The lab's real requests: mint a throwaway key with a lowered rate limit, then send signed
 * private calls through a transport (the emulator inside the page, or fetch to the Node
 * emulator). The secret stays in this closure; only signatures leave.
 */
import { createNonceSource, signRequest } from '../signing/index.ts';
import type { KeyLimit } from './settings.ts';
import type { Send, SendResult } from './scheduler.ts';
import { parseRetryAfter } from './strategies.ts';

export type Transport = (request: Request) => Promise<Response>;

export interface ThrowawayKey {
  apiKey: string;
  secret: string;
}

/** Why the lab could not start; the UI turns `code` into a message that says what to do. */
export class LabTargetError extends Error {
  readonly code: 'unreachable' | 'mint-failed';
  constructor(code: 'unreachable' | 'mint-failed', message: string) {
    super(message);
    this.name = 'LabTargetError';
    this.code = code;
  }
}

/** `POST <url>` (the target's `/emulator/keys`): a fresh key whose only limit is `limit`. */
export async function mintThrowawayKey(
  transport: Transport,
  url: string,
  limit: KeyLimit,
  signal?: AbortSignal,
): Promise<ThrowawayKey> {
  let response: Response;
  try {
    response = await transport(
      new Request(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ roles: ['trader'], rateLimit: limit }),
        signal,
      }),
    );
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new LabTargetError('unreachable', `${url} did not answer (${String(error)})`);
  }
  const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  if (!response.ok || typeof body.key !== 'string' || typeof body.secret !== 'string') {
    const reason = typeof body.reason === 'string' ? body.reason : `HTTP ${response.status}`;
    throw new LabTargetError('mint-failed', `Minting a key failed: ${reason}`);
  }
  return { apiKey: body.key, secret: body.secret };
}

export interface SignedSendOptions {
  transport: Transport;
  /** The target's URL for a path (the allowlist decides; see `requestUrl`). */
  url: (path: string) => string;
  key: ThrowawayKey;
  /** The endpoint's own parameters (e.g. `{ symbol: 'btcusd' }`). */
  params: Record<string, string>;
  /** Epoch ms: nonces and Retry-After dates need wall-clock time. */
  clock: () => number;
}

function abortError(): DOMException {
  return new DOMException('Stopped', 'AbortError');
}

/**
 * A `Send` for the scheduler. Nonces must rise in the order the server sees requests, and
 * concurrent attempts would otherwise sign (async) and leave in any order. So signing and
 * dispatch happen one at a time, in a queue: each request is handed to the transport before the
 * next is signed. Waiting for the answers is concurrent.
 */
export function createSignedSend(options: SignedSendOptions): Send {
  const { transport, url, key, params, clock } = options;
  const nonces = createNonceSource(clock);
  let queue: Promise<unknown> = Promise.resolve();

  return async (attempt, signal): Promise<SendResult> => {
    const dispatched = queue.then(async () => {
      if (signal.aborted) throw abortError();
      const signed = await signRequest({
        apiKey: key.apiKey,
        secret: key.secret,
        request: attempt.endpoint,
        nonce: nonces.milliseconds(),
        params,
      });
      // Stop may have come while signing: then this request never leaves.
      if (signal.aborted) throw abortError();
      const request = new Request(url(attempt.endpoint), {
        method: 'POST',
        headers: Object.entries(signed.headers),
        signal,
      });
      // Wrapped so the queue waits for dispatch only, not for the answer.
      return { answer: transport(request) };
    });
    queue = dispatched.catch(() => undefined);
    const { answer } = await dispatched;
    const response = await untilAborted(answer, signal);
    // Read the body: it frees the connection, and an error's reason explains the row.
    const text = await untilAborted(response.text(), signal);
    const reason = reasonOf(text);
    return {
      status: response.status,
      retryAfterMs: parseRetryAfter(response.headers.get('Retry-After'), clock()),
      reason,
      // Nonces here always rise in the order requests leave, so InvalidNonce means two of them
      // overtook each other on the way (parallel HTTP connections): sign again and resend.
      ...(reason === 'InvalidNonce' ? { resend: true } : {}),
    };
  };
}

/** The transport of the emulator inside the page may not watch the signal; Stop must not wait. */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(abortError());
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(abortError());
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

function reasonOf(text: string): string | undefined {
  try {
    const body: unknown = JSON.parse(text);
    if (body && typeof body === 'object' && 'reason' in body && typeof body.reason === 'string') {
      return body.reason;
    }
  } catch {
    // Not JSON: no reason to show.
  }
  return undefined;
}
