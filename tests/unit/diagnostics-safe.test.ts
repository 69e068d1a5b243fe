import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  buildSafeDiagnostics,
  collectSafeDiagnostics,
  formatSafeDiagnostics,
  parseSafeDiagnostics,
  type SafeDiagnosticsInput,
} from '../../src/lib/diagnostics/safe-diagnostics.ts';
import vectors from '../fixtures/signing-vectors.json' with { type: 'json' };

const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
const bigNonce = vectors.vectors.find((vector) => vector.name === 'big-nonce-19-digits')!;

describe('buildSafeDiagnostics', () => {
  it('lists key id, payload, decoded JSON, status, body, time, browser and version', () => {
    const text = buildSafeDiagnostics({
      apiKey: vectors.apiKey,
      payloadBase64: bigNonce.base64,
      status: 400,
      responseBody: '{"result":"error","reason":"InvalidSignature","message":"InvalidSignature"}',
      time: Date.UTC(2024, 0, 2, 3, 4, 5),
      userAgent: 'Mozilla/5.0 Test',
      siteVersion: '0.1.0',
    });
    expect(text).toContain(`API key: ${vectors.apiKey}`);
    expect(text).toContain(`X-GEMINI-PAYLOAD: ${bigNonce.base64}`);
    // The 19-digit nonce keeps every digit (JSON.parse would round it).
    expect(text).toContain('"nonce": 1477963240741083307');
    expect(text).toContain('Response status: 400');
    expect(text).toContain('"reason":"InvalidSignature"');
    expect(text).toContain('Time: 2024-01-02T03:04:05.000Z');
    expect(text).toContain('Browser: Mozilla/5.0 Test');
    expect(text).toContain('Site version: 0.1.0');
  });

  it('never carries the secret, even when it was put into the payload by mistake', () => {
    const secret = 'the-secret-value-1234';
    const payload = base64(`{"request":"/v1/balances","nonce":1,"api_secret":"${secret}"}`);
    const text = buildSafeDiagnostics({ apiKey: 'account-x', payloadBase64: payload });
    expect(text).not.toContain(secret);
    expect(text).not.toContain(payload);
    expect(text).toContain('"api_secret": "[removed: looked like a credential]"');
  });

  it('names payload problems by id and survives garbage', () => {
    expect(buildSafeDiagnostics({ payloadBase64: 'not base64 at all!' })).toContain(
      'Payload findings: spaces-in-base64, invalid-base64',
    );
    expect(buildSafeDiagnostics({ time: 'yesterday' })).toContain('Time: yesterday');
  });

  it('cuts very long response bodies', () => {
    const text = buildSafeDiagnostics({ responseBody: 'x'.repeat(10_000) });
    expect(text.length).toBeLessThan(5_000);
    expect(text).toContain('(10000 chars)');
  });
});

describe('buildSafeDiagnostics: deep JSON (issue 17, finding 5)', () => {
  it('does not throw on a deeply nested payload and says why it was not read', () => {
    const deep = Buffer.from(
      `{"request":"/v1/x","nonce":1,"a":${'['.repeat(20_000)}${']'.repeat(20_000)}}`,
    ).toString('base64');
    const text = buildSafeDiagnostics({ payloadBase64: deep, time: 0 });
    expect(text).toContain('Payload findings: json-too-deep');
    expect(text).not.toContain('Decoded payload');
  });
});

describe('parseSafeDiagnostics: the support desk reads the block back exactly', () => {
  const full: SafeDiagnosticsInput = {
    apiKey: vectors.apiKey,
    payloadBase64: bigNonce.base64,
    status: 400,
    responseBody: '{"result":"error","reason":"InvalidNonce",\n"message":"two\nlines"}',
    time: Date.UTC(2024, 0, 2, 3, 4, 5),
    userAgent: 'Mozilla/5.0 Test',
    siteVersion: '0.1.0',
    notes: ['Signature doctor: mistake (sha256)'],
  };

  it('round-trips every field, the 19-digit nonce included', () => {
    const text = buildSafeDiagnostics(full);
    const block = parseSafeDiagnostics(
      `Hi, here is what the site gave me:\n\n${text}\n\nThanks`.replace(/\n\nThanks$/, ''),
    );
    expect(block).toEqual(collectSafeDiagnostics(full));
    expect(block?.payload?.base64).toBe(bigNonce.base64);
    expect(block?.payload?.decoded).toContain('1477963240741083307');
    expect(block?.responseBody?.text).toBe(full.responseBody);
    expect(formatSafeDiagnostics(block!)).toBe(text);
  });

  it('round-trips a cut body, a left-out payload and a block with only a time', () => {
    const secretPayload = Buffer.from('{"request":"/v1/x","nonce":1,"secret":"abc"}').toString(
      'base64',
    );
    for (const input of [
      { responseBody: 'y'.repeat(9_000), time: 5 },
      { payloadBase64: secretPayload, time: 5 },
      { time: 5 },
      { apiKey: 'a\nb', userAgent: 'x\r\ny', notes: ['n1', 'Browser: not a label here'], time: 5 },
    ]) {
      const text = buildSafeDiagnostics(input);
      expect(formatSafeDiagnostics(parseSafeDiagnostics(text)!)).toBe(text);
      expect(parseSafeDiagnostics(text)).toEqual(collectSafeDiagnostics(input));
    }
  });

  it('round-trips arbitrary text in every field (property)', () => {
    fc.assert(
      fc.property(
        fc.record(
          {
            apiKey: fc.string(),
            payloadBase64: fc.oneof(fc.base64String(), fc.string()),
            status: fc.integer({ min: 100, max: 599 }),
            responseBody: fc.string({ maxLength: 5_000 }),
            userAgent: fc.string(),
            siteVersion: fc.string(),
            notes: fc.array(fc.string({ minLength: 1 }).filter((note) => note.trim() !== '')),
          },
          { requiredKeys: [] },
        ),
        (input) => {
          const text = buildSafeDiagnostics({ ...input, time: 0 });
          expect(formatSafeDiagnostics(parseSafeDiagnostics(text)!)).toBe(text);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('finds no block in other text', () => {
    expect(parseSafeDiagnostics('{"result":"error"}')).toBeUndefined();
  });
});
