// The float32 kernels in WebAssembly SIMD, compiled by scripts/buildWasm.ts into
// src/kernels/simd/wasmRelaxedSimd.ts and wasmSimd.ts (one module per build).
//
// Each activation kernel takes byte addresses: x (the input), out (the result) and, backward, dy
// (the upstream gradient), and n, the number of float32s. The caller either copies chunks of at
// most CHUNK elements into X (and DY) and passes X, (DY,) X, copying the result out; or passes
// the addresses of arrays that already live in this module's memory (a KernelArena's, see
// src/kernels/KernelArena.ts), which may be subarrays at any float32 offset: so a loop never
// reads or writes past n. It takes four elements at a time and the last n % 4 through one vector
// loaded and stored lane by lane (loadTail, storeTail), computed by the same body, so each
// element's result is the same whatever its position. out may be x or dy exactly: a loop reads
// every vector before it writes it.

// The formulas and clamps are those of the plain-JS loops in src/kernels/loops, whose comments
// give the reasons. Where they differ, the comment here says why: mostly, 2^k is built in the
// exponent bits here, so exp's argument must stay within ±708, where the JS tables reach
// subnormals and Infinity.

import {
  clamp,
  EXP2_REDUCED,
  EXP2_REDUCED_TERMS,
  EXP2M1_RATIO,
  EXP2M1_RATIO_TERMS,
  exp2Fit,
  exp2m1RatioFit,
  log2e,
  reducedProduct,
  roundedProduct,
  roundLanes,
  twoTo,
  EXP_MAX,
  EXP_MIN,
  exp,
  exp2,
  expAccurate,
  expm1,
  expShortChain,
  expTimes,
  minusLog2e,
  HALF,
  high,
  lanes,
  low,
  MILLS_RATIO,
  MILLS_TERMS,
  MINUS_HALF,
  MINUS_TWO,
  mulAdd,
  narrow,
  ONE,
  onePlusExp2,
  pair,
  select,
  TWO,
  term,
  ZERO,
} from "./lanes";

export {
  EXP2_REDUCED,
  EXP2_REDUCED_TERMS,
  EXP2M1_RATIO,
  EXP2M1_RATIO_TERMS,
  MILLS_INTERVALS,
  MILLS_RATIO,
  MILLS_TERMS,
} from "./lanes";
// the float32 matrix product of the nn toolkit's float32 layers
export { heapBase, matmulFloat32, transposeFloat32 } from "./matmul";

// ─── memory shared with the caller (exported as globals: the caller reads their .value) ──────────

/** Elements per chunk: 16 KiB per buffer, which stays in the first-level cache. */
export const CHUNK: i32 = 4096;
export const X: usize = memory.data(CHUNK << 2, 16);
export const DY: usize = memory.data(CHUNK << 2, 16);
/** The value half a of the gated units' rows (see gluForward below). */
export const VALUE: usize = memory.data(CHUNK << 2, 16);
/** Where a gate leaves a second result (its value, φ) while it returns another: reloaded at once. */
const GATE_VALUE: usize = memory.data(16, 16);
const GATE_PDF: usize = memory.data(16, 16);

// The fits of src/kernels/loops/polynomialCoefficients.ts (highest degree first), which the
// caller copies in, so that file stays their one source; it checks their lengths against these.
export const LOG1P_RATIO_TERMS: i32 = 12;
export const NORMAL_TAIL_NUMERATOR_TERMS: i32 = 7;
export const NORMAL_TAIL_DENOMINATOR_TERMS: i32 = 8;
export const LOG1P_RATIO: usize = memory.data(LOG1P_RATIO_TERMS << 3, 16);
export const NORMAL_TAIL_NUMERATOR: usize = memory.data(NORMAL_TAIL_NUMERATOR_TERMS << 3, 16);
export const NORMAL_TAIL_DENOMINATOR: usize = memory.data(NORMAL_TAIL_DENOMINATOR_TERMS << 3, 16);
/** mish′ around its zero: x₀, x₀'s low part and the series' c₁ … c₅ (src/scalar/mish.ts, MISH_GRAD_ROOT). */
export const MISH_ROOT_TERMS: i32 = 7;
export const MISH_ROOT: usize = memory.data(MISH_ROOT_TERMS << 3, 16);
/** geluTanh′ around its zero, as MISH_ROOT with c₁ … c₇ (src/scalar/geluTanh.ts, GELU_TANH_GRAD_ROOT). */
export const GELU_TANH_ROOT_TERMS: i32 = 9;
export const GELU_TANH_ROOT: usize = memory.data(GELU_TANH_ROOT_TERMS << 3, 16);

// ─── the loops ───────────────────────────────────────────────────────────────────────────────────

// An activation is a class whose methods f (the function) and df (its derivative) map two
// float64 lanes, with the parameter in both lanes of p; instead of df, it may define dx, the
// backward result dy·f′(x) itself, where dy can join earlier than a last multiplication. The
// loops take it as a type argument and call its methods on a null instance (they use no `this`):
// each loop is compiled for one activation, with f, df or dx inlined.

/** The last `count` (1 to 3) float32s at `from`, in the low lanes of a vector whose others are 0. */
// @ts-ignore: decorator
@inline function loadTail(from: usize, count: i32): v128 {
  let v = v128.load32_zero(from);
  if (count > 1) v = v128.load32_lane(from, v, 1, 4);
  if (count > 2) v = v128.load32_lane(from, v, 2, 8);
  return v;
}

/** Stores the low `count` (1 to 3) lanes of v at `to`, nothing past them. */
// @ts-ignore: decorator
@inline function storeTail(to: usize, v: v128, count: i32): void {
  v128.store32_lane(to, v, 0);
  if (count > 1) v128.store32_lane(to, v, 1, 4);
  if (count > 2) v128.store32_lane(to, v, 2, 8);
}

/**
 * f of four float32 lanes, each evaluated in float64 and rounded once; an activation that defines
 * limit (a clamp of the four float32 lanes, half the operations of one in float64) has it first.
 */
// @ts-ignore: decorator
@inline function forwardLanes<F>(x: v128, p: v128): v128 {
  const f = changetype<F>(0);
  // @ts-ignore: F's methods are resolved for each activation
  if (isDefined(f.limit)) x = f.limit(x);
  // @ts-ignore: F's methods are resolved for each activation
  return narrow(f.f(low(x), p), f.f(high(x), p));
}

/** dy·f′(x) of four float32 lanes, each evaluated in float64 and rounded once; limit first, as forwardLanes. */
// @ts-ignore: decorator
@inline function backwardLanes<F>(x: v128, dy: v128, p: v128): v128 {
  const f = changetype<F>(0);
  // @ts-ignore: F's methods are resolved for each activation
  if (isDefined(f.limit)) x = f.limit(x);
  // @ts-ignore: F's methods are resolved for each activation
  if (isDefined(f.dx)) {
    // @ts-ignore: F's methods are resolved for each activation
    return narrow(f.dx(low(x), low(dy), p), f.dx(high(x), high(dy), p));
  }
  // @ts-ignore: F's methods are resolved for each activation
  const lo = f64x2.mul(low(dy), f.df(low(x), p));
  // @ts-ignore: F's methods are resolved for each activation
  const hi = f64x2.mul(high(dy), f.df(high(x), p));
  return narrow(lo, hi);
}

// A loop's last iteration takes the last n % 4 elements (loadVector, storeVector), rather than a
// copy of the loop's body inlined after it: the bodies are most of the module a page downloads
// (the branches cost no measurable time, the bodies being long).

/** The end of the vectors that cover n float32s, the last one partial: 16·⌈n/4⌉ bytes. */
// @ts-ignore: decorator
@inline function vectorsEnd(n: i32): usize {
  return <usize>((n + 3) & ~3) << 2;
}

/** The vector at `from + at`: whole below `whole`, else the `rest` float32s there (loadTail). */
// @ts-ignore: decorator
@inline function loadVector(from: usize, at: usize, whole: usize, rest: i32): v128 {
  return at < whole ? v128.load(from + at) : loadTail(from + at, rest);
}

/** Stores v at `to + at`: whole below `whole`, else its low `rest` lanes (storeTail). */
// @ts-ignore: decorator
@inline function storeVector(to: usize, at: usize, whole: usize, v: v128, rest: i32): void {
  if (at < whole) v128.store(to + at, v);
  else storeTail(to + at, v, rest);
}

// @ts-ignore: decorator
@inline function forward<F>(x: usize, out: usize, n: i32, param: f64): void {
  const p = f64x2.splat(param);
  const whole = <usize>(n & ~3) << 2;
  const rest = n & 3;
  const end = vectorsEnd(n);
  for (let at: usize = 0; at < end; at += 16) {
    storeVector(out, at, whole, forwardLanes<F>(loadVector(x, at, whole, rest), p), rest);
  }
}

// @ts-ignore: decorator
@inline function backward<F>(x: usize, dy: usize, out: usize, n: i32, param: f64): void {
  const p = f64x2.splat(param);
  const whole = <usize>(n & ~3) << 2;
  const rest = n & 3;
  const end = vectorsEnd(n);
  for (let at: usize = 0; at < end; at += 16) {
    const v = backwardLanes<F>(loadVector(x, at, whole, rest), loadVector(dy, at, whole, rest), p);
    storeVector(out, at, whole, v, rest);
  }
}

// ─── the activations ─────────────────────────────────────────────────────────────────────────────

// The limits and constants below, as addresses (see lanes.ts: a v128 literal costs V8 more).
const FOUR = memory.data<f64>([4]);
const QUARTER = memory.data<f64>([0.25]);
const MINUS_20 = memory.data<f64>([-20]);
const PLUS_20 = memory.data<f64>([20]);
const PLUS_700 = memory.data<f64>([700]);
const MINUS_16 = memory.data<f64>([-16]);
const PLUS_16 = memory.data<f64>([16]);
const BELOW_16 = memory.data<f64>([15.999999999]);
const MINUS_15 = memory.data<f64>([-15]);
const PLUS_10 = memory.data<f64>([10]);
const MINUS_37_5 = memory.data<f64>([-37.5]);
const PLUS_37_5 = memory.data<f64>([37.5]);
/** ±4·10^38, just past float32's largest: clamping there moves only ±∞, whose results round back to ±∞ or ±0. */
const MINUS_BIG = memory.data<f64>([-4e38]);
const PLUS_BIG = memory.data<f64>([4e38]);
/** ±708·log2(e): exp2's argument where exp's is ±708. */
const EXP2_MIN = memory.data<f64>([-708 * 1.4426950408889634]);
const EXP2_MAX = memory.data<f64>([708 * 1.4426950408889634]);
const MINUS_TWO_LOG2E = memory.data<f64>([-2 * 1.4426950408889634]);
const PLUS_354 = memory.data<f64>([354]);
const SQRT_2_OVER_PI = memory.data<f64>([0.7978845608028654]);
const GELU_TANH_COEFF = memory.data<f64>([0.044715]);
const THREE_GELU_TANH_COEFF = memory.data<f64>([3 * 0.044715]);
const INV_SQRT_2PI = memory.data<f64>([0.3989422804014327]);
const MINUS_ONE = memory.data<f64>([-1]);
const THREE = memory.data<f64>([3]);
const PLUS_105 = memory.data<f64>([105]);
const MINUS_945 = memory.data<f64>([-945]);

