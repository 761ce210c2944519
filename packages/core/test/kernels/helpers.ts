// Helpers of the kernel tests: float32 ULP distance, input grids, the scalar reference, the float64
// kernels' 1-ULP contract.

import { Rng } from "../../src/nn/rng.js";
import type { ActivationId } from "../../src/registry/index.js";
import { activations } from "../../src/registry/index.js";
import { hasWrongZeroSign } from "../fixtures/accuracy.js";
import { nextDouble, ulpDistance } from "../fixtures/ulp.js";

const f32 = new Float32Array(1);
const i32 = new Int32Array(f32.buffer);

/** The float32 x as an integer that counts ULPs: consecutive floats differ by 1, ±0 are both 0. */
function orderedBits(x: number): number {
  f32[0] = x;
  const bits = i32[0];
  return bits >= 0 ? bits : -(bits & 0x7fffffff);
}

/** Distance in float32 ULPs between two float32 values; 0 for two NaNs, Infinity for NaN and a number. */
export function ulps32(a: number, b: number): number {
  if (Number.isNaN(a) || Number.isNaN(b))
    return Number.isNaN(a) && Number.isNaN(b) ? 0 : Number.POSITIVE_INFINITY;
  return Math.abs(orderedBits(a) - orderedBits(b));
}

/** The gates with a fused gated-unit kernel, with a parameter each (swish at two β), for the gated-unit tests. */
export const fusedGates = [
  ["gelu", undefined],
  ["swish", 1],
  ["swish", -0.7],
  ["silu", undefined],
  ["sigmoid", undefined],
] as const;

/** The special values every kernel must treat as the scalar functions do. */
export const specials = [
  Number.NaN,
  0,
  -0,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  1.401298464324817e-45, // smallest float32 subnormal
  -1.401298464324817e-45,
  1.1754943508222875e-38, // smallest normal float32
  -1.1754943508222875e-38,
  3.4028234663852886e38, // largest float32
  -3.4028234663852886e38,
];

/**
 * Float32-representable inputs: the specials, every binade from 2^−149 to 2^127 at several
 * mantissas and both signs, and a dense uniform grid over [−lim, lim].
 */
export function float32Grid(lim = 40, step = 1 / 1024): Float32Array {
  const values: number[] = [...specials];
  for (let e = -149; e <= 127; e++) {
    for (const m of [1, 1.1, 1.25, 1.5, 1.7, 1.9999999]) {
      values.push(m * 2 ** e, -m * 2 ** e);
    }
  }
  for (let v = -lim; v <= lim; v += step) values.push(v);
  return Float32Array.from(values);
}

/** The same inputs as a Float64Array, plus values beyond float32's range and precision. */
export function float64Grid(): Float64Array {
  const values = Array.from(float32Grid());
  for (let e = -1074; e <= 1023; e += 3) values.push(2 ** e * 1.3, -(2 ** e) * 1.3);
  for (let v = -40; v <= 40; v += 0.0137) values.push(v + 1e-9);
  values.push(Number.MIN_VALUE, -Number.MIN_VALUE, Number.MAX_VALUE, -Number.MAX_VALUE);
  return Float64Array.from(values);
}

/** n floats uniform in [lo, hi), from the package's seeded generator. */
export function seededFloats(n: number, seed: number, lo: number, hi: number): Float64Array {
  const rng = new Rng(seed);
  return Float64Array.from({ length: n }, () => rng.uniform(lo, hi));
}

/** The parameters each activation is tested with: none, or its default and a few others in range. */
export function paramsOf(id: ActivationId): (number | undefined)[] {
  const spec = activations[id].param;
  if (spec === undefined) return [undefined];
  const candidates = [spec.default, 0, 0.3, 1, 1.7, 5, -0.5];
  return candidates.filter((p, i) => candidates.indexOf(p) === i && p >= spec.min && p <= spec.max);
}

/** The scalar function f and derivative df of an activation with the parameter (its default when undefined). */
export function scalarOf(id: ActivationId, param: number | undefined) {
  const info = activations[id];
  return { f: (x: number) => info.f(x, param), df: (x: number) => info.df(x, param) };
}

/**
 * Whether a float64 kernel's result is within 1 ULP of the scalar function's value, a zero with
 * its sign and NaN where it is NaN (the float64 kernels' contract: not always the same bits).
 */
export function isWithin1Ulp64(got: number, expected: number): boolean {
  return isWithinUlps64(got, expected, 1);
}

/** As isWithin1Ulp64, within `ulps` ULP. */
export function isWithinUlps64(got: number, expected: number, ulps: number): boolean {
  return Object.is(got, expected) || (ulpDistance(got, expected) <= ulps && !hasWrongZeroSign(got, expected));
}

/**
 * Whether a float64 backward kernel's result is dy·g′ for a g′ within 1 ULP of the scalar
 * derivative g: the kernel's derivative is (isWithin1Ulp64), then one product with dy.
 */
export function isDyTimesWithin1Ulp64(got: number, dy: number, g: number): boolean {
  return [g, nextDouble(g, 1), nextDouble(g, -1)].some((c) => Object.is(got, dy * c));
}
