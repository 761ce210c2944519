import { dd, twoProd, twoSum } from "./doubleDouble.js";

/**
 * A function's Taylor series around a simple zero x₀: f(x₀ + d) = c1·d + c2·d² + d³·Σ rest[k]·dᵏ.
 * x₀, c1 and c2 are double-double pairs (hi + lo); the rest are doubles (mpmath; scripts/generateFixtures.py roots).
 */
export interface RootSeries {
  x0: number;
  x0Lo: number;
  c1: number;
  c1Lo: number;
  c2: number;
  c2Lo: number;
  rest: readonly number[];
}

const a = dd();
const b = dd();
const c = dd();

/**
 * Sums a RootSeries at x, with d = x − x₀ and the first two terms carried as pairs, so the
 * relative accuracy holds all the way to the zero, where the function's own formula cancels.
 */
export function sumRootSeries(x: number, { x0, x0Lo, c1, c1Lo, c2, c2Lo, rest }: RootSeries): number {
  twoSum(x, -x0, a);
  const dh = a.hi;
  const dl = a.lo - x0Lo;
  let p = rest[rest.length - 1];
  for (let k = rest.length - 2; k >= 0; k--) p = p * dh + rest[k];
  // inner = c2 + d·p, outer = c1 + d·inner, f = d·outer
  twoSum(c2, dh * p, b);
  const innerLo = b.lo + c2Lo;
  twoProd(dh, b.hi, c);
  const t = c.lo + dh * innerLo + dl * b.hi;
  twoSum(c1, c.hi, b);
  const outerLo = b.lo + c1Lo + t;
  twoProd(dh, b.hi, c);
  return c.hi + (c.lo + dh * outerLo + dl * b.hi);
}
