import { describe, expect, it } from "vitest";
import { activationBackward } from "../../src/kernels/index.js";
import { activationIds } from "../../src/registry/index.js";
import {
  float32Grid,
  float64Grid,
  isDyTimesWithin1Ulp64,
  paramsOf,
  scalarOf,
  seededFloats,
  specials,
  ulps32,
} from "./helpers.js";

const x64 = float64Grid();
const dy64 = seededFloats(x64.length, 7, -3, 3);
const x32 = float32Grid();
const dy32 = Float32Array.from(seededFloats(x32.length, 8, -3, 3));

describe("activationBackward", () => {
  for (const id of activationIds) {
    for (const param of paramsOf(id)) {
      const label = param === undefined ? id : `${id} with param ${param}`;
      const { df } = scalarOf(id, param);

      it(`${label} on a Float64Array gives dy · a derivative within 1 ULP of the scalar one`, () => {
        const out = activationBackward(id, x64, dy64, { param });
        for (let i = 0; i < x64.length; i++) {
          if (!isDyTimesWithin1Ulp64(out[i], dy64[i], df(x64[i]))) {
            expect.fail(`${label}′(${x64[i]})·${dy64[i]} = ${out[i]}, scalar gives ${dy64[i] * df(x64[i])}`);
          }
        }
      });

      it(`${label} on a Float32Array is within 1 ULP of dy · the float64 scalar derivative rounded to float32`, () => {
        const out = activationBackward(id, x32, dy32, { param });
        for (let i = 0; i < x32.length; i++) {
          const expected = Math.fround(dy32[i] * df(x32[i]));
          const d = ulps32(out[i], expected);
          if (d > 1)
            expect.fail(`${label}′(${x32[i]})·${dy32[i]} = ${out[i]}, expected ${expected} (${d} ULP)`);
        }
      });

      it(`${label} on a Float32Array with dy = 1 gives exactly the scalar derivative at NaN, ±0 and ±∞`, () => {
        const ones = new Float32Array(specials.length).fill(1);
        const out = activationBackward(id, Float32Array.from(specials), ones, { param });
        specials.forEach((v, i) => {
          const expected = Math.fround(df(v));
          if (!Number.isFinite(v) || v === 0)
            expect(Object.is(out[i], expected), `${label}′(${v})`).toBe(true);
        });
      });
    }

    it(`${id} works in place, with out = x and with out = dy`, () => {
      for (const make of [Float32Array.from.bind(Float32Array), Float64Array.from.bind(Float64Array)]) {
        const values = [-3, -0.5, -0, 0, 0.25, 2, Number.NaN];
        const grads = [1, -2, 3, 0.5, -1, 2, 1];
        const expected = Array.from(activationBackward(id, make(values), make(grads)));
        const x = make(values);
        expect(activationBackward(id, x, make(grads), { out: x })).toBe(x);
        expect(Array.from(x)).toEqual(expected);
        const dy = make(grads);
        expect(activationBackward(id, make(values), dy, { out: dy })).toBe(dy);
        expect(Array.from(dy)).toEqual(expected);
      }
    });
  }

  it("takes the left-hand derivative at 0 for relu, leakyRelu and prelu", () => {
    const x = Float32Array.of(0, -0);
    const dy = Float32Array.of(1, 1);
    expect(Array.from(activationBackward("relu", x, dy))).toEqual([0, 0]);
    expect(Array.from(activationBackward("leakyRelu", x, dy, { param: 0.5 }))).toEqual([0.5, 0.5]);
    expect(Array.from(activationBackward("prelu", x, dy, { param: 0.25 }))).toEqual([0.25, 0.25]);
  });

  it("propagates NaN from dy", () => {
    const out = activationBackward("tanh", Float32Array.of(1), Float32Array.of(Number.NaN));
    expect(out[0]).toBeNaN();
  });
});
