/**
 * A small deterministic pseudo-random generator (mulberry32): the solver's only source of
 * randomness, so the same seed gives the same rota.
 */
export interface Rng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [0, n). */
  int(n: number): number;
}

/**
 * Creates a seeded generator.
 *
 * @example
 * ```ts
 * const rng = createRng(1);
 * rng.int(10); // same value every run
 * ```
 */
export function createRng(seed: number): Rng {
  const next = mulberry32(Math.floor(seed) ^ 0x9e3779b9);
  return { next, int: (n: number) => Math.floor(next() * n) };
}

/**
 * The mulberry32 generator itself: a function returning floats in [0, 1). The state is kept as
 * a signed 32-bit integer (the same stream as an unsigned one), so V8 holds it as a small
 * integer instead of boxing a double at every draw; the annealer draws several per move.
 *
 * @example
 * ```ts
 * const random = mulberry32(1);
 * random(); // same value every run
 * ```
 */
export function mulberry32(seed: number): () => number {
  let a = seed | 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
