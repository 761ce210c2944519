// Rational approximations of erf and erfc on the intervals of FreeBSD's msun s_erf.c
// (Sun Microsystems' fdlibm, © 1993 Sun Microsystems, freely redistributable with this notice).
// The coefficients are fdlibm's, written as the shortest decimal of each double.
import { type DoubleDouble, dd, SPLIT, twoProd } from "./doubleDouble.js";

const t = dd();
const r = dd();
const q = dd();
const x2 = dd();

function horner(c: Float64Array, s: number): number {
  let v = c[c.length - 1];
  for (let i = c.length - 2; i >= 0; i--) v = c[i] + s * v;
  return v;
}

// Horner's rule on the pair s = sh + sl, each step's product vh·sh and sum kept exact (twoProd
// with sh split once, twoSum, written out: this runs a dozen times per erfc), into out
function hornerPair(c: Float64Array, sh: number, sl: number, out: DoubleDouble): DoubleDouble {
  let m = SPLIT * sh;
  const s1 = m - (m - sh);
  const s2 = sh - s1;
  let vh = c[c.length - 1];
  let vl = 0;
  for (let i = c.length - 2; i >= 0; i--) {
    const p = vh * sh;
    m = SPLIT * vh;
    const v1 = m - (m - vh);
    const v2 = vh - v1;
    const pl = v1 * s1 - p + v1 * s2 + v2 * s1 + v2 * s2;
    const w = c[i] + p;
    const b = w - c[i];
    vl = c[i] - (w - b) + (p - b) + (pl + (vh * sl + vl * sh));
    vh = w;
  }
  out.hi = vh;
  out.lo = vl;
  return out;
}

// (n.hi + n.lo)/(d.hi + d.lo) into out, the quotient corrected with its exact residual
function quotient(n: DoubleDouble, d: DoubleDouble, out: DoubleDouble): DoubleDouble {
  const v = n.hi / d.hi;
  twoProd(v, d.hi, t);
  out.hi = v;
  out.lo = (n.hi - t.hi - t.lo + n.lo - v * d.lo) / d.hi;
  return out;
}

// erf(x) = x + x·pp(x²)/qq(x²) for |x| < 0.84375, coefficients in ascending powers of x²
// biome-ignore format: coefficient lists
const PP = Float64Array.of(0.12837916709551256, -0.3250421072470015, -0.02848174957559851, -0.005770270296489442, -0.000023763016656650163);
// biome-ignore format: coefficient lists
const QQ = Float64Array.of(1, 0.39791722395915535, 0.0650222499887673, 0.005081306281875766, 0.00013249473800432164, -0.000003960228278775368);

/** erf(x) = x + x·pp(x²)/qq(x²) for |x| < 0.84375, the ratio at z = x². */
export function erfSmallRatio(z: number): number {
  return horner(PP, z) / horner(QQ, z);
}

/**
 * erfSmallRatio as a pair, at z = zh + zl, for erfc on [0.25, 0.84375) (erfcParts.ts): there
 * erfc = 1 − x − x·pp/qq falls to 0.23 while x·pp/qq reaches −0.077, so the ratio's rounding in
 * plain doubles costs erfc up to 1 ULP.
 */
export function erfSmallRatioPair(zh: number, zl: number, out: DoubleDouble): DoubleDouble {
  hornerPair(PP, zh, zl, r);
  hornerPair(QQ, zh, zl, q);
  return quotient(r, q, out);
}

// erf(1 + s) − ERX = pa(s)/qa(s) for 0.84375 ≤ |x| < 1.25, s = |x| − 1, ascending powers of s
// biome-ignore format: coefficient lists
const PA = Float64Array.of(-0.0023621185607526594, 0.41485611868374833, -0.3722078760357013, 0.31834661990116175, -0.11089469428239668, 0.035478304325618236, -0.002166375594868791);
// biome-ignore format: coefficient lists
const QA = Float64Array.of(1, 0.10642088040084423, 0.540397917702171, 0.07182865441419627, 0.12617121980876164, 0.01363708391202905, 0.011984499846799107);

