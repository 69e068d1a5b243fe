/**
 * Turns the codes the pure modules report (JSON errors, param issues, refusals, link problems)
 * into sentences in the page's language.
 */
import { format } from '../../i18n/index.ts';
// Type only: the strings themselves arrive as a prop, so no locale's text is in the bundle.
import type { PlaygroundStrings } from '../../i18n/playground.ts';
import type { ParamIssue } from '../../lib/playground/endpoints.ts';
import type { JsonError } from '../../lib/json/user-input.ts';
import type { StateProblem } from '../../lib/playground/state.ts';
import { MintError, UnreachableTargetError } from '../../lib/playground/errors.ts';
import {
  TargetRefusedError,
  type TargetId,
  type TargetRefusal,
} from '../../lib/playground/targets.ts';

/** Looks up a key built from a code (`reason_${reason}_fix`); undefined when there is none. */
export function lookup(t: PlaygroundStrings, key: string): string | undefined {
  return Object.hasOwn(t, key) ? (t as Record<string, string>)[key] : undefined;
}

function found(t: PlaygroundStrings, text: string): string {
  if (text === '') return t.found_end;
  if (text === '\n') return t.found_linebreak;
  if (text === '\t') return t.found_tab;
  return `“${text}”`;
}

export function jsonErrorMessage(t: PlaygroundStrings, error: JsonError): string {
  const problem = format(lookup(t, `json_${error.code}`) ?? error.code, {
    expected: lookup(t, `expect_${error.expected}`) ?? error.expected,
    found:
      error.code === 'duplicate-key' || error.code === 'bad-escape' || error.code === 'bad-number'
        ? error.found
        : found(t, error.found),
  });
  return format(t.jsonError, { line: error.line, column: error.column, problem });
}

export function issueMessage(t: PlaygroundStrings, issue: ParamIssue): string {
  const template = lookup(t, `issue_${issue.code}`) ?? issue.code;
  switch (issue.code) {
    case 'wrong-type':
      return format(template, {
        name: issue.name,
        type: lookup(t, `type_${issue.expected}`) ?? issue.expected,
      });
    case 'not-allowed':
      return format(template, { name: issue.name, allowed: issue.allowed.join(', ') });
    case 'one-of':
      return format(template, { names: issue.names.join(t.or) });
    default:
      return format(template, { name: issue.name });
  }
}

export function targetName(t: PlaygroundStrings, target: TargetId): string {
  return lookup(t, `target_${target}`) ?? target;
}

export function refusalMessage(t: PlaygroundStrings, refusal: TargetRefusal): string {
  const template = lookup(t, `refusal_${refusal.code}`) ?? refusal.code;
  return refusal.code === 'unknown-target'
    ? format(template, { value: refusal.value })
    : format(template, { host: refusal.host });
}

export function problemMessage(t: PlaygroundStrings, problem: StateProblem): string {
  if (problem.field === 'target') return refusalMessage(t, problem.refusal);
  const template = lookup(t, `problem_${problem.code}`) ?? problem.code;
  switch (problem.code) {
    case 'too-long':
      return format(template, { length: problem.length });
    case 'credentials-ignored':
      return format(template, { names: problem.names.join(', ') });
    default:
      return format(template, { value: problem.value });
  }
}

export function roleNames(t: PlaygroundStrings, roles: readonly string[]): string {
  return roles.map((role) => lookup(t, `role_${role}`) ?? role).join(', ');
}

/** Why a send or mint produced no answer, in words. */
export function describeSendError(t: PlaygroundStrings, error: unknown): string {
  if (error instanceof UnreachableTargetError) {
    return format(lookup(t, `unreachable_${error.target}`) ?? error.message, {
      message: error.message,
    });
  }
  if (error instanceof TargetRefusedError) return format(t.refusedSend, { message: error.message });
  if (error instanceof MintError) return error.message;
  return error instanceof Error ? error.message : String(error);
}
