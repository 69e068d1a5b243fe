/**
 * The support tools look strings up by code (`t.finding[id]`, `t.recipe[explanation].title`, …):
 * the types make a missing one a compile error; this checks each is a text at run time too.
 */
import { describe, expect, it } from 'vitest';
import strings from '../../src/i18n/tools.ts';
import { FINDING_RULES, type FindingId } from '../../src/lib/diagnostics/findings.ts';
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

/** Every text the diagnostics can ask for, looked up the way the islands do. */
const texts = (t: (typeof strings)['en']) => [
  ...Object.values(FINDING_RULES).flatMap((rule) => [
    t.severity[rule.severity],
    ...('step' in rule ? [t.step[rule.step]] : []),
  ]),
  ...(Object.keys(FINDING_RULES) as FindingId[]).map((id) => t.finding[id]),
  ...RECIPES.flatMap((recipe) => [
    t.recipe[recipe.explanation].title,
    t.recipe[recipe.explanation].fix,
    t.step[recipe.step],
  ]),
  ...verdicts.map((verdict) => t.verdict[verdict]),
  ...problems.map((problem) => t.problem[problem]),
  ...changes.map((change) => t.change[change]),
  ...kinds.map((kind) => t.kind[kind]),
  ...units.map((unit) => t.unit[unit]),
];

describe('support tool strings', () => {
  it.each(['en', 'de'] as const)('%s has every key the diagnostics can produce', (locale) => {
    expect(texts(strings[locale]).filter((text) => !text?.trim())).toEqual([]);
  });

  it('recipe ids are unique', () => {
    const ids = RECIPES.map((recipe) => recipe.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
