/**
 * The request builder's view of an endpoint: path params filled into the URL, example params
 * to start from, and validation of typed params against the endpoint's declared params.
 * Validation advises; it never blocks a send, because watching the sandbox reject a bad
 * request is part of learning.
 */
import type { JsonValue } from './json-text.ts';

export type ParamType = 'string' | 'integer' | 'number' | 'boolean' | 'array' | 'object';

export interface EndpointParam {
  name: string;
  type: ParamType;
  required: boolean;
  /** Allowed values (of the string, or of each array item). */
  enum?: readonly string[];
  example?: unknown;
  description: string;
  /** `path` params fill `:name` in the path and are not part of the payload. */
  in: 'payload' | 'path';
}

export interface PlaygroundEndpoint {
  path: string;
  method: 'GET' | 'POST';
  access: 'public' | 'private';
  roles: readonly string[];
  description: string;
  params: readonly EndpointParam[];
}

export type ParamIssue =
  | { name: string; code: 'missing' }
  | { name: string; code: 'wrong-type'; expected: ParamType }
  | { name: string; code: 'not-allowed'; allowed: readonly string[] }
  | { name: string; code: 'unknown' }
  | { name: string; code: 'reserved' }
  | { name: ''; code: 'not-an-object' };

/** `request` and `nonce` are added by the pipeline itself; `account` is for master keys only. */
const RESERVED = ['request', 'nonce'];

export function typeOf(value: JsonValue | undefined): ParamType | 'null' | 'undefined' {
  if (value === undefined) return 'undefined';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'bigint') return 'integer';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value as 'string' | 'boolean' | 'object';
}

function matchesType(value: JsonValue, type: ParamType): boolean {
  const actual = typeOf(value);
  return actual === type || (type === 'number' && actual === 'integer');
}

/** Checks params against the endpoint; an empty list means nothing to report. */
export function validateParams(endpoint: PlaygroundEndpoint, value: JsonValue): ParamIssue[] {
  if (typeOf(value) !== 'object') return [{ name: '', code: 'not-an-object' }];
  const params = value as Record<string, JsonValue>;
  const issues: ParamIssue[] = [];
  for (const param of endpoint.params) {
    const given = params[param.name];
    if (given === undefined) {
      if (param.required) issues.push({ name: param.name, code: 'missing' });
      continue;
    }
    if (!matchesType(given, param.type)) {
      issues.push({ name: param.name, code: 'wrong-type', expected: param.type });
      continue;
    }
    if (param.enum) {
      const values = Array.isArray(given) ? given : [given];
      if (values.some((item) => typeof item !== 'string' || !param.enum?.includes(item))) {
        issues.push({ name: param.name, code: 'not-allowed', allowed: param.enum });
      }
    }
  }
  const declared = new Set(endpoint.params.map((param) => param.name));
  for (const name of Object.keys(params)) {
    if (RESERVED.includes(name)) issues.push({ name, code: 'reserved' });
    else if (!declared.has(name) && name !== 'account') issues.push({ name, code: 'unknown' });
  }
  return issues;
}

export type FilledPath =
  | { ok: true; path: string; payloadParams: Record<string, JsonValue> }
  | { ok: false; missing: string[] };

/**
 * Fills `:name` segments from the params of the same name (URL-encoded) and returns the rest as
 * payload params. `/v1/pubticker/:symbol` + `{symbol: "btcusd"}` → `/v1/pubticker/btcusd`.
 */
export function fillPath(template: string, params: Record<string, JsonValue>): FilledPath {
  const payloadParams: Record<string, JsonValue> = { ...params };
  const missing: string[] = [];
  const path = template.replace(/:([A-Za-z_][A-Za-z0-9_]*)/g, (_match, name: string) => {
    const value = params[name];
    delete payloadParams[name];
    if (value === undefined || value === null || value === '') {
      missing.push(name);
      return `:${name}`;
    }
    return encodeURIComponent(typeof value === 'string' ? value : String(value));
  });
  return missing.length > 0 ? { ok: false, missing } : { ok: true, path, payloadParams };
}

/** Params to start from: every required param, and optional ones that have an example. */
export function exampleParams(endpoint: PlaygroundEndpoint): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  for (const param of endpoint.params) {
    if (param.example !== undefined && (param.required || param.in === 'path')) {
      params[param.name] = param.example;
    } else if (param.required) {
      params[param.name] = emptyValue(param.type);
    }
  }
  return params;
}

function emptyValue(type: ParamType): unknown {
  return { string: '', integer: 0, number: 0, boolean: false, array: [], object: {} }[type];
}
