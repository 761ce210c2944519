// The float64 kernels in WebAssembly SIMD, two lanes at a time, within 1 ULP of the correctly
// rounded value (as the scalar functions, src/scalar, whose formulas most follow): each result is
// carried as an unevaluated pair hi + lo (error-free sums and products) and rounded once. A
// product's error is exact either way, by Dekker's splitting in the SIMD build or by a fused
// multiply-add in the relaxed one (used only where exactProducts finds it fused), so both builds
// give the same bits.
//
// Each kernel reads the first n float64s of X64 (and DY64), writes OUT64, and returns how many
// lanes it left to the caller: the indices of inputs outside the domain where its arithmetic is
// proven (NaN, ±∞, the far tails, a derivative's zero) go to FLAGGED64, and the caller puts the
// scalar function's value there. A loop takes two elements at a time and may read and write one
// past n (an index the caller ignores): the buffers are CHUNK64 long.

import {
  HALF,
  inverseFactorial,
  lanes,
  MILLS_INTERVALS,
  MILLS_RATIO,
  MILLS_TERMS,
  MINUS_HALF,
  MINUS_TWO,
  ONE,
  select,
  TWO,
  ZERO,
} from "./lanes";

// ─── memory shared with the caller ───────────────────────────────────────────────────────────────

/** Elements per chunk: 16 KiB per buffer, three buffers in the first-level cache together. */
export const CHUNK64: i32 = 2048;
export const X64: usize = memory.data(CHUNK64 << 3, 16);
export const DY64: usize = memory.data(CHUNK64 << 3, 16);
export const OUT64: usize = memory.data(CHUNK64 << 3, 16);
/** The indices (i32) of the lanes left to the scalar functions. */
export const FLAGGED64: usize = memory.data(CHUNK64 << 2, 16);
/** 2^(j/64) for j = 0 … 63 as pairs hi, lo (src/special/expParts.ts's table, copied in by the caller). */
export const EXP_TABLE_TERMS: i32 = 128;
export const EXP_TABLE: usize = memory.data(EXP_TABLE_TERMS << 3, 16);
/**
 * The low parts of c₁ and c₀ of each interval of the Mills-ratio fit in lanes.ts's MILLS_RATIO
 * (src/kernels/loops/polynomialCoefficients.ts's millsRatioAccurateLow, copied in by the caller).
 */
export const MILLS_LOW_TERMS: i32 = MILLS_INTERVALS * 2;
export const MILLS_LOW: usize = memory.data(MILLS_LOW_TERMS << 3, 16);

// ─── constants (addresses: see lanes.ts) ─────────────────────────────────────────────────────────

const SPLIT = memory.data<f64>([134217729]); // 2^27 + 1, Veltkamp's splitting constant
const INV_L = memory.data<f64>([92.33248261689366]); // 64/ln 2
/** ln2/64 = L1 + L2, L1 a multiple of 2^−40 so that k·L1 is exact (as src/special/expParts.ts). */
const L1 = memory.data<f64>([0.010830424695996044]);
const L2 = memory.data<f64>([2.5310172166650877e-13]);
/** 1.5·2^52 + 64·1023: z + ROUND64 rounds z to an integer k = 64m + j and leaves 64(m + 1023) + j in the low bits. */
const ROUND64 = memory.data<f64>([6755399441055744.0 + 65472]);
const FOUR = memory.data<f64>([4]);
const SIX = memory.data<f64>([6]);
const THREE = memory.data<f64>([3]);
const MINUS_THREE = memory.data<f64>([-3]);
const MINUS_ZERO = memory.data<f64>([-0.0]);
/** |argument of e^| ≤ 700: 2^m stays a normal float64, and so does every pair built on it. */
const EXP_LIMIT = memory.data<f64>([700]);
const HALF_EXP_LIMIT = memory.data<f64>([350]);
/** Swish's t = e^(−βx) may be large: 1 + t, and (1 + t)² backward, must stay below 2^996/2^27 for Veltkamp's split. */
const SWISH_LIMIT = memory.data<f64>([680]);
const SWISH_GRAD_LIMIT = memory.data<f64>([340]);
/** ELU: e^x·α stays a normal float64 for x ≥ −600 and α ≥ 10^−20 (the caller keeps α within 10^±20). */
const ELU_LIMIT = memory.data<f64>([-600]);
/** Beyond ±1e290, Veltkamp's split of x would overflow: the scalar functions take those x. */
const BIG = memory.data<f64>([1e290]);
const TANH_SMALL = memory.data<f64>([0.00390625]); // 2^−8, where tanh takes its Taylor polynomial
const TANH_C3 = memory.data<f64>([-1.0 / 3]);
const TANH_C5 = memory.data<f64>([2.0 / 15]);
const TANH_C7 = memory.data<f64>([-17.0 / 315]);
/** 2^−60: below it in size, the next term of a series falls below the last digit (ELU's α·x, GELU's x/2 and 1/2, Hard-Swish's x/2). */
const TINY = memory.data<f64>([8.673617379884035e-19]);
/** swish′'s zero βx = w₀ (src/scalar/swish.ts) and the half-width of the window left to the scalar there. */
const SWISH_GRAD_ZERO = memory.data<f64>([-1.2784645427610737]);
const SWISH_GRAD_WINDOW = memory.data<f64>([0.015625]);
const SIGN = memory.data<f64>([-0.0]); // the sign bit alone

// ─── error-free transformations (Knuth, Dekker), lane-wise ───────────────────────────────────────

/** The rounding error of s = a + b (TwoSum, any a and b): a + b = s + twoSumLo(a, b, s) exactly. */
// @ts-ignore: decorator
@inline function twoSumLo(a: v128, b: v128, s: v128): v128 {
  const bb = f64x2.sub(s, a);
  return f64x2.add(f64x2.sub(a, f64x2.sub(s, bb)), f64x2.sub(b, bb));
}

/** The rounding error of s = a + b for |a| ≥ |b| (or a = 0): FastTwoSum. */
// @ts-ignore: decorator
@inline function fastTwoSumLo(a: v128, b: v128, s: v128): v128 {
  return f64x2.sub(b, f64x2.sub(s, a));
}

/** The high half of Veltkamp's split: 26 bits, so that products of halves are exact. */
// @ts-ignore: decorator
@inline function splitHi(a: v128): v128 {
  const t = f64x2.mul(lanes(SPLIT), a);
  return f64x2.sub(t, f64x2.sub(t, a));
}

/**
 * The rounding error of p = a·b, exactly, for |a|, |b| < 2^996 and a product that neither
 * overflows nor falls below 2^−969: a·b − p in one fused multiply-add in the relaxed build (the
 * caller runs it only where exactProducts says it fuses), else Dekker's TwoProduct.
 */
// @ts-ignore: decorator
@inline function twoProdLo(a: v128, b: v128, p: v128): v128 {
  if (ASC_FEATURE_RELAXED_SIMD) return f64x2.relaxed_madd(a, b, f64x2.neg(p));
  const ah = splitHi(a);
  const al = f64x2.sub(a, ah);
  const bh = splitHi(b);
  const bl = f64x2.sub(b, bh);
  const e = f64x2.add(f64x2.add(f64x2.sub(f64x2.mul(ah, bh), p), f64x2.mul(ah, bl)), f64x2.mul(al, bh));
  return f64x2.add(e, f64x2.mul(al, bl));
}

