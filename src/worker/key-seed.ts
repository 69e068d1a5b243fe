/**
 * Hosted keys live in a Durable Object named by the key, so the Worker must know a key's name
 * before the object that mints it exists. It draws the random numbers first: the emulator's
 * `mintKey` takes its randomness from the injected `random` (key then secret, 48 draws through
 * `generateKeyPair`), so replaying the same numbers inside the object mints exactly that key.
 * The object checks the minted name against its own and refuses on any drift. The same seed
 * re-mints the key after the object was evicted from memory.
 */
import { generateKeyPair, type Scope } from '../lib/emulator/keys.ts';

export const SEED_LENGTH = 48;

export function newSeed(): number[] {
  return Array.from(crypto.getRandomValues(new Uint32Array(SEED_LENGTH)), (n) => n / 2 ** 32);
}

/** A random source that yields the seed, then fresh randomness. */
export function replay(seed: readonly number[]): () => number {
  let index = 0;
  return () =>
    index < seed.length ? seed[index++]! : crypto.getRandomValues(new Uint32Array(1))[0]! / 2 ** 32;
}

export function keyNameFor(scope: Scope, seed: readonly number[]): string {
  return generateKeyPair(scope, replay(seed)).key;
}
