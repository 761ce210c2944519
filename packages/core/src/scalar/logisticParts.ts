// σ(z) and σ′(z) for an argument given as an unevaluated sum zh + zl, returned as
// (hi + lo)·2^scale: the working parts of sigmoid, tanh′, swish, softplus′ and geluTanh, which
// multiply them by their own factors and round once at the end (scaleByPow2).
import { dd, fastTwoSum, pow2, twoProd, twoSum } from "../special/doubleDouble.js";
import { type ExpParts, expParts, expPartsScratch } from "../special/expParts.js";

const e = expPartsScratch();
const s = dd();
const p = dd();
const d = dd();

/**
 * σ(zh + zl) as (hi + lo)·2^scale, relative error below 2^−58.
 * σ = 1/(1 + t), t = e^(−z), for z ≥ 0; σ = t/(1 + t), t = e^z, for z < 0; σ = t·(1 − t) once t is
 * below 2^−57, which keeps the exponent apart down to the subnormal range.
 * @internal
 */
export function sigmoidParts(zh: number, zl: number, out: ExpParts): ExpParts {
  out.scale = 0;
  if (zh > 38) {
    // σ = 1 − t with t < 2^−54: hi + lo = 1 − t
    out.hi = 1;
    out.lo = zh === Number.POSITIVE_INFINITY ? 0 : -Math.exp(-zh);
    return out;
  }
  if (zh < -40) {
    if (zh < -1500) {
      out.hi = 0; // also z = −∞
      out.lo = 0;
      return out;
    }
    expParts(zh, zl, e);
    out.hi = e.hi;
    out.lo = e.lo - e.hi * Math.exp(zh);
    out.scale = e.scale;
    return out;
  }
  const negative = zh < 0;
  expParts(negative ? zh : -zh, negative ? zl : -zl, e);
  const m = pow2(e.scale);
  const th = e.hi * m;
  const tl = e.lo * m;
  // 1 + t = s.hi + s.lo
  twoSum(1, th, s);
  const sl = s.lo + tl;
  if (negative) {
    // t/(1 + t): quotient q = th/s.hi, then the exact residual corrects it
    const q = th / s.hi;
    twoProd(q, s.hi, p);
    const r = th - p.hi - p.lo + tl - q * sl;
    fastTwoSum(q, r / s.hi, d);
  } else {
    // 1/(1 + t)
    const q = 1 / s.hi;
    twoProd(q, s.hi, p);
    const r = 1 - p.hi - p.lo - q * sl;
    fastTwoSum(q, q * r, d);
  }
  out.hi = d.hi;
  out.lo = d.lo;
  return out;
}

/**
 * σ′(a) = t/(1 + t)² with t = e^(−|a|), for a = ah + al, as (hi + lo)·2^scale, relative error
 * below 2^−57; t·(1 − 2t) once t < 2^−57, so the exponent stays apart into the subnormal range.
 * @internal
 */
export function sigmoidGradParts(ah: number, al: number, out: ExpParts): ExpParts {
  if (ah > 0) {
    ah = -ah;
    al = -al;
  }
  out.scale = 0;
  if (ah < -40) {
    if (ah < -1500) {
      out.hi = 0; // also a = ±∞
      out.lo = 0;
      return out;
    }
    expParts(ah, al, e);
    out.hi = e.hi;
    out.lo = e.lo - 2 * e.hi * Math.exp(ah);
    out.scale = e.scale;
    return out;
  }
  expParts(ah, al, e);
  const m = pow2(e.scale);
  const th = e.hi * m;
  const tl = e.lo * m;
  // (1 + t)² = p.hi + pl
  twoSum(1, th, s);
  const sl = s.lo + tl;
  twoProd(s.hi, s.hi, p);
  const pl = p.lo + 2 * s.hi * sl;
  const q = th / p.hi;
  const ph = p.hi;
  twoProd(q, ph, d);
  const r = th - d.hi - d.lo + tl - q * pl;
  fastTwoSum(q, r / ph, d);
  out.hi = d.hi;
  out.lo = d.lo;
  return out;
}
