import { describe, expect, it } from "vitest";
import { activationForward } from "../../src/kernels/index.js";
import { activationIds } from "../../src/registry/index.js";
import { float32Grid, float64Grid, isWithin1Ulp64, paramsOf, scalarOf, specials, ulps32 } from "./helpers.js";

const x64 = float64Grid();
const x32 = float32Grid();

describe("activationForward", () => {
  for (const id of activationIds) {
    for (const param of paramsOf(id)) {
      const label = param === undefined ? id : `${id} with param ${param}`;
      const { f } = scalarOf(id, param);

      it(`${label} on a Float64Array is within 1 ULP of the scalar function, zeros signed and NaN as it`, () => {
        const out = activationForward(id, x64, { param });
        for (let i = 0; i < x64.length; i++) {
          if (!isWithin1Ulp64(out[i], f(x64[i]))) {
            expect.fail(`${label}(${x64[i]}) = ${out[i]}, scalar gives ${f(x64[i])}`);
          }
        }
      });

      it(`${label} on a Float32Array is within 1 ULP of the float64 scalar value rounded to float32`, () => {
        const out = activationForward(id, x32, { param });
        let worst = 0;
        for (let i = 0; i < x32.length; i++) {
          const expected = Math.fround(f(x32[i]));
          const d = ulps32(out[i], expected);
          if (d > 1) expect.fail(`${label}(${x32[i]}) = ${out[i]}, expected ${expected} (${d} ULP)`);
          worst = Math.max(worst, d);
        }
        expect(worst).toBeLessThanOrEqual(1);
      });

      it(`${label} on a Float32Array gives exactly the scalar value at NaN, ±0 and ±∞ (signed zeros too)`, () => {
        const out = activationForward(id, Float32Array.from(specials), { param });
        specials.forEach((v, i) => {
          const expected = Math.fround(f(v));
          if (!Number.isFinite(v) || v === 0)
            expect(Object.is(out[i], expected), `${label}(${v})`).toBe(true);
        });
      });
    }

    it(`${id} works in place (out = x) for both array types`, () => {
      for (const make of [Float32Array.from.bind(Float32Array), Float64Array.from.bind(Float64Array)]) {
        const x = make([-3, -0.5, -0, 0, 0.25, 2, Number.NaN]);
        const expected = activationForward(id, x);
        const result = activationForward(id, x, { out: x });
        expect(result).toBe(x);
        expect(Array.from(x)).toEqual(Array.from(expected));
      }
    });
  }

  it("returns a new array of x's type when out is omitted, and out itself when given", () => {
    const x = Float32Array.of(-1, 2);
    const fresh = activationForward("relu", x);
    expect(fresh).toBeInstanceOf(Float32Array);
    expect(fresh).not.toBe(x);
    expect(Array.from(fresh)).toEqual([0, 2]);
    const out = new Float64Array(2);
    expect(activationForward("sigmoid", Float64Array.of(0, 0), { out })).toBe(out);
    expect(Array.from(out)).toEqual([0.5, 0.5]);
  });

  it("handles empty arrays", () => {
    expect(activationForward("gelu", new Float32Array(0)).length).toBe(0);
  });
});