/**
 * σ′(x) = t/(1 + t)², t = e^(−|x|) (σ itself: sigmoidForward below). e^(−x) is 2^(x·(−log2 e)):
 * the negation rides on the multiplication.
 */
@final @unmanaged class Sigmoid {
  // @ts-ignore: decorator
  @inline df(x: v128, _: v128): v128 {
    // |x| clamped to 708: beyond, dy·t is 0 in float32 for every float32 dy
    const t = exp2(f64x2.mul(f64x2.pmin(f64x2.abs(x), lanes(EXP_MAX)), minusLog2e()));
    const s = f64x2.add(lanes(ONE), t);
    return f64x2.div(t, f64x2.mul(s, s));
  }
}
/** ±104 as float32s: Sigmoid's limits, applied to four float32 lanes at once before widening. */
const MINUS_104_F32 = memory.data<f32>([-104]);
const PLUS_104_F32 = memory.data<f32>([104]);

/**
 * σ of four float32 lanes, 1/(1 + 2^(c·(−log2 e))) for c = v clamped to [lo, hi], with the constants
 * passed in (see sigmoidForward): f0 … f6 the fit's terms, scale = −log2 e, round = ROUND.
 */
// @ts-ignore: decorator
@inline function sigmoidLanes(
  v: v128,
  lo: v128,
  hi: v128,
  scale: v128,
  round: v128,
  one: v128,
  f0: v128,
  f1: v128,
  f2: v128,
  f3: v128,
  f4: v128,
  f5: v128,
  f6: v128,
): v128 {
  const c = f32x4.pmin(f32x4.pmax(v, lo), hi);
  const cLo = low(c);
  const kbLo = roundedProduct(cLo, scale, round);
  const pLo = exp2Fit(reducedProduct(cLo, scale, round, kbLo), f0, f1, f2, f3, f4, f5, f6);
  const cHi = high(c);
  const kbHi = roundedProduct(cHi, scale, round);
  const pHi = exp2Fit(reducedProduct(cHi, scale, round, kbHi), f0, f1, f2, f3, f4, f5, f6);
  // 1 + 2^k·p rounded once (2^k·p is exact), as onePlusExp2
  return narrow(f64x2.div(one, mulAdd(pLo, twoTo(kbLo), one)), f64x2.div(one, mulAdd(pHi, twoTo(kbHi), one)));
}

/**
 * σ(x) = 1/(1 + e^(−x)), x clamped to ±104 (σ is 0 or 1 in float32 beyond), in a loop of its own
 * rather than forward<F>: the clamp takes four float32 lanes at once, before widening (exact:
 * ±104 are float32s), and the constants are loaded once, before the loop (see roundLanes in
 * lanes.ts). With the fused reduction, 1.21 → 1.10 ns per element (bench/compute.ts); with four
 * vectors an iteration, a further 10% (the loop is bound by its floating-point operations, not
 * their latency: Estrin's form, more of them in shorter chains, was 3% slower).
 */
export function sigmoidForward(x: usize, out: usize, n: i32, _: f64): void {
  const t = EXP2_REDUCED;
  const m = EXP2_REDUCED_TERMS;
  const f0 = term(t, m, 0);
  const f1 = term(t, m, 1);
  const f2 = term(t, m, 2);
  const f3 = term(t, m, 3);
  const f4 = term(t, m, 4);
  const f5 = term(t, m, 5);
  const f6 = term(t, m, 6);
  const scale = minusLog2e();
  const round = roundLanes();
  const one = lanes(ONE);
  const lo = v128.load32_splat(MINUS_104_F32);
  const hi = v128.load32_splat(PLUS_104_F32);
  const fours = <usize>(n & ~15) << 2;
  for (let at: usize = 0; at < fours; at += 64) {
    const first = sigmoidLanes(v128.load(x + at), lo, hi, scale, round, one, f0, f1, f2, f3, f4, f5, f6);
    const second = sigmoidLanes(v128.load(x + at, 16), lo, hi, scale, round, one, f0, f1, f2, f3, f4, f5, f6);
    const third = sigmoidLanes(v128.load(x + at, 32), lo, hi, scale, round, one, f0, f1, f2, f3, f4, f5, f6);
    const fourth = sigmoidLanes(v128.load(x + at, 48), lo, hi, scale, round, one, f0, f1, f2, f3, f4, f5, f6);
    v128.store(out + at, first);
    v128.store(out + at, second, 16);
    v128.store(out + at, third, 32);
    v128.store(out + at, fourth, 48);
  }
  const whole = <usize>(n & ~3) << 2;
  const rest = n & 3;
  const end = vectorsEnd(n);
  for (let at: usize = fours; at < end; at += 16) {
    const v = loadVector(x, at, whole, rest);
    storeVector(out, at, whole, sigmoidLanes(v, lo, hi, scale, round, one, f0, f1, f2, f3, f4, f5, f6), rest);
  }
}
export function sigmoidBackward(x: usize, dy: usize, out: usize, n: i32, param: f64): void {
  backward<Sigmoid>(x, dy, out, n, param);
}

/** tanh(x) = e/(e + 2) with e = expm1(2x), x clamped to ±20; tanh′(x) = 4t/(1 + t)², t = e^(−2|x|). */
@final @unmanaged class Tanh {
  // @ts-ignore: decorator
  @inline f(x: v128, _: v128): v128 {
    const e = expm1(f64x2.mul(lanes(TWO), clamp(x, MINUS_20, PLUS_20)));
    return f64x2.div(e, f64x2.add(e, lanes(TWO)));
  }
  // @ts-ignore: decorator
  @inline df(x: v128, _: v128): v128 {
    // 2^(|x|·(−2 log2 e)), |x| clamped to 354 (e^−708)
    const t = exp2(f64x2.mul(f64x2.pmin(f64x2.abs(x), lanes(PLUS_354)), lanes(MINUS_TWO_LOG2E)));
    const s = f64x2.add(lanes(ONE), t);
    return f64x2.div(f64x2.mul(lanes(FOUR), t), f64x2.mul(s, s));
  }
}
export function tanhForward(x: usize, out: usize, n: i32, param: f64): void {
  forward<Tanh>(x, out, n, param);
}
export function tanhBackward(x: usize, dy: usize, out: usize, n: i32, param: f64): void {
  backward<Tanh>(x, dy, out, n, param);
}

/** All ones (a NaN) in the lanes where x is NaN: or-ed into a derivative chosen by a compare. */
// @ts-ignore: decorator
@inline function nanWhereNaN(x: v128): v128 {
  return f64x2.ne(x, x);
}

// Kernels exact in float32 lanes (ReLU, and Leaky ReLU or PReLU with an α that is a float32): a
// class whose f maps four float32 lanes and whose dx gives dy·f′, the parameter in the four lanes
// of p. Widening would only cost time. These kernels are bound by memory: their loops take four
// vectors an iteration (ReLU forward 0.14 → 0.10 ns per element resident at 1e6).

/** f of four float32 lanes as they are. */
// @ts-ignore: decorator
@inline function forward32<F>(x: usize, out: usize, n: i32, param: f64): void {
  const f = changetype<F>(0);
  const p = f32x4.splat(<f32>param);
  const quads = <usize>(n & ~15) << 2;
  for (let at: usize = 0; at < quads; at += 64) {
    const a = v128.load(x + at);
    const b = v128.load(x + at, 16);
    const c = v128.load(x + at, 32);
    const d = v128.load(x + at, 48);
    // @ts-ignore: F's methods are resolved for each activation
    v128.store(out + at, f.f(a, p));
    // @ts-ignore: F's methods are resolved for each activation
    v128.store(out + at, f.f(b, p), 16);
    // @ts-ignore: F's methods are resolved for each activation
    v128.store(out + at, f.f(c, p), 32);
    // @ts-ignore: F's methods are resolved for each activation
    v128.store(out + at, f.f(d, p), 48);
  }
  const whole = <usize>(n & ~3) << 2;
  const rest = n & 3;
  const end = vectorsEnd(n);
  for (let at = quads; at < end; at += 16) {
    // @ts-ignore: F's methods are resolved for each activation
    storeVector(out, at, whole, f.f(loadVector(x, at, whole, rest), p), rest);
  }
}

/** dy·f′(x) of four float32 lanes as they are. */
// @ts-ignore: decorator
@inline function backward32<F>(x: usize, dy: usize, out: usize, n: i32, param: f64): void {
  const f = changetype<F>(0);
  const p = f32x4.splat(<f32>param);
  const quads = <usize>(n & ~15) << 2;
  for (let at: usize = 0; at < quads; at += 64) {
    const a = v128.load(x + at);
    const b = v128.load(x + at, 16);
    const c = v128.load(x + at, 32);
    const d = v128.load(x + at, 48);
    const da = v128.load(dy + at);
    const db = v128.load(dy + at, 16);
    const dc = v128.load(dy + at, 32);
    const dd = v128.load(dy + at, 48);
    // @ts-ignore: F's methods are resolved for each activation
    v128.store(out + at, f.dx(a, da, p));
    // @ts-ignore: F's methods are resolved for each activation
    v128.store(out + at, f.dx(b, db, p), 16);
    // @ts-ignore: F's methods are resolved for each activation
    v128.store(out + at, f.dx(c, dc, p), 32);
    // @ts-ignore: F's methods are resolved for each activation
    v128.store(out + at, f.dx(d, dd, p), 48);
  }
  const whole = <usize>(n & ~3) << 2;
  const rest = n & 3;
  const end = vectorsEnd(n);
  for (let at = quads; at < end; at += 16) {
    // @ts-ignore: F's methods are resolved for each activation
    const v = f.dx(loadVector(x, at, whole, rest), loadVector(dy, at, whole, rest), p);
    storeVector(out, at, whole, v, rest);
  }
}

/**
 * a in the lanes where mask is set, b in the others, for a mask from a float32 comparison: one
 * blend on x86 with relaxed SIMD (its laneselect on 32-bit lanes), else bitselect, the same bits.
 */
// @ts-ignore: decorator
@inline function select32(a: v128, b: v128, mask: v128): v128 {
  if (ASC_FEATURE_RELAXED_SIMD) return i32x4.relaxed_laneselect(a, b, mask);
  return v128.bitselect(a, b, mask);
}

/**
 * ReLU: relu is the IEEE max(x, 0), so relu(−0) = +0 as Math.max, NaN for NaN. As pmax(x, 0) + 0:
 * pmax (x < 0 ? 0 : x, one instruction on x86, where max takes eight) keeps −0 and NaN, and
 * adding +0 turns −0 into +0 and changes nothing else; twice as fast as max here. dy·relu′ is
 * dy·1 or dy·0 by the sign (±0 with dy's sign, NaN for dy = ±∞), and NaN where x is NaN.
 */
