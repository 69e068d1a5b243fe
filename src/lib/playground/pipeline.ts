/**
 * The live signing pipeline: params → payload (request and nonce added) → JSON text → base64 →
 * HMAC-SHA384 → headers. Wraps the signing core and adds what the page shows per stage.
 */
import { signRequest, type Nonce, type SignedRequest } from '../signing/index.ts';
import { stringifyJson } from '../json/index.ts';
import type { NonceMode } from './state.ts';

/** Lesson step ids of /<locale>/lessons/sign-first-request/ that teach each stage. */
export const PIPELINE_STAGES = [
  { id: 'params', step: 'build-payload' },
  { id: 'payload', step: 'choose-nonce' },
  { id: 'json', step: 'build-payload' },
  { id: 'base64', step: 'encode-base64' },
  { id: 'signature', step: 'compute-signature' },
  { id: 'headers', step: 'send-headers' },
] as const;
export type PipelineStageId = (typeof PIPELINE_STAGES)[number]['id'];

export function lessonStepUrl(locale: string, step: string): string {
  return `/${locale}/lessons/sign-first-request/#${step}`;
}

/**
 * Gemini's documented example key and secret (`1234abcd`, from its docs' worked example). The
 * pipeline shows them until the learner mints a key: public, worthless, and clearly labelled.
 */
export const EXAMPLE_CREDENTIALS = {
  apiKey: 'account-TEST0000000000000000',
  secret: '1234abcd',
} as const;

export interface PayloadLine {
  text: string;
  /** Set on the lines of the fields the pipeline adds to the params. */
  added: 'request' | 'nonce' | null;
}

export interface PipelineResult extends SignedRequest {
  paramsJson: string;
  payloadLines: PayloadLine[];
}

export interface PipelineInput {
  apiKey: string;
  secret: string;
  path: string;
  nonce: Nonce;
  params: Record<string, unknown>;
}

export async function computePipeline(input: PipelineInput): Promise<PipelineResult> {
  const signed = await signRequest({
    apiKey: input.apiKey,
    secret: input.secret,
    request: input.path,
    nonce: input.nonce,
    params: input.params,
  });
  return {
    ...signed,
    paramsJson: stringifyJson(input.params, 2),
    payloadLines: payloadLines(signed.payload),
  };
}

/** The payload indented one field per line, marking the fields the params did not have. */
export function payloadLines(payload: Record<string, unknown>): PayloadLine[] {
  const entries = Object.entries(payload);
  const lines: PayloadLine[] = [{ text: '{', added: null }];
  entries.forEach(([key, value], index) => {
    const comma = index < entries.length - 1 ? ',' : '';
    const added = key === 'request' || key === 'nonce' ? key : null;
    const [first, ...rest] = `${JSON.stringify(key)}: ${stringifyJson(value, 2)}${comma}`.split(
      '\n',
    );
    lines.push({ text: `  ${first}`, added });
    for (const line of rest) lines.push({ text: `  ${line}`, added });
  });
  lines.push({ text: '}', added: null });
  return lines;
}

export type ManualNonceRead =
  { ok: true; nonce: number | bigint } | { ok: false; code: 'empty' | 'not-digits' | 'too-long' };

/** A manual nonce: digits only, kept exact beyond 2^53. */
export function parseManualNonce(text: string): ManualNonceRead {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, code: 'empty' };
  if (!/^\d+$/.test(trimmed)) return { ok: false, code: 'not-digits' };
  if (trimmed.length > 24) return { ok: false, code: 'too-long' };
  const big = BigInt(trimmed);
  return { ok: true, nonce: big <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(big) : big };
}

/**
 * The nonce a preview shows for an automatic mode: what the clock says now. The nonce actually
 * sent is drawn from a strictly increasing source at send time.
 */
export function previewNonce(mode: Exclude<NonceMode, 'manual'>, now: number): number {
  return mode === 'ms' ? Math.floor(now) : Math.floor(now / 1000);
}
