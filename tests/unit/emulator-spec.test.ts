/**
 * The emulator measured against Gemini's own OpenAPI description (vendored, commit 5dc98d2):
 * a scripted session calls every endpoint the emulator serves (with the catalogue's example
 * params) and provokes its errors; every answer, 200 or error, is validated with Ajv against
 * the response schema the spec gives that operation and status. Prints the coverage per tag.
 */
import Ajv, { type ValidateFunction } from 'ajv';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { CATALOGUE, createEmulator, type MintedKey } from '../../src/lib/emulator/index.ts';
import { localizeCatalogue } from '../../src/lib/emulator/catalogue-text.ts';
import { exampleParams, fillPath } from '../../src/lib/playground/endpoints.ts';
import { signRequest } from '../../src/lib/signing/index.ts';

const SPEC_FILE = 'vendor/gemini-developer-platform/specs/openapi/rest.yaml';
type Json = Record<string, any>;
const spec: Json = parse(readFileSync(SPEC_FILE, 'utf8'));

interface Operation {
  id: string;
  method: string;
  template: string;
  pattern: RegExp;
  tag: string;
  responses: Json;
}

const OPERATIONS: Operation[] = Object.entries(spec.paths as Json).flatMap(([template, item]) =>
  Object.entries(item as Json)
    .filter(([method]) => ['get', 'post', 'put', 'delete', 'patch'].includes(method))
    .map(([method, op]) => ({
      id: op.operationId,
      method: method.toUpperCase(),
      template,
      pattern: new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`),
      tag: op.tags?.[0] ?? '(none)',
      responses: op.responses ?? {},
    })),
);

/**
 * Gemini's own numeric-types overlay: fields the SDKs read as exact decimals, number or string
 * on the wire (`format: decimal`, and the bare-number Balance fields it lists).
 */
const overlay: Json = parse(
  readFileSync('vendor/gemini-developer-platform/specs/overlays/numeric-types.yaml', 'utf8'),
);
const DECIMAL_FIELDS = new Map<string, string[]>(
  overlay.schemaOverrides.decimalFields.map((f: Json) => [f.schema, f.properties]),
);
const DECIMAL = { anyOf: [{ type: 'number' }, { type: 'string', pattern: '^-?\\d+(\\.\\d+)?$' }] };

/**
 * Where the spec contradicts its own examples and the reference, the emulator follows the
 * examples (documented on the emulator page); these fields accept what the examples show.
 */
const CONTRADICTIONS: Record<string, Record<string, unknown>> = {
  // Schema: string; the spec's examples and the reference: a JSON number (150.00).
  NotionalVolume: { notional_30d_volume: { type: 'number' } },
};

/**
 * OpenAPI 3.0 schema → JSON Schema for Ajv: `$ref`s inlined (siblings of a `$ref` are ignored,
 * as OpenAPI says), `nullable` turned into a null type, and the spec's one invalid `type`
 * (`type: TimestampType` next to its `$ref`) dropped with the other siblings.
 */
function toJsonSchema(node: unknown, stack: string[] = []): unknown {
  if (Array.isArray(node)) return node.map((item) => toJsonSchema(item, stack));
  if (node === null || typeof node !== 'object') return node;
  const object = node as Json;
  if (typeof object.$ref === 'string') {
    if (stack.includes(object.$ref)) return {};
    const target = object.$ref
      .replace(/^#\//, '')
      .split('/')
      .reduce((at: Json, part: string) => at?.[part], spec);
    const schema = toJsonSchema(target, [...stack, object.$ref]) as Json;
    const name = object.$ref.split('/').pop()!;
    for (const field of DECIMAL_FIELDS.get(name) ?? []) {
      if (schema.properties?.[field]) schema.properties[field] = DECIMAL;
    }
    Object.assign(schema.properties ?? {}, CONTRADICTIONS[name] ?? {});
    return schema;
  }
  if (object.format === 'decimal') return DECIMAL;
  const out: Json = {};
  for (const [key, value] of Object.entries(object)) {
    if (key === 'example' || key === 'examples' || key === 'description') continue;
    out[key] = key === 'properties' ? mapValues(value as Json, stack) : toJsonSchema(value, stack);
  }
  if (out.nullable === true && typeof out.type === 'string') out.type = [out.type, 'null'];
  delete out.nullable;
  return out;
}

const mapValues = (object: Json, stack: string[]) =>
  Object.fromEntries(Object.entries(object).map(([k, v]) => [k, toJsonSchema(v, stack)]));

const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
const validators = new Map<string, ValidateFunction>();

/** The response schema for an operation and status, or undefined where the spec has none. */
function responseSchema(op: Operation | undefined, status: number): unknown {
  let response = op?.responses[String(status)] ?? op?.responses[`${String(status)[0]}XX`];
  if (!response) return undefined;
  if (response.$ref) response = toJsonSchema({ $ref: response.$ref });
  return toJsonSchema(response.content?.['application/json']?.schema);
}

function validatorFor(key: string, schema: unknown): ValidateFunction {
  let validate = validators.get(key);
  if (!validate) {
    validate = ajv.compile(schema as object);
    validators.set(key, validate);
  }
  return validate;
}

interface Answer {
  method: string;
  path: string;
  status: number;
  body: unknown;
}

const answers: Answer[] = [];
let clock = 1_700_000_000_000;
const emulator = createEmulator({ clock: () => clock, random: seeded(7) });
let nonce = clock;

function seeded(seed: number) {
  let state = seed;
  return () => (state = (state * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
}

async function record(request: Request): Promise<Answer> {
  clock += 200; // well inside every rate limit
  const response = await emulator.fetch(request);
  const answer = {
    method: request.method,
    path: new URL(request.url).pathname,
    status: response.status,
    body: await response.json(),
  };
  answers.push(answer);
  return answer;
}

async function signed(key: MintedKey, path: string, params: Json = {}, overrides: Json = {}) {
  const { headers } = await signRequest({
    apiKey: key.key,
    secret: overrides.secret ?? key.secret,
    request: overrides.request ?? path,
    nonce: overrides.nonce ?? ++nonce,
    params,
    account: key.scope === 'master' && overrides.account !== null ? 'primary' : undefined,
  });
  return record(new Request(`http://emulator${path}`, { method: 'POST', headers: { ...headers } }));
}

const get = (path: string) => record(new Request(`http://emulator${path}`));

beforeAll(async () => {
  // A master key with every role a group key can combine, then every catalogue endpoint with
  // its example params, in catalogue order (orders exist before status asks for one).
  const master = await emulator.mintKey({
    scope: 'master',
    roles: ['trader', 'fundmanager', 'administrator'],
  });
  const account = await emulator.mintKey({ roles: ['trader', 'fundmanager'] });
  for (const endpoint of localizeCatalogue(CATALOGUE, 'en')) {
    const filled = fillPath(endpoint.path, exampleParams(endpoint) as never);
    if (!filled.ok) throw new Error(`${endpoint.path}: ${filled.missing.join(', ')}`);
    if (endpoint.access === 'public') {
      await get(filled.path);
      continue;
    }
    const params =
      endpoint.path === '/v1/order/new'
        ? { ...filled.payloadParams, price: '70000.00' } // crosses: fills, so trades exist
        : filled.payloadParams;
    const noAccount = endpoint.accountScoped ? {} : { account: null };
    await signed(master, filled.path, params, noAccount);
    if (endpoint.accountScoped) await signed(account, filled.path, params);
  }
  await signed(account, '/v1/order/new', {
    symbol: 'btcusd',
    amount: '0.01',
    price: '50000.00',
    side: 'buy',
    type: 'exchange limit',
  }); // stays open
  await signed(account, '/v1/mytrades', { symbol: 'btcusd' });
  await signed(account, '/v1/order/status', { order_id: 7000000001, include_trades: true });
  await signed(account, '/v1/deposit/bitcoin/newAddress', { label: 'bot' });
  await signed(account, '/v1/addresses/bitcoin');
  await get('/v1/trades/btcusd?limit_trades=5');
  await get('/v1/book/btcusd?limit_bids=2&limit_asks=0');
  await get('/v2/candles/ethusd/1day'); // the prose's spelling
  const resting = answers.findLast((a) => a.path === '/v1/order/new' && a.status === 200)!;
  await signed(account, '/v1/order/cancel', { order_id: Number((resting.body as Json).order_id) });

  // Errors, one of each kind the emulator answers.
  const auditor = await emulator.mintKey({ roles: ['auditor'] });
  const slow = await emulator.mintKey({ rateLimit: { perMinute: 1, burst: 0 } });
  await record(new Request('http://emulator/v1/balances', { method: 'POST' })); // MissingApikeyHeader
  await signed(account, '/v1/balances', {}, { secret: 'wrong' }); // InvalidSignature
  await signed(account, '/v1/balances', {}, { nonce: 1 }); // InvalidNonce
  await signed(account, '/v1/balances', {}, { request: '/v1/orders' }); // EndpointMismatch
  await signed(auditor, '/v1/order/new', {}); // MissingRole 403
  await signed(account, '/v1/order/status', { order_id: 1 }); // OrderNotFound 404
  await signed(account, '/v1/order/new', {
    symbol: 'btcusd',
    amount: '100000',
    price: '60000.00',
    side: 'buy',
    type: 'exchange limit',
  }); // InsufficientFunds 406
  await signed(account, '/v1/order/new', { symbol: 'nope' }); // InvalidSymbol
  await signed(account, '/v2/withdraw/bitcoin/btc', {
    address: 'mi98Z9brJ3TgaKsmvXatuRahbFRUFKRUdR',
    amount: '99999999',
  }); // InsufficientFunds on a withdrawal
  await signed(account, '/v2/withdraw/bitcoin/eth', { address: 'x', amount: '1' }); // InvalidSymbol
  await signed(account, '/v1/account/list'); // AccountsOnGroupOnlyApi
  await signed(master, '/v1/balances', {}, { account: null }); // MissingAccountName
  await signed(slow, '/v1/balances');
  await signed(slow, '/v1/balances'); // RateLimit 429
  await get('/v1/pubticker/nope'); // InvalidSymbol (public)
  await get('/v1/book/btcusd?limit_bids=lots'); // bad query
  await get('/v2/candles/btcusd/2hr'); // unknown time frame
  await get('/v1/nothing-here'); // EndpointNotFound
}, 60_000);

describe("every answer matches Gemini's published response schema", () => {
  it('the session produced 200s and errors for the endpoints the emulator serves', () => {
    const statuses = new Set(answers.map((a) => a.status));
    for (const status of [200, 400, 403, 404, 406, 429]) expect(statuses).toContain(status);
  });

  it(
    'each answer validates against its operation’s schema for that status',
    { timeout: 60_000 },
    () => {
      const failures: string[] = [];
      const undocumented = new Set<string>();
      for (const answer of answers) {
        const op = OPERATIONS.find(
          (o) => o.method === answer.method && o.pattern.test(answer.path),
        );
        let schema = responseSchema(op, answer.status);
        let key = `${op?.id}:${answer.status}`;
        if (schema === undefined) {
          // The spec lists no such status for this operation (e.g. 406 or 403 MissingRole):
          // the error envelope is checked against the spec's ErrorResponse instead.
          undocumented.add(`${op?.id ?? answer.path} ${answer.status}`);
          schema = toJsonSchema({ $ref: '#/components/schemas/ErrorResponse' });
          key = 'ErrorResponse';
        }
        const validate = validatorFor(key, schema);
        if (!validate(answer.body)) {
          failures.push(
            `${answer.method} ${answer.path} ${answer.status}: ${ajv.errorsText(validate.errors)}`,
          );
        }
        if (answer.status !== 200) {
          // Stricter than the spec's ErrorResponse (no required fields): Gemini's envelope.
          expect(answer.body, `${answer.path} ${answer.status}`).toEqual({
            result: 'error',
            reason: expect.any(String),
            message: expect.any(String),
          });
        }
      }
      expect(failures).toEqual([]);
      console.log(
        `Statuses the spec does not list for the operation: ${[...undocumented].sort().join(', ')}`,
      );
    },
  );

  it('every endpoint the emulator serves is an operation of the spec, answered 200', () => {
    const missing: string[] = [];
    for (const endpoint of CATALOGUE) {
      const template = endpoint.path.replace(/:([A-Za-z_]+)/g, '{$1}');
      const op = OPERATIONS.find(
        (o) =>
          o.method === endpoint.method &&
          o.template.replace(/\{[^}]+\}/g, '{}') === template.replace(/\{[^}]+\}/g, '{}'),
      );
      const ok = answers.some(
        (a) =>
          a.status === 200 && op !== undefined && a.method === op.method && op.pattern.test(a.path),
      );
      if (!op || !ok)
        missing.push(`${endpoint.method} ${endpoint.path}${op ? ' (no 200)' : ' (not in spec)'}`);
    }
    expect(missing).toEqual([]);
  });

  it('prints the coverage: operations implemented / in the spec, per tag', () => {
    const rows = new Map<string, { total: number; implemented: number }>();
    for (const op of OPERATIONS) {
      const row = rows.get(op.tag) ?? { total: 0, implemented: 0 };
      row.total++;
      if (
        answers.some((a) => a.status === 200 && a.method === op.method && op.pattern.test(a.path))
      ) {
        row.implemented++;
      }
      rows.set(op.tag, row);
    }
    const all = [...rows.values()].reduce((sum, r) => sum + r.implemented, 0);
    const lines = [...rows].map(([tag, r]) => `  ${tag.padEnd(24)} ${r.implemented} / ${r.total}`);
    console.log(
      `Spec coverage (${SPEC_FILE}): ${all} / ${OPERATIONS.length} operations\n${lines.join('\n')}`,
    );
    expect(all).toBeGreaterThanOrEqual(CATALOGUE.length);
    expect(OPERATIONS.length).toBe(75);
  });
});