@final @unmanaged class Relu {
  // @ts-ignore: decorator
  @inline f(x: v128, _: v128): v128 {
    return f32x4.add(f32x4.pmax(x, f32x4.splat(0)), f32x4.splat(0));
  }
  // @ts-ignore: decorator
  @inline dx(x: v128, dy: v128, _: v128): v128 {
    const slope = v128.and(f32x4.gt(x, f32x4.splat(0)), f32x4.splat(1));
    return f32x4.mul(dy, v128.or(slope, f32x4.ne(x, x)));
  }
}
export function reluForward(x: usize, out: usize, n: i32, param: f64): void {
  forward32<Relu>(x, out, n, param);
}
export function reluBackward(x: usize, dy: usize, out: usize, n: i32, param: f64): void {
  backward32<Relu>(x, dy, out, n, param);
}

/**
 * Leaky ReLU and PReLU with one α: x, or x·α where x > 0 fails (−0 and NaN kept); the slope is the
 * derivative, NaN for NaN. α = 0 takes the JS loop, as 0·(−∞) would be NaN.
 */
@final @unmanaged class LeakyRelu {
  // @ts-ignore: decorator
  @inline f(x: v128, alpha: v128): v128 {
    return select(x, f64x2.mul(x, alpha), f64x2.gt(x, lanes(ZERO)));
  }
  // @ts-ignore: decorator
  @inline df(x: v128, alpha: v128): v128 {
    return v128.or(select(lanes(ONE), alpha, f64x2.gt(x, lanes(ZERO))), nanWhereNaN(x));
  }
}
export function leakyReluForward(x: usize, out: usize, n: i32, param: f64): void {
  forward<LeakyRelu>(x, out, n, param);
}
export function leakyReluBackward(x: usize, dy: usize, out: usize, n: i32, param: f64): void {
  backward<LeakyRelu>(x, dy, out, n, param);
}

// The same in float32 lanes, for an α that is a float32 (PReLU's default 0.25, not Leaky ReLU's
// 0.01): x·α and dy·α of two float32s are exact in float64, so rounding them once to float32 is
// what float32 multiplication does.
@final @unmanaged class LeakyReluFloat32 {
  // @ts-ignore: decorator
  @inline f(x: v128, alpha: v128): v128 {
    return select32(x, f32x4.mul(x, alpha), f32x4.gt(x, f32x4.splat(0)));
  }
  // @ts-ignore: decorator
  @inline dx(x: v128, dy: v128, alpha: v128): v128 {
    const slope = select32(f32x4.splat(1), alpha, f32x4.gt(x, f32x4.splat(0)));
    return f32x4.mul(dy, v128.or(slope, f32x4.ne(x, x)));
  }
}
export function leakyReluFloat32Forward(x: usize, out: usize, n: i32, param: f64): void {
  forward32<LeakyReluFloat32>(x, out, n, param);
}
export function leakyReluFloat32Backward(x: usize, dy: usize, out: usize, n: i32, param: f64): void {
  backward32<LeakyReluFloat32>(x, dy, out, n, param);
}

/** ELU′: 1 or α·e^x, so the backward result is dy or α·dy·e^x, x clamped below at −708 (ELU itself: eluForward below). */
@final @unmanaged class Elu {
  // @ts-ignore: decorator
  @inline dx(x: v128, dy: v128, alpha: v128): v128 {
    const negative = expTimes(f64x2.pmax(x, lanes(EXP_MIN)), alpha, dy);
    return select(dy, negative, f64x2.gt(x, lanes(ZERO)));
  }
}
/** −708 as a float32: ELU's lower limit (e^−708 is a normal float64, see EXP_MIN), applied before widening. */
const EXP_MIN_F32 = memory.data<f32>([-708]);

/** α·y for ELU's negative side, any α. */
@final @unmanaged class TimesAlpha {
  // @ts-ignore: decorator
  @inline times(y: v128, alpha: v128): v128 {
    return f64x2.mul(alpha, y);
  }
}

/** y itself for α = 1: 1·y is y, so the same bits as TimesAlpha's, one multiplication fewer. */
@final @unmanaged class TimesOne {
  // @ts-ignore: decorator
  @inline times(y: v128, _: v128): v128 {
    return y;
  }
}

/**
 * α·expm1(c) of two float64 lanes, expm1 as expm1PlusZero (+0 at c = −0), α·y from A (TimesAlpha
 * or TimesOne), with the constants passed in (see eluForward): g0 … g5 the fit's terms, scale = log2 e.
 */
// @ts-ignore: decorator
@inline function eluPair<A>(
  c: v128,
  alpha: v128,
  scale: v128,
  round: v128,
  one: v128,
  g0: v128,
  g1: v128,
  g2: v128,
  g3: v128,
  g4: v128,
  g5: v128,
): v128 {
  const kb = roundedProduct(c, scale, round);
  const s = reducedProduct(c, scale, round, kb);
  const two = twoTo(kb);
  // 2^k·s·P(s) + (2^k − 1), as expm1PlusZero
  const e = mulAdd(f64x2.mul(two, s), exp2m1RatioFit(s, g0, g1, g2, g3, g4, g5), f64x2.sub(two, one));
  // @ts-ignore: A's method is resolved for each loop
  return changetype<A>(0).times(e, alpha);
}

/**
 * ELU of four float32 lanes: v where v ≥ 0 (±0 as they are), else α·expm1(v) (NaN included), v
 * clamped below at −708 in float32 lanes; the comparison and the choice in float32 lanes too.
 */
// @ts-ignore: decorator
@inline function eluLanes<A>(
  v: v128,
  alpha: v128,
  lo: v128,
  scale: v128,
  round: v128,
  one: v128,
  g0: v128,
  g1: v128,
  g2: v128,
  g3: v128,
  g4: v128,
  g5: v128,
): v128 {
  const c = f32x4.pmax(v, lo);
  const a = eluPair<A>(low(c), alpha, scale, round, one, g0, g1, g2, g3, g4, g5);
  const b = eluPair<A>(high(c), alpha, scale, round, one, g0, g1, g2, g3, g4, g5);
  // for v > 0, e^v may overflow the exponent bits into garbage, which the select drops
  return select32(v, narrow(a, b), f32x4.ge(v, f32x4.splat(0)));
}

/** eluForward's loop, α·y from A (see eluPair). */
// @ts-ignore: decorator
@inline function eluLoop<A>(x: usize, out: usize, n: i32, param: f64): void {
  const t = EXP2M1_RATIO;
  const m = EXP2M1_RATIO_TERMS;
  const g0 = term(t, m, 0);
  const g1 = term(t, m, 1);
  const g2 = term(t, m, 2);
  const g3 = term(t, m, 3);
  const g4 = term(t, m, 4);
  const g5 = term(t, m, 5);
  const alpha = f64x2.splat(param);
  const scale = log2e();
  const round = roundLanes();
  const one = lanes(ONE);
  const lo = v128.load32_splat(EXP_MIN_F32);
  const fours = <usize>(n & ~15) << 2;
  for (let at: usize = 0; at < fours; at += 64) {
    const first = eluLanes<A>(v128.load(x + at), alpha, lo, scale, round, one, g0, g1, g2, g3, g4, g5);
    const second = eluLanes<A>(v128.load(x + at, 16), alpha, lo, scale, round, one, g0, g1, g2, g3, g4, g5);
    const third = eluLanes<A>(v128.load(x + at, 32), alpha, lo, scale, round, one, g0, g1, g2, g3, g4, g5);
    const fourth = eluLanes<A>(v128.load(x + at, 48), alpha, lo, scale, round, one, g0, g1, g2, g3, g4, g5);
    v128.store(out + at, first);
    v128.store(out + at, second, 16);
    v128.store(out + at, third, 32);
    v128.store(out + at, fourth, 48);
  }
  const whole = <usize>(n & ~3) << 2;
  const rest = n & 3;
  const end = vectorsEnd(n);
  for (let at: usize = fours; at < end; at += 16) {
    const v = loadVector(x, at, whole, rest);
    storeVector(out, at, whole, eluLanes<A>(v, alpha, lo, scale, round, one, g0, g1, g2, g3, g4, g5), rest);
  }
}

/**
 * ELU forward in loops of its own, as sigmoidForward (constants loaded once, the clamp, the
 * comparison and the choice in float32 lanes), one for α = 1, the default, which skips the
 * multiplication by α (1·y is y, so the results are the same bits): 1.19 → 1.00 ns per element
 * (bench/compute.ts), 1.13 for another α; four vectors an iteration, as sigmoidForward, 8% less.
 */
export function eluForward(x: usize, out: usize, n: i32, param: f64): void {
  if (param === 1) eluLoop<TimesOne>(x, out, n, param);
  else eluLoop<TimesAlpha>(x, out, n, param);
}
export function eluBackward(x: usize, dy: usize, out: usize, n: i32, param: f64): void {
  backward<Elu>(x, dy, out, n, param);
}

/**
 * swish′ as a function of z = βx around its zero z₀ (−1.2785): its Taylor series h·(c₁ + c₂h + …
 * + c₆h⁵), h = z − z₀ carried with z₀'s low part (generateFixtures.py roots, SWISH_GRAD).
 */
const SWISH_ROOT = memory.data<f64>([
  -1.2784645427610737, -1.0946994183093437e-16, 0.2178117057198001, 0.1466487969969469, 0.018874814223782312,
  -0.015222655223188032, -0.006606589138356696, 0.000126627410081122,
]);
/** Half the width of the windows around swish′'s and geluTanh′'s zeros where their series are summed. */
const ONE_SIXTEENTH = memory.data<f64>([1.0 / 16]);

/**
 * A derivative near its zero v₀, for lanes within `window` of it, from its Taylor series
 * h·(c₁ + c₂h + … + c_d·h^(d−1)), h = v − v₀ carried with v₀'s low part (a table as SWISH_ROOT:
 * v₀, its low part, c₁ … c_d); `direct` in the other lanes. A vector sums the series only where a
 * lane needs it: rarely, a branch.
 */
// @ts-ignore: decorator
@inline function nearRoot(v: v128, root: usize, degree: i32, window: usize, direct: v128): v128 {
  const h = f64x2.sub(f64x2.sub(v, lanes(root)), lanes(root + 8));
  const near = f64x2.le(f64x2.abs(h), lanes(window));
  if (!v128.any_true(near)) return direct;
  let p = mulAdd(lanes(root + (<usize>(degree + 1) << 3)), h, lanes(root + (<usize>degree << 3)));
  for (let i = degree - 1; i >= 2; i--) p = mulAdd(p, h, lanes(root + (<usize>i << 3)));
  return select(f64x2.mul(h, p), direct, near);
}

/**
 * swish′(z) from its closed form `direct` (e^(−z) from exp), or within 1/16 of its zero from the
 * series. The closed form's numerator 1 + t·(1 + z) cancels near z₀: e^(−z)'s relative error
 * (below 2.8e−9) grows by |t·(1 + z)|/|1 + t·(1 + z)|, at most 4.3 outside the window, to 1.2e−8,
 * inside the 2^−24 budget (see lanes.ts); the series of degree 6 is within 2.3e−10 of swish′
 * inside (mpmath).
 */
// @ts-ignore: decorator
@inline function nearSwishRoot(z: v128, direct: v128): v128 {
  return nearRoot(z, SWISH_ROOT, 6, ONE_SIXTEENTH, direct);
}

