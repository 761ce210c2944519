import { notANumber } from "../checkParam.js";
import { dd, pow2, scaleByPow2, twoProd, twoSum } from "../special/doubleDouble.js";
import { expParts, expPartsScratch } from "../special/expParts.js";
import { sigmoid } from "./sigmoid.js";

const u = expPartsScratch();
const e = expPartsScratch();
const a = dd();
const b = dd();

// ln(1 + u) = u − u²·S(u), S(u) = 1/2 − u/3 + u²/4 − … to u¹⁰/12: for u < 2^−5 the rest is below
// 2^−64 of u, and the rounding of u²·S(u) below 2^−58
// biome-ignore format: coefficient list
const S = Float64Array.of(1 / 2, -1 / 3, 1 / 4, -1 / 5, 1 / 6, -1 / 7, 1 / 8, -1 / 9, 1 / 10, -1 / 11, 1 / 12);

function log1pSeries(v: number): number {
  let p = S[S.length - 1];
  for (let i = S.length - 2; i >= 0; i--) p = S[i] + v * p;
  return p;
}

/**
 * Softplus, softplus(x) = ln(1 + e^x) = max(x, 0) + ln(1 + e^(−|x|)).
 *
 * No threshold switch as in PyTorch (which costs 5e5 ULP at x = 20.1): the split form never
 * overflows. ln(1 + u), u = e^(−|x|), carries extra bits (Math.log1p of a rounded e^(−|x|) was
 * 2 ULP off at x = −1.2622720588507512): below u = 2^−5 as u − u²/2 + … with u as a pair, above as Math.log1p
 * corrected by one Newton step on e^v = 1 + u in pairs; then one rounding.
 * Special cases: NaN → NaN, softplus(+∞) = +∞, softplus(−∞) = +0, softplus(0) = ln 2.
 *
 * @example softplus(0) // => 0.6931471805599453
 */
export function softplus(x: number): number {
  if (typeof x !== "number") throw notANumber("softplus", x);
  if (x > 40) return x + Math.log1p(Math.exp(-x)); // ln(1 + e^(−x)) < ulp(x)/2^9: x + it rounds to x
  if (Number.isNaN(x)) return x;
  if (x < -800) return 0; // +0 from −745 on (also −∞)
  // u = e^(−|x|) = (u.hi + u.lo)·2^u.scale
  expParts(-Math.abs(x), 0, u);
  if (x < -3.4657359027997265) {
    // softplus = ln(1 + u), u < 2^−5, with u's exponent kept apart for the subnormal tail
    const uu = u.hi * pow2(u.scale);
    return scaleByPow2(u.hi + (u.lo - u.hi * uu * log1pSeries(uu)), u.scale);
  }
  const scale = pow2(u.scale);
  const uh = u.hi * scale;
  const ul = u.lo * scale;
  // v = ln(1 + u) as the pair vh + vl
  let vh = uh;
  let vl: number;
  if (uh < 0.03125) vl = ul - uh * uh * log1pSeries(uh);
  else {
    // v₀ = Math.log1p(uh) corrected by one Newton step on e^v = 1 + u, v = v₀ + (1 + u)·e^(−v₀) − 1
    // (the step leaves (v − v₀)²/2 ≈ 2^−106); b.hi − 1 is exact, b.hi being within 2^−50 of 1
    vh = Math.log1p(uh);
    expParts(-vh, 0, e);
    const es = pow2(e.scale);
    twoSum(1, uh, a);
    twoProd(a.hi, e.hi * es, b);
    vl = b.hi - 1 + (b.lo + (a.hi * e.lo + (a.lo + ul) * e.hi) * es);
  }
  if (x <= 0) return vh + vl;
  twoSum(x, vh, a);
  return a.hi + (a.lo + vl);
}

/**
 * Derivative of softplus, softplus′(x) = σ(x).
 *
 * Special cases: NaN → NaN, +∞ → 1, −∞ → +0.
 *
 * @example softplusGrad(0) // => 0.5
 */
export function softplusGrad(x: number): number {
  if (typeof x !== "number") throw notANumber("softplusGrad", x);
  return sigmoid(x);
}
