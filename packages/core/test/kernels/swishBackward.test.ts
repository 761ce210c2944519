import { describe, expect, it } from "vitest";
import { activationBackward, activationForward, swishBackward } from "../../src/kernels/index.js";
import { seededFloats } from "./helpers.js";

describe("swishBackward", () => {
  const x = seededFloats(5000, 21, -8, 8);
  const dy = seededFloats(5000, 22, -1, 1);

  it("gives the same dx as activationBackward('swish')", () => {
    for (const beta of [1, 0.5, 2.5, -1]) {
      const { dx } = swishBackward(x, dy, beta);
      expect(Array.from(dx)).toEqual(Array.from(activationBackward("swish", x, dy, { param: beta })));
    }
  });

  it("dBeta agrees with central finite differences of the forward kernel in float64", () => {
    for (const beta of [1, 0.5, 2.5, -1]) {
      const { dBeta } = swishBackward(x, dy, beta);
      // fourth-order central difference: error O(h⁴) plus rounding O(ε/h)
      const h = 1e-3;
      const f = (b: number) => {
        const y = activationForward("swish", x, { param: b });
        let s = 0;
        for (let i = 0; i < y.length; i++) s += dy[i] * y[i];
        return s;
      };
      const fd = (8 * (f(beta + h) - f(beta - h)) - (f(beta + 2 * h) - f(beta - 2 * h))) / (12 * h);
      expect(Math.abs(dBeta - fd)).toBeLessThanOrEqual(1e-8 * Math.max(1, Math.abs(fd)));
    }
  });

  it("works on Float32Array in place (out = x) and returns dBeta as a number", () => {
    const x32 = Float32Array.from(x);
    const expected = swishBackward(Float32Array.from(x), Float32Array.from(dy), 1);
    const result = swishBackward(x32, Float32Array.from(dy), 1, { out: x32 });
    expect(result.dx).toBe(x32);
    expect(Array.from(x32)).toEqual(Array.from(expected.dx));
    expect(result.dBeta).toBe(expected.dBeta);
  });

  it("on Float32Array: dx as activationBackward('swish') gives, dBeta as the float64 kernel on the same values", () => {
    const x32 = Float32Array.from(x);
    const dy32 = Float32Array.from(dy);
    for (const beta of [1, 0.5, 2.5, -1]) {
      const { dx, dBeta } = swishBackward(x32, dy32, beta);
      expect(Array.from(dx)).toEqual(Array.from(activationBackward("swish", x32, dy32, { param: beta })));
      const reference = swishBackward(Float64Array.from(x32), Float64Array.from(dy32), beta).dBeta;
      let scale = 0;
      for (let i = 0; i < x32.length; i++) scale += Math.abs(dy32[i] * x32[i] * x32[i]);
      expect(Math.abs(dBeta - reference)).toBeLessThanOrEqual(1e-14 * scale);
    }
  });

  it("dBeta has the limit 0 of x²·σ′(βx) at x = ±∞ on both array types", () => {
    for (const make of [Float32Array.from.bind(Float32Array), Float64Array.from.bind(Float64Array)]) {
      const { dx, dBeta } = swishBackward(
        make([Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]),
        make([1, 1]),
        1,
      );
      expect(dBeta).toBe(0);
      expect(Array.from(dx)).toEqual([1, -0]);
    }
  });

  it("propagates NaN in dy to dBeta", () => {
    expect(swishBackward(Float64Array.of(1, 2), Float64Array.of(1, Number.NaN), 1).dBeta).toBeNaN();
  });
});