/**
 * (nh + nl)/(dh + dl) rounded once: q = nh·(1/dh), then the exact residual nh − q·dh corrects it.
 * The inputs must be normal numbers away from overflow, as the domains below keep them.
 */
// @ts-ignore: decorator
@inline function pairQuotient(nh: v128, nl: v128, dh: v128, dl: v128): v128 {
  const inverse = f64x2.div(lanes(ONE), dh);
  const q = f64x2.mul(nh, inverse);
  const p = f64x2.mul(q, dh);
  const r = f64x2.sub(f64x2.add(f64x2.sub(f64x2.sub(nh, p), twoProdLo(q, dh, p)), nl), f64x2.mul(q, dl));
  return f64x2.add(q, f64x2.mul(r, inverse));
}

const PRODUCT_FACTOR = memory.data<f64>([1 + 2.0 ** -30]);
const PRODUCT_OTHER = memory.data<f64>([1 - 2.0 ** -30]);

/**
 * 1 where twoProdLo is exact here: always in the SIMD build; in the relaxed build where the engine
 * fuses relaxed_madd (it may not, on a CPU without fused multiply-add), which a product whose
 * rounding error is −2^−60 shows. Its inputs come from memory, so the compiler cannot fold it.
 */
export function exactProducts(): i32 {
  const a = lanes(PRODUCT_FACTOR);
  const b = lanes(PRODUCT_OTHER);
  return f64x2.extract_lane(twoProdLo(a, b, f64x2.mul(a, b)), 0) == -(2.0 ** -60) ? 1 : 0;
}

// ─── e^y as a pair ───────────────────────────────────────────────────────────────────────────────

// e^(yh + yl) as in src/special/expParts.ts: y = (64m + j)·ln2/64 + r with |r| ≤ ln2/128, e^y =
// 2^m·2^(j/64)·e^r, each lane's 2^(j/64) from the table (as hi, lo), e^r = 1 + r + r²·(1/2 + … +
// r⁵/5040) with r carried as a pair; 2^m is built in the exponent bits, so |y| ≤ 700. The result
// is the pair expPair(y) + expLo, normalised, within ±2^−62 relative of e^y: expLo is left in this
// global (an inline function returns one value).
let expLo: v128 = f64x2.splat(0);

/** The table's entry at 16·j + offset for each lane's j, the low 6 bits of kb's lanes. */
// @ts-ignore: decorator
@inline function tableLanes(kb: v128, offset: usize): v128 {
  const at0 = EXP_TABLE + offset + (<usize>(<i32>i64x2.extract_lane(kb, 0) & 63) << 4);
  const at1 = EXP_TABLE + offset + (<usize>(<i32>i64x2.extract_lane(kb, 1) & 63) << 4);
  return v128.load64_lane(at1, v128.load64_zero(at0), 1);
}

/** The high part of e^(yh + yl), with expLo set; |yh| ≤ 700 (and |yl| ≤ ulp(yh)). */
// @ts-ignore: decorator
@inline function expPair(yh: v128, yl: v128): v128 {
  const kb = f64x2.add(f64x2.mul(yh, lanes(INV_L)), lanes(ROUND64));
  const k = f64x2.sub(kb, lanes(ROUND64));
  const a = f64x2.sub(yh, f64x2.mul(k, lanes(L1))); // exact: k·L1 is, and it is near yh
  const b = f64x2.sub(yl, f64x2.mul(k, lanes(L2)));
  const rh = f64x2.add(a, b);
  const rl = twoSumLo(a, b, rh);
  // e^(rh + rl) − 1 = rh + tail, tail = rl + rh·rl + rh²·poly(rh), the rest below 2^−70
  // 1/2 + r/6 + … + r⁵/5040 in Estrin's form: a short chain of dependent operations
  const r2 = f64x2.mul(rh, rh);
  const p23 = f64x2.add(lanes(inverseFactorial(2)), f64x2.mul(rh, lanes(inverseFactorial(3))));
  const p45 = f64x2.add(lanes(inverseFactorial(4)), f64x2.mul(rh, lanes(inverseFactorial(5))));
  const p67 = f64x2.add(lanes(inverseFactorial(6)), f64x2.mul(rh, lanes(inverseFactorial(7))));
  const poly = f64x2.add(p23, f64x2.mul(r2, f64x2.add(p45, f64x2.mul(r2, p67))));
  const tail = f64x2.add(f64x2.add(rl, f64x2.mul(rh, rl)), f64x2.mul(r2, poly));
  const th = tableLanes(kb, 0);
  const tl = tableLanes(kb, 8);
  // 2^(j/64)·(1 + rh + tail) = th + th·rh + (th·tail + tl·(1 + rh + tail)), as one pair
  const p = f64x2.mul(th, rh);
  const q = f64x2.add(th, p);
  const lo = f64x2.add(
    f64x2.add(f64x2.add(fastTwoSumLo(th, p, q), twoProdLo(th, rh, p)), f64x2.mul(th, tail)),
    f64x2.mul(tl, f64x2.add(lanes(ONE), f64x2.add(rh, tail))),
  );
  const hi = f64x2.add(q, lo);
  // kb's low bits are 64(m + 1023) + j: shifted right by 6 they end in m + 1023, 2^m's exponent
  const scale = i64x2.shl(i64x2.shr_u(kb, 6), 52);
  expLo = f64x2.mul(fastTwoSumLo(q, lo, hi), scale);
  return f64x2.mul(hi, scale);
}

// ─── the loops ───────────────────────────────────────────────────────────────────────────────────

// An activation is a class whose methods map two float64 lanes, with the parameter in both lanes
// of p: f (the function) and inside (all ones in the lanes whose x it computes within 1 ULP), and
// for the backward pass dx, the result dy·f′(x), and insideBackward. The loops take it as a type
// argument and call its methods on a null instance (as in kernels.ts).

/** Records the lanes of the pair at byte offset `at` where `outside` is set; the new count. */
// @ts-ignore: decorator
@inline function flag(outside: v128, at: usize, count: i32): i32 {
  const index = <i32>(at >> 3);
  if (i64x2.extract_lane(outside, 0) != 0) {
    store<i32>(FLAGGED64 + (<usize>count << 2), index);
    count++;
  }
  if (i64x2.extract_lane(outside, 1) != 0) {
    store<i32>(FLAGGED64 + (<usize>count << 2), index + 1);
    count++;
  }
  return count;
}

// @ts-ignore: decorator
@inline function forward64<F>(n: i32, param: f64): i32 {
  const f = changetype<F>(0);
  const p = f64x2.splat(param);
  let count = 0;
  for (let at: usize = 0; at < <usize>n << 3; at += 16) {
    const x = v128.load(X64 + at);
    // @ts-ignore: F's methods are resolved for each activation
    v128.store(OUT64 + at, f.f(x, p));
    // @ts-ignore: F's methods are resolved for each activation
    const outside = v128.not(f.inside(x, p));
    if (v128.any_true(outside)) count = flag(outside, at, count);
  }
  return count;
}

// @ts-ignore: decorator
@inline function backward64<F>(n: i32, param: f64): i32 {
  const f = changetype<F>(0);
  const p = f64x2.splat(param);
  let count = 0;
  for (let at: usize = 0; at < <usize>n << 3; at += 16) {
    const x = v128.load(X64 + at);
    // @ts-ignore: F's methods are resolved for each activation
    v128.store(OUT64 + at, f.dx(x, v128.load(DY64 + at), p));
    // @ts-ignore: F's methods are resolved for each activation
    const outside = v128.not(f.insideBackward(x, p));
    if (v128.any_true(outside)) count = flag(outside, at, count);
  }
  return count;
}

