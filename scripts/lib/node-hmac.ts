/** The emulator's injected HMAC in Node: `node:crypto`, synchronous and without a key import. */
import { createHmac } from 'node:crypto';
import type { HmacSha384 } from '../../src/lib/emulator/index.ts';

export const nodeHmacSha384: HmacSha384 = (secret, message) =>
  createHmac('sha384', secret).update(message).digest('hex');
