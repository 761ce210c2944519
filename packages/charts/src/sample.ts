/**
 * `samples` evenly spaced points from lo to hi inclusive, x_i = lo + i·(hi − lo)/(samples − 1),
 * so a symmetric domain with an odd count has x = 0 exactly in the middle.
 *
 * @example Array.from(linspace([-1, 1], 5)) // => [-1, -0.5, 0, 0.5, 1]
 */
export function linspace(domain: readonly [number, number], samples: number): Float64Array {
  const [lo, hi] = domain;
  const x = new Float64Array(samples);
  for (let i = 0; i < samples; i++) x[i] = lo + (i * (hi - lo)) / (samples - 1);
  x[samples - 1] = hi;
  return x;
}

/** The smallest and largest finite values over several arrays, or undefined if there are none. */
export function finiteExtent(arrays: readonly ArrayLike<number>[]): [number, number] | undefined {
  let lo = Infinity;
  let hi = -Infinity;
  for (const values of arrays) {
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      if (!Number.isFinite(v)) continue;
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
  }
  return lo <= hi ? [lo, hi] : undefined;
}
