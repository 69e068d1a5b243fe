/**
 * The tools link findings and recipes to lesson steps and error pages. Those links are built in
 * the page at run time, so the build's link check never sees them: this test checks the targets
 * in the content sources instead, in both locales. (The lesson and error pages come from other
 * branches; until they are merged here, the checks for them are skipped, never passed.)
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FINDING_RULES, type FindingRule } from '../../src/lib/diagnostics/findings.ts';
import { RECIPES } from '../../src/lib/diagnostics/doctor.ts';
import { REASONS, reasonSlug } from '../../src/lib/emulator/reasons.ts';
import { reasonName } from '../../src/components/tools/present.ts';

const lesson = (locale: string) => `content/docs/${locale}/lessons/sign-first-request.mdx`;
const errorPage = (locale: string, slug: string) => `content/docs/${locale}/errors/${slug}.mdx`;

const rules: FindingRule[] = Object.values(FINDING_RULES);
const steps = new Set([
  ...rules.flatMap((rule) => (rule.step ? [rule.step] : [])),
  ...RECIPES.map((recipe) => recipe.step),
  'compute-signature',
]);
const errorSlugs = new Set([
  ...rules.flatMap((rule) => (rule.errorPage ? [rule.errorPage] : [])),
  'invalid-signature',
]);

describe('error pages the tools link to', () => {
  it('are reasons the emulator can answer with, named as the API spells them', () => {
    const reasons = REASONS.map(({ reason }) => reason as string);
    for (const slug of errorSlugs) {
      expect(reasons).toContain(reasonName(slug));
      expect(reasonSlug(reasonName(slug))).toBe(slug);
    }
  });
});

describe.each(['en', 'de'])('link targets in %s', (locale) => {
  it.skipIf(!existsSync(lesson(locale)))('every linked lesson step exists', () => {
    const source = readFileSync(lesson(locale), 'utf8');
    const ids = [...source.matchAll(/\{\s*#([\w-]+)[^}]*\}/g)].map((match) => match[1]);
    expect([...steps].filter((step) => !ids.includes(step))).toEqual([]);
  });

  it.skipIf(!existsSync(`content/docs/${locale}/errors`))('every linked error page exists', () => {
    expect([...errorSlugs].filter((slug) => !existsSync(errorPage(locale, slug)))).toEqual([]);
  });
});
