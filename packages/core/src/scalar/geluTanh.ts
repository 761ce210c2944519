import { notANumber } from "../checkParam.js";
import { dd, pow2, scaleByPow2, twoProd, twoSum } from "../special/doubleDouble.js";
import { expPartsScratch } from "../special/expParts.js";
import { type RootSeries, sumRootSeries } from "../special/rootSeries.js";
import { sigmoidGradParts, sigmoidParts } from "./logisticParts.js";

// √(2/π), 0.044715 and 3·0.044715 as pairs (mpmath): the decimal 0.044715 is not a double, and in
// the tail its rounding alone would cost hundreds of ULP
const K = 0.7978845608028654;
const K_LO = -4.98465440455546e-17;
const C = 0.044715;
const C_LO = 2.1960211427085595e-18;
const C3 = 0.134145;
const C3_LO = 1.3526957332032908e-17;

const s = expPartsScratch();
const g = expPartsScratch();
const w = dd();
const a = dd();
const b = dd();
const t = dd();

// w = 2u = 2·√(2/π)·(x + 0.044715x³) as the pair w.hi + w.lo, for |x| ≤ 30
function argument(x: number): void {
  twoProd(x, x, a);
  twoProd(a.hi, x, b); // x³ = b.hi + x3l
  const x3l = b.lo + a.lo * x;
  twoProd(C, b.hi, t); // C·x³ = t.hi + cl
  const cl = t.lo + C * x3l + C_LO * b.hi;
  twoSum(x, t.hi, a); // x + C·x³ = a.hi + sl
  const sl = a.lo + cl;
  twoProd(K, a.hi, w);
  w.lo = 2 * (w.lo + K * sl + K_LO * a.hi);
  w.hi *= 2;
}

/**
 * GELU's tanh approximation, geluTanh(x) = ½x·(1 + tanh(√(2/π)·(x + 0.044715x³)))
 * (PyTorch's `approximate="tanh"`; 0.044715 read as the exact decimal), evaluated as x·σ(2u) with u
 * the tanh argument: the same function without the cancellation of 1 + tanh(u) for x < 0, and 2u
 * carried as a pair so the tail keeps its accuracy.
 *
 * Special cases: NaN → NaN, geluTanh(±0) = ±0, geluTanh(+∞) = +∞, geluTanh(−∞) = −0 (from −30).
 *
 * @example geluTanh(1) // => 0.8411919906082767
 */
export function geluTanh(x: number): number {
  if (typeof x !== "number") throw notANumber("geluTanh", x);
  if (x > 30) return x;
  if (x < -30) return -0; // also −∞
  if (Number.isNaN(x)) return x;
  if (Math.abs(x) < 1e-300) return x * 0.5; // as gelu: the x² term is below x/2's last digit; keeps ±0
  argument(x);
  sigmoidParts(w.hi, w.lo, s);
  twoProd(x, s.hi, a);
  const y = scaleByPow2(a.hi + (a.lo + x * s.lo), s.scale);
  return y === 0 ? x * 0 : y; // an underflow keeps the sign of x (σ > 0), as in gelu
}

// geluTanh′'s Taylor series around its zero crossing x₀ ≈ −0.7525 (mpmath; scripts/generateFixtures.py roots)
/** geluTanh′'s series around its zero (its SIMD kernel sums the first terms too). @internal */
export const GELU_TANH_GRAD_ROOT: RootSeries = {
  x0: -0.7524614220710163,
  x0Lo: 3.635560509207687e-17,
  c1: 0.4304000910248585,
  c1Lo: 2.028254970529195e-17,
  c2: 0.38751844613578895,
  c2Lo: -2.562359819429644e-17,
  // biome-ignore format: coefficient list
  rest: [-0.01578285352184803, -0.11394448308095899, -0.01661932834305256, 0.019682309459833118, 0.005261059254921912, -0.0024227318458750974, -0.0009274420230205449, 0.00026392764052681053, 0.00012425227802639782, -3.4956171694436116e-05, -1.5950896871645105e-05, 5.918611710894005e-06, 2.4335516344299543e-06, -9.898647747433667e-07, -4.3102482988029016e-07, 1.4157556987729473e-07],
};

/**
 * Derivative of geluTanh: σ(2u) + x·2u′·σ′(2u), u′ = √(2/π)·(1 + 3·0.044715x²).
 *
 * Both terms carry extra bits and are added once; within 0.1 of its zero crossing x₀ ≈ −0.7525 it
 * sums its Taylor series instead. Beyond |x| = 30 it returns the limits, so x² never overflows
 * (PyTorch's gelu_tanh′ gives NaN for |x| ≥ 1e155).
 * Special cases: NaN → NaN, +∞ → 1, −∞ → −0, geluTanh′(0) = 0.5.
 *
 * @example geluTanhGrad(0) // => 0.5
 */
export function geluTanhGrad(x: number): number {
  if (typeof x !== "number") throw notANumber("geluTanhGrad", x);
  if (x > 30) return 1;
  if (x < -30) return -0; // also −∞
  if (Number.isNaN(x)) return x;
  if (Math.abs(x - GELU_TANH_GRAD_ROOT.x0) <= 0.1) return sumRootSeries(x, GELU_TANH_GRAD_ROOT);
  argument(x);
  sigmoidParts(w.hi, w.lo, s);
  sigmoidGradParts(w.hi, w.lo, g);
  // m = 2x·√(2/π)·(1 + 3·0.044715x²) as a.hi + ml
  twoProd(x, x, a);
  twoProd(C3, a.hi, b);
  const ql = b.lo + C3 * a.lo + C3_LO * a.hi;
  twoSum(1, b.hi, t); // 1 + 3Cx² = t.hi + tl
  const tl = t.lo + ql;
  twoProd(2 * x, K, b); // 2x·√(2/π) = b.hi + kl
  const kl = b.lo + 2 * x * K_LO;
  twoProd(b.hi, t.hi, a);
  const ml = a.lo + b.hi * tl + kl * t.hi;
  // m·σ′ = b.hi + dl, then σ + m·σ′ at σ's exponent
  const mh = a.hi;
  twoProd(mh, g.hi, b);
  const shift = pow2(g.scale - s.scale);
  const dl = (b.lo + mh * g.lo + ml * g.hi) * shift;
  twoSum(s.hi, b.hi * shift, a);
  const y = scaleByPow2(a.hi + (a.lo + s.lo + dl), s.scale);
  return y === 0 ? -0 : y; // it underflows only in its negative tail (x < −21.6), to −0, as gelu′
}
