// σ(z), σ′(z) and swish′'s σ(w)·(1 + w·σ(−w)) for an argument given as an unevaluated sum zh + zl,
// returned into the caller's `out` as (hi + lo)·2^scale: the working parts of sigmoid, tanh′,
// swish, softplus′ and geluTanh, which multiply them by their own factors and round once at the end
// (scaleByPow2). The scratch below is this module's alone: each function here writes only `out`,
// and none calls another, so a caller may hold any of its own scratch across a call.
import { dd, fastTwoSum, pow2, twoProd, twoSum } from "../special/doubleDouble.js";
import { type ExpParts, expParts, expPartsScratch } from "../special/expParts.js";

const e = expPartsScratch();
const s = dd();
const p = dd();
const d = dd();
const a = dd();
const b = dd();
const c = dd();
const sum = dd();
const den = dd();

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

// The root w₀ of 1 + w + e^w (swish′ = 0 at βx = w₀) as W0 + W0_LO + W0_LO2, and e^(w₀) = −1 − w₀
// (mpmath). Three parts, because βx is an exact pair that can come within 1e−30 of w₀.
const W0 = -1.2784645427610737;
const W0_LO = -1.0946994183093437e-16;
const W0_LO2 = -3.907766676128665e-33;
const E0 = 0.2784645427610738;

/**
 * h(w) = σ(w)·(1 + w·σ(−w)) = t·(1 + t + w)/(1 + t)², t = e^w, for w = wh + wl ≤ 0, into `out` as
 * (hi + lo)·2^scale. Around the root w₀ ≈ −1.2785, where 1 + t + w cancels, it uses
 * 1 + t + w = −w₀·d + e^(w₀)·(e^d − 1 − d) with d = w − w₀, which has no cancellation. The
 * derivative of swish at βx = w (swish.ts, for w ≤ 0; g(w) = 1 − h(−w) above).
 * @internal
 */
export function swishGradParts(wh: number, wl: number, out: ExpParts): ExpParts {
  out.scale = 0;
  if (wh < -1500) {
    out.hi = -0; // also w = −∞; lo too, since −0 + 0 is +0
    out.lo = -0;
    return out;
  }
  expParts(wh, wl, e);
  const m = pow2(e.scale);
  const th = wh < -40 ? 0 : e.hi * m; // t below 2^−57 does not change 1 + t + w
  const tl = wh < -40 ? 0 : e.lo * m;
  // n = 1 + t + w as a pair (n.hi, nl)
  let nl: number;
  if (wh >= -2.5 && wh <= -0.65) {
    // d = w − w₀ = (wh − W0) + (wl − W0_LO) − W0_LO2, wh − W0 exact (Sterbenz), the rest exact sums
    twoSum(wl, -W0_LO, b);
    twoSum(wh - W0, b.hi, a);
    const dl = a.lo + (b.lo - W0_LO2);
    twoProd(a.hi, -W0, sum);
    nl = sum.lo + dl * -W0 + a.hi * -W0_LO + E0 * (Math.expm1(a.hi) - a.hi);
  } else {
    twoSum(1, wh, a);
    twoSum(a.hi, th, sum);
    nl = sum.lo + a.lo + wl + tl;
  }
  const nh = sum.hi;
  if (wh < -40) {
    // t·n·(1 − 2t), the exponent of t kept apart
    twoProd(e.hi, nh, b);
    out.hi = b.hi;
    out.lo = b.lo + e.hi * nl + e.lo * nh - 2 * b.hi * Math.exp(wh);
    out.scale = e.scale;
    return out;
  }
  // t·n/(1 + t)²: numerator b.hi + ul, denominator den.hi + dl, then one corrected quotient
  twoSum(1, th, a);
  const sl = a.lo + tl;
  twoProd(a.hi, a.hi, den);
  const dl = den.lo + 2 * a.hi * sl;
  twoProd(th, nh, b);
  const ul = b.lo + th * nl + tl * nh;
  const q = b.hi / den.hi;
  twoProd(q, den.hi, c);
  const r = b.hi - c.hi - c.lo + ul - q * dl;
  fastTwoSum(q, r / den.hi, c);
  out.hi = c.hi;
  out.lo = c.lo;
  return out;
}
