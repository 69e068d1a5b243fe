/**
 * Gemini-shaped errors: a non-200 status and `{"result":"error","reason":…,"message":…}` as
 * application/json. Handlers throw `GeminiError`; the app turns it into the response.
 */
import { statusOf, type Reason } from './reasons.ts';

export class GeminiError extends Error {
  readonly reason: Reason;
  readonly status: number;
  readonly headers: Record<string, string>;

  constructor(reason: Reason, message: string, headers: Record<string, string> = {}) {
    super(message);
    this.name = 'GeminiError';
    this.reason = reason;
    this.status = statusOf(reason);
    this.headers = headers;
  }
}

export function jsonResponse(body: unknown, status = 200, headers: Record<string, string> = {}) {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });
}

/** The one Gemini-shaped error body, also for reasons outside the emulator's (relay, Worker). */
export function geminiErrorResponse(
  status: number,
  reason: string,
  message: string,
  headers: Record<string, string> = {},
): Response {
  return jsonResponse({ result: 'error', reason, message }, status, headers);
}

export function errorResponse(error: GeminiError): Response {
  return geminiErrorResponse(error.status, error.reason, error.message, error.headers);
}

/** Anything unexpected: a generic System error, never a stack trace. */
export function systemError(): GeminiError {
  return new GeminiError(
    'System',
    'We are experiencing technical issues. The emulator hit an internal error; the request was not processed.',
  );
}

export function systemErrorResponse(): Response {
  return errorResponse(systemError());
}
