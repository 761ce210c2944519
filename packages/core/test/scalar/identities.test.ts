import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as core from "../../src/index.js";
import { ulpDistance } from "../fixtures/ulp.js";

// Identities between functions, checked on seeded random inputs where they are well-conditioned.
// Tolerances count the rounding of the identity's own arithmetic, stated per test.
const runs = { seed: 20261127, numRuns: 2000 };
const moderate = fc.double({ min: -30, max: 30, noNaN: true });

describe("identities", () => {
  it("σ(−x) = 1 − σ(x) for x ≥ 0, to the absolute rounding 2^−53 of σ(x)", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 30, noNaN: true }), (x) => {
        expect(Math.abs(core.sigmoid(-x) - (1 - core.sigmoid(x)))).toBeLessThanOrEqual(2 ** -53);
      }),
      runs,
    );
  });

  it("tanh(x) = 2σ(2x) − 1 for x ≥ 0, to the absolute rounding 2^−52 of 2σ(2x)", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 30, noNaN: true }), (x) => {
        expect(Math.abs(core.tanh(x) - (2 * core.sigmoid(2 * x) - 1))).toBeLessThanOrEqual(
          2 ** -52 + 2 ** -53,
        );
      }),
      runs,
    );
  });

  it("tanh′(x) = 4σ′(2x) within 2 ULP (each side within 1), σ′(x) = σ(x)·σ(−x) within 3 (the product adds a rounding)", () => {
    fc.assert(
      fc.property(moderate, (x) => {
        expect(ulpDistance(core.tanhGrad(x), 4 * core.sigmoidGrad(2 * x))).toBeLessThanOrEqual(2);
        expect(ulpDistance(core.sigmoidGrad(x), core.sigmoid(x) * core.sigmoid(-x))).toBeLessThanOrEqual(3);
      }),
      runs,
    );
  });

  it("f(x) − f(−x) = x for SiLU, swish, gelu, geluTanh, softplus and hardSwish (x·σ(βx) + x·σ(−βx) = x)", () => {
    fc.assert(
      fc.property(fc.double({ min: 0.5, max: 30, noNaN: true }), (x) => {
        for (const f of [
          core.silu,
          (v: number) => core.swish(v, 1.7),
          core.gelu,
          core.geluTanh,
          core.softplus,
          core.hardSwish,
        ]) {
          expect(Math.abs(f(x) - f(-x) - x)).toBeLessThanOrEqual(2 * 2 ** -52 * x);
        }
      }),
      runs,
    );
  });

  it("f′(x) + f′(−x) = 1 for SiLU, swish, gelu, geluTanh and hardSwish (at ±3 too), the derivative of the identity above", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 30, noNaN: true }), (x) => {
        for (const df of [
          core.siluGrad,
          (v: number) => core.swishGrad(v, 0.5),
          core.geluGrad,
          core.geluTanhGrad,
          core.hardSwishGrad,
        ]) {
          expect(Math.abs(df(x) + df(-x) - 1)).toBeLessThanOrEqual(2 ** -51);
        }
      }),
      runs,
    );
    expect(core.hardSwishGrad(3) + core.hardSwishGrad(-3)).toBe(1);
  });

  it("erf(x) + erfc(x) = 1 and erfc(−x) = 2 − erfc(x)", () => {
    fc.assert(
      fc.property(fc.double({ min: -6, max: 6, noNaN: true }), (x) => {
        expect(Math.abs(core.erf(x) + core.erfc(x) - 1)).toBeLessThanOrEqual(2 ** -52);
        expect(Math.abs(core.erfc(-x) - (2 - core.erfc(x)))).toBeLessThanOrEqual(2 ** -51);
      }),
      runs,
    );
  });

  it("erf is odd, exactly", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true }), (x) => {
        expect(core.erf(-x)).toBe(-core.erf(x));
      }),
      runs,
    );
  });

  it("gelu(x) = x·(1 + erf(x/√2))/2 where 1 + erf does not cancel (x ≥ 0)", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 30, noNaN: true }), (x) => {
        const viaErf = (x * (1 + core.erf(x * Math.SQRT1_2))) / 2;
        expect(Math.abs(core.gelu(x) - viaErf)).toBeLessThanOrEqual(4 * 2 ** -53 * x);
      }),
      runs,
    );
  });

  it("prelu with α = 0.01 is leakyRelu; preluGradAlpha(x) = prelu(x, 1) − prelu(x, 0)", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        expect(core.prelu(x, 0.01)).toBe(core.leakyRelu(x, 0.01));
        expect(core.preluGradAlpha(x) === core.prelu(x, 1) - core.prelu(x, 0)).toBe(true); // ±0 alike
      }),
      runs,
    );
  });

  it("swishGradBeta(x, β) = x²·σ′(βx) for β = 1, within 3 ULP", () => {
    fc.assert(
      fc.property(fc.double({ min: -30, max: 30, noNaN: true }), (x) => {
        expect(ulpDistance(core.swishGradBeta(x, 1), x * x * core.sigmoidGrad(x))).toBeLessThanOrEqual(3);
      }),
      runs,
    );
  });
});