/** All ones in the lanes where |x| ≤ the constant at `limit` (never for NaN). */
// @ts-ignore: decorator
@inline function within(x: v128, limit: usize): v128 {
  return f64x2.le(f64x2.abs(x), lanes(limit));
}

/** All ones: every lane computed, none left to the scalar functions. */
// @ts-ignore: decorator
@inline function everyLane(): v128 {
  return i64x2.splat(-1);
}

// ─── the activations ─────────────────────────────────────────────────────────────────────────────

/** ReLU: max(x, 0) as Math.max (+0 for −0, NaN for NaN); dy·relu′, relu′ = 1, 0 or NaN by the sign. */
@final @unmanaged class Relu {
  // @ts-ignore: decorator
  @inline f(x: v128, _: v128): v128 {
    return f64x2.max(x, lanes(ZERO));
  }
  // @ts-ignore: decorator
  @inline inside(_: v128, __: v128): v128 {
    return everyLane();
  }
  // @ts-ignore: decorator
  @inline dx(x: v128, dy: v128, _: v128): v128 {
    const slope = select(lanes(ONE), lanes(ZERO), f64x2.gt(x, lanes(ZERO)));
    return f64x2.mul(dy, v128.or(slope, f64x2.ne(x, x)));
  }
  // @ts-ignore: decorator
  @inline insideBackward(_: v128, __: v128): v128 {
    return everyLane();
  }
}
export function reluForward64(n: i32, param: f64): i32 {
  return forward64<Relu>(n, param);
}
export function reluBackward64(n: i32, param: f64): i32 {
  return backward64<Relu>(n, param);
}

/** Leaky ReLU and PReLU (α ≠ 0, which the caller keeps): x or α·x, one rounding; the slope 1, α or NaN. */
@final @unmanaged class LeakyRelu {
  // @ts-ignore: decorator
  @inline f(x: v128, alpha: v128): v128 {
    return select(x, f64x2.mul(alpha, x), f64x2.gt(x, lanes(ZERO)));
  }
  // @ts-ignore: decorator
  @inline inside(_: v128, __: v128): v128 {
    return everyLane();
  }
  // @ts-ignore: decorator
  @inline dx(x: v128, dy: v128, alpha: v128): v128 {
    const slope = select(lanes(ONE), alpha, f64x2.gt(x, lanes(ZERO)));
    return f64x2.mul(dy, v128.or(slope, f64x2.ne(x, x)));
  }
  // @ts-ignore: decorator
  @inline insideBackward(_: v128, __: v128): v128 {
    return everyLane();
  }
}
export function leakyReluForward64(n: i32, param: f64): i32 {
  return forward64<LeakyRelu>(n, param);
}
export function leakyReluBackward64(n: i32, param: f64): i32 {
  return backward64<LeakyRelu>(n, param);
}

/**
 * The pair (1 + t)² and t for t = e^(−a), a ≥ 0: σ′(a) = t/(1 + t)², as src/scalar/logisticParts.ts.
 * Shared by sigmoid′ (a = |x|) and tanh′ (a = 2|x|, times 4).
 */
// @ts-ignore: decorator
@inline function logisticGrad(a: v128): v128 {
  const th = expPair(f64x2.neg(a), lanes(ZERO));
  const tl = expLo;
  const s = f64x2.add(lanes(ONE), th);
  const sl = f64x2.add(fastTwoSumLo(lanes(ONE), th, s), tl);
  const d = f64x2.mul(s, s);
  const dl = f64x2.add(twoProdLo(s, s, d), f64x2.mul(f64x2.add(s, s), sl));
  return pairQuotient(th, tl, d, dl);
}

/**
 * σ(x) = 1/(1 + t) for x ≥ 0 and t/(1 + t) for x < 0, t = e^(−|x|), 1 + t as a pair and one
 * corrected quotient; σ′ = t/(1 + t)². Lanes with |x| > 700 (σ′ and σ for x < −700 are below
 * 10^−304, σ is 1 above) and NaN go to the scalar functions.
 */
@final @unmanaged class Sigmoid {
  // @ts-ignore: decorator
  @inline f(x: v128, _: v128): v128 {
    const th = expPair(f64x2.neg(f64x2.abs(x)), lanes(ZERO));
    const tl = expLo;
    const s = f64x2.add(lanes(ONE), th);
    const sl = f64x2.add(fastTwoSumLo(lanes(ONE), th, s), tl);
    const negative = f64x2.lt(x, lanes(ZERO));
    return pairQuotient(select(th, lanes(ONE), negative), v128.and(tl, negative), s, sl);
  }
  // @ts-ignore: decorator
  @inline inside(x: v128, _: v128): v128 {
    return within(x, EXP_LIMIT);
  }
  // @ts-ignore: decorator
  @inline dx(x: v128, dy: v128, _: v128): v128 {
    return f64x2.mul(dy, logisticGrad(f64x2.abs(x)));
  }
  // @ts-ignore: decorator
  @inline insideBackward(x: v128, _: v128): v128 {
    return within(x, EXP_LIMIT);
  }
}
export function sigmoidForward64(n: i32, param: f64): i32 {
  return forward64<Sigmoid>(n, param);
}
export function sigmoidBackward64(n: i32, param: f64): i32 {
  return backward64<Sigmoid>(n, param);
}

/** Softplus′ = σ: dy·σ(x) from Sigmoid's f. */
@final @unmanaged class SoftplusGrad {
  // @ts-ignore: decorator
  @inline dx(x: v128, dy: v128, p: v128): v128 {
    return f64x2.mul(dy, changetype<Sigmoid>(0).f(x, p));
  }
  // @ts-ignore: decorator
  @inline insideBackward(x: v128, _: v128): v128 {
    return within(x, EXP_LIMIT);
  }
}
export function softplusBackward64(n: i32, param: f64): i32 {
  return backward64<SoftplusGrad>(n, param);
}

/**
 * tanh as src/scalar/tanh.ts: for |x| < 2^−8 its Taylor polynomial, else (1 − t)/(1 + t) with
 * t = e^(−2|x|), numerator and denominator as pairs, one corrected quotient, the sign of x; ±0
 * kept. tanh′ = 4t/(1 + t)². Lanes with |x| > 350 and NaN go to the scalar functions.
 */
@final @unmanaged class Tanh {
  // @ts-ignore: decorator
  @inline f(x: v128, _: v128): v128 {
    const a = f64x2.abs(x);
    const th = expPair(f64x2.mul(lanes(MINUS_TWO), a), lanes(ZERO));
    const tl = expLo;
    const n = f64x2.sub(lanes(ONE), th);
    const nl = f64x2.sub(fastTwoSumLo(lanes(ONE), f64x2.neg(th), n), tl);
    const d = f64x2.add(lanes(ONE), th);
    const dl = f64x2.add(fastTwoSumLo(lanes(ONE), th, d), tl);
    const large = v128.or(pairQuotient(n, nl, d, dl), v128.and(x, lanes(SIGN)));
    const x2 = f64x2.mul(x, x);
    const series = f64x2.mul(
      x2,
      f64x2.add(lanes(TANH_C3), f64x2.mul(x2, f64x2.add(lanes(TANH_C5), f64x2.mul(x2, lanes(TANH_C7))))),
    );
    const small = select(x, f64x2.add(x, f64x2.mul(x, series)), f64x2.eq(x, lanes(ZERO)));
    return select(small, large, f64x2.lt(a, lanes(TANH_SMALL)));
  }
  // @ts-ignore: decorator
  @inline inside(x: v128, _: v128): v128 {
    return within(x, HALF_EXP_LIMIT);
  }
  // @ts-ignore: decorator
  @inline dx(x: v128, dy: v128, _: v128): v128 {
    const a = f64x2.abs(x);
    return f64x2.mul(dy, f64x2.mul(lanes(FOUR), logisticGrad(f64x2.add(a, a))));
  }
  // @ts-ignore: decorator
  @inline insideBackward(x: v128, _: v128): v128 {
    return within(x, HALF_EXP_LIMIT);
  }
}
export function tanhForward64(n: i32, param: f64): i32 {
  return forward64<Tanh>(n, param);
}
export function tanhBackward64(n: i32, param: f64): i32 {
  return backward64<Tanh>(n, param);
}

