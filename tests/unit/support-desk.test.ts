import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diagnoseDesk, type Cause, type DeskDiagnosis } from '../../src/lib/support/diagnose.ts';
import { SECRET_PLACEHOLDER } from '../../src/lib/support/secrets.ts';
import { catalogue, knownReasons } from '../fixtures/support-catalogue.ts';
import { MASTER_SECRET, NOW, PASTES, SECRET } from '../fixtures/support-pastes.ts';

const causeKey = (cause: Cause) =>
  cause.kind === 'reason'
    ? `reason:${cause.reason}`
    : cause.kind === 'finding'
      ? `finding:${cause.finding.id}`
      : cause.kind;

function run(text: string, ticketTime?: number): DeskDiagnosis {
  return diagnoseDesk({ text, now: NOW, ticketTime, knownReasons });
}

describe('support desk: the corpus of pastes', () => {
  it('has at least 40 real-shaped pastes', () => {
    expect(PASTES.length).toBeGreaterThanOrEqual(40);
  });

  it.each(PASTES.map((paste) => [paste.name, paste] as const))('%s', (_name, paste) => {
    const started = performance.now();
    const result = run(paste.text, paste.ticketTime);
    expect(performance.now() - started, 'fast enough to run on paste').toBeLessThan(3_000);
    const kinds = result.pieces.map((piece) => piece.kind);
    expect(kinds.filter((kind, i) => kinds.indexOf(kind) === i)).toEqual(paste.kinds);
    expect(result.reasons.map((reason) => reason.reason)).toEqual(paste.reasons ?? []);
    if (paste.causes) expect(result.causes.map(causeKey)).toEqual(paste.causes);
    expect([...new Set(result.secrets.map((hit) => hit.kind))]).toEqual(paste.secrets ?? []);
    if (paste.statuses) expect(result.statuses).toEqual(paste.statuses);
    expect(result.notices.map((notice) => notice.id)).toEqual(paste.notices ?? []);
    if (paste.nonce) {
      const nonce = result.payloads[0]?.nonce;
      expect(nonce?.text).toBe(paste.nonce.text);
      expect(nonce?.unit).toBe(paste.nonce.unit);
      expect(nonce?.date).toBe(paste.nonce.date);
    }
    // Nothing the desk keeps holds a secret.
    const kept = JSON.stringify({
      text: result.text,
      pieces: result.pieces,
      causes: result.causes,
    });
    expect(kept).not.toContain(SECRET);
    expect(kept).not.toContain(MASTER_SECRET);
  });
});

describe('support desk: nonce analysis', () => {
  it('gives the distance from now, from the ticket time and from the log line', () => {
    const payload = Buffer.from(`{"request":"/v1/balances","nonce":${NOW / 1000 - 90}}`).toString(
      'base64',
    );
    const result = run(`2026-11-28 09:38:00,000 ERROR x\n${payload}`, NOW - 600_000);
    const nonce = result.payloads[0]!.nonce!;
    expect(nonce.unit).toBe('seconds');
    expect(nonce.secondsFromNow).toBe(-90);
    expect(nonce.secondsFromTicket).toBe(510);
    expect(nonce.secondsFromLog).toBe(30);
  });

  it('keeps a 19-digit nonce exact where JSON.parse would round it', () => {
    const nonce = '1764322265000123456';
    expect(String(JSON.parse(nonce))).not.toBe(nonce);
    const result = run(
      Buffer.from(`{"request":"/v1/balances","nonce":${nonce}}`).toString('base64'),
    );
    expect(result.payloads[0]!.nonce).toMatchObject({
      text: nonce,
      unit: 'nanoseconds',
      date: '2025-11-28T09:31:05.000Z',
    });
  });
});

describe('support desk: secrets', () => {
  it('redacts the secret from the text it keeps, and says where it was', () => {
    const result = run(`secret: ${SECRET}\n{"result":"error","reason":"InvalidSignature"}`);
    expect(result.secrets).toHaveLength(1);
    expect(result.text).toContain(SECRET_PLACEHOLDER);
    expect(result.text).not.toContain(SECRET);
    expect(result.reasons[0]?.reason).toBe('InvalidSignature');
  });

  it('does not mistake key ids, signatures, payloads or reasons for secrets', () => {
    const result = run(
      `account-Ab3dEf5hIj7lMn9pQr1t ${'ab'.repeat(48)} eyJyZXF1ZXN0IjoiL3YxL2JhbGFuY2VzIiwibm9uY2UiOjF9 InvalidSignature AuthenticationError 1764322265000`,
    );
    expect(result.secrets).toEqual([]);
  });

  it('a payload with a secret field is removed whole and never linked', () => {
    const payload = Buffer.from('{"request":"/v1/balances","nonce":1,"secret":"abc"}').toString(
      'base64',
    );
    const result = run(payload);
    expect(result.secrets.map((hit) => hit.kind)).toEqual(['payload-secret']);
    expect(result.text).not.toContain(payload);
    expect(JSON.stringify(result)).not.toContain(payload);
  });
});

describe('support desk: never throws', () => {
  it('reads any text, any mix of pieces, without throwing (property)', () => {
    const fragments = PASTES.map((paste) => paste.text.slice(0, 2_000));
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(fc.constantFrom(...fragments), fc.string(), fc.string({ unit: 'binary' })),
          {
            maxLength: 5,
          },
        ),
        fc.string({ maxLength: 3 }),
        (parts, glue) => {
          const result = run(parts.join(glue));
          expect(Array.isArray(result.causes)).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  }, 60_000);
});
