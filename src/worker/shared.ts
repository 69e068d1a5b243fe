import type { DurableObjectNamespace, Fetcher } from 'cloudflare:workers';
import { geminiErrorResponse } from '../lib/emulator/errors.ts';

/** The Worker's bindings (wrangler.jsonc). */
export interface Env {
  ASSETS: Fetcher;
  SANDBOX: DurableObjectNamespace;
  /** Tests only: a loopback fake upstream for the relay (production: Gemini's sandbox). */
  RELAY_UPSTREAM?: string;
  /** How long a hosted key lives; default 24. */
  KEY_TTL_HOURS?: string;
}

/** Hosted keys per client IP and minute; each key is a Durable Object that lives a day. */
export const MINTS_PER_MINUTE = 10;
export const DEFAULT_KEY_TTL_HOURS = 24;

export function geminiError(
  status: number,
  reason: string,
  message: string,
  headers: Record<string, string> = {},
): Response {
  return geminiErrorResponse(status, reason, message, { 'Cache-Control': 'no-store', ...headers });
}