/** ELU's e^x − 1 takes its Taylor series below 2^−8 in size, where e^x − 1 would cancel. */
const EXPM1_SMALL = memory.data<f64>([0.00390625]);
const MINUS_ONE = memory.data<f64>([-1]);

/**
 * ELU, α·(e^x − 1) for x ≤ 0: e^x as a pair minus 1 (exact from e^x ≥ 1/2, its rounding error kept
 * below), or for |x| < 2^−8 the series x + x²·(1/2 + x/6 + … + x⁵/5040), then times α as a pair
 * and rounded once; α·x for |x| < 2^−60 (−0 kept), x for x > 0. ELU′ = α·e^x for x ≤ 0 as one
 * pair, rounded once (as src/scalar/elu.ts's eluGrad), then times dy; dy for x > 0. The caller
 * keeps α within [10^−20, 10^20]; lanes below −600 and NaN go to the scalar functions.
 */
@final @unmanaged class Elu {
  // @ts-ignore: decorator
  @inline f(x: v128, alpha: v128): v128 {
    const e = expPair(f64x2.min(x, lanes(ZERO)), lanes(ZERO));
    const m = f64x2.add(e, lanes(MINUS_ONE));
    const ml = f64x2.add(fastTwoSumLo(lanes(MINUS_ONE), e, m), expLo);
    const x2 = f64x2.mul(x, x);
    const c67 = f64x2.add(lanes(inverseFactorial(6)), f64x2.mul(x, lanes(inverseFactorial(7))));
    const c45 = f64x2.add(lanes(inverseFactorial(4)), f64x2.mul(x, lanes(inverseFactorial(5))));
    const c23 = f64x2.add(lanes(inverseFactorial(2)), f64x2.mul(x, lanes(inverseFactorial(3))));
    const series = f64x2.mul(x2, f64x2.add(c23, f64x2.mul(x2, f64x2.add(c45, f64x2.mul(x2, c67)))));
    const small = within(x, EXPM1_SMALL);
    const h = select(x, m, small);
    const l = select(series, ml, small);
    const p = f64x2.mul(alpha, h);
    const r = f64x2.add(p, f64x2.add(twoProdLo(alpha, h, p), f64x2.mul(alpha, l)));
    const negative = select(f64x2.mul(alpha, x), r, within(x, TINY));
    return select(x, negative, f64x2.gt(x, lanes(ZERO)));
  }
  // @ts-ignore: decorator
  @inline inside(x: v128, _: v128): v128 {
    return f64x2.ge(x, lanes(ELU_LIMIT));
  }
  // @ts-ignore: decorator
  @inline dx(x: v128, dy: v128, alpha: v128): v128 {
    const t = expPair(f64x2.min(x, lanes(ZERO)), lanes(ZERO));
    const ph = f64x2.mul(alpha, t);
    const g = f64x2.add(ph, f64x2.add(twoProdLo(alpha, t, ph), f64x2.mul(alpha, expLo)));
    return f64x2.mul(dy, select(lanes(ONE), g, f64x2.gt(x, lanes(ZERO))));
  }
  // @ts-ignore: decorator
  @inline insideBackward(x: v128, _: v128): v128 {
    return f64x2.ge(x, lanes(ELU_LIMIT));
  }
}
export function eluForward64(n: i32, param: f64): i32 {
  return forward64<Elu>(n, param);
}
export function eluBackward64(n: i32, param: f64): i32 {
  return backward64<Elu>(n, param);
}

/**
 * x·σ(w) = x/(1 + t), t = e^(−w), for w as the pair wh + wl: 1 + t as a pair and one corrected
 * quotient, ±0 kept (Swish, tanh-GELU). |wh| ≤ 680: 1 + t stays within Veltkamp's reach.
 */
// @ts-ignore: decorator
@inline function timesLogistic(x: v128, wh: v128, wl: v128): v128 {
  const th = expPair(f64x2.neg(wh), f64x2.neg(wl));
  const tl = expLo;
  const s = f64x2.add(lanes(ONE), th);
  const sl = f64x2.add(twoSumLo(lanes(ONE), th, s), tl);
  return select(x, pairQuotient(x, lanes(ZERO), s, sl), f64x2.eq(x, lanes(ZERO)));
}

/**
 * σ(w) + m·σ′(w) = (1 + t + m·t)/(1 + t)², t = e^(−w), for w = wh + wl and m = mh + ml as pairs:
 * numerator and denominator as pairs, one corrected quotient (Swish′ with m = w = βx, tanh-GELU′).
 * The numerator cancels near the derivative's zero, which the caller leaves to the scalar
 * function; |wh| ≤ 340, so that (1 + t)² stays within Veltkamp's reach.
 */
// @ts-ignore: decorator
@inline function logisticSlope(wh: v128, wl: v128, mh: v128, ml: v128): v128 {
  const th = expPair(f64x2.neg(wh), f64x2.neg(wl));
  const tl = expLo;
  // 1 + t = s + sl, (1 + t)² = d + dl
  const s = f64x2.add(lanes(ONE), th);
  const sl = f64x2.add(twoSumLo(lanes(ONE), th, s), tl);
  const d = f64x2.mul(s, s);
  const dl = f64x2.add(twoProdLo(s, s, d), f64x2.mul(f64x2.add(s, s), sl));
  // m·t = mt + mtl, then 1 + t + m·t = n + nl
  const mt = f64x2.mul(mh, th);
  const mtl = f64x2.add(twoProdLo(mh, th, mt), f64x2.add(f64x2.mul(mh, tl), f64x2.mul(ml, th)));
  const n = f64x2.add(s, mt);
  const nl = f64x2.add(f64x2.add(twoSumLo(s, mt, n), sl), mtl);
  return pairQuotient(n, nl, d, dl);
}

/** The lanes where |βx| ≤ the constant at `limit` and |x| ≤ 10^290 (not NaN). */
// @ts-ignore: decorator
@inline function swishArgumentInside(x: v128, zh: v128, limit: usize): v128 {
  return v128.and(within(zh, limit), within(x, BIG));
}

/**
 * Swish, x·σ(βx) = x/(1 + t) with t = e^(−z), z = βx as an exact pair, 1 + t as a pair and one
 * corrected quotient; ±0 kept. Swish′ = (1 + t + z·t)/(1 + t)², numerator and denominator as
 * pairs; near its zero z = w₀ the numerator cancels past what the pairs carry, so a window of
 * ±1/64 around w₀ goes to the scalar function (its series about w₀), as do |z| > 680 (340
 * backward), |x| > 10^290 and NaN. The caller keeps |β| ≤ 10^290.
 */