/** log2(e), the float64 that lanes.ts's LOG2E holds. */
const LOG2E_VALUE: f64 = 1.4426950408889634;

/**
 * The limits of x for Swish and SwishGate, in float32 lanes: [low, high] four times each, set by
 * swishLimits before a loop. Clamping four float32s takes half the operations of clamping their
 * float64s, and the side that cannot reach the limit is not clamped after widening.
 */
const SWISH_LIMITS = memory.data(32, 16);

/**
 * Sets SWISH_LIMITS for β and an edge of βx: on the side where σ(βx) → 0, x stops at
 * edge/|β|, or at float32's largest (so that ∓∞ gives ∓0 there); on the other side x stays, ±∞
 * included, or stops at the same distance where `bothSides`. The edge rounded to float32 may
 * pass edge/|β| by a relative 2^−24, which the callers' margins hold.
 */
// @ts-ignore: decorator
@inline function swishLimits(beta: f64, edge: f64, bothSides: bool): void {
  const e = <f32>min(edge / abs(beta), <f64>F32.MAX_VALUE);
  v128.store(SWISH_LIMITS, f32x4.splat(beta > 0 || bothSides ? -e : -Infinity));
  v128.store(SWISH_LIMITS, f32x4.splat(beta < 0 || bothSides ? e : Infinity), 16);
}

/**
 * x clamped to [low, high] of SWISH_LIMITS, four float32 lanes (the activation loops and the gated
 * units call an activation's or a gate's limit before widening, when it has one).
 */
// @ts-ignore: decorator
@inline function swishLimit(x: v128): v128 {
  return f32x4.pmin(f32x4.pmax(x, v128.load(SWISH_LIMITS)), v128.load(SWISH_LIMITS, 16));
}

/**
 * forward<F> with two vectors an iteration, the last n % 8 as forward<F>: two independent chains
 * of dependent operations side by side, which the CPU overlaps better than one an iteration
 * (Swish forward 5% faster, compute alone), at the cost of the body inlined twice more.
 */
// @ts-ignore: decorator
@inline function forwardTwice<F>(x: usize, out: usize, n: i32, param: f64): void {
  const p = f64x2.splat(param);
  const whole = <usize>(n & ~7) << 2;
  for (let at: usize = 0; at < whole; at += 32) {
    const first = forwardLanes<F>(v128.load(x + at), p);
    const second = forwardLanes<F>(v128.load(x + at, 16), p);
    v128.store(out + at, first);
    v128.store(out + at, second, 16);
  }
  forward<F>(x + whole, out + whole, n & 7, param);
}

/**
 * |βx| where swish's exponent 2^(−βx·log2 e) reaches 2^1021 (exp2 builds 2^k in the exponent bits,
 * which must stay normal): beyond, on the side where σ(βx) → 0, c/(1 + 2^1021) with |c| below
 * 3.4·10^38 is below 1.6·10^−269, ±0 in float32 times any float32, as the true value.
 */
const SWISH_EXP_EDGE: f64 = 1021 / LOG2E_VALUE;
/** |βx| where swish′ is 1 or ±0 in float32 (times any dy): its z is clamped there. */
const SWISH_GRAD_EDGE: f64 = 700;

/**
 * Swish, x·σ(βx) = c/(1 + 2^(c·scale)), scale = −β·log2(e) (the loop's parameter), c = x limited
 * as SWISH_EXP_EDGE says on σ's vanishing side, its exponent clamped at −1021.4 on the other (σ =
 * 1 in float64 there; ±∞ included). Swish′ = (s + z·t)/s², z = βc with c = x limited to
 * |βx| ≤ 700 on both sides (1 or −0 in float32 beyond), t = e^(−z), s = 1 + t, but near its zero
 * from its series (nearSwishRoot). β = 0 takes the JS loop (swish = x/2 needs no clamp).
 */
@final @unmanaged class Swish {
  // @ts-ignore: decorator
  @inline limit(x: v128): v128 {
    return swishLimit(x);
  }
  // @ts-ignore: decorator
  @inline f(c: v128, scale: v128): v128 {
    return f64x2.div(c, onePlusExp2(f64x2.pmax(f64x2.mul(c, scale), lanes(EXP2_MIN))));
  }
  // @ts-ignore: decorator
  @inline df(c: v128, beta: v128): v128 {
    const z = f64x2.mul(beta, c);
    const t = exp2(f64x2.mul(z, minusLog2e()));
    const s = f64x2.add(lanes(ONE), t);
    return nearSwishRoot(z, f64x2.div(mulAdd(z, t, s), f64x2.mul(s, s)));
  }
}
export function swishForward(x: usize, out: usize, n: i32, param: f64): void {
  swishLimits(param, SWISH_EXP_EDGE, false);
  forwardTwice<Swish>(x, out, n, param * -LOG2E_VALUE);
}
export function swishBackward(x: usize, dy: usize, out: usize, n: i32, param: f64): void {
  swishLimits(param, SWISH_GRAD_EDGE, true);
  backward<Swish>(x, dy, out, n, param);
}

/**
 * GELU's tanh form, c/(1 + e^(−2u)), u = √(2/π)(c + 0.044715c³), c and the exponent clamped as in
 * Swish; its derivative (s + 2c·u′·t)/s², t = e^(−2u), s = 1 + t, c = x clamped to [−15, 10]
 * (1 or −0 in float32 beyond).
 */
@final @unmanaged class GeluTanh {
  // @ts-ignore: decorator
  @inline f(x: v128, _: v128): v128 {
    const c = clamp(x, MINUS_BIG, PLUS_BIG);
    const c3 = f64x2.mul(f64x2.mul(c, c), c);
    const u = f64x2.mul(lanes(SQRT_2_OVER_PI), f64x2.add(c, f64x2.mul(lanes(GELU_TANH_COEFF), c3)));
    return f64x2.div(c, onePlusExp2(clamp(f64x2.mul(u, lanes(MINUS_TWO_LOG2E)), EXP2_MIN, EXP2_MAX)));
  }
  // @ts-ignore: decorator
  @inline df(x: v128, _: v128): v128 {
    const c = clamp(x, MINUS_15, PLUS_10);
    const c2 = f64x2.mul(c, c);
    const u = f64x2.mul(
      lanes(SQRT_2_OVER_PI),
      f64x2.add(c, f64x2.mul(f64x2.mul(lanes(GELU_TANH_COEFF), c2), c)),
    );
    const du = f64x2.mul(lanes(SQRT_2_OVER_PI), f64x2.add(lanes(ONE), f64x2.mul(lanes(THREE_GELU_TANH_COEFF), c2)));
    const t = exp2(f64x2.mul(u, lanes(MINUS_TWO_LOG2E)));
    const s = f64x2.add(lanes(ONE), t);
    const numerator = mulAdd(f64x2.mul(f64x2.add(c, c), du), t, s);
    // the numerator 1 + t·(1 + 2c·u′) cancels near the zero x₀ (−0.7525): e^(−2u)'s relative error
    // grows by at most 2.7 outside 1/16 of it (to 7.6e−9, see lanes.ts); inside, the series of
    // degree 7, within 2.2e−11 of geluTanh′ there (mpmath)
    return nearRoot(c, GELU_TANH_ROOT, 7, ONE_SIXTEENTH, f64x2.div(numerator, f64x2.mul(s, s)));
  }
}
export function geluTanhForward(x: usize, out: usize, n: i32, param: f64): void {
  forward<GeluTanh>(x, out, n, param);
}
export function geluTanhBackward(x: usize, dy: usize, out: usize, n: i32, param: f64): void {
  backward<GeluTanh>(x, dy, out, n, param);
}

// The fits' polynomials in Estrin's form, written out for their degrees (see lanes.ts).

/** GELU's P(b), degree 6. */
// @ts-ignore: decorator
@inline function normalTailNumerator(b: v128, b2: v128, b4: v128): v128 {
  const t = NORMAL_TAIL_NUMERATOR;
  const n = NORMAL_TAIL_NUMERATOR_TERMS;
  const low = mulAdd(b2, pair(t, n, 2, b), pair(t, n, 0, b));
  return mulAdd(b4, mulAdd(b2, term(t, n, 6), pair(t, n, 4, b)), low);
}

/** GELU's Q(b), degree 7. */
// @ts-ignore: decorator
@inline function normalTailDenominator(b: v128, b2: v128, b4: v128): v128 {
  const t = NORMAL_TAIL_DENOMINATOR;
  const n = NORMAL_TAIL_DENOMINATOR_TERMS;
  const low = mulAdd(b2, pair(t, n, 2, b), pair(t, n, 0, b));
  return mulAdd(b4, mulAdd(b2, pair(t, n, 6, b), pair(t, n, 4, b)), low);
}

/** Softplus's P(w) ≈ log(1 + w)/w, degree 11. */
// @ts-ignore: decorator
@inline function log1pRatio(w: v128): v128 {
  const t = LOG1P_RATIO;
  const n = LOG1P_RATIO_TERMS;
  const w2 = f64x2.mul(w, w);
  const w4 = f64x2.mul(w2, w2);
  const low = mulAdd(w2, pair(t, n, 2, w), pair(t, n, 0, w));
  const middle = mulAdd(w2, pair(t, n, 6, w), pair(t, n, 4, w));
  const high = mulAdd(w2, pair(t, n, 10, w), pair(t, n, 8, w));
  return mulAdd(w4, mulAdd(w4, high, middle), low);
}

/** The coefficient of u^i of the Mills-ratio fit, lane 0's from row0 and lane 1's from row1. */
// @ts-ignore: decorator
@inline function millsTerm(row0: usize, row1: usize, i: i32): v128 {
  const at = <usize>(MILLS_TERMS - 1 - i) << 3;
  return v128.load64_lane(row1 + at, v128.load64_zero(row0 + at), 1);
}

// @ts-ignore: decorator
@inline function millsPair(row0: usize, row1: usize, i: i32, u: v128): v128 {
  return mulAdd(millsTerm(row0, row1, i + 1), u, millsTerm(row0, row1, i));
}

/** The Mills ratio's polynomial in u on each lane's interval, degree 10. */
// @ts-ignore: decorator
@inline function millsRatio(row0: usize, row1: usize, u: v128): v128 {
  const u2 = f64x2.mul(u, u);
  const u4 = f64x2.mul(u2, u2);
  const low = mulAdd(u2, millsPair(row0, row1, 2, u), millsPair(row0, row1, 0, u));
  const middle = mulAdd(u2, millsPair(row0, row1, 6, u), millsPair(row0, row1, 4, u));
  const high = mulAdd(u2, millsTerm(row0, row1, 10), millsPair(row0, row1, 8, u));
  return mulAdd(u4, mulAdd(u4, high, middle), low);
}

/**
 * Φ(c) as GELU′ needs it, from the Mills ratio: Φ(−a) = M(a)·φ(a) with a = |c| and pdf = φ(a), so
 * it carries φ's rounding; 1 − that for c > 0. The fit's interval is j = ⌊4b⌋ of b = min(a, 16⁻),
 * and u is b's offset from the interval's middle.
 */
