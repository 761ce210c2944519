import * as check from "./validate.js";

/**
 * `samples` evenly spaced points from lo to hi inclusive, x_i = lo + i·(hi − lo)/(samples − 1),
 * so a symmetric domain with an odd count has x = 0 exactly in the middle. `samples` is from 2
 * to 10 000 000; lo and hi are finite, in either order (hi − lo may exceed the largest double:
 * the step is then hi/(samples − 1) − lo/(samples − 1), and no point passes hi).
 *
 * @example Array.from(linspace([-1, 1], 5)) // => [-1, -0.5, 0, 0.5, 1]
 */
export function linspace(domain: readonly [number, number], samples: number): Float64Array {
  if (!Array.isArray(domain) || domain.length !== 2 || !domain.every(Number.isFinite)) {
    check.fail("linspace", "domain", "[lo, hi] with finite lo and hi", domain, !Array.isArray(domain));
  }
  check.integer("linspace", "samples", samples, 2, 10_000_000);
  const [lo, hi] = domain;
  const n = samples - 1;
  const x = new Float64Array(samples);
  if (Number.isFinite((hi - lo) * n)) {
    for (let i = 0; i < samples; i++) x[i] = lo + (i * (hi - lo)) / n;
  } else {
    const step = hi / n - lo / n;
    for (let i = 0; i < samples; i++)
      x[i] = lo < hi ? Math.min(lo + i * step, hi) : Math.max(lo + i * step, hi);
  }
  // the ends exactly as given (lo + 0 would turn −0 into +0)
  x[0] = lo;
  x[n] = hi;
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