@final @unmanaged class Swish {
  // @ts-ignore: decorator
  @inline f(x: v128, beta: v128): v128 {
    const zh = f64x2.mul(beta, x);
    return timesLogistic(x, zh, twoProdLo(beta, x, zh));
  }
  // @ts-ignore: decorator
  @inline inside(x: v128, beta: v128): v128 {
    return swishArgumentInside(x, f64x2.mul(beta, x), SWISH_LIMIT);
  }
  // @ts-ignore: decorator
  @inline dx(x: v128, dy: v128, beta: v128): v128 {
    const zh = f64x2.mul(beta, x);
    const zl = twoProdLo(beta, x, zh);
    return f64x2.mul(dy, logisticSlope(zh, zl, zh, zl));
  }
  // @ts-ignore: decorator
  @inline insideBackward(x: v128, beta: v128): v128 {
    const zh = f64x2.mul(beta, x);
    const nearZero = within(f64x2.sub(zh, lanes(SWISH_GRAD_ZERO)), SWISH_GRAD_WINDOW);
    return v128.andnot(swishArgumentInside(x, zh, SWISH_GRAD_LIMIT), nearZero);
  }
}
export function swishForward64(n: i32, param: f64): i32 {
  return forward64<Swish>(n, param);
}
export function swishBackward64(n: i32, param: f64): i32 {
  return backward64<Swish>(n, param);
}

// √(2/π), 0.044715 and 3·0.044715 as pairs, as src/scalar/geluTanh.ts has them
const GELU_K = memory.data<f64>([0.7978845608028654]);
const GELU_K_LO = memory.data<f64>([-4.98465440455546e-17]);
const GELU_C = memory.data<f64>([0.044715]);
const GELU_C_LO = memory.data<f64>([2.1960211427085595e-18]);
const GELU_3C = memory.data<f64>([0.134145]);
const GELU_3C_LO = memory.data<f64>([1.3526957332032908e-17]);
/** tanh-GELU′'s zero x₀ (src/scalar/geluTanh.ts) and the half-width of its series' window, left to the scalar. */
const GELU_TANH_GRAD_ZERO = memory.data<f64>([-0.7524614220710163]);
const GELU_TANH_GRAD_WINDOW = memory.data<f64>([0.1]);
/** |x| ≤ 20 forward (w ≤ 603), 16 backward (w ≤ 318), and |x| ≥ 10^−300 or 0 (x/2 below, as the scalar). */
const GELU_TANH_LIMIT = memory.data<f64>([20]);
const GELU_TANH_GRAD_LIMIT = memory.data<f64>([16]);
const GELU_TANH_TINY = memory.data<f64>([1e-300]);

/** The low part of geluTanhArgument's pair. */
let argumentLo: v128 = f64x2.splat(0);

/** w = 2u = 2·√(2/π)·(x + 0.044715x³) as the pair (result, argumentLo), as the scalar's argument(). */
// @ts-ignore: decorator
@inline function geluTanhArgument(x: v128): v128 {
  const x2 = f64x2.mul(x, x);
  const x2l = twoProdLo(x, x, x2);
  const x3 = f64x2.mul(x2, x);
  const x3l = f64x2.add(twoProdLo(x2, x, x3), f64x2.mul(x2l, x));
  const cx3 = f64x2.mul(lanes(GELU_C), x3);
  const cl = f64x2.add(f64x2.add(twoProdLo(lanes(GELU_C), x3, cx3), f64x2.mul(lanes(GELU_C), x3l)), f64x2.mul(lanes(GELU_C_LO), x3));
  const a = f64x2.add(x, cx3);
  const al = f64x2.add(twoSumLo(x, cx3, a), cl);
  const w = f64x2.mul(lanes(GELU_K), a);
  const wl = f64x2.add(f64x2.add(twoProdLo(lanes(GELU_K), a, w), f64x2.mul(lanes(GELU_K), al)), f64x2.mul(lanes(GELU_K_LO), a));
  argumentLo = f64x2.add(wl, wl);
  return f64x2.add(w, w);
}

/** The lanes where |x| ≤ the constant at `limit` and x is 0 or at least 10^−300 in size. */
// @ts-ignore: decorator
@inline function geluTanhInside(x: v128, limit: usize): v128 {
  const tiny = v128.andnot(f64x2.lt(f64x2.abs(x), lanes(GELU_TANH_TINY)), f64x2.eq(x, lanes(ZERO)));
  return v128.andnot(within(x, limit), tiny);
}

/**
 * tanh-GELU as src/scalar/geluTanh.ts: x·σ(w) with w = 2·√(2/π)·(x + 0.044715x³) as a pair (the
 * constants too), then as Swish. Its derivative σ(w) + m·σ′(w), m = 2x·√(2/π)·(1 + 3·0.044715x²)
 * as a pair; the window |x − x₀| ≤ 0.1 around its zero takes the scalar's series, as do |x| > 20
 * (16 backward), 0 < |x| < 10^−300 and NaN.
 */
@final @unmanaged class GeluTanh {
  // @ts-ignore: decorator
  @inline f(x: v128, _: v128): v128 {
    const wh = geluTanhArgument(x);
    return timesLogistic(x, wh, argumentLo);
  }
  // @ts-ignore: decorator
  @inline inside(x: v128, _: v128): v128 {
    return geluTanhInside(x, GELU_TANH_LIMIT);
  }
  // @ts-ignore: decorator
  @inline dx(x: v128, dy: v128, _: v128): v128 {
    const wh = geluTanhArgument(x);
    const wl = argumentLo;
    // 1 + 3·0.044715x² = o + ol
    const x2 = f64x2.mul(x, x);
    const x2l = twoProdLo(x, x, x2);
    const q = f64x2.mul(lanes(GELU_3C), x2);
    const ql = f64x2.add(f64x2.add(twoProdLo(lanes(GELU_3C), x2, q), f64x2.mul(lanes(GELU_3C), x2l)), f64x2.mul(lanes(GELU_3C_LO), x2));
    const o = f64x2.add(lanes(ONE), q);
    const ol = f64x2.add(twoSumLo(lanes(ONE), q, o), ql);
    // 2x·√(2/π) = k + kl, then m = k·o = mh + ml
    const x2x = f64x2.add(x, x);
    const k = f64x2.mul(x2x, lanes(GELU_K));
    const kl = f64x2.add(twoProdLo(x2x, lanes(GELU_K), k), f64x2.mul(x2x, lanes(GELU_K_LO)));
    const mh = f64x2.mul(k, o);
    const ml = f64x2.add(twoProdLo(k, o, mh), f64x2.add(f64x2.mul(k, ol), f64x2.mul(kl, o)));
    return f64x2.mul(dy, logisticSlope(wh, wl, mh, ml));
  }
  // @ts-ignore: decorator
  @inline insideBackward(x: v128, _: v128): v128 {
    const nearZero = within(f64x2.sub(x, lanes(GELU_TANH_GRAD_ZERO)), GELU_TANH_GRAD_WINDOW);
    return v128.andnot(geluTanhInside(x, GELU_TANH_GRAD_LIMIT), nearZero);
  }
}
export function geluTanhForward64(n: i32, param: f64): i32 {
  return forward64<GeluTanh>(n, param);
}
export function geluTanhBackward64(n: i32, param: f64): i32 {
  return backward64<GeluTanh>(n, param);
}

// ─── GELU, from the Mills ratio ──────────────────────────────────────────────────────────────────

