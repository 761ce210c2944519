import { describe, expect, it } from "vitest";
import { type GluOptions, gluBackward, gluForward } from "../../src/glu/index.js";
import { activationForward } from "../../src/kernels/index.js";
import { Rng } from "../../src/nn/rng.js";
import { type ActivationId, activationIds, activations } from "../../src/registry/index.js";
import { dot, GRADIENT_TOLERANCE, gradientError } from "../nn/gradientCheck.js";

const rng = new Rng(20);
const random = (n: number) => Float64Array.from({ length: n }, () => rng.normal(0, 1.5));

describe("gluForward", () => {
  it("gluForward keeps PyTorch's convention: the first half is the value, the second goes through the gate", () => {
    // GLU(dim=-1) of [a, b] = a·σ(b): [3, 0] → 3·σ(0) = 1.5, [0, 3] → 0
    expect([...gluForward(Float64Array.of(3, 0, 0, 3), { lastDim: 2, gate: "sigmoid" })]).toEqual([1.5, 0]);
  });

  for (const gate of ["sigmoid", "gelu", "swish", "relu"] as const) {
    // the gate's float64 kernel (within 1 ULP of the scalar function, not always its bits: tested
    // in test/kernels) on the gate half, times the value half: one rounding more
    it(`gluForward with gate ${gate} equals value × ${gate}(gate input) from the float64 kernel, row by row`, () => {
      const [rows, lastDim] = [3, 8];
      const x = random(rows * lastDim);
      const y = gluForward(x, { lastDim, gate });
      expect(y.length).toBe(rows * 4);
      for (let r = 0; r < rows; r++) {
        const gated = activationForward(gate, x.slice(r * lastDim + 4, (r + 1) * lastDim));
        for (let j = 0; j < 4; j++) {
          const expected = x[r * lastDim + j] * gated[j];
          expect(y[r * 4 + j]).toBe(expected);
        }
      }
    });
  }

  it("gluForward on a Float32Array returns a Float32Array within float32 rounding of the float64 result", () => {
    const x64 = random(16);
    const x32 = Float32Array.from(x64);
    const y32 = gluForward(x32, { lastDim: 4, gate: "gelu" });
    const y64 = gluForward(Float64Array.from(x32), { lastDim: 4, gate: "gelu" });
    expect(y32).toBeInstanceOf(Float32Array);
    for (let i = 0; i < y64.length; i++)
      expect(Math.abs(y32[i] - y64[i])).toBeLessThanOrEqual(3e-7 * Math.abs(y64[i]));
  });

  it("gluForward writes into out when given, and passes a gate parameter to the gate", () => {
    const out = new Float64Array(1);
    expect(gluForward(Float64Array.of(2, -1), { lastDim: 2, gate: "elu", param: 0.5, out })).toBe(out);
    expect(out[0]).toBe(2 * activations.elu.f(-1, 0.5));
  });

  it("gluForward propagates NaN", () => {
    expect(Number.isNaN(gluForward(Float64Array.of(Number.NaN, 1), { lastDim: 2, gate: "gelu" })[0])).toBe(
      true,
    );
  });
});

describe("gluBackward", () => {
  for (const gate of activationIds) {
    it(`gluBackward with gate ${gate} matches central differences of gluForward`, () => {
      const lastDim = 6;
      const x = random(4 * lastDim);
      const r = random(4 * 3);
      const dx = gluBackward(x, r, { lastDim, gate });
      const error = gradientError(() => dot(r, gluForward(x, { lastDim, gate })), x, dx);
      expect(error).toBeLessThan(GRADIENT_TOLERANCE);
    });
  }

  it("gluBackward on Float32Arrays returns a Float32Array within float32 rounding of the float64 result", () => {
    const x32 = Float32Array.from(random(24));
    const dy32 = Float32Array.from(random(12));
    const dx32 = gluBackward(x32, dy32, { lastDim: 6, gate: "swish" });
    const dx64 = gluBackward(Float64Array.from(x32), Float64Array.from(dy32), { lastDim: 6, gate: "swish" });
    expect(dx32).toBeInstanceOf(Float32Array);
    for (let i = 0; i < dx64.length; i++)
      expect(Math.abs(dx32[i] - dx64[i])).toBeLessThanOrEqual(4e-7 * Math.abs(dx64[i]) + 1e-45);
  });

  it("gluBackward of [a, b] = [3, 0] with sigmoid gives [σ(0), 3·σ′(0)] = [0.5, 0.75]", () => {
    expect([
      ...gluBackward(Float64Array.of(3, 0), Float64Array.of(1), { lastDim: 2, gate: "sigmoid" }),
    ]).toEqual([0.5, 0.75]);
  });

  it("gluBackward takes the left-hand derivative of a relu gate at 0", () => {
    expect([...gluBackward(Float64Array.of(2, 0), Float64Array.of(1), { lastDim: 2, gate: "relu" })]).toEqual(
      [0, 0],
    );
  });

  describe("where dy·a overflows the array's type, ∂L/∂b is dy·a·gate′(b), not ∞·0 = NaN", () => {
    // ∂L/∂b of one row [a, b] with upstream dy
    const dGate = (x: Float32Array | Float64Array, dy: number, gate: ActivationId, param?: number) =>
      gluBackward(x, x.map(() => dy).subarray(0, 1) as typeof x, { lastDim: 2, gate, param })[1];

    it("a zero gate′ gives the product's signed zero", () => {
      // relu′(−1) = 0; dy·a = −1.02e77 overflows float32, −1e600 float64: the product is −0
      expect(Object.is(dGate(Float32Array.of(-3.4e38, -1), 3e38, "relu"), -0)).toBe(true);
      expect(Object.is(dGate(Float64Array.of(-1e300, -1), 1e300, "relu"), -0)).toBe(true);
      // swish′(−200) with β = 1e41 (which the fused kernel leaves to the JS loops) is −0 in
      // float64: e^(βx)(1 + βx) < 0 underflows; dy·a·swish′ = −0
      expect(Object.is(dGate(Float32Array.of(5, -200), 3e38, "swish", 1e41), -0)).toBe(true);
    });

    it("a small gate′ gives the finite product", () => {
      // σ′(−700) = e^−700/(1 + e^−700)² = e^−700 in float64 (e^−700 < 2^−53): 1e300·1e300·e^−700
      // is 9.86e295, within float64's range, though 1e300·1e300 is not
      const expected = 1e300 * Math.exp(-700) * 1e300;
      const got = dGate(Float64Array.of(1e300, -700), 1e300, "sigmoid");
      expect(Math.abs(got - expected) / expected).toBeLessThan(4 * Number.EPSILON);
    });
  });
});

