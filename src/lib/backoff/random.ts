/**
 * A seeded random source, so the lab can replay a run and compare two strategies on the same
 * draws. mulberry32: tiny, fast and good enough for jitter (not for anything secret).
 */
export type RandomSource = () => number;

export function mulberry32(seed: number): RandomSource {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A uniform draw in [low, high). */
export function randomBetween(random: RandomSource, low: number, high: number): number {
  return low + (high - low) * random();
}
