// Error-free transformations on doubles (Dekker 1971, Knuth): a sum or product returned as an
// unevaluated pair hi + lo that equals the exact result. The scalar functions use them to carry
// the few extra bits that keep their final, single rounding within 1 ULP.
// Results go into a caller's object so that hot code allocates nothing.

/** An unevaluated sum hi + lo with |lo| ≤ ulp(hi)/2 (after a transformation below). */
export interface DoubleDouble {
  hi: number;
  lo: number;
}

/** A fresh pair, for module-level scratch space. @internal */
export function dd(): DoubleDouble {
  return { hi: 0, lo: 0 };
}

/** out = a + b exactly (Knuth's TwoSum, any a and b). @internal */
export function twoSum(a: number, b: number, out: DoubleDouble): DoubleDouble {
  const s = a + b;
  const bb = s - a;
  out.hi = s;
  out.lo = a - (s - bb) + (b - bb);
  return out;
}

/** out = a + b exactly, given |a| ≥ |b| or a = 0 (Dekker's FastTwoSum). @internal */
export function fastTwoSum(a: number, b: number, out: DoubleDouble): DoubleDouble {
  const s = a + b;
  out.hi = s;
  out.lo = b - (s - a);
  return out;
}

/** 2^27 + 1: Veltkamp's splitting constant for 53-bit doubles. @internal */
export const SPLIT = 134217729;

/**
 * out = a·b exactly (Dekker's TwoProduct with Veltkamp splitting), for |a|, |b| < 2^996 and a
 * product that neither overflows nor falls below 2^−969.
 * @internal
 */
export function twoProd(a: number, b: number, out: DoubleDouble): DoubleDouble {
  const p = a * b;
  let t = SPLIT * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLIT * b;
  const bh = t - (t - b);
  const bl = b - bh;
  out.hi = p;
  out.lo = ah * bh - p + ah * bl + al * bh + al * bl;
  return out;
}

// 2^k for k = −1074…1023, so that scaling by a power of two is a lookup (Math.pow is slower)
const POW2 = new Float64Array(2098);
for (let k = -1074, v = 2 ** -1074; k <= 1023; k++, v *= 2) POW2[k + 1074] = v;

/** 2^k for an integer k, exactly; 0 below −1074 and +∞ above 1023. @internal */
export function pow2(k: number): number {
  if (k < -1074) return 0;
  return k > 1023 ? Number.POSITIVE_INFINITY : POW2[k + 1074];
}

/**
 * v·2^m with a single rounding, also where the result is subnormal (0 below half the smallest
 * subnormal, ±∞ on overflow).
 * @internal
 */
export function scaleByPow2(v: number, m: number): number {
  if (m >= -1022) return m <= 1023 ? v * POW2[m + 1074] : v * POW2[2097] * pow2(m - 1023);
  // v·2^(m+600) is the result times 2^600: a normal number, so exact; then one rounding
  return v * pow2(m + 600) * POW2[474];
}
