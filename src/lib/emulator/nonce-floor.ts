/**
 * A key's nonce floor as text, for hosts that keep it outside memory (the Worker's Durable
 * Object writes it to storage and restores it after an eviction, so a captured request cannot
 * be replayed). Time-based keys have no floor: their nonces are judged by the clock (±30 s).
 */
import type { KeyRecord } from './auth.ts';
import { compareExact, type ExactNumber } from '../nonce.ts';

const FLOOR_TEXT = /^(\d{1,100})(?:\.(\d{1,100}))?$/;

/** The last accepted nonce as plain decimal text, or undefined (no call yet, time-based key). */
export function readNonceFloor(record: KeyRecord): string | undefined {
  if (record.settings.timeBasedNonce || !record.lastNonce) return undefined;
  const { digits, scale } = record.lastNonce;
  if (scale === 0) return digits.toString();
  const text = digits.toString().padStart(scale + 1, '0');
  return `${text.slice(0, -scale)}.${text.slice(-scale)}`;
}

/** Raises the floor to `text` (never lowers it); throws saying what is wrong with bad text. */
export function raiseNonceFloor(record: KeyRecord, text: string): void {
  const match = typeof text === 'string' ? FLOOR_TEXT.exec(text) : null;
  if (!match) {
    throw new Error(
      `A nonce floor is plain decimal text such as "1700000000000", got ${JSON.stringify(text)}.`,
    );
  }
  const [, whole, fraction = ''] = match;
  const floor: ExactNumber = { digits: BigInt(whole + fraction), scale: fraction.length };
  if (!record.lastNonce || compareExact(floor, record.lastNonce) > 0) record.lastNonce = floor;
}
