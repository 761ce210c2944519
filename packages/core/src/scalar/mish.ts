import { notANumber } from "../checkParam.js";
import { dd, fastTwoSum, pow2, scaleByPow2, twoProd, twoSum } from "../special/doubleDouble.js";
import { expParts, expPartsScratch } from "../special/expParts.js";
import { type RootSeries, sumRootSeries } from "../special/rootSeries.js";

/**
 * Mish, mish(x) = x·tanh(softplus(x)) (Misra 2019, YOLOv4; PyTorch's Mish).
 *
 * With u = e^x and n = u(u + 2), tanh(ln(1 + u)) = n/(n + 2) exactly, so no tanh or log is rounded:
 * u carries extra bits and a separate exponent (down to subnormal results), n/(n + 2) is a
 * corrected quotient of pairs, and x times it is rounded once, within 1 ULP.
 * Special cases: NaN → NaN, mish(±0) = ±0, mish(+∞) = +∞, mish(−∞) = −0 (the limit, not 0·∞).
 *
 * @example mish(1) // => 0.8650983882673103
 * @example mish(-1) // => -0.3034014613741089
 */
export function mish(x: number): number {
  if (typeof x !== "number") throw notANumber("mish", x);
  if (!(x <= 40) || x === 0) return x; // n/(n + 2) > 1 − 2^−110 from here; also +∞, NaN and ±0
  if (x < -1500) return -0;
  expParts(x, 0, e);
  if (x < -40) {
    // n/(n + 2) = u·(1 − u/2 + …) with u < 2^−57: x·u, the exponent of u kept apart
    twoProd(x, e.hi, a);
    return scaleByPow2(a.hi + (a.lo + x * e.lo), e.scale);
  }
  ratio(e.hi * pow2(e.scale), e.lo * pow2(e.scale));
  twoProd(x, t.hi, a);
  return a.hi + (a.lo + x * t.lo);
}

/**
 * Derivative of Mish, tanh(sp) + x·sech²(sp)·σ(x) with sp = softplus(x), which is
 * u·((u + 2)(u² + 2u + 2) + 4x(1 + u))/(u² + 2u + 2)² with u = e^x; it crosses 0 at x ≈ −1.1924.
 *
 * The quotient of pairs keeps 1 ULP everywhere but near the crossing, where the bracket cancels;
 * there (|x − x₀| ≤ 0.26) a Taylor series centred on the crossing (mpmath) is summed instead, so
 * the relative accuracy holds up to the zero. Below x = −40 it is u·(1 + x) to within 2^−57.
 * Special cases: NaN → NaN, mish′(+∞) = 1, mish′(−∞) = −0, mish′(0) = 0.6.
 *
 * @example mishGrad(0) // => 0.6
 */
export function mishGrad(x: number): number {
  if (typeof x !== "number") throw notANumber("mishGrad", x);
  if (Number.isNaN(x)) return x;
  if (x > 40) return 1; // 1 − mish′ < 2^−100 from here
  if (x < -1500) return -0;
  if (x >= -1.45 && x <= -0.93) return sumRootSeries(x, MISH_GRAD_ROOT);
  expParts(x, 0, e);
  if (x < -40) {
    // u·(1 + x), 1 + x as an exact pair, the exponent of u kept apart
    twoSum(1, x, a);
    twoProd(a.hi, e.hi, b);
    return scaleByPow2(b.hi + (b.lo + a.hi * e.lo + a.lo * e.hi), e.scale);
  }
  const m = pow2(e.scale);
  const uh = e.hi * m;
  const ul = e.lo * m;
  // d = u² + 2u + 2 = (u + 1)² + 1 as a pair (d.hi, dl)
  twoSum(uh, 1, a);
  const al = a.lo + ul;
  twoProd(a.hi, a.hi, b);
  twoSum(b.hi, 1, d);
  const dl = d.lo + b.lo + 2 * a.hi * al;
  // numerator u·((u + 2)·d + 4x(1 + u)): (u + 2)·d, then + 4x·(1 + u), then times u
  twoSum(uh, 2, c);
  const cl = c.lo + ul;
  twoProd(c.hi, d.hi, b);
  let nl = b.lo + c.hi * dl + cl * d.hi;
  twoProd(4 * x, a.hi, c);
  twoSum(b.hi, c.hi, t);
  nl += t.lo + c.lo + 4 * x * al;
  twoProd(uh, t.hi, b);
  nl = b.lo + uh * nl + ul * t.hi;
  // divided by d²
  twoProd(d.hi, d.hi, c);
  const sl = c.lo + 2 * d.hi * dl;
  const q = b.hi / c.hi;
  twoProd(q, c.hi, a);
  return q + (b.hi - a.hi - a.lo + nl - q * sl) / c.hi;
}

const e = expPartsScratch();
const a = dd();
const b = dd();
const c = dd();
const d = dd();
const t = dd();

// n/(n + 2) for u = uh + ul, n = u(u + 2), into t as a pair: one corrected quotient of pairs
function ratio(uh: number, ul: number): void {
  twoSum(uh, 2, a);
  twoProd(uh, a.hi, b);
  const nl = b.lo + uh * (a.lo + ul) + ul * a.hi;
  twoSum(b.hi, 2, c);
  const sl = c.lo + nl;
  const q = b.hi / c.hi;
  twoProd(q, c.hi, d);
  const r = b.hi - d.hi - d.lo + nl - q * sl;
  fastTwoSum(q, r / c.hi, t);
}

// mish′ around its zero x₀ ≈ −1.1924 (scripts/generateFixtures.py roots)
const MISH_GRAD_ROOT: RootSeries = {
  x0: -1.1924312145154952,
  x0Lo: -4.8484829848031044e-17,
  c1: 0.2669479140495345,
  c1Lo: 1.5332816617135587e-17,
  c2: 0.20473126408010586,
  c2Lo: 3.823755128643401e-18,
  rest: [
    0.04190782104360987, -0.020271822716684245, -0.01582112656173338, -0.0033606849270232685,
    0.0010924055409445854, 0.0009898181021289196, 0.00025412936386191073, -4.1961496031696126e-5,
    -5.582891567360688e-5, -1.72992708103044e-5, 9.427361327376651e-7, 2.9088199364912223e-6,
    1.071676702702074e-6, 2.6879417855557728e-8, -1.4117255919499382e-7, -6.174424363104907e-8,
    -5.460186173028381e-9, 6.3895954615089855e-9, 3.3604012383661332e-9, 4.817646300218697e-10,
    -2.6751871594311224e-10, -1.7442209713382678e-10,
  ],
};