/** Below 16, where the Mills-ratio fit ends (its last interval is [15.75, 16)). */
const MILLS_END = memory.data<f64>([15.999999999999998]);
const QUARTER = memory.data<f64>([0.25]);
/** 1/√(2π) as a pair (src/scalar/gelu.ts). */
const INV_SQRT_2PI = memory.data<f64>([0.3989422804014327]);
const INV_SQRT_2PI_LO = memory.data<f64>([-2.49232720227773e-17]);
/**
 * gelu′'s zero x₀ (src/scalar/gelu.ts's root series) and the half-width of the window left to the
 * scalar there: at its edges M − b magnifies M's relative error (within 2^−58.8 on [0.5, 1], the
 * fit measured against mpmath) about 17-fold, to 2^−54.7.
 */
const GELU_GRAD_ZERO = memory.data<f64>([-0.7517915246935645]);
const GELU_GRAD_WINDOW = memory.data<f64>([0.03125]);

/** The low parts of millsRatio64's and normalPdf64's pairs. */
let millsLo: v128 = f64x2.splat(0);
let pdfLo: v128 = f64x2.splat(0);

/** The coefficient at `index` (0 = u¹⁰) of each lane's interval, lane 0's from row0 and lane 1's from row1. */
// @ts-ignore: decorator
@inline function rowLanes(row0: usize, row1: usize, index: i32): v128 {
  const at = <usize>index << 3;
  return v128.load64_lane(row1 + at, v128.load64_zero(row0 + at), 1);
}

/**
 * The Mills ratio M(b) = Φ(−b)/φ(b), 0 ≤ b < 16, as the pair (result, millsLo): on the fit's
 * interval j = ⌊4b⌋, u = b − (j + 1/2)/4 (exact but for b < 1/16, whose rounding error ul is
 * carried), M = c₀ + u·(c₁ + u·S(u)) with c₀ and c₁ as pairs (MILLS_LOW) and every step past S's
 * Estrin form kept as a pair: the fit's 7e−18 and S's roundings, shrunk by u² ≤ 1/64, are what is left.
 */
// @ts-ignore: decorator
@inline function millsRatio64(b: v128): v128 {
  const j = i32x4.trunc_sat_f64x2_s_zero(f64x2.mul(b, lanes(FOUR)));
  const middle = f64x2.mul(f64x2.add(f64x2.convert_low_i32x4_s(j), lanes(HALF)), lanes(QUARTER));
  const u = f64x2.sub(b, middle);
  const ul = twoSumLo(b, f64x2.neg(middle), u);
  const j0 = <usize>i32x4.extract_lane(j, 0);
  const j1 = <usize>i32x4.extract_lane(j, 1);
  const row0 = MILLS_RATIO + j0 * <usize>(MILLS_TERMS << 3);
  const row1 = MILLS_RATIO + j1 * <usize>(MILLS_TERMS << 3);
  // S(u) = c₂ + c₃u + … + c₁₀u⁸ in Estrin's form (the row is highest degree first)
  const u2 = f64x2.mul(u, u);
  const u4 = f64x2.mul(u2, u2);
  const s23 = f64x2.add(rowLanes(row0, row1, 8), f64x2.mul(u, rowLanes(row0, row1, 7)));
  const s45 = f64x2.add(rowLanes(row0, row1, 6), f64x2.mul(u, rowLanes(row0, row1, 5)));
  const s67 = f64x2.add(rowLanes(row0, row1, 4), f64x2.mul(u, rowLanes(row0, row1, 3)));
  const s89 = f64x2.add(rowLanes(row0, row1, 2), f64x2.mul(u, rowLanes(row0, row1, 1)));
  const high = f64x2.add(s67, f64x2.mul(u2, f64x2.add(s89, f64x2.mul(u2, rowLanes(row0, row1, 0)))));
  const s = f64x2.add(f64x2.add(s23, f64x2.mul(u2, s45)), f64x2.mul(u4, high));
  // v = c₁ + u·S as a pair
  const low0 = MILLS_LOW + (j0 << 4);
  const low1 = MILLS_LOW + (j1 << 4);
  const c1 = rowLanes(row0, row1, 9);
  const w = f64x2.mul(u, s);
  const v = f64x2.add(c1, w);
  const vl = f64x2.add(twoSumLo(c1, w, v), rowLanes(low0, low1, 0));
  // M = c₀ + u·v as a pair
  const c0 = rowLanes(row0, row1, 10);
  const p = f64x2.mul(u, v);
  const pl = f64x2.add(twoProdLo(u, v, p), f64x2.add(f64x2.mul(u, vl), f64x2.mul(ul, v)));
  const m = f64x2.add(c0, p);
  millsLo = f64x2.add(f64x2.add(fastTwoSumLo(c0, p, m), pl), rowLanes(low0, low1, 1));
  return m;
}

/** φ(b) = e^(−b²/2)/√(2π) as the pair (result, pdfLo), b² as a pair; 2^−60 ≤ b < 16. */
// @ts-ignore: decorator
@inline function normalPdf64(b: v128): v128 {
  const b2 = f64x2.mul(b, b);
  const b2l = twoProdLo(b, b, b2);
  const e = expPair(f64x2.mul(b2, lanes(MINUS_HALF)), f64x2.mul(b2l, lanes(MINUS_HALF)));
  const p = f64x2.mul(e, lanes(INV_SQRT_2PI));
  pdfLo = f64x2.add(
    twoProdLo(e, lanes(INV_SQRT_2PI), p),
    f64x2.add(f64x2.mul(e, lanes(INV_SQRT_2PI_LO)), f64x2.mul(expLo, lanes(INV_SQRT_2PI))),
  );
  return p;
}

/** b = min(|x|, MILLS_END): NaN for NaN, whose lanes the scalar takes. */
// @ts-ignore: decorator
@inline function millsArgument(x: v128): v128 {
  return f64x2.min(f64x2.abs(x), lanes(MILLS_END));
}

/**
 * GELU, x·Φ(x), from the Mills ratio: with b = |x|, q = Φ(−b) = M(b)·φ(b) as a pair, Φ(x) = q
 * for x < 0 and 1 − q for x > 0 (q ≤ 1/2: no cancellation), times x as a pair and rounded once;
 * x/2 for |x| < 2^−60 (±0 kept), x from 16 up. GELU′ = Φ(x) + x·φ(x) = r for x < 0 and 1 − r for
 * x > 0, r = φ(b)·(M(b) − b) as pairs, rounded once, then times dy; 1/2 for |x| < 2^−60. M(b) − b
 * cancels near gelu′'s zero x₀: the window |x − x₀| ≤ 1/32 takes the scalar's series, as do
 * x < −16 (beyond the fit) and NaN.
 */
