/**
 * The request builder's view of the emulator's endpoint catalogue: the catalogue in one
 * language (the page passes it to the island as data, so the island's JavaScript carries no
 * copy), path params filled into the URL, example params to start from, and validation of
 * typed params against the declared ones. Validation advises; it never blocks a send,
 * because watching the sandbox reject a bad request is part of learning.
 */
import type { EndpointSpec, ParamSpec, ParamType } from '../emulator/catalogue.ts';
import type { LocalizedEndpoint, LocalizedParam } from '../emulator/catalogue-text.ts';
import { isJsonNumber, isJsonObject, type JsonValue } from '../json/index.ts';

export type { ParamType };

export type PlaygroundParam = LocalizedParam;
export type PlaygroundEndpoint = LocalizedEndpoint;

/** What validation and example params read: facts that a catalogue entry and its localized view share. */
type EndpointFacts = Pick<EndpointSpec, 'oneOf'> & { params: readonly Omit<ParamSpec, 'text'>[] };

/** The entry with exactly this path (`/v1/pubticker/:symbol`, not a filled one). */
export function endpointByPath(
  catalogue: readonly PlaygroundEndpoint[],
  path: string,
): PlaygroundEndpoint | undefined {
  return catalogue.find((endpoint) => endpoint.path === path);
}

export type ParamIssue =
  | { name: string; code: 'missing' }
  | { name: string; code: 'wrong-type'; expected: ParamType }
  | { name: string; code: 'not-allowed'; allowed: readonly string[] }
  | { name: string; code: 'unknown' }
  | { name: string; code: 'reserved' }
  | { name: string; code: 'one-of'; names: readonly string[] }
  | { name: ''; code: 'not-an-object' };

/** `request` and `nonce` are added by the pipeline itself. */
const RESERVED = ['request', 'nonce'];

function matchesType(value: JsonValue, type: ParamType): boolean {
  switch (type) {
    case 'string':
      return typeof value === 'string';
    case 'decimal':
      return typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value);
    case 'integer':
      return isJsonNumber(value) && Number.isInteger(Number(value.value));
    case 'boolean':
      return typeof value === 'boolean';
    case 'string[]':
      return Array.isArray(value) && value.every((item) => typeof item === 'string');
  }
}

/** Checks params against the endpoint; an empty list means nothing to report. */
export function validateParams(endpoint: EndpointFacts, value: JsonValue): ParamIssue[] {
  if (!isJsonObject(value)) return [{ name: '', code: 'not-an-object' }];
  const issues: ParamIssue[] = [];
  for (const param of endpoint.params) {
    const given = value[param.name];
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
  if (endpoint.oneOf && !endpoint.oneOf.some((name) => value[name] !== undefined)) {
    issues.push({ name: endpoint.oneOf[0] ?? '', code: 'one-of', names: endpoint.oneOf });
  }
  const declared = new Set(endpoint.params.map((param) => param.name));
  for (const name of Object.keys(value)) {
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

/** Params to start from: the required ones and path params, with the catalogue's examples. */
export function exampleParams(endpoint: EndpointFacts): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  for (const param of endpoint.params) {
    if (param.required || param.in === 'path') params[param.name] = param.example;
  }
  if (endpoint.oneOf && endpoint.oneOf.every((name) => params[name] === undefined)) {
    const first = endpoint.params.find((param) => param.name === endpoint.oneOf?.[0]);
    if (first) params[first.name] = first.example;
  }
  return params;
}
