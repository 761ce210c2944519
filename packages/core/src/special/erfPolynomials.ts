// Rational approximations of erf and erfc on the intervals of FreeBSD's msun s_erf.c
// (Sun Microsystems' fdlibm, © 1993 Sun Microsystems, freely redistributable with this notice).
// The coefficients are fdlibm's, written as the shortest decimal of each double.
import { type DoubleDouble, dd, twoProd, twoSum } from "./doubleDouble.js";

const t = dd();
const u = dd();

/** erf(x) = x + x·pp(x²)/qq(x²) for |x| < 0.84375. */
export function erfSmallRatio(z: number): number {
  const r =
    0.12837916709551256 +
    z *
      (-0.3250421072470015 +
        z * (-0.02848174957559851 + z * (-0.005770270296489442 + z * -0.000023763016656650163)));
  const s =
    1 +
    z *
      (0.39791722395915535 +
        z *
          (0.0650222499887673 +
            z * (0.005081306281875766 + z * (0.00013249473800432164 + z * -0.000003960228278775368))));
  return r / s;
}

/**
 * erf(1 + s) − ERX = pa(s)/qa(s) for 0.84375 ≤ |x| < 1.25, s = |x| − 1, into `out` as a pair: the
 * last Horner step of each polynomial and the quotient are kept exact, so the only errors left are
 * those of the inner Horner steps, shrunk by |s| ≤ 1/4 (erfc near 1.25 needs them that small).
 */
export function erfNearOneRatio(s: number, out: DoubleDouble): DoubleDouble {
  const pin =
    0.41485611868374833 +
    s *
      (-0.3722078760357013 +
        s *
          (0.31834661990116175 +
            s * (-0.11089469428239668 + s * (0.035478304325618236 + s * -0.002166375594868791))));
  const qin =
    0.10642088040084423 +
    s *
      (0.540397917702171 +
        s *
          (0.07182865441419627 +
            s * (0.12617121980876164 + s * (0.01363708391202905 + s * 0.011984499846799107))));
  // p = pa0 + s·pin and q = 1 + s·qin as pairs
  twoProd(s, pin, t);
  twoSum(-0.0023621185607526594, t.hi, u);
  const ph = u.hi;
  const pl = u.lo + t.lo;
  twoProd(s, qin, t);
  twoSum(1, t.hi, u);
  const qh = u.hi;
  const ql = u.lo + t.lo;
  // (ph + pl)/(qh + ql) with its exact residual
  const r = ph / qh;
  twoProd(r, qh, t);
  out.hi = r;
  out.lo = (ph - t.hi - t.lo + pl - r * ql) / qh;
  return out;
}

/** ERX: erf(1) rounded to 24 bits (0x3FEB0AC1 60000000), so that 1 − ERX is exact. */
export const ERX = 0.8450629115104675;

/**
 * log(x·erfc(x)) + x² + 0.5625 = ra(s)/sa(s) for 1.25 ≤ x < 1/0.35 and rb(s)/sb(s) above,
 * with s = 1/x².
 */
export function erfcTailExponent(x: number): number {
  const s = 1 / (x * x);
  if (x < 2.857142857142857) {
    const r =
      -0.009864944034847148 +
      s *
        (-0.6938585727071818 +
          s *
            (-10.558626225323291 +
              s *
                (-62.375332450326006 +
                  s *
                    (-162.39666946257347 +
                      s * (-184.60509290671104 + s * (-81.2874355063066 + s * -9.814329344169145))))));
    const q =
      1 +
      s *
        (19.651271667439257 +
          s *
            (137.65775414351904 +
              s *
                (434.56587747522923 +
                  s *
                    (645.3872717332679 +
                      s *
                        (429.00814002756783 +
                          s * (108.63500554177944 + s * (6.570249770319282 + s * -0.0604244152148581)))))));
    return r / q;
  }
  const r =
    -0.0098649429247001 +
    s *
      (-0.799283237680523 +
        s *
          (-17.757954917754752 +
            s *
              (-160.63638485582192 +
                s * (-637.5664433683896 + s * (-1025.0951316110772 + s * -483.5191916086514)))));
  const q =
    1 +
    s *
      (30.33806074348246 +
        s *
          (325.7925129965739 +
            s *
              (1536.729586084437 +
                s *
                  (3199.8582195085955 +
                    s * (2553.0504064331644 + s * (474.52854120695537 + s * -22.44095244658582))))));
  return r / q;
}