// @ts-ignore: decorator
@inline function normalCdfByMills(c: v128, a: v128, pdf: v128): v128 {
  const b = f64x2.pmin(a, lanes(BELOW_16));
  const j = i32x4.trunc_sat_f64x2_s_zero(f64x2.mul(b, lanes(FOUR)));
  const u = f64x2.sub(b, f64x2.mul(f64x2.add(f64x2.convert_low_i32x4_s(j), lanes(HALF)), lanes(QUARTER)));
  const row0 = MILLS_RATIO + <usize>(i32x4.extract_lane(j, 0) * MILLS_TERMS * 8);
  const row1 = MILLS_RATIO + <usize>(i32x4.extract_lane(j, 1) * MILLS_TERMS * 8);
  const mp = f64x2.mul(millsRatio(row0, row1, u), pdf);
  return select(f64x2.sub(lanes(ONE), mp), mp, f64x2.gt(c, lanes(ZERO)));
}

/**
 * GELU, c·Φ(c) with c = max(x, −16) and Φ(c) = 1 − q or q by the sign, q = Φ(−b) =
 * e^(−b²/2)·P(b)/Q(b), b = min(|c|, 16), from the rational fit. GELU′ = Φ(x) + x·φ(x), whose
 * terms cancel near its zero: Φ(−a) = M(a)·φ(a) with the Mills ratio M from the accurate piecewise
 * fit, so both terms carry φ's rounding and the cancellation does not magnify it (for x ≥ −16: a
 * chunk reaching below takes GeluTail); x is clamped to ±37.5 (the JS loop's 38 would take
 * e^(−x²/2) below e^−708), where dy·GELU′ is dy or ±0 in float32.
 * SIMD cannot index a table per lane, so each lane's row of the fit is loaded apart.
 */
@final @unmanaged class Gelu {
  // @ts-ignore: decorator
  @inline f(x: v128, _: v128): v128 {
    const c = f64x2.pmax(x, lanes(MINUS_16));
    const b = f64x2.pmin(f64x2.abs(c), lanes(PLUS_16));
    const b2 = f64x2.mul(b, b);
    const b4 = f64x2.mul(b2, b2);
    const p = normalTailNumerator(b, b2, b4);
    const q = normalTailDenominator(b, b2, b4);
    const tail = f64x2.div(f64x2.mul(exp(f64x2.mul(lanes(MINUS_HALF), b2)), p), q);
    return f64x2.mul(c, select(f64x2.sub(lanes(ONE), tail), tail, f64x2.gt(c, lanes(ZERO))));
  }
  // @ts-ignore: decorator
  @inline df(x: v128, _: v128): v128 {
    const c = clamp(x, MINUS_37_5, PLUS_37_5);
    const a = f64x2.abs(c);
    const pdf = f64x2.mul(expShortChain(f64x2.mul(lanes(MINUS_HALF), f64x2.mul(a, a))), lanes(INV_SQRT_2PI));
    const phi = normalCdfByMills(c, a, pdf);
    return f64x2.add(phi, f64x2.mul(c, pdf));
  }
}
/**
 * GELU′ below −16, where the fit of the Mills ratio ends and Gelu.df would take M(16) for M(|x|):
 * gelu′ is below 10^−54 there, +0 or −0 in float32, but dy·gelu′ is not for |dy| > 10^10. Φ from
 * normalCdf, whose asymptotic series holds down to −37.5 (the fused GEGLU's GeluTailGate).
 */
@final @unmanaged class GeluTail {
  // @ts-ignore: decorator
  @inline df(x: v128, _: v128): v128 {
    const c = clamp(x, MINUS_37_5, PLUS_37_5);
    const phi = normalCdf(c);
    return f64x2.add(phi, f64x2.mul(c, v128.load(GATE_PDF)));
  }
}
export function geluForward(x: usize, out: usize, n: i32, param: f64): void {
  forward<Gelu>(x, out, n, param);
}
/**
 * The tail's forms only for a stretch of CHUNK elements that reaches below −16, after a quick
 * scan: CHUNK at a time as the copying caller's chunks, so that an element's result is the same
 * whether its array is copied in or resident.
 */
export function geluBackward(x: usize, dy: usize, out: usize, n: i32, param: f64): void {
  for (let start = 0; start < n; start += CHUNK) {
    const m = min(CHUNK, n - start);
    const at = <usize>start << 2;
    if (anyBelowGeluFit(x + at, m)) backward<GeluTail>(x + at, dy + at, out + at, m, param);
    else backward<Gelu>(x + at, dy + at, out + at, m, param);
  }
}

/**
 * Softplus, max(c, 0) + w·P(w) with w = e^(−|c|) and P(w) ≈ log(1 + w)/w from the fit, c = x
 * clamped to ±BIG, the exponent at −708 (w·P is 0 in float32 beyond). Softplus′ = σ(x) as
 * Sigmoid's, but the exponent clamped to ±708: dy·σ is 0 or dy beyond.
 */
@final @unmanaged class Softplus {
  // @ts-ignore: decorator
  @inline f(x: v128, _: v128): v128 {
    const c = clamp(x, MINUS_BIG, PLUS_BIG);
    const a = f64x2.abs(c);
    const w = expShortChain(f64x2.pmax(f64x2.neg(a), lanes(EXP_MIN)));
    return f64x2.add(f64x2.mul(f64x2.add(c, a), lanes(HALF)), f64x2.mul(w, log1pRatio(w)));
  }
  // @ts-ignore: decorator
  @inline df(x: v128, _: v128): v128 {
    return f64x2.div(lanes(ONE), onePlusExp2(clamp(f64x2.mul(x, minusLog2e()), EXP2_MIN, EXP2_MAX)));
  }
}
export function softplusForward(x: usize, out: usize, n: i32, param: f64): void {
  forward<Softplus>(x, out, n, param);
}
export function softplusBackward(x: usize, dy: usize, out: usize, n: i32, param: f64): void {
  backward<Softplus>(x, dy, out, n, param);
}

const PLUS_40 = memory.data<f64>([40]);
/** Half the width of the window around mish′'s zero where its series is summed (see Mish). */
const MISH_ROOT_WINDOW = memory.data<f64>([1.0 / 128]);

/** The address of MISH_ROOT's i-th value. */
// @ts-ignore: decorator
@inline function mishRoot(i: i32): usize {
  return MISH_ROOT + (<usize>i << 3);
}

/**
 * Mish, c·n/(n + 2) with u = e^c, n = u(u + 2) (tanh(softplus(x)) = n/(n + 2) exactly), c = x
 * clamped to ±BIG and the exponent to [−708, 40]: n/(n + 2) is 1 in float64 above 40, and below
 * −708 the result is under 4·10^38·e^−708, ±0 in float32 as the true value.
 *
 * mish′ = u·((u + 2)·d + 4c(1 + u))/d², d = n + 2, c = x clamped to [−708, 20] (1 in float32
 * above, −0 below), with e^c to float64 accuracy: the bracket cancels near mish′'s zero x₀. Within
 * 1/128 of x₀ its Taylor series is summed instead, h = x − x₀ carried with x₀'s low part, so the
 * relative accuracy holds up to the zero (the direct form's is 10⁻¹⁶/|mish′| there).
 */
@final @unmanaged class Mish {
  // @ts-ignore: decorator
  @inline f(x: v128, _: v128): v128 {
    const c = clamp(x, MINUS_BIG, PLUS_BIG);
    const u = expShortChain(clamp(c, EXP_MIN, PLUS_40));
    const n = f64x2.mul(u, f64x2.add(u, lanes(TWO)));
    return f64x2.div(f64x2.mul(c, n), f64x2.add(n, lanes(TWO)));
  }
  // @ts-ignore: decorator
  @inline df(x: v128, _: v128): v128 {
    const c = clamp(x, EXP_MIN, PLUS_20);
    const u = expAccurate(c);
    const u2 = f64x2.add(u, lanes(TWO));
    const d = mulAdd(u, u2, lanes(TWO));
    const bracket = mulAdd(u2, d, f64x2.mul(f64x2.mul(lanes(FOUR), c), f64x2.add(lanes(ONE), u)));
    const direct = f64x2.div(f64x2.mul(u, bracket), f64x2.mul(d, d));
    const h = f64x2.sub(f64x2.sub(x, lanes(mishRoot(0))), lanes(mishRoot(1)));
    const h2 = f64x2.mul(h, h);
    const high = mulAdd(h2, lanes(mishRoot(6)), mulAdd(lanes(mishRoot(5)), h, lanes(mishRoot(4))));
    const series = f64x2.mul(h, mulAdd(h2, high, mulAdd(lanes(mishRoot(3)), h, lanes(mishRoot(2)))));
    return select(series, direct, f64x2.le(f64x2.abs(h), lanes(MISH_ROOT_WINDOW)));
  }
}
export function mishForward(x: usize, out: usize, n: i32, param: f64): void {
  forward<Mish>(x, out, n, param);
}
export function mishBackward(x: usize, dy: usize, out: usize, n: i32, param: f64): void {
  backward<Mish>(x, dy, out, n, param);
}

const MINUS_THREE = memory.data<f64>([-3]);
const SIX = memory.data<f64>([6]);
const SIXTH = memory.data<f64>([1.0 / 6]);

/**
 * Hard-Swish, c·min(max(c + 3, 0), 6)·(1/6) with c = x clamped below at −BIG (so −∞ gives −∞·0 =
 * −0 as every x ≤ −3 does, not NaN; +∞ needs no clamp, ∞·6·(1/6) = ∞); four roundings in float64
 * (1/6 one of them), far inside the one to float32, and a multiplication where a division by 6
 * costs several times more. The constants are locals of the loop, loaded once a call: loading them
 * at every use (lanes) made this memory-bound kernel 20% slower. Its derivative (2x + 3)·(1/6), 0
 * for x ≤ −3 and 1 for x ≥ 3 (PyTorch's convention at the kinks); NaN fails both comparisons and
 * keeps (2x + 3)/6's NaN.
 */
// @ts-ignore: decorator
@inline function hardSwishLanes(x: v128, lowest: v128, three: v128, six: v128, sixth: v128): v128 {
  const c = f64x2.pmax(x, lowest);
  const m = f64x2.pmin(f64x2.pmax(f64x2.add(c, three), f64x2.splat(0)), six);
  return f64x2.mul(f64x2.mul(c, m), sixth);
}
export function hardSwishForward(x: usize, out: usize, n: i32, _: f64): void {
  const lowest = lanes(MINUS_BIG);
  const three = lanes(THREE);
  const six = lanes(SIX);
  const sixth = lanes(SIXTH);
  const whole = <usize>(n & ~3) << 2;
  const rest = n & 3;
  const end = vectorsEnd(n);
  for (let at: usize = 0; at < end; at += 16) {
    const v = loadVector(x, at, whole, rest);
    const lo = hardSwishLanes(low(v), lowest, three, six, sixth);
    storeVector(out, at, whole, narrow(lo, hardSwishLanes(high(v), lowest, three, six, sixth)), rest);
  }
}