describe("glu outputs that share the input's memory", () => {
  const rows = 50;
  const lastDim = 4;
  it("gluBackward with out = x, or out over x's buffer at an offset, gives the result of fresh arrays", () => {
    const x = random(rows * lastDim);
    const dy = random(rows * 2);
    const expected = gluBackward(x.slice(), dy.slice(), { lastDim, gate: "swish" });
    const inPlace = x.slice();
    expect([...gluBackward(inPlace, dy, { lastDim, gate: "swish", out: inPlace })]).toEqual([...expected]);
    // x at element 1 of a buffer and dx at element 0: the out === x guard cannot see this one
    const buffer = new Float64Array(rows * lastDim + 1);
    buffer.set(x, 1);
    const shifted = gluBackward(buffer.subarray(1), dy, {
      lastDim,
      gate: "swish",
      out: buffer.subarray(0, rows * lastDim),
    });
    expect([...shifted]).toEqual([...expected]);
  });
  it("gluForward with out over x's buffer gives the result of fresh arrays", () => {
    const x = random(rows * lastDim);
    const expected = gluForward(x.slice(), { lastDim, gate: "gelu" });
    const buffer = x.slice();
    expect([...gluForward(buffer, { lastDim, gate: "gelu", out: buffer.subarray(3, 3 + rows * 2) })]).toEqual(
      [...expected],
    );
  });
});

describe("glu errors", () => {
  const x = new Float64Array(6);
  it("an odd or non-integer lastDim is a RangeError naming it", () => {
    expect(() => gluForward(x, { lastDim: 3, gate: "gelu" })).toThrow(
      "gluForward: lastDim must be an even integer ≥ 2, got 3",
    );
    expect(() => gluBackward(x, new Float64Array(3), { lastDim: 2.5, gate: "gelu" })).toThrow(
      "gluBackward: lastDim must be an even integer ≥ 2, got 2.5",
    );
  });
  it("a length that is not a multiple of lastDim is a RangeError", () => {
    expect(() => gluForward(x, { lastDim: 4, gate: "gelu" })).toThrow(
      "gluForward: x's length must be a multiple of lastDim 4, got 6",
    );
  });
  it("an unknown gate is a RangeError listing the ids", () => {
    expect(() => gluForward(x, { lastDim: 2, gate: "maxout" as ActivationId })).toThrow(
      `gluForward: gate must be one of ${activationIds.join(", ")}, got "maxout"`,
    );
  });
  it("an out of the wrong type or length is a TypeError or RangeError naming out", () => {
    expect(() =>
      gluForward(x, { lastDim: 2, gate: "gelu", out: new Float32Array(3) as unknown as Float64Array }),
    ).toThrow(new TypeError("gluForward: out must be a Float64Array like x, got Float32Array(3)"));
    expect(() => gluForward(x, { lastDim: 2, gate: "gelu", out: new Float64Array(6) })).toThrow(
      new RangeError("gluForward: out must have length 3, got 6"),
    );
    expect(() => gluBackward(x, new Float64Array(2), { lastDim: 2, gate: "gelu" })).toThrow(
      "gluBackward: dy must have length 3, got 2",
    );
  });
  it("gluBackward with dy omitted is a TypeError naming dy, not a gradient of zeros", () => {
    expect(() => gluBackward(x, undefined as unknown as Float64Array, { lastDim: 2, gate: "gelu" })).toThrow(
      new TypeError("gluBackward: dy must be a Float64Array like x, got undefined"),
    );
  });
  it("a missing or null options object is a TypeError naming options", () => {
    const missing = undefined as unknown as GluOptions<Float64Array>;
    expect(() => gluForward(x, missing)).toThrow(
      new TypeError("gluForward: options must be an object, got undefined"),
    );
    expect(() => gluBackward(x, new Float64Array(3), null as unknown as GluOptions<Float64Array>)).toThrow(
      new TypeError("gluBackward: options must be an object, got null"),
    );
  });
  it("a bad gate parameter names the glu function, also for an empty x", () => {
    expect(() => gluForward(new Float64Array(0), { lastDim: 2, gate: "elu", param: Number.NaN })).toThrow(
      new RangeError("gluForward: param (elu alpha) must be a finite number, got NaN"),
    );
  });
  it("x that is not a float typed array is a TypeError", () => {
    expect(() => gluForward([1, 2] as unknown as Float64Array, { lastDim: 2, gate: "gelu" })).toThrow(
      new TypeError("gluForward: x must be a Float32Array or Float64Array, got Array"),
    );
  });
});
