import { describe, expect, it } from "vitest";
import {
  expFast,
  expForFloat32,
  expm1Fast,
  expm1ForFloat32InRange,
} from "../../src/kernels/loops/fastExp.js";
import { seededFloats } from "./helpers.js";

// The float32 loops' exp against Math.exp / Math.expm1 (V8's fdlibm ports, within 1 ULP):
// an independent implementation, so a relative difference is the error of ours within 2^−52.
function worstRelativeError(ours: (v: number) => number, reference: (v: number) => number, xs: Float64Array) {
  let worst = 0;
  for (const v of xs) {
    const expected = reference(v);
    if (Math.abs(expected) < 1e-300 || !Number.isFinite(expected)) continue;
    worst = Math.max(worst, Math.abs(ours(v) - expected) / Math.abs(expected));
  }
  return worst;
}

const wide = seededFloats(200_000, 5, -745, 709);
const small = Float64Array.from(seededFloats(200_000, 6, -30, 0), (e, i) => (i % 2 ? 1 : -1) * 10 ** e);

describe("the float32 loops' exp and expm1", () => {
  it("expFast is within 1e-15 relative of Math.exp over [−745, 709]", () => {
    expect(worstRelativeError(expFast, Math.exp, wide)).toBeLessThan(1e-15);
  });
  it("expm1Fast is within 1e-13 relative of Math.expm1, tiny arguments included", () => {
    expect(worstRelativeError(expm1Fast, Math.expm1, small)).toBeLessThan(1e-13);
    expect(worstRelativeError(expm1Fast, Math.expm1, seededFloats(200_000, 7, -40, 40))).toBeLessThan(1e-13);
  });
  it("the degree-3 and degree-4 variants are within 1e-10 relative, far below a float32 ULP (6e-8)", () => {
    expect(worstRelativeError(expForFloat32, Math.exp, wide)).toBeLessThan(1e-10);
    expect(worstRelativeError(expm1ForFloat32InRange, Math.expm1, small)).toBeLessThan(1e-10);
  });
  it("special values: NaN → NaN, ±∞ → the limits, expm1 keeps the sign of zero", () => {
    for (const f of [expFast, expForFloat32]) {
      expect(f(Number.NaN)).toBeNaN();
      expect(f(Number.NEGATIVE_INFINITY)).toBe(0);
      expect(f(Number.POSITIVE_INFINITY)).toBe(Number.POSITIVE_INFINITY);
      expect(f(0)).toBe(1);
    }
    expect(Object.is(expm1Fast(-0), -0)).toBe(true);
    expect(Object.is(expm1ForFloat32InRange(-0), -0)).toBe(true);
    expect(expm1Fast(Number.NEGATIVE_INFINITY)).toBe(-1);
    expect(expm1Fast(1e-300)).toBe(1e-300);
  });
});