@final @unmanaged class HardSwish {
  // @ts-ignore: decorator
  @inline df(x: v128, _: v128): v128 {
    const g = f64x2.mul(f64x2.add(f64x2.add(x, x), lanes(THREE)), lanes(SIXTH));
    const low = select(lanes(ZERO), g, f64x2.le(x, lanes(MINUS_THREE)));
    return select(lanes(ONE), low, f64x2.ge(x, lanes(THREE)));
  }
}
export function hardSwishBackward(x: usize, dy: usize, out: usize, n: i32, param: f64): void {
  backward<HardSwish>(x, dy, out, n, param);
}

// ─── PReLU with one α per channel ────────────────────────────────────────────────────────────────

// The layout is [..., channels]: element i takes α[i % channels]. The caller tiles α (repeated
// from channel 0) into ALPHA32 or ALPHA64 and calls a kernel with `phase`, the channel of the
// chunk's first element, and `period`, a multiple of 4 and of the channel count (or at least n):
// element i of the chunk reads tile slot phase + i % period, since every `period` elements the
// channels repeat. So there is no index arithmetic per element, one tile serves every chunk, and
// with a period of about a quarter chunk the tiles stay small enough to share the first-level
// cache with X and DY while the caller copies whole chunks. ALPHA_SUMS, in the same slots, gathers
// Σ dy·min(x, 0) per slot, which preluChannelsFold folds into one sum per channel: the slots and
// order of src/kernels/preluSlots.ts, which the plain-JS loop follows too.
// Tiles hold ALPHA_TILE slots: room for CHUNK elements from any phase below CHUNK/2 channels.

export const ALPHA_TILE: i32 = CHUNK * 2;
export const ALPHA32: usize = memory.data(ALPHA_TILE << 2, 16);
export const ALPHA64: usize = memory.data(ALPHA_TILE << 3, 16);
export const ALPHA_SUMS: usize = memory.data(ALPHA_TILE << 3, 16);

/**
 * A per-channel forward loop over the n float32s at x into out, element i at tile slot
 * phase + i % period: K's f takes four elements' x and the byte offset of their first slot in a
 * tile of float32s (4·slot), and returns their results. The last n % 4 elements go through one
 * vector (loadTail).
 */
// @ts-ignore: decorator
@inline function preluChannels<K>(x: usize, out: usize, n: i32, phase: i32, period: i32): void {
  const k = changetype<K>(0);
  const span = <usize>period << 2;
  const first = <usize>phase << 2;
  const whole = <usize>(n & ~3) << 2;
  for (let segment: usize = 0; segment < whole; segment += span) {
    const end = min(whole, segment + span);
    const slot = first - segment;
    let at = segment;
    for (; at + 48 < end; at += 64) {
      const a = v128.load(x + at);
      const b = v128.load(x + at, 16);
      const c = v128.load(x + at, 32);
      const d = v128.load(x + at, 48);
      // @ts-ignore: K's methods are resolved for each kernel
      v128.store(out + at, k.f(a, slot + at));
      // @ts-ignore: K's methods are resolved for each kernel
      v128.store(out + at, k.f(b, slot + at + 16), 16);
      // @ts-ignore: K's methods are resolved for each kernel
      v128.store(out + at, k.f(c, slot + at + 32), 32);
      // @ts-ignore: K's methods are resolved for each kernel
      v128.store(out + at, k.f(d, slot + at + 48), 48);
    }
    // @ts-ignore: K's methods are resolved for each kernel
    for (; at < end; at += 16) v128.store(out + at, k.f(v128.load(x + at), slot + at));
  }
  const rest = n & 3;
  // @ts-ignore: K's methods are resolved for each kernel
  if (rest !== 0) storeTail(out + whole, k.f(loadTail(x + whole, rest), first + whole % span), rest);
}

/**
 * The backward loop of preluChannels over one chunk: out ← K's dx of x and dy (dy·α or dy by the
 * sign), and Σ dy·min(x, 0) of each slot added into ALPHA_SUMS, each slot's terms in the order of
 * the elements, the last n % 4 through one vector after all the others (its zeros past n add +0).
 * K's alpha(slot) gives the four elements' α from its tile (4·slot) and dx(x, dy, α) gives dx.
 *
 * Two walks give those same sums. For a chunk in the first-level cache (the caller's copy), the
 * vectors that share a slot (one per segment of `period` elements) are taken together, so that the
 * slot's sums stay in registers over them and its α is loaded once. For arrays walked in place,
 * which stream from memory, the elements go in order and the sums through their tile: the grouped
 * walk's four streams an array cost 1.45× at 4e6 elements (and 1.0–1.1× Leaky ReLU at 1e6), the
 * walk in order 0.90–0.96× at every size.
 */
// @ts-ignore: decorator
@inline function preluChannelsBackwardLoop<K>(
  x: usize,
  dy: usize,
  out: usize,
  n: i32,
  phase: i32,
  period: i32,
  inOrder: bool,
): void {
  const k = changetype<K>(0);
  const span = <usize>period << 2;
  const first = <usize>phase << 2;
  const whole = <usize>(n & ~3) << 2;
  if (inOrder) {
    for (let segment: usize = 0; segment < whole; segment += span) {
      const end = min(whole, segment + span);
      const slot = first - segment;
      let at = segment;
      for (; at + 48 < end; at += 64) {
        preluChannelsStep<K>(x + at, dy + at, out + at, slot + at);
        preluChannelsStep<K>(x + at + 16, dy + at + 16, out + at + 16, slot + at + 16);
        preluChannelsStep<K>(x + at + 32, dy + at + 32, out + at + 32, slot + at + 32);
        preluChannelsStep<K>(x + at + 48, dy + at + 48, out + at + 48, slot + at + 48);
      }
      for (; at < end; at += 16) preluChannelsStep<K>(x + at, dy + at, out + at, slot + at);
    }
  } else {
    const offsets = min(span, whole);
    for (let offset: usize = 0; offset < offsets; offset += 16) {
      const slot = first + offset;
      const sums = ALPHA_SUMS + (slot << 1);
      let sumLo = v128.load(sums);
      let sumHi = v128.load(sums, 16);
      // @ts-ignore: K's methods are resolved for each kernel
      const alpha = k.alpha(slot);
      for (let at = offset; at < whole; at += span) {
        const v = v128.load(x + at);
        const g = v128.load(dy + at);
        const m = alphaTerms(v);
        // @ts-ignore: K's methods are resolved for each kernel
        v128.store(out + at, k.dx(v, g, alpha));
        sumLo = mulAdd(low(g), low(m), sumLo);
        sumHi = mulAdd(high(g), high(m), sumHi);
      }
      v128.store(sums, sumLo);
      v128.store(sums, sumHi, 16);
    }
  }
  const rest = n & 3;
  if (rest !== 0) {
    const slot = first + whole % span;
    const v = loadTail(x + whole, rest);
    const g = loadTail(dy + whole, rest);
    // @ts-ignore: K's methods are resolved for each kernel
    storeTail(out + whole, k.dx(v, g, k.alpha(slot)), rest);
    addAlphaTerms(ALPHA_SUMS + (slot << 1), g, alphaTerms(v));
  }
}

/** One vector of the walk in order: dx at out, and its ∂α terms added into their slots' sums. */
// @ts-ignore: decorator
@inline function preluChannelsStep<K>(x: usize, dy: usize, out: usize, slot: usize): void {
  const k = changetype<K>(0);
  const v = v128.load(x);
  const g = v128.load(dy);
  // @ts-ignore: K's methods are resolved for each kernel
  v128.store(out, k.dx(v, g, k.alpha(slot)));
  addAlphaTerms(ALPHA_SUMS + (slot << 1), g, alphaTerms(v));
}

/** The four products dy·m added into the sums of four slots at `sums` (two float64 vectors). */
// @ts-ignore: decorator
@inline function addAlphaTerms(sums: usize, dy: v128, m: v128): void {
  v128.store(sums, mulAdd(low(dy), low(m), v128.load(sums)));
  v128.store(sums, mulAdd(high(dy), high(m), v128.load(sums, 16)), 16);
}

/**
 * min(x, 0), the factor of dy in ∂α: 0 < x ? 0 : x keeps −0, NaN and −∞ (pmin, one instruction,
 * where the IEEE min takes eight). Its products with dy are exact in float64 (two float32s), so
 * mulAdd adds each with one rounding, fused or not: the same sums in both builds.
 */
// @ts-ignore: decorator
@inline function alphaTerms(x: v128): v128 {
  return f32x4.pmin(x, f32x4.splat(0));
}

/** Every α a float32: x or x·α by the sign in float32 lanes, exact as in leakyReluFloat32. */
@final @unmanaged class PreluFloat32Forward {
  // @ts-ignore: decorator
  @inline f(x: v128, slot: usize): v128 {
    return select32(x, f32x4.mul(x, v128.load(ALPHA32 + slot)), f32x4.gt(x, f32x4.splat(0)));
  }
}

/**
 * Every α a float32 in (0, 1], PReLU's usual slopes: then x·α lies between x and 0, so the pmax
 * of x and x·α (x·α where x < x·α) is x for x > 0 and x·α below, x for ±0 (−0·α is −0) and x's NaN
 * for NaN: PreluFloat32Forward's bits in one instruction where its select takes two (four in plain
 * SIMD), which made the forward 10–20% faster on arrays in the module's memory (at 1e5 and 1e6).
 */
@final @unmanaged class PreluFloat32FractionForward {
  // @ts-ignore: decorator
  @inline f(x: v128, slot: usize): v128 {
    return f32x4.pmax(x, f32x4.mul(x, v128.load(ALPHA32 + slot)));
  }
}
@final @unmanaged class PreluFloat32Backward {
  // @ts-ignore: decorator
  @inline alpha(slot: usize): v128 {
    return v128.load(ALPHA32 + slot);
  }
  // @ts-ignore: decorator
  @inline dx(x: v128, dy: v128, alpha: v128): v128 {
    const slope = select32(f32x4.splat(1), alpha, f32x4.gt(x, f32x4.splat(0)));
    return f32x4.mul(dy, v128.or(slope, f32x4.ne(x, x)));
  }
}

/** Any α: x·α and dy·α in float64 lanes, rounded once, as LeakyRelu. */
@final @unmanaged class PreluForward {
  // @ts-ignore: decorator
  @inline f(x: v128, slot: usize): v128 {
    const a = ALPHA64 + (slot << 1);
    const lo = low(x);
    const hi = high(x);
    const resultLo = select(lo, f64x2.mul(lo, v128.load(a)), f64x2.gt(lo, lanes(ZERO)));
    const resultHi = select(hi, f64x2.mul(hi, v128.load(a + 16)), f64x2.gt(hi, lanes(ZERO)));
    return narrow(resultLo, resultHi);
  }
}
@final @unmanaged class PreluBackward {
  // @ts-ignore: decorator
  @inline alpha(slot: usize): usize {
    return ALPHA64 + (slot << 1);
  }
  // @ts-ignore: decorator
  @inline dx(x: v128, dy: v128, a: usize): v128 {
    const lo = low(x);
    const hi = high(x);
    const slopeLo = v128.or(select(lanes(ONE), v128.load(a), f64x2.gt(lo, lanes(ZERO))), nanWhereNaN(lo));
    const slopeHi = v128.or(select(lanes(ONE), v128.load(a + 16), f64x2.gt(hi, lanes(ZERO))), nanWhereNaN(hi));
    return narrow(f64x2.mul(low(dy), slopeLo), f64x2.mul(high(dy), slopeHi));
  }
}