/**
 * erf(1 + s) − ERX = pa(s)/qa(s) for 0.84375 ≤ |x| < 1.25, s = |x| − 1, into `out` as a pair:
 * every Horner step and the quotient are kept exact, so the only error left is fdlibm's own.
 * erfc = 1 − ERX − pa/qa falls to 0.077 at 1.25 while pa/qa is as large, and an error that
 * only the inner steps make (shrunk by |s| ≤ 1/4) still cost erfc 1.25 ULP there.
 */
export function erfNearOneRatio(s: number, out: DoubleDouble): DoubleDouble {
  hornerPair(PA, s, 0, r);
  hornerPair(QA, s, 0, q);
  return quotient(r, q, out);
}

/** ERX: erf(1) rounded to 24 bits (0x3FEB0AC1 60000000), so that 1 − ERX is exact. */
export const ERX = 0.8450629115104675;

// log(x·erfc(x)) + x² + 0.5625 = R(s)/S(s) with s = 1/x²: ra/sa for 1.25 ≤ x < 1/0.35 and rb/sb
// above, coefficients in ascending powers of s
// biome-ignore format: coefficient lists
const RA = Float64Array.of(-0.009864944034847148, -0.6938585727071818, -10.558626225323291, -62.375332450326006, -162.39666946257347, -184.60509290671104, -81.2874355063066, -9.814329344169145);
// biome-ignore format: coefficient lists
const SA = Float64Array.of(1, 19.651271667439257, 137.65775414351904, 434.56587747522923, 645.3872717332679, 429.00814002756783, 108.63500554177944, 6.570249770319282, -0.0604244152148581);
// biome-ignore format: coefficient lists
const RB = Float64Array.of(-0.0098649429247001, -0.799283237680523, -17.757954917754752, -160.63638485582192, -637.5664433683896, -1025.0951316110772, -483.5191916086514);
// biome-ignore format: coefficient lists
const SB = Float64Array.of(1, 30.33806074348246, 325.7925129965739, 1536.729586084437, 3199.8582195085955, 2553.0504064331644, 474.52854120695537, -22.44095244658582);
// 1/0.35 rounded, where fdlibm switches from ra/sa to rb/sb
const TAIL_SWITCH = 2.857142857142857;

/** log(x·erfc(x)) + x² + 0.5625 = R(s)/S(s), s = 1/x², for x ≥ 1.25, in plain doubles. */
export function erfcTailExponent(x: number): number {
  const s = 1 / (x * x);
  return x < TAIL_SWITCH ? horner(RA, s) / horner(SA, s) : horner(RB, s) / horner(SB, s);
}

/**
 * erfcTailExponent(x) as a pair, for erfc's tail (erfcParts.ts), whose relative error is this
 * value's absolute error. R/S reaches −0.21 near x = 1.25, summed from terms up to 20 in size,
 * and R/S changes by 0.3·δ for a relative error δ in s: in plain doubles that costs up to 0.75
 * ULP of erfc (gelu's 2 ULP at −1.866). So s = 1/x² is a pair, both polynomials run in pairs and
 * the quotient is corrected with its exact residual; what is left is fdlibm's own 2^−58.6.
 */
export function erfcTailExponentPair(x: number, out: DoubleDouble): DoubleDouble {
  // s = 1/(x² as a pair), corrected by its residual 1 − s·x² (1 − t.hi exact: s·x² ≈ 1)
  twoProd(x, x, x2);
  const sh = 1 / x2.hi;
  twoProd(sh, x2.hi, t);
  const sl = sh * (1 - t.hi - t.lo - sh * x2.lo);
  const tail = x < TAIL_SWITCH;
  hornerPair(tail ? RA : RB, sh, sl, r);
  hornerPair(tail ? SA : SB, sh, sl, q);
  return quotient(r, q, out);
}
