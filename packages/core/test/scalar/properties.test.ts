import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as core from "../../src/index.js";
import type { ActivationId } from "../../src/registry/index.js";

const runs = { seed: 20261127, numRuns: 1000 };
type Scalar = (x: number) => number;
const any = fc.double({ noNaN: true });

// Richardson-extrapolated central difference, error O(h⁴): an independent estimate of f′(x)
function derivative(f: Scalar, x: number): number {
  const h = 1e-3 * Math.max(1, Math.abs(x));
  const d = (s: number) => (f(x + s) - f(x - s)) / (2 * s);
  return (4 * d(h / 2) - d(h)) / 3;
}

// f and f′ of every activation, keyed by id (a new activation without its derivative check is a
// type error), as [label, f, f′]; erf is checked beside them as the function GELU is built on.
const smooth: Record<ActivationId, [label: string, f: Scalar, df: Scalar]> = {
  sigmoid: ["sigmoid", core.sigmoid, core.sigmoidGrad],
  tanh: ["tanh", core.tanh, core.tanhGrad],
  relu: ["relu off 0", core.relu, core.reluGrad],
  leakyRelu: ["leakyRelu(α = 0.1) off 0", (x) => core.leakyRelu(x, 0.1), (x) => core.leakyReluGrad(x, 0.1)],
  prelu: ["prelu(α = −0.3) off 0", (x) => core.prelu(x, -0.3), (x) => core.preluGrad(x, -0.3)],
  elu: ["elu(α = 0.7) off 0", (x) => core.elu(x, 0.7), (x) => core.eluGrad(x, 0.7)],
  swish: ["swish(β = 1.7)", (x) => core.swish(x, 1.7), (x) => core.swishGrad(x, 1.7)],
  silu: ["silu", core.silu, core.siluGrad],
  gelu: ["gelu", core.gelu, core.geluGrad],
  geluTanh: ["geluTanh", core.geluTanh, core.geluTanhGrad],
  softplus: ["softplus", core.softplus, core.softplusGrad],
  mish: ["mish", core.mish, core.mishGrad],
  hardSwish: ["hardSwish off ±3", core.hardSwish, core.hardSwishGrad],
};
const derivatives: [label: string, f: Scalar, df: Scalar][] = [
  ...Object.values(smooth),
  ["erf", core.erf, (x) => (2 / Math.sqrt(Math.PI)) * Math.exp(-x * x)],
];

describe("derivatives agree with a high-accuracy finite difference", () => {
  for (const [name, f, df] of derivatives) {
    it(`${name}: f′(x) matches the Richardson difference of f to 1e-9 on |x| ≤ 20`, () => {
      fc.assert(
        fc.property(fc.double({ min: -20, max: 20, noNaN: true }), (x) => {
          fc.pre(Math.abs(x) > 0.05 && Math.abs(Math.abs(x) - 3) > 0.05); // away from the kinks at 0 and ±3
          expect(Math.abs(df(x) - derivative(f, x))).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(df(x))));
        }),
        runs,
      );
    });
  }

  it("swishGradBeta is the β-derivative of swish, preluGradAlpha the α-derivative of prelu", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -10, max: 10, noNaN: true }),
        fc.double({ min: 0.2, max: 3, noNaN: true }),
        (x, b) => {
          const db = derivative((beta) => core.swish(x, beta), b);
          expect(Math.abs(core.swishGradBeta(x, b) - db)).toBeLessThanOrEqual(
            1e-9 * Math.max(1, Math.abs(db)),
          );
          const da = derivative((alpha) => core.prelu(x, alpha), 0.25);
          expect(Math.abs(core.preluGradAlpha(x) - da)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(x)));
        },
      ),
      runs,
    );
  });
});

describe("bounds", () => {
  it("0 ≤ σ(x) ≤ 1, −1 ≤ tanh(x) ≤ 1, 0 ≤ σ′(x) ≤ 1/4, 0 ≤ tanh′(x) ≤ 1 for every double", () => {
    fc.assert(
      fc.property(any, (x) => {
        const s = core.sigmoid(x);
        expect(s >= 0 && s <= 1).toBe(true);
        const t = core.tanh(x);
        expect(t >= -1 && t <= 1).toBe(true);
        const ds = core.sigmoidGrad(x);
        expect(ds >= 0 && ds <= 0.25).toBe(true);
        const dt = core.tanhGrad(x);
        expect(dt >= 0 && dt <= 1).toBe(true);
      }),
      runs,
    );
  });

  it("softplus(x) ≥ max(x, 0) and elu(x, α) ≥ −α", () => {
    fc.assert(
      fc.property(any, fc.double({ min: 0, max: 5, noNaN: true }), (x, alpha) => {
        expect(core.softplus(x)).toBeGreaterThanOrEqual(Math.max(x, 0));
        expect(core.elu(x, alpha)).toBeGreaterThanOrEqual(-alpha);
      }),
      runs,
    );
  });

  it("SiLU (swish with β = 1), gelu, geluTanh, mish and hardSwish never go below their minima (−0.2785, −0.1700, −0.1700, −0.3088, −0.375)", () => {
    fc.assert(
      fc.property(any, (x) => {
        expect(core.mish(x)).toBeGreaterThanOrEqual(-0.30884341301725043);
        expect(core.hardSwish(x)).toBeGreaterThanOrEqual(-0.375);
        expect(core.silu(x)).toBeGreaterThanOrEqual(-0.2784645427610738);
        expect(core.gelu(x)).toBeGreaterThanOrEqual(-0.16997120747990366);
        expect(core.geluTanh(x)).toBeGreaterThanOrEqual(-0.17004075057125406);
      }),
      runs,
    );
  });

  it("−1 ≤ erf(x) ≤ 1 and 0 ≤ erfc(x) ≤ 2", () => {
    fc.assert(
      fc.property(any, (x) => {
        expect(Math.abs(core.erf(x))).toBeLessThanOrEqual(1);
        const c = core.erfc(x);
        expect(c >= 0 && c <= 2).toBe(true);
      }),
      runs,
    );
  });
});

describe("monotonicity", () => {
  const increasing: Record<string, [Scalar, number]> = {
    sigmoid: [core.sigmoid, -Infinity],
    tanh: [core.tanh, -Infinity],
    relu: [core.relu, -Infinity],
    leakyRelu: [(x) => core.leakyRelu(x), -Infinity],
    elu: [(x) => core.elu(x), -Infinity],
    softplus: [core.softplus, -Infinity],
    erf: [core.erf, -Infinity],
    "silu, right of its minimum": [core.silu, -1.2784645427610737],
    "gelu, right of its minimum": [core.gelu, -0.7517915246935644],
    "geluTanh, right of its minimum": [core.geluTanh, -0.7524614220710162],
  };
  for (const [name, [f, from]] of Object.entries(increasing)) {
    it(`${name} is non-decreasing`, () => {
      fc.assert(
        fc.property(any, any, (a, b) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          fc.pre(lo >= from);
          expect(f(lo)).toBeLessThanOrEqual(f(hi));
        }),
        runs,
      );
    });
  }
  it("silu and gelu are non-increasing left of their minima", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -50, max: -1.28, noNaN: true }),
        fc.double({ min: -50, max: -1.28, noNaN: true }),
        (a, b) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          expect(core.silu(lo)).toBeGreaterThanOrEqual(core.silu(hi));
          expect(core.gelu(lo)).toBeGreaterThanOrEqual(core.gelu(hi));
        },
      ),
      runs,
    );
  });
});