@final @unmanaged class Gelu {
  // @ts-ignore: decorator
  @inline f(x: v128, _: v128): v128 {
    const b = millsArgument(x);
    const mh = millsRatio64(b);
    const ml = millsLo;
    const ph = normalPdf64(b);
    const pl = pdfLo;
    // q = M·φ, then Φ(x) = q or 1 − q
    const q = f64x2.mul(mh, ph);
    const ql = f64x2.add(twoProdLo(mh, ph, q), f64x2.add(f64x2.mul(mh, pl), f64x2.mul(ml, ph)));
    const s = f64x2.sub(lanes(ONE), q);
    const sl = f64x2.sub(fastTwoSumLo(lanes(ONE), f64x2.neg(q), s), ql);
    const positive = f64x2.gt(x, lanes(ZERO));
    const c = select(s, q, positive);
    const cl = select(sl, ql, positive);
    const y = f64x2.mul(x, c);
    const r = f64x2.add(y, f64x2.add(twoProdLo(x, c, y), f64x2.mul(x, cl)));
    const middle = select(f64x2.mul(x, lanes(HALF)), r, within(x, TINY));
    return select(x, middle, f64x2.gt(x, lanes(MILLS_END)));
  }
  // @ts-ignore: decorator
  @inline inside(x: v128, _: v128): v128 {
    return f64x2.ge(x, f64x2.neg(lanes(MILLS_END)));
  }
  // @ts-ignore: decorator
  @inline dx(x: v128, dy: v128, _: v128): v128 {
    const b = millsArgument(x);
    const mh = millsRatio64(b);
    const ml = millsLo;
    const ph = normalPdf64(b);
    const pl = pdfLo;
    // d = M − b, r = φ·d, then r or 1 − r
    const d = f64x2.sub(mh, b);
    const dl = f64x2.add(twoSumLo(mh, f64x2.neg(b), d), ml);
    const r = f64x2.mul(ph, d);
    const rl = f64x2.add(twoProdLo(ph, d, r), f64x2.add(f64x2.mul(ph, dl), f64x2.mul(pl, d)));
    const g = f64x2.sub(lanes(ONE), r);
    const gl = f64x2.sub(twoSumLo(lanes(ONE), f64x2.neg(r), g), rl);
    const positive = f64x2.gt(x, lanes(ZERO));
    const slope = f64x2.add(select(g, r, positive), select(gl, rl, positive));
    return f64x2.mul(dy, select(lanes(HALF), slope, within(x, TINY)));
  }
  // @ts-ignore: decorator
  @inline insideBackward(x: v128, _: v128): v128 {
    const nearZero = within(f64x2.sub(x, lanes(GELU_GRAD_ZERO)), GELU_GRAD_WINDOW);
    return v128.andnot(f64x2.ge(x, f64x2.neg(lanes(MILLS_END))), nearZero);
  }
}
export function geluForward64(n: i32, param: f64): i32 {
  return forward64<Gelu>(n, param);
}
export function geluBackward64(n: i32, param: f64): i32 {
  return backward64<Gelu>(n, param);
}

/** 1/(2k + 3) for k = 0 … 16: atanh(s) = s + s³·Σ s^(2k)/(2k + 3), the rest below 2^−62 of it for s ≤ 1/3. */
const ATANH_TERMS: i32 = 17;
const ATANH_SERIES = memory.data<f64>([
  1.0 / 3, 1.0 / 5, 1.0 / 7, 1.0 / 9, 1.0 / 11, 1.0 / 13, 1.0 / 15, 1.0 / 17, 1.0 / 19, 1.0 / 21, 1.0 / 23,
  1.0 / 25, 1.0 / 27, 1.0 / 29, 1.0 / 31, 1.0 / 33, 1.0 / 35,
]);

/** Σ t^k/(2k + 3), k = 0 … 16, by Horner's rule over the table. */
// @ts-ignore: decorator
@inline function atanhSeries(t: v128): v128 {
  let p = lanes(ATANH_SERIES + (<usize>(ATANH_TERMS - 1) << 3));
  for (let k = ATANH_TERMS - 2; k >= 0; k--) p = f64x2.add(lanes(ATANH_SERIES + (<usize>k << 3)), f64x2.mul(t, p));
  return p;
}

/**
 * Softplus, max(x, 0) + log(1 + w) with w = e^(−|x|) as a pair, log(1 + w) = 2·atanh(s) with
 * s = w/(2 + w) ≤ 1/3 as a pair (a corrected quotient, its remainder kept): 2s + 2s³·P(s²), the
 * series' terms below 2^−57 of the sum, then max(x, 0) added as a pair and one rounding. Lanes
 * with |x| > 700 and NaN go to the scalar function. (Softplus′ = σ: SoftplusGrad above.)
 */
@final @unmanaged class Softplus {
  // @ts-ignore: decorator
  @inline f(x: v128, _: v128): v128 {
    const wh = expPair(f64x2.neg(f64x2.abs(x)), lanes(ZERO));
    const wl = expLo;
    const d = f64x2.add(lanes(TWO), wh);
    const dl = f64x2.add(fastTwoSumLo(lanes(TWO), wh, d), wl);
    // s = w/(2 + w) = sh + sl: the corrected quotient, and what its rounding dropped
    const inverse = f64x2.div(lanes(ONE), d);
    const q = f64x2.mul(wh, inverse);
    const p = f64x2.mul(q, d);
    const r = f64x2.sub(f64x2.add(f64x2.sub(f64x2.sub(wh, p), twoProdLo(q, d, p)), wl), f64x2.mul(q, dl));
    const c = f64x2.mul(r, inverse);
    const sh = f64x2.add(q, c);
    const sl = fastTwoSumLo(q, c, sh);
    const t = f64x2.mul(sh, sh);
    const lo = f64x2.add(f64x2.add(sl, sl), f64x2.mul(f64x2.add(sh, sh), f64x2.mul(t, atanhSeries(t))));
    // max(x, 0) + 2sh + lo
    const m = f64x2.max(x, lanes(ZERO));
    const h = f64x2.add(m, f64x2.add(sh, sh));
    return f64x2.add(h, f64x2.add(twoSumLo(m, f64x2.add(sh, sh), h), lo));
  }
  // @ts-ignore: decorator
  @inline inside(x: v128, _: v128): v128 {
    return within(x, EXP_LIMIT);
  }
}
export function softplusForward64(n: i32, param: f64): i32 {
  return forward64<Softplus>(n, param);
}

/** Mish′'s zero x₀ (src/scalar/mish.ts's root series) and the half-width of the window left to the scalar. */
const MISH_GRAD_ZERO = memory.data<f64>([-1.1924312145154952]);
const MISH_GRAD_WINDOW = memory.data<f64>([0.0625]);
/** |x| ≤ 600: e^(−|x|) stays far above 2^−969, where products stop being exact. */
const MISH_LIMIT = memory.data<f64>([600]);
const MISH_TINY = memory.data<f64>([1e-290]);

/** The low parts of mishRatio's numerator and of its denominator (dh, dl), and of v² (for x > 0). */
let ratioLo: v128 = f64x2.splat(0);
let ratioDen: v128 = f64x2.splat(0);
let ratioDenLo: v128 = f64x2.splat(0);

/**
 * tanh(softplus(x)) = num/den with v = e^(−|x|), both as pairs and free of cancellation:
 * num = v(v + 2), den = num + 2 for x ≤ 0 (v = e^x), and num = 1 + 2v, den = num + 2v² for x > 0
 * (v = e^(−x), the same ratio divided through by e^(2x)). Returns num's high part; ratioLo,
 * ratioDen and ratioDenLo hold the rest. vh, vl: v as a pair; v2, v2l: v² as a pair.
 */
