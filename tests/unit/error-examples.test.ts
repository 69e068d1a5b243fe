/**
 * The example responses on the error pages are what the emulator really answers: each
 * ```http block of a page equals, in order, the responses of that reason's scenario
 * (tests/fixtures/error-scenarios.ts), in both locales.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REASONS, reasonSlug } from '../../src/lib/emulator/reasons.ts';
import { locales } from '../../src/site.ts';
import { SCENARIOS, asHttpExample } from '../fixtures/error-scenarios.ts';

function httpExamples(locale: string, reason: string): string[] {
  const source = readFileSync(
    join('content', 'docs', locale, 'errors', `${reasonSlug(reason)}.mdx`),
    'utf8',
  );
  return [...source.matchAll(/```http[^\n]*\n([\s\S]*?)\n```/g)].map((m) => m[1]);
}

describe('error page examples', () => {
  it('have a scenario for every reason', () => {
    expect(Object.keys(SCENARIOS).sort()).toEqual(REASONS.map(({ reason }) => reason).sort());
  });

  it.each(REASONS)(
    '$reason: the page shows the emulator’s exact answer',
    async ({ reason, status }) => {
      const responses = await SCENARIOS[reason]();
      for (const response of responses) expect(response.status).toBe(status);
      const expected = await Promise.all(responses.map(asHttpExample));
      for (const locale of locales) expect(httpExamples(locale, reason)).toEqual(expected);
    },
    20_000,
  );
});
