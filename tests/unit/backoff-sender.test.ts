import { describe, expect, it } from 'vitest';
import { decodeBase64, hmacSha384Hex } from '../../src/lib/signing/index.ts';
import {
  createSignedSend,
  LabTargetError,
  mintThrowawayKey,
  type Transport,
} from '../../src/lib/backoff/sender.ts';

const key = { apiKey: 'account-TEST0000000000000000', secret: '1234abcd' };

/** A transport that records what it was handed, in order, and answers after `delayMs`. */
function recordingTransport(answer: () => Response, delayMs = 5) {
  const seen: {
    nonce: number;
    path: string;
    payload: string;
    signature: string;
    apiKey: string;
  }[] = [];
  const transport: Transport = async (request) => {
    const payload = request.headers.get('X-GEMINI-PAYLOAD')!;
    const body = JSON.parse(decodeBase64(payload)) as { nonce: number };
    seen.push({
      nonce: body.nonce,
      path: new URL(request.url).pathname,
      payload,
      signature: request.headers.get('X-GEMINI-SIGNATURE')!,
      apiKey: request.headers.get('X-GEMINI-APIKEY')!,
    });
    await new Promise((resolve) => setTimeout(resolve, delayMs));
    return answer();
  };
  return { transport, seen };
}

/** A sender to the recording transport, with the test key and no endpoint params. */
const sendVia = (transport: Transport) =>
  createSignedSend({
    transport,
    url: (path) => `http://emulator${path}`,
    key,
    params: {},
    clock: Date.now,
  });

const ok = () => new Response('{"result":"ok"}', { status: 200 });

describe('createSignedSend', () => {
  it('signs each attempt with the key and a nonce that rises in dispatch order, even when concurrent', async () => {
    const now = 1_700_000_000_000; // a frozen clock: the nonce source must still increase
    const { transport, seen } = recordingTransport(ok);
    const send = createSignedSend({
      transport,
      url: (path) => `http://emulator${path}`,
      key,
      params: { symbol: 'btcusd' },
      clock: () => now,
    });
    const signal = new AbortController().signal;
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        send({ index, attempt: 0, endpoint: '/v1/mytrades' }, signal),
      ),
    );
    expect(results.every((result) => result.status === 200)).toBe(true);
    const nonces = seen.map((entry) => entry.nonce);
    expect(nonces).toEqual([...nonces].sort((a, b) => a - b));
    expect(new Set(nonces).size).toBe(20);
    for (const entry of seen) {
      expect(entry.path).toBe('/v1/mytrades');
      expect(entry.apiKey).toBe(key.apiKey);
      expect(entry.signature).toBe(await hmacSha384Hex(key.secret, entry.payload));
      expect(JSON.parse(decodeBase64(entry.payload))).toMatchObject({
        request: '/v1/mytrades',
        symbol: 'btcusd',
      });
      expect(entry.payload).not.toContain(key.secret);
    }
  });

  it('reads status, Retry-After and the error reason', async () => {
    const { transport } = recordingTransport(
      () =>
        new Response('{"result":"error","reason":"RateLimit","message":"slow down"}', {
          status: 429,
          headers: { 'Retry-After': '2' },
        }),
    );
    const send = sendVia(transport);
    expect(
      await send({ index: 0, attempt: 0, endpoint: '/v1/balances' }, new AbortController().signal),
    ).toEqual({
      status: 429,
      retryAfterMs: 2000,
      reason: 'RateLimit',
    });
  });

  it('asks to resend, freshly signed, when the nonce lost a race (InvalidNonce)', async () => {
    const { transport } = recordingTransport(() =>
      Response.json(
        { result: 'error', reason: 'InvalidNonce', message: 'has not increased' },
        { status: 400 },
      ),
    );
    expect(
      await sendVia(transport)(
        { index: 0, attempt: 0, endpoint: '/v1/balances' },
        new AbortController().signal,
      ),
    ).toEqual({
      status: 400,
      retryAfterMs: undefined,
      reason: 'InvalidNonce',
      resend: true,
    });
  });

  it('after abort, nothing more reaches the transport and waiting callers reject at once', async () => {
    const { transport, seen } = recordingTransport(ok, 10_000);
    const send = sendVia(transport);
    const controller = new AbortController();
    const pending = Array.from({ length: 10 }, (_, index) =>
      send({ index, attempt: 0, endpoint: '/v1/balances' }, controller.signal).then(
        () => 'answered',
        (error: Error) => error.name,
      ),
    );
    await new Promise((resolve) => setTimeout(resolve, 0));
    controller.abort();
    const started = Date.now();
    const outcomes = await Promise.all(pending);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(outcomes.every((outcome) => outcome === 'AbortError')).toBe(true);
    const dispatched = seen.length;
    expect(dispatched).toBeLessThan(10);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(seen.length).toBe(dispatched);
  });
});

describe('mintThrowawayKey', () => {
  it('asks for a key with the lab’s rate limit', async () => {
    let body: unknown;
    const transport: Transport = async (request) => {
      expect(new URL(request.url).pathname).toBe('/emulator/keys');
      body = await request.json();
      return Response.json({ key: 'account-abc', secret: 'xyz' });
    };
    expect(
      await mintThrowawayKey(transport, 'http://e/emulator/keys', { perMinute: 60, burst: 5 }),
    ).toEqual({
      apiKey: 'account-abc',
      secret: 'xyz',
    });
    expect(body).toEqual({ roles: ['trader'], rateLimit: { perMinute: 60, burst: 5 } });
  });

  it('says whether the target is unreachable or refused', async () => {
    const down: Transport = async () => {
      throw new TypeError('Failed to fetch');
    };
    await expect(
      mintThrowawayKey(down, 'http://127.0.0.1:4322/emulator/keys', { perMinute: 60, burst: 5 }),
    ).rejects.toMatchObject({
      code: 'unreachable',
    });
    const refuses: Transport = async () =>
      Response.json({ result: 'error', reason: 'InvalidJson', message: 'no' }, { status: 400 });
    const error = await mintThrowawayKey(refuses, 'http://emulator/emulator/keys', {
      perMinute: 60,
      burst: 5,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LabTargetError);
    expect(error).toMatchObject({
      code: 'mint-failed',
      message: 'Minting a key failed: InvalidJson',
    });
  });
});