// @ts-ignore: decorator
@inline function mishRatio(x: v128, vh: v128, vl: v128, v2: v128, v2l: v128): v128 {
  // x ≤ 0: v + 2 = a + al, num = v·(v + 2), den = num + 2
  const a = f64x2.add(lanes(TWO), vh);
  const al = f64x2.add(fastTwoSumLo(lanes(TWO), vh, a), vl);
  const nNeg = f64x2.mul(vh, a);
  const nNegLo = f64x2.add(twoProdLo(vh, a, nNeg), f64x2.add(f64x2.mul(vh, al), f64x2.mul(vl, a)));
  const dNeg = f64x2.add(nNeg, lanes(TWO));
  const dNegLo = f64x2.add(twoSumLo(nNeg, lanes(TWO), dNeg), nNegLo);
  // x > 0: num = 1 + 2v, den = num + 2v²
  const v2x = f64x2.add(vh, vh);
  const nPos = f64x2.add(lanes(ONE), v2x);
  const nPosLo = f64x2.add(twoSumLo(lanes(ONE), v2x, nPos), f64x2.add(vl, vl));
  const w = f64x2.add(v2, v2);
  const dPos = f64x2.add(nPos, w);
  const dPosLo = f64x2.add(f64x2.add(fastTwoSumLo(nPos, w, dPos), nPosLo), f64x2.add(v2l, v2l));
  const positive = f64x2.gt(x, lanes(ZERO));
  ratioLo = select(nPosLo, nNegLo, positive);
  ratioDen = select(dPos, dNeg, positive);
  ratioDenLo = select(dPosLo, dNegLo, positive);
  return select(nPos, nNeg, positive);
}

/**
 * Mish, x·tanh(softplus(x)) = x·num/den (mishRatio), x·num as a pair and one corrected quotient,
 * ±0 kept. Mish′ = tanh(sp) + x·sech²(sp)·σ(x) = (num·den + 4x·w·(1 + v))/den², w = v for x ≤ 0 and
 * v² for x > 0, as pairs; near its zero x₀ the two terms cancel, so |x − x₀| ≤ 1/16 takes the
 * scalar's series, as do |x| > 600, 0 < |x| < 10^−290 (forward) and NaN.
 */
@final @unmanaged class Mish {
  // @ts-ignore: decorator
  @inline f(x: v128, _: v128): v128 {
    const vh = expPair(f64x2.neg(f64x2.abs(x)), lanes(ZERO));
    const vl = expLo;
    const v2 = f64x2.mul(vh, vh);
    const v2l = f64x2.add(twoProdLo(vh, vh, v2), f64x2.mul(f64x2.add(vh, vh), vl));
    const nh = mishRatio(x, vh, vl, v2, v2l);
    const xn = f64x2.mul(x, nh);
    const xnl = f64x2.add(twoProdLo(x, nh, xn), f64x2.mul(x, ratioLo));
    return select(x, pairQuotient(xn, xnl, ratioDen, ratioDenLo), f64x2.eq(x, lanes(ZERO)));
  }
  // @ts-ignore: decorator
  @inline inside(x: v128, _: v128): v128 {
    const tiny = v128.andnot(f64x2.lt(f64x2.abs(x), lanes(MISH_TINY)), f64x2.eq(x, lanes(ZERO)));
    return v128.andnot(within(x, MISH_LIMIT), tiny);
  }
  // @ts-ignore: decorator
  @inline dx(x: v128, dy: v128, _: v128): v128 {
    const vh = expPair(f64x2.neg(f64x2.abs(x)), lanes(ZERO));
    const vl = expLo;
    const v2 = f64x2.mul(vh, vh);
    const v2l = f64x2.add(twoProdLo(vh, vh, v2), f64x2.mul(f64x2.add(vh, vh), vl));
    const nh = mishRatio(x, vh, vl, v2, v2l);
    const nl = ratioLo;
    const dh = ratioDen;
    const dl = ratioDenLo;
    // num·den = p + pl, den² = q + ql
    const p = f64x2.mul(nh, dh);
    const pl = f64x2.add(twoProdLo(nh, dh, p), f64x2.add(f64x2.mul(nh, dl), f64x2.mul(nl, dh)));
    const q = f64x2.mul(dh, dh);
    const ql = f64x2.add(twoProdLo(dh, dh, q), f64x2.mul(f64x2.add(dh, dh), dl));
    // 4x·w·(1 + v) = e + el
    const positive = f64x2.gt(x, lanes(ZERO));
    const w = select(v2, vh, positive);
    const wl = select(v2l, vl, positive);
    const o = f64x2.add(lanes(ONE), vh);
    const ol = f64x2.add(fastTwoSumLo(lanes(ONE), vh, o), vl);
    const wo = f64x2.mul(w, o);
    const wol = f64x2.add(twoProdLo(w, o, wo), f64x2.add(f64x2.mul(w, ol), f64x2.mul(wl, o)));
    const x4 = f64x2.mul(x, lanes(FOUR));
    const e = f64x2.mul(x4, wo);
    const el = f64x2.add(twoProdLo(x4, wo, e), f64x2.mul(x4, wol));
    const n = f64x2.add(p, e);
    const nLo = f64x2.add(f64x2.add(twoSumLo(p, e, n), pl), el);
    return f64x2.mul(dy, pairQuotient(n, nLo, q, ql));
  }
  // @ts-ignore: decorator
  @inline insideBackward(x: v128, _: v128): v128 {
    const nearZero = within(f64x2.sub(x, lanes(MISH_GRAD_ZERO)), MISH_GRAD_WINDOW);
    return v128.andnot(within(x, MISH_LIMIT), nearZero);
  }
}
export function mishForward64(n: i32, param: f64): i32 {
  return forward64<Mish>(n, param);
}
export function mishBackward64(n: i32, param: f64): i32 {
  return backward64<Mish>(n, param);
}

/**
 * Hard-Swish as src/scalar/hardSwish.ts: x·(x + 3)/6 for −3 < x < 3 with x + 3 and the product as
 * pairs and one corrected division by 6 (x/2 for |x| < 2^−60), −0 at and below −3, x at and above
 * 3 and for NaN; its derivative (2x + 3)/6 the same way, 0 and 1 beyond ∓3 (NaN for NaN).
 */
@final @unmanaged class HardSwish {
  // @ts-ignore: decorator
  @inline f(x: v128, _: v128): v128 {
    const s = f64x2.add(x, lanes(THREE));
    const sl = twoSumLo(x, lanes(THREE), s);
    const p = f64x2.mul(x, s);
    const pl = f64x2.add(twoProdLo(x, s, p), f64x2.mul(x, sl));
    const middle = pairQuotient(p, pl, lanes(SIX), lanes(ZERO));
    const r = select(f64x2.mul(x, lanes(HALF)), middle, within(x, TINY));
    const low = select(lanes(MINUS_ZERO), r, f64x2.le(x, lanes(MINUS_THREE)));
    return select(x, low, f64x2.ge(x, lanes(THREE)));
  }
  // @ts-ignore: decorator
  @inline inside(_: v128, __: v128): v128 {
    return everyLane();
  }
  // @ts-ignore: decorator
  @inline dx(x: v128, dy: v128, _: v128): v128 {
    const x2 = f64x2.add(x, x);
    const s = f64x2.add(x2, lanes(THREE));
    const middle = pairQuotient(s, twoSumLo(x2, lanes(THREE), s), lanes(SIX), lanes(ZERO));
    const low = select(lanes(ZERO), middle, f64x2.le(x, lanes(MINUS_THREE)));
    return f64x2.mul(dy, select(lanes(ONE), low, f64x2.ge(x, lanes(THREE))));
  }
  // @ts-ignore: decorator
  @inline insideBackward(_: v128, __: v128): v128 {
    return everyLane();
  }
}
export function hardSwishForward64(n: i32, param: f64): i32 {
  return forward64<HardSwish>(n, param);
}
export function hardSwishBackward64(n: i32, param: f64): i32 {
  return backward64<HardSwish>(n, param);
}
