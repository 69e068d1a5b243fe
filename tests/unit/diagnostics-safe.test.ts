import { describe, expect, it } from 'vitest';
import { buildSafeDiagnostics } from '../../src/lib/diagnostics/safe-diagnostics.ts';
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