/** fractions: every α is in (0, 1] (PreluFloat32FractionForward). */
export function preluChannelsFloat32Forward(
  x: usize,
  out: usize,
  n: i32,
  phase: i32,
  period: i32,
  fractions: bool,
): void {
  if (fractions) preluChannels<PreluFloat32FractionForward>(x, out, n, phase, period);
  else preluChannels<PreluFloat32Forward>(x, out, n, phase, period);
}
export function preluChannelsFloat32Backward(
  x: usize,
  dy: usize,
  out: usize,
  n: i32,
  phase: i32,
  period: i32,
  channels: i32,
): void {
  preluChannelsBackwardChunks<PreluFloat32Backward>(x, dy, out, n, phase, period, channels);
}
export function preluChannelsForward(x: usize, out: usize, n: i32, phase: i32, period: i32): void {
  preluChannels<PreluForward>(x, out, n, phase, period);
}
export function preluChannelsBackward(
  x: usize,
  dy: usize,
  out: usize,
  n: i32,
  phase: i32,
  period: i32,
  channels: i32,
): void {
  preluChannelsBackwardChunks<PreluBackward>(x, dy, out, n, phase, period, channels);
}

/**
 * The backward loop over n elements from channel `phase` a CHUNK at a time, each chunk from its
 * own channel, as the caller copies chunks through X and DY: so arrays in this module's memory
 * (a KernelArena's), walked in one call, gather their ∂α terms in the same slots as copied ones,
 * the same sums, without a call per chunk (which cost about 5% of a call at 1e5 elements). A call
 * of one chunk or less is the caller's copy, in the cache (preluChannelsBackwardLoop's walks).
 */
// @ts-ignore: decorator
@inline function preluChannelsBackwardChunks<K>(
  x: usize,
  dy: usize,
  out: usize,
  n: i32,
  phase: i32,
  period: i32,
  channels: i32,
): void {
  const inOrder = n > CHUNK;
  for (let start = 0; start < n; start += CHUNK) {
    const at = <usize>start << 2;
    const count = min(CHUNK, n - start);
    preluChannelsBackwardLoop<K>(x + at, dy + at, out + at, count, (phase + start) % channels, period, inOrder);
  }
}

/**
 * Folds the ∂α sums of ALPHA_SUMS's first `slots` slots (whole rows of `channels`) into its first
 * row: slot c adds slots c + channels, c + 2·channels, … in that order, two channels a vector and
 * an odd last one alone (in JS, one addition per slot cost 1 µs a call at 40 channels).
 */
export function preluChannelsFold(channels: i32, slots: i32): void {
  const row = <usize>channels << 3;
  const end = ALPHA_SUMS + (<usize>slots << 3);
  const pairs = ALPHA_SUMS + (<usize>(channels & ~1) << 3);
  for (let at = ALPHA_SUMS + row; at < end; at += row) {
    let c = ALPHA_SUMS;
    for (; c < pairs; c += 16) v128.store(c, f64x2.add(v128.load(c), v128.load(c + at - ALPHA_SUMS)));
    if (channels & 1) store<f64>(c, load<f64>(c) + load<f64>(c + at - ALPHA_SUMS));
  }
}

// ─── gated linear units: a ⊙ gate(b) and its backward, in one pass ──────────────────────────────

// The loops take addresses: `rows` rows of `half` values a and `half` gate inputs b, row r's at
// a + r·stride and b + r·stride (bytes), half a multiple of 4 (nothing is read or written past a
// row's half), or one row of any half that may read and write up to 3 elements past it (the
// module's own buffers). So one call covers rows [a | b] as they lie in x (b = a + 4·half, stride
// 8·half), a KernelArena's or a chunk of them copied into X, or rows gathered into VALUE (a) and X
// (b). Forward: out (rows of half, contiguous) ← a·gate(b), the product rounded once. Backward,
// with the upstream gradient dy (rows of half, contiguous): da ← ∂L/∂a = dy·gate(b) and
// db ← ∂L/∂b = dy·a·gate′(b), at da + r·stride and db + r·stride, gate and gate′ from one
// evaluation. Each element's result depends on its own inputs alone (and for GEGLU on which gate
// form the call takes, see gluGeluForward), whatever its position.
//
// The gates here are the activations' forms with wider limits: a·gate(b) and dy·a·gate′(b) are
// nonzero in float32 down to gate values of 10^−83 and 10^−122 (|a|, |dy| up to 3.4·10^38), where
// the activation kernels stop at float32's own underflow. Each gate class has value (the gate) and
// both (the derivative, with the gate left at GATE_VALUE), or instead of both, gradients (the two
// backward products of four lanes, gluGradients' work with no round trip through memory).

/**
 * Φ(c) for c in [−37.5, 37.5], with φ(c) = e^(−c²/2)/√(2π) left at GATE_PDF: Φ(−a) = M(a)·φ(a),
 * M the Mills ratio from its piecewise fit below a = 16 and from its asymptotic series
 * (1/a)(1 − r + 3r² − 15r³ + 105r⁴ − 945r⁵), r = 1/a², above (truncation below 4·10^−11 there).
 */
// @ts-ignore: decorator
@inline function normalCdf(c: v128): v128 {
  const a = f64x2.abs(c);
  const pdf = f64x2.mul(exp(f64x2.mul(lanes(MINUS_HALF), f64x2.mul(a, a))), lanes(INV_SQRT_2PI));
  v128.store(GATE_PDF, pdf);
  const b = f64x2.pmin(a, lanes(BELOW_16));
  const j = i32x4.trunc_sat_f64x2_s_zero(f64x2.mul(b, lanes(FOUR)));
  const u = f64x2.sub(b, f64x2.mul(f64x2.add(f64x2.convert_low_i32x4_s(j), lanes(HALF)), lanes(QUARTER)));
  const row0 = MILLS_RATIO + <usize>(i32x4.extract_lane(j, 0) * MILLS_TERMS * 8);
  const row1 = MILLS_RATIO + <usize>(i32x4.extract_lane(j, 1) * MILLS_TERMS * 8);
  const d = f64x2.div(lanes(ONE), f64x2.pmax(a, lanes(PLUS_16)));
  const r = f64x2.mul(d, d);
  const tail = mulAdd(r, lanes(MINUS_945), lanes(PLUS_105));
  const series = mulAdd(r, mulAdd(r, mulAdd(r, mulAdd(r, tail, lanes(MINUS_15)), lanes(THREE)), lanes(MINUS_ONE)), lanes(ONE));
  const m = select(f64x2.mul(d, series), millsRatio(row0, row1, u), f64x2.ge(a, lanes(PLUS_16)));
  const mp = f64x2.mul(m, pdf);
  return select(f64x2.sub(lanes(ONE), mp), mp, f64x2.gt(c, lanes(ZERO)));
}

/** GLU's gate σ = 1/s, its exponent clamped to ±708 (as 2^(x·(−log2 e)), see Sigmoid); σ′ = t/s² from the same t = e^(−x), s = 1 + t. */
@final @unmanaged class SigmoidGate {
  // @ts-ignore: decorator
  @inline value(x: v128, _: v128): v128 {
    return f64x2.div(lanes(ONE), onePlusExp2(clamp(f64x2.mul(x, minusLog2e()), EXP2_MIN, EXP2_MAX)));
  }
  // @ts-ignore: decorator
  @inline both(x: v128, _: v128): v128 {
    const t = exp2(clamp(f64x2.mul(x, minusLog2e()), EXP2_MIN, EXP2_MAX));
    const q = f64x2.div(lanes(ONE), f64x2.add(lanes(ONE), t)); // one division for both
    v128.store(GATE_VALUE, q);
    return f64x2.mul(f64x2.mul(t, q), q);
  }
}

/**
 * SwiGLU's gate x·σ(βx) as Swish, its limits the same: a·gate is then ±0 in float32 beyond them
 * for any float32 a, and on the other side x stays (±∞ included), as a·gate must be ±∞ there even
 * for |a| < 1. value takes Swish's scale −β·log2(e); gradients takes β, c limited at |βx| = 700
 * on σ's vanishing side (z = βc clamped at 700 on the other), and takes swish′ as Swish (its series
 * near its zero) and the gate c·q from the same t = e^(−z) and one division, q = 1/s (7–9% faster
 * than both and GATE_VALUE, compute alone).
 */
@final @unmanaged class SwishGate {
  /**
   * Present: gluForward takes four vectors an iteration (13% faster for this gate than one) and
   * gluBackward two (4% faster), compute alone.
   */
  // @ts-ignore: decorator
  @inline unrolled(): void {}
  // @ts-ignore: decorator
  @inline limit(x: v128): v128 {
    return swishLimit(x);
  }
  // @ts-ignore: decorator
  @inline value(c: v128, scale: v128): v128 {
    return changetype<Swish>(0).f(c, scale);
  }
  /** dy·gate(b) into daAt and dy·a·swish′(b) into dbAt, four float32 lanes, as gluGradients. */
  // @ts-ignore: decorator
  @inline gradients(a: v128, b: v128, dy: v128, beta: v128, daAt: usize, dbAt: usize): void {
    const c0 = low(b);
    const c1 = high(b);
    const z0 = f64x2.pmin(f64x2.mul(beta, c0), lanes(PLUS_700));
    const z1 = f64x2.pmin(f64x2.mul(beta, c1), lanes(PLUS_700));
    const t0 = exp2(f64x2.mul(z0, minusLog2e()));
    const t1 = exp2(f64x2.mul(z1, minusLog2e()));
    const s0 = f64x2.add(lanes(ONE), t0);
    const s1 = f64x2.add(lanes(ONE), t1);
    const q0 = f64x2.div(lanes(ONE), s0);
    const q1 = f64x2.div(lanes(ONE), s1);
    const dy0 = low(dy);
    const dy1 = high(dy);
    v128.store(daAt, narrow(f64x2.mul(dy0, f64x2.mul(c0, q0)), f64x2.mul(dy1, f64x2.mul(c1, q1))));
    const d0 = nearSwishRoot(z0, f64x2.mul(f64x2.mul(mulAdd(z0, t0, s0), q0), q0));
    const d1 = nearSwishRoot(z1, f64x2.mul(f64x2.mul(mulAdd(z1, t1, s1), q1), q1));
    // dy·a exact: two float32s
    v128.store(dbAt, narrow(f64x2.mul(f64x2.mul(dy0, low(a)), d0), f64x2.mul(f64x2.mul(dy1, high(a)), d1)));
  }
}

/**
 * GEGLU's gate x·Φ(x) and gelu′ = Φ + x·φ as the activation kernel's Gelu: the rational fit and the
 * Mills-ratio table, which hold for x ≥ −16. Below, a·gelu(x) and dy·a·gelu′(x) can still be
 * nonzero in float32; a call with such an input takes GeluTailGate instead (see gluGeluForward).
 */
