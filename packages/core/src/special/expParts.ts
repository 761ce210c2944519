import { type DoubleDouble, dd, fastTwoSum, twoProd, twoSum } from "./doubleDouble.js";

/** e^x as (hi + lo)·2^scale, hi + lo within ±2^−62 relative of the exact value. */
export interface ExpParts {
  hi: number;
  lo: number;
  scale: number;
}

// 2^(j/64) for j = 0…63 as hi, lo pairs (mpmath, 50 digits: hi = the double nearest, lo the rest)
// biome-ignore format: one pair per line
const T = new Float64Array([
  1.0, 0.0,
  1.0108892860517005, -1.5234778603368577e-17,
  1.0218971486541166, 5.109225028973444e-17,
  1.0330248790212284, 7.600838874027088e-18,
  1.0442737824274138, 8.551889705537965e-17,
  1.0556451783605572, 1.759325738772092e-18,
  1.0671404006768237, -7.899853966841582e-17,
  1.0787607977571199, -6.656660436056593e-17,
  1.0905077326652577, -3.046782079812471e-17,
  1.102382583307841, 5.2660368715706944e-17,
  1.1143867425958924, 1.0410278456845571e-16,
  1.1265216186082418, 5.165856758795457e-17,
  1.1387886347566916, 8.912812676025408e-17,
  1.1511892299529827, 3.250710218863827e-17,
  1.1637248587775775, 3.8292048369240935e-17,
  1.1763969916502812, 5.554203254218079e-17,
  1.189207115002721, 3.982015231465646e-17,
  1.202156731452703, 6.644981499252301e-17,
  1.215247359980469, -7.712630692681488e-17,
  1.22848053610687, -1.89878163130253e-17,
  1.241857812073484, 4.658027591836937e-17,
  1.255380757024691, -6.7113898212968784e-18,
  1.2690509571917332, 2.667932131342186e-18,
  1.2828700160787783, 1.713594918243561e-17,
  1.2968395546510096, 2.5382502794888315e-17,
  1.3109612115247644, -7.181536135519454e-17,
  1.3252366431597413, -2.8587312100388614e-17,
  1.339667524053303, 8.927282594831732e-17,
  1.3542555469368927, 7.70094837980299e-17,
  1.3690024229745905, 9.593797919118849e-17,
  1.383909881963832, -6.770511658794786e-17,
  1.3989796725383112, -9.614213209051323e-17,
  // biome-ignore lint/suspicious/noApproximativeNumericConstant: the table's own value of 2^(1/2)
  1.4142135623730951, -9.667293313452913e-17,
  1.42961333839197, -1.2031642489053655e-17,
  1.4451808069770467, -3.0237581349939873e-17,
  1.460917794180647, -5.600377186075216e-17,
  1.4768261459394993, -3.483994556892796e-17,
  1.4929077282912648, 1.4192920154284036e-17,
  1.5091644275934228, -1.016455327754295e-16,
  1.5255981507445384, -1.1024941712342561e-16,
  1.5422108254079407, 7.949834809697621e-17,
  1.559004400237837, 3.7812070533575275e-17,
  1.5759808451078865, -1.0136916471278304e-17,
  1.593142151342267, -1.0094406542311964e-16,
  1.6104903319492543, 2.4707192569797888e-17,
  1.6280274218573478, -6.712955084707084e-17,
  1.645755478153965, -1.0125679913674773e-16,
  1.6636765803267364, 5.8909926967131e-17,
  1.681792830507429, 8.199010020581497e-17,
  1.7001063537185235, -8.0237193703977e-18,
  1.718619298122478, -1.851380418263111e-17,
  1.7373338352737062, 3.164389299292957e-17,
  1.7562521603732995, 2.960140695448873e-17,
  1.7753764925265212, 6.429731796556572e-17,
  1.7947090750031072, 1.8227458427912087e-17,
  1.8142521755003989, -9.969531538920349e-17,
  1.8340080864093424, 3.283107224245627e-17,
  1.8539791250833855, 9.761887490727594e-17,
  1.8741676341103, -6.122763413004143e-17,
  1.8945759815869656, 3.4034035352165297e-17,
  1.9152065613971474, -1.0619946056195963e-16,
  1.9360617934922943, 1.0332385960676326e-16,
  1.9571441241754002, 8.960767791036668e-17,
  1.978456026387951, 4.0388753109278167e-17,
]);
// ln2/64 = L1 + L2, L1 a multiple of 2^−40 so that k·L1 is exact for |k| < 2^18 (|x| < 2800)
const L1 = 0.010830424695996044;
const L2 = 2.5310172166650877e-13;
const INV_L = 92.33248261689366; // 64/ln2

const p = dd();
const q: DoubleDouble = dd();
const r: DoubleDouble = dd();

/** The table of 2^(j/64) as hi, lo pairs, which the float64 SIMD kernels copy into their memory. @internal */
export const twoToJOver64Pairs: Float64Array = T;

/**
 * e^(x + xLo) for an argument given as an unevaluated sum x + xLo (xLo = 0 for a plain double;
 * |xLo| < 1 and x a multiple of 2^−43 or of ulp(x)), into `out` as (hi + lo)·2^scale with 0.99 < hi < 2.02: the extra bits and the separate
 * exponent let a caller combine it with other terms and round once, also into the subnormal range.
 * Valid for |x| < 2800 (beyond that, callers know the result is 0 or ∞).
 *
 * x = (64m + j)·ln2/64 + r with |r| ≤ ln2/128, e^x = 2^m·2^(j/64)·e^r, and
 * e^r = 1 + r + r²·(1/2 + r/6 + … + r⁵/5040) with r carried as a pair.
 * @internal
 */
export function expParts(x: number, xLo: number, out: ExpParts): ExpParts {
  const k = Math.round((x + xLo) * INV_L);
  // r = x + xLo − k·ln2/64 as a normalised pair; x − k·L1 is exact (k·L1 is exact, near x)
  twoSum(x - k * L1, xLo - k * L2, r);
  const rh = r.hi;
  const rl = r.lo;
  // e^(rh + rl) − 1 = rh + (rl + rh·rl + rh²·poly(rh)), the rest below 2^−70 relative
  const poly = 0.5 + rh * (1 / 6 + rh * (1 / 24 + rh * (1 / 120 + rh * (1 / 720 + rh * (1 / 5040)))));
  const tail = rl + rh * rl + rh * rh * poly;
  const j = k & 63;
  const th = T[2 * j];
  const tl = T[2 * j + 1];
  // 2^(j/64)·(1 + rh + tail) = th + th·rh + (th·tail + tl·(1 + rh + tail))
  twoProd(th, rh, p);
  fastTwoSum(th, p.hi, q);
  const lo = q.lo + p.lo + th * tail + tl * (1 + rh + tail);
  fastTwoSum(q.hi, lo, q);
  out.hi = q.hi;
  out.lo = q.lo;
  out.scale = (k - j) / 64;
  return out;
}

/** A fresh ExpParts, for module-level scratch space. @internal */
export function expPartsScratch(): ExpParts {
  return { hi: 1, lo: 0, scale: 0 };
}
