/**
 * The OpenAPI description of the emulated API: valid OpenAPI 3.1 by @readme/openapi-parser
 * (schema and spec rules), and in step with the endpoint catalogue both ways: every endpoint,
 * method and param is described, and nothing is described that the emulator does not serve.
 */
import { compileErrors, validate } from '@readme/openapi-parser';

/** The validator's document type; ours is plain JSON built in src/lib/exports/openapi.ts. */
type ApiDocument = Parameters<typeof validate>[0];
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../src/lib/emulator/catalogue.ts';
import { REASONS } from '../../src/lib/emulator/reasons.ts';
import { exportTargets, openApiDocument } from '../../src/lib/exports/index.ts';
import { openApiPath } from '../../src/lib/exports/openapi.ts';

const SITE = 'https://guide.example';
const document = openApiDocument(SITE, exportTargets(SITE));
type Operation = {
  parameters?: Array<{ name: string; in: string }>;
  requestBody?: {
    content: {
      'application/json': { schema: { properties: Record<string, unknown>; required: string[] } };
    };
  };
  security?: unknown[];
  responses: Record<string, unknown>;
};
const operations = Object.entries(document.paths).flatMap(([path, methods]) =>
  Object.entries(methods as Record<string, Operation>).map(([method, operation]) => ({
    key: `${method.toUpperCase()} ${path}`,
    operation,
  })),
);

describe('the OpenAPI description', () => {
  it('validates (a fresh copy: the validator dereferences in place)', async () => {
    const result = await validate(structuredClone(document) as unknown as ApiDocument);
    expect(result.valid, result.valid ? '' : compileErrors(result)).toBe(true);
    expect(result.specification).toBe('OpenAPI');
  });

  it('a broken copy fails validation, so the check can fail', async () => {
    const broken = structuredClone(document) as Record<string, any>;
    broken.paths['/v1/balances'].post.responses = { '200': { content: {} } }; // no description
    expect((await validate(broken as ApiDocument)).valid).toBe(false);
  });

  it('lists every catalogue endpoint and no other', () => {
    expect(operations.map((o) => o.key).sort()).toEqual(
      CATALOGUE.map((endpoint) => `${endpoint.method} ${openApiPath(endpoint.path)}`).sort(),
    );
  });

  it('describes every param where it travels, and private endpoints as signed', () => {
    for (const endpoint of CATALOGUE) {
      const key = `${endpoint.method} ${openApiPath(endpoint.path)}`;
      const { operation } = operations.find((o) => o.key === key)!;
      const pathParams = endpoint.params.filter((p) => p.in === 'path').map((p) => p.name);
      expect(
        (operation.parameters ?? []).map((p) => p.name),
        key,
      ).toEqual(pathParams);
      if (endpoint.access === 'private') {
        const schema = operation.requestBody!.content['application/json'].schema;
        const payloadParams = endpoint.params.filter((p) => p.in === 'payload').map((p) => p.name);
        expect(Object.keys(schema.properties), key).toEqual([
          'request',
          'nonce',
          'account',
          ...payloadParams,
        ]);
        expect(schema.required, key).toEqual([
          'request',
          'nonce',
          ...endpoint.params.filter((p) => p.required && p.in === 'payload').map((p) => p.name),
        ]);
        expect(operation.security, key).toEqual([{ apiKey: [], payload: [], signature: [] }]);
      } else {
        expect(operation.requestBody, key).toBeUndefined();
        expect(operation.security, key).toBeUndefined();
      }
      for (const { status } of REASONS)
        expect(operation.responses, key).toHaveProperty(String(status));
    }
  });

  it('names only sandbox servers: local emulator, hosted emulator, Gemini sandbox', () => {
    expect(document.servers.map((server) => server.url)).toEqual([
      'http://127.0.0.1:4322',
      `${SITE}/sandbox`,
      'https://api.sandbox.gemini.com',
    ]);
    expect(JSON.stringify(document)).not.toMatch(/https?:\/\/api\.gemini\.com/);
  });
});
