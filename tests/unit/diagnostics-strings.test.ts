/**
 * The support tools look strings up by computed keys (`finding.<id>`, `recipe.<name>.title`, …):
 * every key the diagnostics can produce must exist, so no raw key ever reaches the page.
 */
import { describe, expect, it } from 'vitest';
import strings from '../../src/i18n/tools.ts';
import { FINDING_RULES } from '../../src/lib/diagnostics/findings.ts';
import { RECIPES, type InputProblem, type Verdict } from '../../src/lib/diagnostics/doctor.ts';
import type { StyleChange } from '../../src/lib/diagnostics/reserialize.ts';
import type { InputKind, NonceUnit } from '../../src/lib/diagnostics/decode.ts';

const verdicts: Verdict[] = ['valid', 'mistake', 'mismatch', 'incomplete'];
const problems: InputProblem[] = ['no-payload', 'no-signature', 'no-secret'];
const changes: StyleChange[] = [
  'spacing',
  'key-order',
  'nonce-type',
  'ascii-escaping',
  'trailing-newline',
];
const kinds: InputKind[] = ['empty', 'base64', 'json', 'headers', 'curl'];
const units: NonceUnit[] = ['counter', 'seconds', 'milliseconds', 'microseconds', 'nanoseconds'];

const keys = [
  ...Object.keys(FINDING_RULES).map((id) => `finding.${id}`),
  ...Object.values(FINDING_RULES).flatMap((rule) => [
    `severity.${rule.severity}`,
    ...('step' in rule ? [`step.${rule.step}`] : []),
  ]),
  ...RECIPES.flatMap((recipe) => [
    `${recipe.explanation}.title`,
    `${recipe.explanation}.fix`,
    `step.${recipe.step}`,
  ]),
  ...verdicts.map((verdict) => `verdict.${verdict}`),
  ...problems.map((problem) => `problem.${problem}`),
  ...changes.map((change) => `change.${change}`),
  ...kinds.map((kind) => `kind.${kind}`),
  ...units.map((unit) => `unit.${unit}`),
];

describe('support tool strings', () => {
  it.each(['en', 'de'] as const)('%s has every key the diagnostics can produce', (locale) => {
    const table = strings[locale] as Record<string, string>;
    expect(keys.filter((key) => !table[key])).toEqual([]);
  });

  it('recipe ids are unique', () => {
    const ids = RECIPES.map((recipe) => recipe.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
