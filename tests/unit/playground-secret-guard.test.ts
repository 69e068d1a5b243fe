import { describe, expect, it } from 'vitest';
import { clockOffset } from '../../src/lib/playground/clock.ts';
import { parseJsonText } from '../../src/lib/json/user-input.ts';
import { containsSecret } from '../../src/lib/playground/secret-guard.ts';

const secret = 'S3cretSecretSecret42';
const found = (text: string, secrets = [secret]) => {
  const parsed = parseJsonText(text);
  return containsSecret(secrets, text, parsed.ok ? parsed.value : undefined);
};

describe('containsSecret', () => {
  it('finds a secret as typed, inside a value or a key, and behind JSON escapes', () => {
    expect(found(`{"note": "oops ${secret}"}`)).toBe(true);
    expect(found(`{"${secret}": 1}`)).toBe(true);
    expect(found('{"note": "\\u0053' + secret.slice(1) + '"}')).toBe(true);
    expect(found('{"deep": [[{"x": "\\u0053' + secret.slice(1) + '"}]]}')).toBe(true);
  });

  it('ignores unrelated text and secrets too short to be told from ordinary params', () => {
    expect(found('{"note": "S3cret"}')).toBe(false);
    expect(found('{"limit_trades": 50}', ['50'])).toBe(false);
    expect(found('{"a": 1}', [])).toBe(false);
  });
});

describe('clockOffset', () => {
  const now = Date.parse('2026-11-28T10:00:00.300Z');
  it('reads the Date header to the second and warns beyond 30 s', () => {
    expect(clockOffset('Sat, 28 Nov 2026 10:00:00 GMT', now)).toEqual({ ms: 200, tooFar: false });
    expect(clockOffset('Sat, 28 Nov 2026 10:00:31 GMT', now)?.tooFar).toBe(true);
    expect(clockOffset('Sat, 28 Nov 2026 09:59:29 GMT', now)?.tooFar).toBe(true);
    expect(clockOffset(null, now)).toBeNull();
    expect(clockOffset('yesterday', now)).toBeNull();
  });
});