@final @unmanaged class GeluGate {
  // @ts-ignore: decorator
  @inline value(x: v128, p: v128): v128 {
    return changetype<Gelu>(0).f(x, p);
  }
  // @ts-ignore: decorator
  @inline both(x: v128, _: v128): v128 {
    const c = clamp(x, MINUS_37_5, PLUS_37_5);
    const a = f64x2.abs(c);
    const pdf = f64x2.mul(exp(f64x2.mul(lanes(MINUS_HALF), f64x2.mul(a, a))), lanes(INV_SQRT_2PI));
    const phi = normalCdfByMills(c, a, pdf);
    v128.store(GATE_VALUE, f64x2.mul(f64x2.pmax(x, lanes(MINUS_37_5)), phi));
    return f64x2.add(phi, f64x2.mul(c, pdf));
  }
}

/**
 * The same from normalCdf, which holds down to x = −37.5: above, Φ = 1 and the gate is x (∞
 * included); below, both are under 10^−300, ±0 in float32 times any a or dy·a.
 */
@final @unmanaged class GeluTailGate {
  // @ts-ignore: decorator
  @inline value(x: v128, _: v128): v128 {
    const c = clamp(x, MINUS_37_5, PLUS_37_5);
    return f64x2.mul(f64x2.pmax(x, lanes(MINUS_37_5)), normalCdf(c));
  }
  // @ts-ignore: decorator
  @inline both(x: v128, _: v128): v128 {
    const c = clamp(x, MINUS_37_5, PLUS_37_5);
    const phi = normalCdf(c);
    v128.store(GATE_VALUE, f64x2.mul(f64x2.pmax(x, lanes(MINUS_37_5)), phi));
    return f64x2.add(phi, f64x2.mul(c, v128.load(GATE_PDF)));
  }
}

/** All ones in the lanes of the first n float32s at `from` (and up to 3 past them) below −16 (NaN is not), or-ed into `below`. */
// @ts-ignore: decorator
@inline function geluTailLanes(from: usize, n: i32, below: v128): v128 {
  for (let at: usize = 0; at < <usize>n << 2; at += 16) {
    below = v128.or(below, f32x4.lt(v128.load(from + at), f32x4.splat(-16)));
  }
  return below;
}

/** Whether any of the n float32s at x (and none past them) is below −16 (NaN is not). */
// @ts-ignore: decorator
@inline function anyBelowGeluFit(x: usize, n: i32): bool {
  const whole = n & ~3;
  let below = geluTailLanes(x, whole, f32x4.splat(0));
  const rest = n & 3;
  if (rest !== 0) below = v128.or(below, f32x4.lt(loadTail(x + (<usize>whole << 2), rest), f32x4.splat(-16)));
  return v128.any_true(below);
}

/** Whether any gate input of `rows` rows of half at b + r·stride is below −16 (NaN is not). */
// @ts-ignore: decorator
@inline function anyGeluTailGate(b: usize, rows: i32, half: i32, stride: i32): bool {
  let below = f32x4.splat(0);
  for (let r: usize = 0; r < <usize>rows; r++) below = geluTailLanes(b + r * <usize>stride, half, below);
  return v128.any_true(below);
}

/** a·gate(b) for four float32 lanes of a and b, rounded once. */
// @ts-ignore: decorator
@inline function gluValue<G>(a: v128, b: v128, p: v128): v128 {
  const g = changetype<G>(0);
  // @ts-ignore: G's methods are resolved for each gate
  if (isDefined(g.limit)) b = g.limit(b);
  // @ts-ignore: G's methods are resolved for each gate
  return narrow(f64x2.mul(low(a), g.value(low(b), p)), f64x2.mul(high(a), g.value(high(b), p)));
}

/**
 * dy·gate(b) into daAt and dy·a·gate′(b) into dbAt, for four float32 lanes, each rounded once (by
 * the gate's gradients where it has them).
 */
// @ts-ignore: decorator
@inline function gluGradients<G>(a: v128, b: v128, dy: v128, p: v128, daAt: usize, dbAt: usize): void {
  const g = changetype<G>(0);
  // @ts-ignore: G's methods are resolved for each gate
  if (isDefined(g.limit)) b = g.limit(b);
  // @ts-ignore: G's methods are resolved for each gate
  if (isDefined(g.gradients)) {
    // @ts-ignore: G's methods are resolved for each gate
    g.gradients(a, b, dy, p, daAt, dbAt);
    return;
  }
  // @ts-ignore: G's methods are resolved for each gate
  const dfLo = g.both(low(b), p);
  const fLo = v128.load(GATE_VALUE);
  // @ts-ignore: G's methods are resolved for each gate
  const dfHi = g.both(high(b), p);
  const fHi = v128.load(GATE_VALUE);
  const dyLo = low(dy);
  const dyHi = high(dy);
  v128.store(daAt, narrow(f64x2.mul(dyLo, fLo), f64x2.mul(dyHi, fHi)));
  const dyaLo = f64x2.mul(dyLo, low(a)); // exact: two float32s
  const dyaHi = f64x2.mul(dyHi, high(a));
  v128.store(dbAt, narrow(f64x2.mul(dyaLo, dfLo), f64x2.mul(dyaHi, dfHi)));
}

// @ts-ignore: decorator
@inline function gluForward<G>(a: usize, b: usize, out: usize, rows: i32, half: i32, stride: i32, param: f64): void {
  const p = f64x2.splat(param);
  const width = <usize>half << 2;
  for (let r: usize = 0; r < <usize>rows; r++) {
    const row = r * <usize>stride;
    const result = out + r * width;
    let at: usize = 0;
    // @ts-ignore: G's methods are resolved for each gate
    if (isDefined(changetype<G>(0).unrolled)) {
      for (; at + 48 < width; at += 64) {
        const first = gluValue<G>(v128.load(a + row + at), v128.load(b + row + at), p);
        const second = gluValue<G>(v128.load(a + row + at, 16), v128.load(b + row + at, 16), p);
        const third = gluValue<G>(v128.load(a + row + at, 32), v128.load(b + row + at, 32), p);
        const fourth = gluValue<G>(v128.load(a + row + at, 48), v128.load(b + row + at, 48), p);
        v128.store(result + at, first);
        v128.store(result + at, second, 16);
        v128.store(result + at, third, 32);
        v128.store(result + at, fourth, 48);
      }
    }
    for (; at < width; at += 16) {
      v128.store(result + at, gluValue<G>(v128.load(a + row + at), v128.load(b + row + at), p));
    }
  }
}

// @ts-ignore: decorator
@inline function gluBackward<G>(
  a: usize,
  b: usize,
  dy: usize,
  da: usize,
  db: usize,
  rows: i32,
  half: i32,
  stride: i32,
  param: f64,
): void {
  const p = f64x2.splat(param);
  const width = <usize>half << 2;
  for (let r: usize = 0; r < <usize>rows; r++) {
    const row = r * <usize>stride;
    const upstream = dy + r * width;
    let at: usize = 0;
    // @ts-ignore: G's methods are resolved for each gate
    if (isDefined(changetype<G>(0).unrolled)) {
      for (; at + 16 < width; at += 32) {
        gluGradientsAt<G>(a + row, b + row, upstream, da + row, db + row, at, p);
        gluGradientsAt<G>(a + row, b + row, upstream, da + row, db + row, at + 16, p);
      }
    }
    for (; at < width; at += 16) gluGradientsAt<G>(a + row, b + row, upstream, da + row, db + row, at, p);
  }
}

/** gluGradients of the four lanes `at` bytes into a row's a, b, dy, ∂a and ∂b. */
// @ts-ignore: decorator
@inline function gluGradientsAt<G>(a: usize, b: usize, dy: usize, da: usize, db: usize, at: usize, p: v128): void {
  gluGradients<G>(v128.load(a + at), v128.load(b + at), v128.load(dy + at), p, da + at, db + at);
}

export function gluSigmoidForward(a: usize, b: usize, out: usize, rows: i32, half: i32, stride: i32, param: f64): void {
  gluForward<SigmoidGate>(a, b, out, rows, half, stride, param);
}
export function gluSigmoidBackward(
  a: usize,
  b: usize,
  dy: usize,
  da: usize,
  db: usize,
  rows: i32,
  half: i32,
  stride: i32,
  param: f64,
): void {
  gluBackward<SigmoidGate>(a, b, dy, da, db, rows, half, stride, param);
}
export function gluSwishForward(a: usize, b: usize, out: usize, rows: i32, half: i32, stride: i32, param: f64): void {
  swishLimits(param, SWISH_EXP_EDGE, false);
  gluForward<SwishGate>(a, b, out, rows, half, stride, param * -LOG2E_VALUE);
}
export function gluSwishBackward(
  a: usize,
  b: usize,
  dy: usize,
  da: usize,
  db: usize,
  rows: i32,
  half: i32,
  stride: i32,
  param: f64,
): void {
  swishLimits(param, SWISH_GRAD_EDGE, false);
  gluBackward<SwishGate>(a, b, dy, da, db, rows, half, stride, param);
}

/**
 * gluForward<GeluGate>, noting as it goes whether any gate input (of the rows, or up to 3 past a
 * gathered row, as anyGeluTailGate) is below −16, where a scan before the loop read b twice, the
 * first time from memory with no arithmetic to overlap: GEGLU forward on arena arrays of 1e6
 * elements, 3.8 → 3.2 ns per element (bench/kernels.ts).
 */
// @ts-ignore: decorator
@inline function gluGeluFitForward(a: usize, b: usize, out: usize, rows: i32, half: i32, stride: i32, param: f64): bool {
  const p = f64x2.splat(param);
  const width = <usize>half << 2;
  let below = f32x4.splat(0);
  for (let r: usize = 0; r < <usize>rows; r++) {
    const row = r * <usize>stride;
    const result = out + r * width;
    for (let at: usize = 0; at < width; at += 16) {
      const gate = v128.load(b + row + at);
      below = v128.or(below, f32x4.lt(gate, f32x4.splat(-16)));
      v128.store(result + at, gluValue<GeluGate>(v128.load(a + row + at), gate, p));
    }
  }
  return v128.any_true(below);
}

// GEGLU: the accurate tail forms only for a call whose gate inputs reach below −16 (so a result
// may differ in its last bit with the other rows of its call: the caller makes the same calls
// whether the rows are copied or resident). Forward computes with the fit and, where some input
// was below, again with the tail forms: out never overlaps a or b (the callers see to it), so the
// second pass reads the same inputs and overwrites every result.
export function gluGeluForward(a: usize, b: usize, out: usize, rows: i32, half: i32, stride: i32, param: f64): void {
  if (gluGeluFitForward(a, b, out, rows, half, stride, param)) {
    gluForward<GeluTailGate>(a, b, out, rows, half, stride, param);
  }
}
export function gluGeluBackward(
  a: usize,
  b: usize,
  dy: usize,
  da: usize,
  db: usize,
  rows: i32,
  half: i32,
  stride: i32,
  param: f64,
): void {
  if (anyGeluTailGate(b, rows, half, stride)) gluBackward<GeluTailGate>(a, b, dy, da, db, rows, half, stride, param);
  else gluBackward<GeluGate>(a, b, dy, da, db, rows, half, stride, param);
}

// ─── float64 ─────────────────────────────────────────────────────────────────────────────────────

// The float64 kernels, in their own file.
export * from "./float64";
