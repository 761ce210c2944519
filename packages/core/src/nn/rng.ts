import { describe } from "../describe.js";

/**
 * A seeded, splittable pseudo-random number generator: xoshiro128** (Blackman & Vigna, 2018),
 * seeded through splitmix32, https://prng.di.unimi.it/.
 *
 * Every random choice in the toolkit — initial weights, shuffles, datasets, noise — takes an
 * `Rng`, so the same seed gives bit-identical runs. `split()` hands out an independent child
 * generator: give one to each consumer (model, shuffler, dataset) and adding a draw in one
 * place never shifts the numbers another place sees.
 *
 * @example
 * const rng = new Rng(42);
 * const a = rng.uniform(); // a number in [0, 1)
 * new Rng(42).uniform() === a; // => true
 * const child = rng.split(); // its own stream, derived from rng's
 */
export class Rng {
  // the four 32-bit words of xoshiro128**'s state, never all zero
  private s0: number;
  private s1: number;
  private s2: number;
  private s3: number;

  /** @param seed a safe integer (0 ≤ seed ≤ 2^53 − 1); equal seeds give equal streams. */
  constructor(seed: number) {
    checkSeed("Rng", "seed", seed);
    // splitmix32 over the seed's low and high 32 bits fills the state (never all zero).
    let x = mix32((seed >>> 0) ^ mix32(Math.floor(seed / 4294967296) >>> 0));
    x = (x + 0x9e3779b9) | 0;
    this.s0 = mix32(x);
    x = (x + 0x9e3779b9) | 0;
    this.s1 = mix32(x);
    x = (x + 0x9e3779b9) | 0;
    this.s2 = mix32(x);
    x = (x + 0x9e3779b9) | 0;
    this.s3 = mix32(x) | 1;
  }

  /**
   * The next 32-bit unsigned integer of the stream (xoshiro128**).
   *
   * @example new Rng(1).nextUint32() // => an integer in [0, 2^32)
   */
  nextUint32(): number {
    const result = Math.imul(rotl(Math.imul(this.s1, 5), 7), 9) >>> 0;
    const t = this.s1 << 9;
    this.s2 ^= this.s0;
    this.s3 ^= this.s1;
    this.s1 ^= this.s2;
    this.s0 ^= this.s3;
    this.s2 ^= t;
    this.s3 = rotl(this.s3, 11);
    return result;
  }

  /**
   * A uniform number in [low, high), with 53 random bits (two draws of 32 bits).
   *
   * @example new Rng(1).uniform(-1, 1) // => a number in [−1, 1)
   */
  uniform(low = 0, high = 1): number {
    const hi = this.nextUint32() >>> 5; // 27 bits
    const lo = this.nextUint32() >>> 6; // 26 bits
    const u = (hi * 67108864 + lo) / 9007199254740992; // (hi·2^26 + lo) / 2^53
    return low + (high - low) * u;
  }

  /**
   * A normal number N(mean, std²), by the Box–Muller transform: √(−2 ln u₁) · cos(2π u₂).
   *
   * u₁ = 1 − uniform() lies in (0, 1], so the logarithm stays finite. One normal per call keeps
   * the stream easy to follow (no cached second value).
   *
   * @example new Rng(1).normal() // => a standard normal number
   */
  normal(mean = 0, std = 1): number {
    const u1 = 1 - this.uniform();
    const u2 = this.uniform();
    return mean + std * Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
  }

  /**
   * A uniform integer in [0, n), for 1 ≤ n ≤ 2^32.
   *
   * @example new Rng(1).int(6) // => one of 0, 1, 2, 3, 4, 5
   */
  int(n: number): number {
    if (typeof n !== "number")
      throw new TypeError(`Rng.int: n must be an integer in [1, 2^32], got ${describe(n)}`);
    if (!Number.isInteger(n) || n < 1 || n > 4294967296) {
      throw new RangeError(`Rng.int: n must be an integer in [1, 2^32], got ${n}`);
    }
    return Math.floor(this.uniform() * n);
  }

  /**
   * Shuffles `array` in place (Fisher–Yates) and returns it.
   *
   * @example new Rng(1).shuffle([1, 2, 3]) // => the same three numbers, reordered
   */
  shuffle<T extends { length: number; [i: number]: unknown }>(array: T): T {
    for (let i = array.length - 1; i > 0; i--) {
      const j = Math.floor(this.uniform() * (i + 1));
      const tmp = array[i];
      array[i] = array[j];
      array[j] = tmp;
    }
    return array;
  }

  /**
   * A new generator whose stream is independent of this one's: its state is four draws of this
   * generator, each scrambled by splitmix32's finaliser with a distinct constant. Splitting
   * advances this generator by four draws.
   *
   * @example
   * const rng = new Rng(7);
   * const [weights, shuffle] = [rng.split(), rng.split()];
   */
  split(): Rng {
    const child = Object.create(Rng.prototype) as Rng;
    child.s0 = mix32(this.nextUint32() ^ 0x243f6a88);
    child.s1 = mix32(this.nextUint32() ^ 0x85a308d3);
    child.s2 = mix32(this.nextUint32() ^ 0x13198a2e);
    child.s3 = mix32(this.nextUint32() ^ 0x03707344) | 1;
    return child;
  }
}

/** 32-bit rotate left. */
function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}

/** splitmix32's finaliser: a bijective scramble of 32 bits (every input bit moves every output bit). */
function mix32(x: number): number {
  let z = x | 0;
  z = Math.imul(z ^ (z >>> 16), 0x21f0aaad);
  z = Math.imul(z ^ (z >>> 15), 0x735a2d97);
  return (z ^ (z >>> 15)) >>> 0;
}

/**
 * A generator from a seed, or the generator itself when one is passed: every function that
 * draws random numbers accepts either.
 *
 * @example toRng(3).uniform() === new Rng(3).uniform() // => true
 */
export function toRng(seed: number | Rng): Rng {
  return rngOf("toRng", "seed", seed);
}

/** toRng for function `fn`, whose errors name `fn` and the argument. @internal */
export function rngOf(fn: string, name: string, seed: number | Rng): Rng {
  if (seed instanceof Rng) return seed;
  checkSeed(fn, name, seed);
  return new Rng(seed);
}

/** Throws unless `seed` is a safe integer ≥ 0: a TypeError for a non-number (an Rng is checked by the caller). */
function checkSeed(fn: string, name: string, seed: unknown): void {
  if (typeof seed !== "number") {
    throw new TypeError(
      `${fn}: ${name} must be a non-negative safe integer or an Rng, got ${describe(seed)}`,
    );
  }
  if (!Number.isSafeInteger(seed) || seed < 0) {
    throw new RangeError(`${fn}: ${name} must be a non-negative safe integer, got ${describe(seed)}`);
  }
}
