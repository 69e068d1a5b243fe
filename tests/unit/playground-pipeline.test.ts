import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import vectors from '../fixtures/signing-vectors.json' with { type: 'json' };
import {
  EXAMPLE_CREDENTIALS,
  PIPELINE_STAGES,
  computePipeline,
  lessonStepUrl,
  parseManualNonce,
  payloadLines,
  previewNonce,
} from '../../src/lib/playground/pipeline.ts';
import {
  EXPERIMENT_IDS,
  experimentPlan,
  needsMintedKey,
  sendMatched,
  wrongSecretFor,
} from '../../src/lib/playground/experiments.ts';

const vector = (name: string) => vectors.vectors.find((v) => v.name === name)!;

describe('computePipeline', () => {
  it('reproduces the order-new vector at every stage', async () => {
    const expected = vector('order-new');
    const { request, nonce, ...params } = JSON.parse(expected.json);
    const result = await computePipeline({
      apiKey: EXAMPLE_CREDENTIALS.apiKey,
      secret: EXAMPLE_CREDENTIALS.secret,
      path: request,
      nonce,
      params,
    });
    expect(EXAMPLE_CREDENTIALS.secret).toBe(vectors.secret);
    expect(result.json).toBe(expected.json);
    expect(result.jsonBytes).toBe(204);
    expect(result.base64).toBe(expected.base64);
    expect(result.signature).toBe(expected.signature);
    expect(result.headers['X-GEMINI-SIGNATURE']).toBe(expected.signature);
    expect(result.paramsJson).toBe(JSON.stringify(params, null, 2));
  });

  it('signs big integers exactly, and the signature is an HMAC of the base64', async () => {
    const result = await computePipeline({
      apiKey: 'k',
      secret: 's3cr3t',
      path: '/v1/order/status',
      nonce: 1477963240741083307n,
      params: { order_id: 18446744073709551615n },
    });
    expect(result.json).toBe(
      '{"request":"/v1/order/status","nonce":1477963240741083307,"order_id":18446744073709551615}',
    );
    expect(result.signature).toBe(
      createHmac('sha384', 's3cr3t').update(result.base64).digest('hex'),
    );
  });
});

describe('payloadLines', () => {
  it('marks the request and nonce lines as added, and only them', () => {
    const lines = payloadLines({
      request: '/v1/order/new',
      nonce: 5,
      options: ['a', 'b'],
      symbol: 'x',
    });
    expect(lines.map((line) => line.text)).toEqual([
      '{',
      '  "request": "/v1/order/new",',
      '  "nonce": 5,',
      '  "options": [',
      '    "a",',
      '    "b"',
      '  ],',
      '  "symbol": "x"',
      '}',
    ]);
    expect(lines.map((line) => line.added)).toEqual([
      null,
      'request',
      'nonce',
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
  });
});

describe('nonces', () => {
  it('reads manual nonces as exact digits', () => {
    expect(parseManualNonce(' 1700000000000 ')).toEqual({ ok: true, nonce: 1700000000000 });
    expect(parseManualNonce('1477963240741083307')).toEqual({
      ok: true,
      nonce: 1477963240741083307n,
    });
    expect(parseManualNonce('')).toEqual({ ok: false, code: 'empty' });
    expect(parseManualNonce('-1')).toEqual({ ok: false, code: 'not-digits' });
    expect(parseManualNonce('1e3')).toEqual({ ok: false, code: 'not-digits' });
    expect(parseManualNonce('9'.repeat(25))).toEqual({ ok: false, code: 'too-long' });
  });

  it('previews milliseconds or seconds', () => {
    expect(previewNonce('ms', 1700000000123.7)).toBe(1700000000123);
    expect(previewNonce('seconds', 1700000000999)).toBe(1700000000);
  });

  it('links every stage to a step of the signing lesson', () => {
    expect(PIPELINE_STAGES.map((stage) => stage.step)).toEqual([
      'build-payload',
      'choose-nonce',
      'build-payload',
      'encode-base64',
      'compute-signature',
      'send-headers',
    ]);
    expect(lessonStepUrl('de', 'encode-base64')).toBe(
      '/de/lessons/sign-first-request/#encode-base64',
    );
  });
});

describe('experiments', () => {
  it('each plan ends with a send that expects its reason', () => {
    for (const id of EXPERIMENT_IDS) {
      const plan = experimentPlan(id);
      expect(plan.sends.at(-1)!.expect).toBe(plan.reason);
    }
    expect(EXPERIMENT_IDS.map((id) => experimentPlan(id).reason)).toEqual([
      'InvalidSignature',
      'InvalidNonce',
      'MissingRole',
      'InvalidNonce',
      'EndpointMismatch',
      'MissingSignatureHeader',
    ]);
  });

  it('special keys are minted only where the plan needs them', () => {
    expect(EXPERIMENT_IDS.filter(needsMintedKey)).toEqual(['auditor-order', 'stale-time-nonce']);
    expect(experimentPlan('auditor-order').key).toMatchObject({ roles: ['auditor'] });
    expect(experimentPlan('stale-time-nonce').key).toMatchObject({ timeBasedNonce: true });
  });

  it('plans are copies: changing one does not change the next', () => {
    experimentPlan('auditor-order').params.symbol = 'changed';
    expect(experimentPlan('auditor-order').params.symbol).toBe('btcusd');
  });

  it('a wrong secret differs in exactly one character', () => {
    for (const secret of ['abc', 'abx', 'x', '']) {
      const wrong = wrongSecretFor(secret);
      expect(wrong).not.toBe(secret);
      expect(wrong.length).toBe(Math.max(1, secret.length));
    }
  });

  it('matches responses to expectations', () => {
    expect(sendMatched('ok', { status: 200 })).toBe(true);
    expect(sendMatched('ok', { status: 400, reason: 'InvalidNonce' })).toBe(false);
    expect(sendMatched('InvalidNonce', { status: 400, reason: 'InvalidNonce' })).toBe(true);
    expect(sendMatched('InvalidNonce', { status: 400, reason: 'InvalidSignature' })).toBe(false);
  });
});
