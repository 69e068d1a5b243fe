/**
 * Errors of sending and minting, in a module of their own so the page can tell them apart
 * without loading the transport code before the first request.
 */
import type { TargetId } from './targets.ts';

/** The target could not be reached at all (not running, blocked, offline). */
export class UnreachableTargetError extends Error {
  readonly target: TargetId;
  constructor(target: TargetId, cause: unknown) {
    super(`Could not reach the ${target} target: ${(cause as Error)?.message ?? cause}`);
    this.name = 'UnreachableTargetError';
    this.target = target;
  }
}

/** The emulator refused to mint a key; `message` says why. */
export class MintError extends Error {
  readonly status: number;
  readonly reason: string | null;
  constructor(status: number, reason: string | null, message: string) {
    super(message);
    this.name = 'MintError';
    this.status = status;
    this.reason = reason;
  }
}
