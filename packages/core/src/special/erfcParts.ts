import { dd, pow2, twoProd, twoSum } from "./doubleDouble.js";
import {
  ERX,
  erfcTailExponentPair,
  erfNearOneRatio,
  erfSmallRatio,
  erfSmallRatioPair,
} from "./erfPolynomials.js";
import { type ExpParts, expParts, expPartsScratch } from "./expParts.js";

const TWO_OVER_SQRT_PI = 1.1283791670955126;
const e = expPartsScratch();
const a = dd();
const b = dd();
const t = dd();
const pq = dd();
const rs = dd();
const y = dd();

/**
 * erfc(h + l) for an argument given as an unevaluated sum (l = 0 for a plain double, or the
 * rounding error of a computed argument such as −x/√2), into `out` as (hi + lo)·2^scale.
 *
 * fdlibm's rational approximations (erfPolynomials.ts) with every final addition kept exact, and
 * in pairs throughout where erfc does not shrink their rounding (pp/qq on [0.25, 0.84375), pa/qa,
 * the tail's R/S), the argument's low part entering through erfc's derivative: as
 * erfc(h) − (2/√π)·e^(−h²)·l below 1.25, and for h ≥ 1.25 in the tail's exponent,
 * e^(−z² − 0.5625 + (z − h)(z + h) + R/S − (2/√π)·h·e^(0.5625 − R/S)·l)/h, evaluated with expParts,
 * its exponent kept apart so that subnormal results round once.
 * @internal
 */
export function erfcParts(h: number, l: number, out: ExpParts): ExpParts {
  out.scale = 0;
  const ax = Math.abs(h);
  if (ax < 0.84375) {
    if (ax < 1.3877787807814457e-17) {
      out.hi = 1;
      out.lo = -h;
      return out;
    }
    const c = l === 0 ? 0 : TWO_OVER_SQRT_PI * Math.exp(-h * h) * l;
    if (h < 0.25) {
      // 1 − (h + h·y + c), h·y below 0.027 against erfc above 0.72: y's rounding shrinks
      twoSum(h, h * erfSmallRatio(h * h), a);
      twoSum(1, -a.hi, b);
      out.hi = b.hi;
      out.lo = b.lo - a.lo - c;
      return out;
    }
    // 0.5 − (h·y + c + (h − 0.5)), h − 0.5 exact, y from h² as a pair (h·y is a third of erfc)
    twoProd(h, h, a);
    erfSmallRatioPair(a.hi, a.lo, y);
    twoProd(h, y.hi, t);
    twoSum(h - 0.5, t.hi, a);
    twoSum(0.5, -a.hi, b);
    out.hi = b.hi;
    out.lo = b.lo - a.lo - (t.lo + h * y.lo) - c;
    return out;
  }
  if (ax < 1.25) {
    erfNearOneRatio(ax - 1, pq);
    const c = l === 0 ? 0 : TWO_OVER_SQRT_PI * Math.exp(-h * h) * l;
    if (h >= 0) {
      // (1 − ERX) − pq − c, 1 − ERX exact
      twoSum(1 - ERX, -pq.hi, b);
      out.hi = b.hi;
      out.lo = b.lo - pq.lo - c;
      return out;
    }
    // 1 + (ERX + pq) − c
    twoSum(ERX, pq.hi, a);
    twoSum(1, a.hi, b);
    out.hi = b.hi;
    out.lo = b.lo + a.lo + pq.lo - c;
    return out;
  }
  if (h < 0) {
    // erfc(h + l) = 2 − erfc(−h − l); 2 − erfc(6) rounds to 2
    out.hi = 2;
    out.lo = 0;
    if (h < -6) return out;
    erfcTail(-h, -l, e);
    const v = e.hi * pow2(e.scale);
    twoSum(2, -v, b);
    out.hi = b.hi;
    out.lo = b.lo - e.lo * pow2(e.scale);
    return out;
  }
  if (h >= 28 || Number.isNaN(h)) {
    // erfc(28) ≈ 7e−343 rounds to 0
    out.hi = h >= 28 ? 0 : h;
    out.lo = 0;
    return out;
  }
  return erfcTail(h, l, out);
}

// erfc(h + l) for 1.25 ≤ h < 28, as fdlibm's e^(−z²−0.5625)·e^((z−h)(z+h) + R/S)/h, z = h rounded to
// 24 bits so that z² + 0.5625 is exact, R/S as a pair added to it exactly, in one expParts call
// and one corrected division.
function erfcTail(h: number, l: number, out: ExpParts): ExpParts {
  const z = Math.fround(h);
  erfcTailExponentPair(h, rs);
  twoSum(-z * z - 0.5625, rs.hi, a);
  // l enters through erfc's log-derivative −(2/√π)·e^(−h²)/erfc(h) = −(2/√π)·h·e^(0.5625 − R/S)
  // (−2h − 1/h only far out: at h = 1.3 that is 10% off, 0.3 ULP)
  const dl = l === 0 ? 0 : TWO_OVER_SQRT_PI * h * Math.exp(0.5625 - rs.hi) * l;
  const w = a.lo + rs.lo + (z - h) * (z + h) - dl;
  expParts(a.hi, w, e);
  // (e.hi + e.lo)/h, the quotient corrected with its exact residual
  const q = e.hi / h;
  twoProd(q, h, t);
  const lo = (e.hi - t.hi - t.lo + e.lo) / h;
  out.scale = e.scale; // out may be e itself
  out.hi = q;
  out.lo = lo;
  return out;
}
