/**
 * Turns the codes the pure modules report (JSON errors, param issues, refusals, link problems)
 * into sentences in the page's language.
 */
import { format } from '../../i18n/index.ts';
// Type only: the strings themselves arrive as a prop, so no locale's text is in the bundle.
import type { PipelineStrings } from '../../i18n/pipeline.ts';
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

function found(t: PipelineStrings, text: string): string {
  if (text === '') return t.found_end;
  if (text === '\n') return t.found_linebreak;
  if (text === '\t') return t.found_tab;
  return `“${text}”`;
}

export function jsonErrorMessage(t: PipelineStrings, error: JsonError): string {
  const problem = format(t.json[error.code], {
    expected: t.expect[error.expected],
    found:
      error.code === 'duplicate-key' || error.code === 'bad-escape' || error.code === 'bad-number'
        ? error.found
        : found(t, error.found),
  });
  return format(t.jsonError, { line: error.line, column: error.column, problem });
}

export function issueMessage(t: PipelineStrings, issue: ParamIssue): string {
  const template = t.issue[issue.code];
  switch (issue.code) {
    case 'wrong-type':
      return format(template, {
        name: issue.name,
        type: t.type[issue.expected],
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
  return t.target[target];
}

export function refusalMessage(t: PlaygroundStrings, refusal: TargetRefusal): string {
  const template = t.refusal[refusal.code];
  return refusal.code === 'unknown-target'
    ? format(template, { value: refusal.value })
    : format(template, { host: refusal.host });
}

export function problemMessage(t: PlaygroundStrings, problem: StateProblem): string {
  if (problem.field === 'target') return refusalMessage(t, problem.refusal);
  const template = t.problem[problem.code];
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
  const names: Record<string, string> = t.role;
  return roles.map((role) => (Object.hasOwn(names, role) ? names[role] : role)).join(', ');
}

/** Why a send or mint produced no answer, in words. */
export function describeSendError(t: PlaygroundStrings, error: unknown): string {
  if (error instanceof UnreachableTargetError) {
    return format(t.unreachable[error.target], {
      message: error.message,
    });
  }
  if (error instanceof TargetRefusedError) return format(t.refusedSend, { message: error.message });
  if (error instanceof MintError) return error.message;
  return error instanceof Error ? error.message : String(error);
}
