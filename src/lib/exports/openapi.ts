/**
 * An OpenAPI 3.1 description of the emulated API, generated from the endpoint catalogue. Private
 * endpoints follow Gemini's own description: the request body schema is the payload that travels
 * base64-encoded in X-GEMINI-PAYLOAD (the HTTP body stays empty), authenticated by the three
 * X-GEMINI-* headers. Generic "try it" consoles cannot compute that signature.
 */
import type { EndpointSpec } from '../emulator/catalogue.ts';
import {
  localizeEndpoint,
  type LocalizedEndpoint,
  type LocalizedParam,
} from '../emulator/catalogue-text.ts';
import { REASONS } from '../emulator/reasons.ts';
import { describeEndpoint, exportRequests } from './requests.ts';
import type { ExportTarget } from './targets.ts';

type Schema = Record<string, unknown>;

function paramSchema(param: LocalizedParam): Schema {
  const schema: Schema =
    param.type === 'decimal'
      ? { type: 'string', pattern: '^[0-9]+(\\.[0-9]+)?$' }
      : param.type === 'string[]'
        ? {
            type: 'array',
            items: param.enum ? { type: 'string', enum: [...param.enum] } : { type: 'string' },
          }
        : { type: param.type };
  if (param.enum && param.type !== 'string[]') schema.enum = [...param.enum];
  return { ...schema, description: param.description, example: param.example };
}

/** `/v1/pubticker/:symbol` → `/v1/pubticker/{symbol}`. */
export function openApiPath(path: string): string {
  return path.replace(/:([a-z_]+)/g, '{$1}');
}

function operationId(endpoint: Pick<EndpointSpec, 'path'>): string {
  const words = endpoint.path
    .replace(/:[a-z_]+/g, '')
    .split(/[^a-z0-9]+/i)
    .filter(Boolean);
  return words.map((word, i) => (i === 0 ? word : word[0].toUpperCase() + word.slice(1))).join('');
}

function payloadSchema(endpoint: LocalizedEndpoint): Schema {
  const properties: Record<string, Schema> = {
    request: { type: 'string', const: endpoint.path, description: 'The endpoint path.' },
    nonce: {
      type: 'integer',
      description:
        'Strictly increasing per key (e.g. Unix time in milliseconds); for a key with a time-based nonce, Unix seconds within 30 s of the server clock.',
      example: 1700000000000,
    },
    account: {
      type: 'string',
      description: 'Master keys only: the nickname of the account the call acts for.',
      example: 'primary',
    },
  };
  for (const param of endpoint.params.filter((p) => p.in === 'payload'))
    properties[param.name] = paramSchema(param);
  const required = [
    'request',
    'nonce',
    ...endpoint.params.filter((p) => p.required && p.in === 'payload').map((p) => p.name),
  ];
  const schema: Schema = { type: 'object', required, properties };
  if (endpoint.oneOf) schema.anyOf = endpoint.oneOf.map((name) => ({ required: [name] }));
  return schema;
}

/** Error responses by status, naming the reasons the emulator answers with (src/lib/emulator/reasons.ts). */
function errorResponses(): Record<string, unknown> {
  const byStatus = new Map<number, string[]>();
  for (const { reason, status } of REASONS)
    byStatus.set(status, [...(byStatus.get(status) ?? []), reason]);
  return Object.fromEntries(
    [...byStatus]
      .sort(([a], [b]) => a - b)
      .map(([status, reasons]) => [
        `Error${status}`,
        {
          description: `Gemini error: ${reasons.join(', ')}.`,
          content: { 'application/json': { schema: { $ref: '#/components/schemas/GeminiError' } } },
        },
      ]),
  );
}

const errorResponseRefs = () =>
  Object.fromEntries(
    Object.keys(errorResponses()).map((name) => [
      name.slice('Error'.length),
      { $ref: `#/components/responses/${name}` },
    ]),
  );

export function openApiDocument(siteUrl: string, targets: ExportTarget[]) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const request of exportRequests()) {
    const endpoint = localizeEndpoint(request.endpoint, 'en');
    const isPrivate = endpoint.access === 'private';
    const operation: Record<string, unknown> = {
      operationId: operationId(endpoint),
      summary: endpoint.description.split(/(?<=\.)\s/)[0],
      description: describeEndpoint(request.endpoint),
      tags: [isPrivate ? 'Private (signed)' : 'Public'],
    };
    const pathParams = endpoint.params.filter((p) => p.in === 'path');
    if (pathParams.length > 0) {
      operation.parameters = pathParams.map((param) => ({
        name: param.name,
        in: 'path',
        required: true,
        description: param.description,
        schema: { type: 'string', example: param.example },
      }));
    }
    if (isPrivate) {
      operation.security = [{ apiKey: [], payload: [], signature: [] }];
      operation.requestBody = {
        required: true,
        description:
          'The payload: its compact JSON travels base64-encoded in X-GEMINI-PAYLOAD, signed in X-GEMINI-SIGNATURE; the HTTP body is empty.',
        content: { 'application/json': { schema: payloadSchema(endpoint) } },
      };
    }
    operation.responses = {
      '200': { description: 'Success (JSON).', content: { 'application/json': { schema: {} } } },
      ...errorResponseRefs(),
    };
    paths[openApiPath(endpoint.path)] = { [endpoint.method.toLowerCase()]: operation };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Gemini exchange API, as emulated (unofficial)',
      version: '1.0.0',
      description: [
        `The endpoints of the sandbox emulator in the unofficial Gemini exchange API guide (${siteUrl}), generated from its endpoint catalogue.`,
        '',
        'Private endpoints need an HMAC-SHA384 signature over the base64 payload, with a fresh nonce per request. Generic "try it" consoles cannot compute it; use the guide\'s playground, or the Postman or Bruno collection, whose scripts sign.',
      ].join('\n'),
      license: { name: 'Unofficial; not affiliated with Gemini', url: siteUrl },
    },
    servers: targets.map((target) => ({ url: target.baseUrl, description: target.name })),
    tags: [
      { name: 'Private (signed)', description: 'Need an API key, a payload and its signature.' },
      { name: 'Public', description: 'No key, no signature.' },
    ],
    paths,
    components: {
      securitySchemes: {
        apiKey: {
          type: 'apiKey',
          in: 'header',
          name: 'X-GEMINI-APIKEY',
          description: 'Your API key.',
        },
        payload: {
          type: 'apiKey',
          in: 'header',
          name: 'X-GEMINI-PAYLOAD',
          description: 'Base64 of the payload JSON (request, nonce, params).',
        },
        signature: {
          type: 'apiKey',
          in: 'header',
          name: 'X-GEMINI-SIGNATURE',
          description:
            'Lower-case hex HMAC-SHA384 of the X-GEMINI-PAYLOAD value, keyed with the API secret.',
        },
      },
      responses: errorResponses(),
      schemas: {
        GeminiError: {
          type: 'object',
          required: ['result', 'reason', 'message'],
          properties: {
            result: { type: 'string', const: 'error' },
            reason: { type: 'string', enum: REASONS.map(({ reason }) => reason) },
            message: { type: 'string' },
          },
        },
      },
    },
  };
}
